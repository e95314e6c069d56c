/**
 * Slows down repeated failures per key, in memory: after `free` failures each further one
 * doubles the wait (1 s, 2 s, 4 s, … up to `maxWaitMs`); a key is forgotten `forgetAfterMs`
 * after its last failure. Successes are never counted, so a correct password is refused only to
 * a key that itself kept failing.
 */
export class FailureThrottle {
	private readonly keys = new Map<string, { count: number; last: number }>();

	constructor(
		private readonly free: number,
		private readonly maxWaitMs: number,
		private readonly forgetAfterMs: number
	) {}

	/** Milliseconds this key must wait before its next attempt is looked at; 0 when it may go ahead. */
	waitMs(key: string, now = Date.now()): number {
		const entry = this.keys.get(key);
		if (!entry) return 0;
		if (now - entry.last >= this.forgetAfterMs) {
			this.keys.delete(key);
			return 0;
		}
		if (entry.count < this.free) return 0;
		const wait = Math.min(this.maxWaitMs, 1000 * 2 ** (entry.count - this.free));
		return Math.max(0, entry.last + wait - now);
	}

	fail(key: string, now = Date.now()): void {
		this.sweep(now);
		const entry = this.keys.get(key);
		if (!entry || now - entry.last >= this.forgetAfterMs) this.keys.set(key, { count: 1, last: now });
		else this.keys.set(key, { count: entry.count + 1, last: now });
	}

	clear(key: string): void {
		this.keys.delete(key);
	}

	private sweep(now: number): void {
		if (this.keys.size < 10_000) return;
		for (const [key, entry] of this.keys) if (now - entry.last >= this.forgetAfterMs) this.keys.delete(key);
	}
}
