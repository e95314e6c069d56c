import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms, snippet } from './terms.ts';

describe('search terms', () => {
	it('cuts Latin by word and CJK into characters and bigrams', () => {
		expect(indexTerms('Technical lead 方总 wants the 人才库 in-house.')).toEqual(
			expect.arrayContaining(['technical', 'lead', 'wants', 'in', 'house', '方', '总', '方总', '人', '才', '库', '人才', '才库'])
		);
		expect(indexTerms('ＨＵＡＹＵＡＮ Group')).toEqual(['huayuan', 'group']);
	});

	it('asks for bigrams of CJK, single characters alone, and Latin words as prefixes', () => {
		expect(queryTerms('人才库')).toEqual({ exact: ['人才', '才库'], prefix: [] });
		expect(queryTerms('方')).toEqual({ exact: ['方'], prefix: [] });
		expect(queryTerms('Huay')).toEqual({ exact: [], prefix: ['huay'] });
		expect(queryTerms('talent pool 方总')).toEqual({ exact: ['方总'], prefix: ['talent', 'pool'] });
		expect(queryTerms(' ,. ')).toEqual({ exact: [], prefix: [] });
	});

	it('marks the matches in a snippet around the first one', () => {
		const s = snippet('Technical lead Fang (方总) would rather build the talent pool in-house.', '方总 talent');
		expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['方总', 'talent']);
	});
});
