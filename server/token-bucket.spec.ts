import { describe, expect, it, vi } from 'vitest';
import { TokenBucket } from './token-bucket.ts';

describe('TokenBucket', () => {
	it('allows a burst up to its capacity, then refills at its rate', () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		try {
			const bucket = new TokenBucket(5, 10);
			expect(Array.from({ length: 7 }, () => bucket.take())).toEqual([true, true, true, true, true, false, false]);
			vi.advanceTimersByTime(250);
			expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
			vi.advanceTimersByTime(10_000);
			expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
		} finally {
			vi.useRealTimers();
		}
	});
});
