/** A token bucket: `capacity` at most, refilled at `perSecond`; each message takes one. */
export class TokenBucket {
	private tokens: number;
	private last = performance.now();

	constructor(
		private readonly capacity: number,
		private readonly perSecond: number
	) {
		this.tokens = capacity;
	}

	take(): boolean {
		const now = performance.now();
		this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.perSecond) / 1000);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
