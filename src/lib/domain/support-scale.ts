import type { Localized } from './localized.ts';

/**
 * Support for us: the article's 5-point scale (−2..+2) by default, or the detailed 11-point
 * scale (−5..+5) a workspace may switch to. Both map to one normalised value in [−1, 1].
 */
export const SUPPORT_SCALES = ['five', 'eleven'] as const;
export type SupportScale = (typeof SUPPORT_SCALES)[number];

export const SCALE_MAX: Record<SupportScale, number> = { five: 2, eleven: 5 };

const FIVE: Record<number, Localized> = {
	[-2]: { en: 'Strongly opposed', 'zh-CN': '非常反对' },
	[-1]: { en: 'Somewhat opposed', 'zh-CN': '有些反对' },
	0: { en: 'Neutral', 'zh-CN': '中立' },
	1: { en: 'Initial support', 'zh-CN': '初步支持' },
	2: { en: 'Strong support', 'zh-CN': '非常支持' }
};

const ELEVEN: Record<number, Localized> = {
	5: { en: 'Champions us and moves others', 'zh-CN': '全力支持,并推动他人' },
	4: { en: 'Speaks up for us in public', 'zh-CN': '公开为我们说话' },
	3: { en: 'Supports, may give in to pressure', 'zh-CN': '支持,但可能屈服于压力' },
	2: { en: 'Interested', 'zh-CN': '感兴趣' },
	1: { en: 'Shares our view', 'zh-CN': '认同我们的观点' },
	0: { en: 'Neutral', 'zh-CN': '中立' },
	[-1]: { en: "Probably won't refuse", 'zh-CN': '大概不会拒绝' },
	[-2]: { en: 'Not interested', 'zh-CN': '不感兴趣' },
	[-3]: { en: 'Speaks badly of us', 'zh-CN': '说我们的坏话' },
	[-4]: { en: 'Resists our proposals in public', 'zh-CN': '公开反对我们的方案' },
	[-5]: { en: 'Firmly against us, backs a rival', 'zh-CN': '坚决反对,支持竞争对手' }
};

export const SUPPORT_LABELS: Record<SupportScale, Record<number, Localized>> = { five: FIVE, eleven: ELEVEN };

/** The values of a scale, most opposed first. */
export function supportValues(scale: SupportScale): number[] {
	const max = SCALE_MAX[scale];
	return Array.from({ length: 2 * max + 1 }, (_, i) => i - max);
}

export function isSupportValue(value: unknown, scale: SupportScale): value is number {
	return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= SCALE_MAX[scale];
}

/** A support value on its scale as a number in [−1, 1]. */
export function normalizeSupport(value: number, scale: SupportScale): number {
	if (!isSupportValue(value, scale)) throw new RangeError(`support ${value} is not on the ${scale}-point scale`);
	return value / SCALE_MAX[scale];
}

/**
 * A value moved from one scale to the other, through the normalised value, rounded to the
 * nearest step (used when a workspace switches scale).
 */
export function convertSupport(value: number, from: SupportScale, to: SupportScale): number {
	const scaled = normalizeSupport(value, from) * SCALE_MAX[to];
	// Half-steps round away from zero, so opposition and support convert symmetrically.
	return Math.sign(scaled) * Math.round(Math.abs(scaled));
}

/** A support value as people write it: "+2", "0", "-1" ("" when unknown). */
export function signedSupport(value: number | null): string {
	return value === null ? '' : value > 0 ? `+${value}` : String(value);
}
