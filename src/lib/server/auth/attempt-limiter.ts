/**
 * Counts attempts per key in a fixed window, in memory: the app is one process.
 * Sign-in uses one limiter per e-mail and one per client address.
 */
export class AttemptLimiter {
	private readonly windows = new Map<string, { count: number; resetAt: number }>();

	constructor(
		private readonly maxAttempts: number,
		private readonly windowMs: number
	) {}

	/** Records an attempt; returns the milliseconds to wait, or 0 when the attempt may go ahead. */
	hit(key: string, now = Date.now()): number {
		this.sweep(now);
		const entry = this.windows.get(key);
		if (!entry || now >= entry.resetAt) {
			this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
			return 0;
		}
		entry.count += 1;
		return entry.count > this.maxAttempts ? entry.resetAt - now : 0;
	}

	reset(key: string): void {
		this.windows.delete(key);
	}

	private sweep(now: number): void {
		// Bounded memory: expired windows are dropped whenever the map grows large.
		if (this.windows.size < 10_000) return;
		for (const [key, entry] of this.windows) if (now >= entry.resetAt) this.windows.delete(key);
	}
}
