import type { Localized } from './localized.ts';
import type { RoleRow } from './role-row.ts';
import { SCALE_MAX, type SupportScale } from './support-scale.ts';

export const DIAGNOSIS_KINDS = [
	'decisionMakerAlone',
	'keyInfluencerOpposed',
	'noEconomicBuyer',
	'noCoach',
	'singleThreaded',
	'unknown'
] as const;
export type DiagnosisKind = (typeof DIAGNOSIS_KINDS)[number];

export interface DiagnosisFlag {
	kind: DiagnosisKind;
	/** The rows behind the flag (empty for flags about someone missing). */
	personIds: string[];
}

export interface RoleDiagnosis {
	/** Σ(influence × support) / Σ(influence × max support), in [−1, 1]; null when nobody is rated. */
	weightedSupport: number | null;
	flags: DiagnosisFlag[];
}

const known = (r: RoleRow): r is RoleRow & { influence: number; support: number } =>
	r.influence !== null && r.support !== null;

/** Σ(influence × support) / Σ(influence × max support) over rows with both known. */
export function weightedSupport(rows: RoleRow[], scale: SupportScale): number | null {
	let sum = 0;
	let max = 0;
	for (const r of rows.filter(known)) {
		sum += r.influence * r.support;
		max += r.influence * SCALE_MAX[scale];
	}
	return max === 0 ? null : sum / max;
}

/** People with key influence (2) who oppose us. */
export function keyInfluencersOpposed(rows: RoleRow[]): string[] {
	return rows.filter((r) => r.influence === 2 && r.support !== null && r.support < 0).map((r) => r.id);
}

/** True when no Coach supports us. */
export function hasNoCoach(rows: RoleRow[]): boolean {
	return !rows.some((r) => r.role === 'Coach' && r.support !== null && r.support > 0);
}

export function hasNoEconomicBuyer(rows: RoleRow[]): boolean {
	return !rows.some((r) => r.role === 'EB');
}

/**
 * The economic buyer supports us (≥ 1) but a user or technical buyer with influence ≥ 1 is
 * opposed: the decision is likely to stall, as the EB will not push against them. Returns the
 * opposed people, or [] when the pattern is absent.
 */
export function decisionMakerAlone(rows: RoleRow[]): string[] {
	const ebSupports = rows.some((r) => r.role === 'EB' && r.support !== null && r.support >= 1);
	if (!ebSupports) return [];
	return rows
		.filter((r) => (r.role === 'UB' || r.role === 'TB') && (r.influence ?? 0) >= 1 && r.support !== null && r.support < 0)
		.map((r) => r.id);
}

/** At most one person supports us (≥ 1): returns the supporters when single-threaded, else null. */
export function singleThreaded(rows: RoleRow[]): string[] | null {
	const supporters = rows.filter((r) => r.support !== null && r.support >= 1).map((r) => r.id);
	return supporters.length <= 1 ? supporters : null;
}

/** Rows whose influence or support is still blank. */
export function unknownRows(rows: RoleRow[]): string[] {
	return rows.filter((r) => r.influence === null || r.support === null).map((r) => r.id);
}

/** Every rule of the role analysis at once; computed, never stored. */
export function diagnoseRoles(rows: RoleRow[], scale: SupportScale): RoleDiagnosis {
	const flags: DiagnosisFlag[] = [];
	const alone = decisionMakerAlone(rows);
	if (alone.length > 0) flags.push({ kind: 'decisionMakerAlone', personIds: alone });
	const opposed = keyInfluencersOpposed(rows);
	if (opposed.length > 0) flags.push({ kind: 'keyInfluencerOpposed', personIds: opposed });
	if (rows.length > 0 && hasNoEconomicBuyer(rows)) flags.push({ kind: 'noEconomicBuyer', personIds: [] });
	if (rows.length > 0 && hasNoCoach(rows)) flags.push({ kind: 'noCoach', personIds: [] });
	const single = singleThreaded(rows);
	if (rows.length > 0 && single) flags.push({ kind: 'singleThreaded', personIds: single });
	const unknown = unknownRows(rows);
	if (unknown.length > 0) flags.push({ kind: 'unknown', personIds: unknown });
	return { weightedSupport: weightedSupport(rows, scale), flags };
}

export const DIAGNOSIS_TEXT: Record<DiagnosisKind, { title: Localized; advice: Localized }> = {
	decisionMakerAlone: {
		title: { en: 'Decision maker alone', 'zh-CN': '决策者孤立' },
		advice: {
			en: 'The economic buyer supports us, but these people oppose us: the decision is likely to stall, as the EB will not push against them. Win them over first.',
			'zh-CN': '决策者支持我们,但以下角色反对:决策很可能停滞,决策者不会强推。先争取他们的支持。'
		}
	},
	keyInfluencerOpposed: {
		title: { en: 'Key influencer opposed', 'zh-CN': '关键影响者反对' },
		advice: {
			en: 'People with key influence oppose us. Give each a next action that addresses their concern.',
			'zh-CN': '有关键影响力的人反对我们。为每个人制定针对其顾虑的补救措施。'
		}
	},
	noEconomicBuyer: {
		title: { en: 'No economic buyer identified', 'zh-CN': '未找到决策者' },
		advice: { en: 'Find who makes the final decision and add them.', 'zh-CN': '找出最终拍板的人并加入表中。' }
	},
	noCoach: {
		title: { en: 'No coach', 'zh-CN': '没有内线' },
		advice: {
			en: 'Nobody inside guides us. Develop a coach who supports us and shares information.',
			'zh-CN': '客户内部没有人给我们指路。发展一个支持我们、愿意提供信息的内线。'
		}
	},
	singleThreaded: {
		title: { en: 'Single-threaded', 'zh-CN': '单线联系' },
		advice: {
			en: 'At most one person supports us. Build support with more people before relying on this deal.',
			'zh-CN': '最多只有一个人支持我们。在依赖这个商机之前,争取更多人的支持。'
		}
	},
	unknown: {
		title: { en: 'Unknown', 'zh-CN': '信息不全' },
		advice: { en: 'Influence or support is blank for these people: find out.', 'zh-CN': '这些人的影响力或支持度还未填写:去了解清楚。' }
	}
};
