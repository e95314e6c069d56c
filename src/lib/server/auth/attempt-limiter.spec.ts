import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter.ts';

describe('AttemptLimiter', () => {
	it('lets attempts through up to the limit, then asks to wait until the window ends', () => {
		const limiter = new AttemptLimiter(3, 1000);
		expect([0, 1, 2].map(() => limiter.hit('a', 100))).toEqual([0, 0, 0]);
		expect(limiter.hit('a', 400)).toBe(700);
		expect(limiter.hit('b', 400)).toBe(0);
	});

	it('opens again when the window has passed or the key is reset', () => {
		const limiter = new AttemptLimiter(1, 1000);
		limiter.hit('a', 0);
		expect(limiter.hit('a', 10)).toBeGreaterThan(0);
		expect(limiter.hit('a', 1000)).toBe(0);
		limiter.reset('a');
		expect(limiter.hit('a', 1001)).toBe(0);
	});
});
