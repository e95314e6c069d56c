import { describe, expect, it } from 'vitest';
import { BUYING_CHAIN, checkPullBackTarget, pullBackTargets, SUGGESTED_MOVES } from './pull-back.ts';

describe('pull-back targets', () => {
	it('accepts every earlier stage and refuses every later or equal one, from every stage', () => {
		for (const [i, current] of BUYING_CHAIN.entries()) {
			for (const [j, target] of BUYING_CHAIN.entries()) {
				const check = checkPullBackTarget(current, target);
				expect(check.ok, `${current} → ${target}`).toBe(j < i);
				if (!check.ok) {
					expect(check.reason.en.length).toBeGreaterThan(20);
					expect(check.reason['zh-CN']).toMatch(j === i ? /更早/ : /不能向前拉/);
				}
			}
		}
	});

	it('explains a forward pull in words a rep understands', () => {
		const check = checkPullBackTarget('solution', 'cost');
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.reason.en).toMatch(/cannot be skipped/);
	});

	it('lists the stages before the buyer’s position as targets', () => {
		expect(pullBackTargets('problem')).toEqual([]);
		expect(pullBackTargets('goal')).toEqual(['problem', 'pain']);
	});

	it('has a suggested move for every stage in both languages', () => {
		for (const s of BUYING_CHAIN) expect(SUGGESTED_MOVES[s].en && SUGGESTED_MOVES[s]['zh-CN']).toBeTruthy();
	});
});
