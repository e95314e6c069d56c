import { describe, expect, it } from 'vitest';
import { FailureThrottle } from './failure-throttle.ts';

describe('FailureThrottle', () => {
	it('lets the free failures through, then doubles the wait with each further one, up to the cap', () => {
		const t = new FailureThrottle(3, 8000, 60_000);
		for (let i = 0; i < 3; i++) {
			expect(t.waitMs('a', 0)).toBe(0);
			t.fail('a', 0);
		}
		expect(t.waitMs('a', 0)).toBe(1000);
		t.fail('a', 1000);
		expect(t.waitMs('a', 1000)).toBe(2000);
		t.fail('a', 3000);
		t.fail('a', 7000);
		t.fail('a', 15_000);
		expect(t.waitMs('a', 15_000)).toBe(8000);
		expect(t.waitMs('b', 15_000)).toBe(0);
	});

	it('forgets a key some time after its last failure, or when cleared', () => {
		const t = new FailureThrottle(1, 10_000, 60_000);
		t.fail('a', 0);
		t.fail('b', 0);
		expect(t.waitMs('a', 10)).toBeGreaterThan(0);
		expect(t.waitMs('a', 60_000)).toBe(0);
		t.clear('b');
		expect(t.waitMs('b', 10)).toBe(0);
	});
});
