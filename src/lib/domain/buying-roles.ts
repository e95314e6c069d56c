import type { Localized } from './localized.ts';

/** The four buying influences; one primary role per person. */
export const BUYING_ROLES = ['EB', 'UB', 'TB', 'Coach'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export interface BuyingRoleInfo {
	role: BuyingRole;
	/** The article's own code: DP = EB, UP = UB, PP = TB, IP = Coach. */
	articleCode: 'DP' | 'UP' | 'PP' | 'IP';
	name: Localized;
}

export const BUYING_ROLE_INFO: Record<BuyingRole, BuyingRoleInfo> = {
	EB: { role: 'EB', articleCode: 'DP', name: { en: 'Economic buyer', 'zh-CN': '决策者' } },
	UB: { role: 'UB', articleCode: 'UP', name: { en: 'User buyer', 'zh-CN': '使用者/应用选型者' } },
	TB: { role: 'TB', articleCode: 'PP', name: { en: 'Technical buyer', 'zh-CN': '技术把关/评估者' } },
	Coach: { role: 'Coach', articleCode: 'IP', name: { en: 'Coach', 'zh-CN': '信息提供者/顾问' } }
};

/** Influence on the decision: 0 takes part only, 1 some, 2 key. */
export const INFLUENCE_LEVELS = [0, 1, 2] as const;
export type Influence = (typeof INFLUENCE_LEVELS)[number];

export const INFLUENCE_LABELS: Record<Influence, Localized> = {
	0: { en: 'Takes part, no real influence', 'zh-CN': '参与,无明显影响力' },
	1: { en: 'Some influence', 'zh-CN': '有一定影响力' },
	2: { en: 'Key influence', 'zh-CN': '关键影响力' }
};

/** How a person responds to change (Miller Heiman's response modes). */
export const RESPONSE_MODES = ['G', 'T', 'EK', 'OC'] as const;
export type ResponseMode = (typeof RESPONSE_MODES)[number];

export const RESPONSE_MODE_LABELS: Record<ResponseMode, Localized> = {
	G: { en: 'Growth — wants better', 'zh-CN': '如虎添翼(增长)' },
	T: { en: 'Trouble — must fix now', 'zh-CN': '亡羊补牢(困境)' },
	EK: { en: 'Even keel — content', 'zh-CN': '我行我素(平稳)' },
	OC: { en: 'Overconfident', 'zh-CN': '班门弄斧(自负)' }
};

export function isBuyingRole(value: unknown): value is BuyingRole {
	return typeof value === 'string' && (BUYING_ROLES as readonly string[]).includes(value);
}

export function isInfluence(value: unknown): value is Influence {
	return value === 0 || value === 1 || value === 2;
}

export function isResponseMode(value: unknown): value is ResponseMode {
	return typeof value === 'string' && (RESPONSE_MODES as readonly string[]).includes(value);
}
