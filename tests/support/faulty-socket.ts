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

/** Where a (re)connection goes, as a load balancer decides: another port, its Origin. */
export type Route = (url: URL) => { url: URL; origin: string };

/**
 * A `ws` WebSocket for the stock y-websocket client that drops and delays (so reorders)
 * messages both ways, as a bad network and a lossy proxy would. Sends the browser's headers;
 * with `route`, each connection goes where it says (several instances behind a balancer).
 */
export function faultySocketClass(
	headers: Record<string, string>,
	faults: Faults,
	route?: Route
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
			const target = route?.(new URL(url));
			super(target?.url ?? url, protocols, { headers: target ? { ...headers, Origin: target.origin } : headers });
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

/**
 * Round robin over the instances a health check would pass: each (re)connection lands on the
 * next one that is running and not `draining` (taken out before it is stopped).
 */
export function roundRobin(instances: readonly { port: number; origin: string; child: { exitCode: number | null; signalCode: string | null } }[], draining: Set<number> = new Set()): Route {
	let next = 0;
	return (url) => {
		const live = instances.filter((p) => p.child.exitCode === null && p.child.signalCode === null && !draining.has(p.port));
		const target = live[next++ % Math.max(1, live.length)] ?? instances[0]!;
		const routed = new URL(url);
		routed.port = String(target.port);
		return { url: routed, origin: target.origin };
	};
}

/** No faults at all: a plain socket, routed. */
export const noFaults = (random: prng.PRNG): Faults => ({ on: false, random, dropRate: 0, delayRate: 0, maxDelayMs: 0, dropped: 0, delayed: 0 });
