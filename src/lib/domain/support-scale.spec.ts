import { describe, expect, it } from 'vitest';
import { convertSupport, normalizeSupport, SUPPORT_LABELS, supportValues } from './support-scale.ts';

describe('support scales', () => {
	it('have a label in both languages for every value', () => {
		for (const scale of ['five', 'eleven'] as const) {
			for (const v of supportValues(scale)) {
				expect(SUPPORT_LABELS[scale][v]?.en, `${scale} ${v}`).toBeTruthy();
				expect(SUPPORT_LABELS[scale][v]?.['zh-CN'], `${scale} ${v}`).toBeTruthy();
			}
		}
		expect(supportValues('five')).toEqual([-2, -1, 0, 1, 2]);
		expect(supportValues('eleven')).toHaveLength(11);
	});

	it('normalise both scales onto [−1, 1]', () => {
		expect(normalizeSupport(-2, 'five')).toBe(-1);
		expect(normalizeSupport(1, 'five')).toBe(0.5);
		expect(normalizeSupport(5, 'eleven')).toBe(1);
		expect(normalizeSupport(-3, 'eleven')).toBeCloseTo(-0.6);
		expect(normalizeSupport(0, 'eleven')).toBe(0);
	});

	it('refuse values that are not on the scale', () => {
		expect(() => normalizeSupport(3, 'five')).toThrow(RangeError);
		expect(() => normalizeSupport(1.5, 'eleven')).toThrow(RangeError);
	});

	it('convert between scales through the normalised value', () => {
		expect(convertSupport(2, 'five', 'eleven')).toBe(5);
		expect(convertSupport(-1, 'five', 'eleven')).toBe(-3);
		expect(convertSupport(-4, 'eleven', 'five')).toBe(-2);
		expect(convertSupport(1, 'eleven', 'five')).toBe(0);
	});
});
