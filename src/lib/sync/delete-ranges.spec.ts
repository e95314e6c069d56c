import { describe, expect, it } from 'vitest';
import { addRange, countRanges, parseRanges, serializeRanges, subtractRanges, type DeleteRanges } from './delete-ranges.ts';

describe('delete ranges', () => {
	it('merges touching and overlapping ranges', () => {
		const r: DeleteRanges = new Map();
		addRange(r, 1, 10, 5);
		addRange(r, 1, 15, 2);
		addRange(r, 1, 3, 2);
		addRange(r, 1, 4, 8);
		expect(r.get(1)).toEqual([[3, 14]]);
		addRange(r, 2, 0, 1);
		expect(countRanges(r)).toBe(15);
	});

	it('subtracts what the server committed, splitting ranges it cuts through', () => {
		const r: DeleteRanges = new Map();
		addRange(r, 1, 0, 10);
		addRange(r, 2, 5, 5);
		subtractRanges(
			r,
			new Map([
				[1, [[3, 2]]],
				[2, [[0, 20]]],
				[3, [[0, 1]]]
			])
		);
		expect(r.get(1)).toEqual([
			[0, 3],
			[5, 5]
		]);
		expect(r.has(2)).toBe(false);
		expect(countRanges(r)).toBe(8);
	});

	it('survives a round trip through storage and ignores garbage', () => {
		const r: DeleteRanges = new Map();
		addRange(r, 7, 1, 2);
		expect(parseRanges(serializeRanges(r))).toEqual(r);
		expect(parseRanges('{oops')).toEqual(new Map());
		expect(parseRanges('[[1,[["a",2]]]]')).toEqual(new Map());
	});
});
