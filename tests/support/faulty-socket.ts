import * as prng from 'lib0/prng';
import WebSocket from 'ws';

/** What the network does to messages, in both directions, while `on`. */
export interface Faults {
	on: boolean;
	random: prng.PRNG;
	dropRate: number;
	delayRate: number;
	maxDelayMs: number;
	/** Counts, for the report. */
	dropped: number;
	delayed: number;
}

/**
 * A `ws` WebSocket for the stock y-websocket client that drops and delays (so reorders)
 * messages both ways, as a bad network and a lossy proxy would. Sends the browser's headers.
 */
export function faultySocketClass(
	headers: Record<string, string>,
	faults: Faults
): new (url: string | URL, protocols?: string | string[]) => WebSocket {
	const pass = (deliver: () => void) => {
		if (!faults.on) return deliver();
		if (prng.real53(faults.random) < faults.dropRate) {
			faults.dropped++;
			return;
		}
		if (prng.real53(faults.random) < faults.delayRate) {
			faults.delayed++;
			setTimeout(deliver, prng.int32(faults.random, 1, faults.maxDelayMs));
			return;
		}
		deliver();
	};
	return class FaultySocket extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers });
			// The stock client listens through `onmessage`: wrap whatever handler it sets.
			const own = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
			Object.defineProperty(this, 'onmessage', {
				configurable: true,
				get: () => own.get!.call(this),
				set: (handler: ((event: WebSocket.MessageEvent) => void) | null) =>
					own.set!.call(this, handler && ((event: WebSocket.MessageEvent) => pass(() => handler.call(this, event))))
			});
		}

		override send(data: Parameters<WebSocket['send']>[0]): void {
			pass(() => {
				if (this.readyState === WebSocket.OPEN) super.send(data);
			});
		}
	};
}
