import type { Localized } from './localized.ts';

export const URGENCIES = ['urgent', 'doingNow', 'willDo', 'later'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_TEXT: Record<Urgency, Localized> = {
	urgent: { en: 'Urgent', 'zh-CN': '紧急' },
	doingNow: { en: 'Doing now', 'zh-CN': '正在做' },
	willDo: { en: 'Will do', 'zh-CN': '将要做' },
	later: { en: 'Later', 'zh-CN': '以后再做' }
};

export const COMPETITIVE_POSITIONS = ['sole', 'ahead', 'tied', 'behind'] as const;
export type CompetitivePosition = (typeof COMPETITIVE_POSITIONS)[number];
export const COMPETITIVE_TEXT: Record<CompetitivePosition, Localized> = {
	sole: { en: 'Sole — no competitor', 'zh-CN': '单一竞争' },
	ahead: { en: 'Ahead', 'zh-CN': '领先' },
	tied: { en: 'Tied', 'zh-CN': '平手' },
	behind: { en: 'Behind', 'zh-CN': '劣势' }
};

/** Gut feel about the deal, 0–100; 50 means "ok". */
export function clampTemperature(value: number): number {
	if (!Number.isFinite(value)) return 50;
	return Math.min(100, Math.max(0, Math.round(value)));
}

export function temperatureText(value: number): Localized {
	if (value >= 75) return { en: 'Hot', 'zh-CN': '热' };
	if (value > 55) return { en: 'Warm', 'zh-CN': '温' };
	if (value >= 45) return { en: 'OK', 'zh-CN': '一般' };
	if (value >= 25) return { en: 'Cool', 'zh-CN': '凉' };
	return { en: 'Cold', 'zh-CN': '冷' };
}

/** "Sell (quantity) of (what) to (whom) by (when) for (revenue)". */
export interface SalesObjective {
	quantity: string;
	what: string;
	whom: string;
	when: string;
	revenue: string;
}

/** The objective as one sentence, with blanks shown as "…"; complete when nothing is blank. */
export function objectiveSentence(o: SalesObjective): { text: Localized; complete: boolean } {
	const f = (v: string) => v.trim() || '…';
	const complete = (['quantity', 'what', 'whom', 'when', 'revenue'] as const).every((k) => o[k].trim() !== '');
	return {
		complete,
		text: {
			en: `Sell ${f(o.quantity)} of ${f(o.what)} to ${f(o.whom)} by ${f(o.when)} for ${f(o.revenue)}.`,
			'zh-CN': `在 ${f(o.when)} 之前,向 ${f(o.whom)} 销售 ${f(o.quantity)} ${f(o.what)},收入 ${f(o.revenue)}。`
		}
	};
}
