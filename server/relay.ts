import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';
import type { Logger } from './logger.ts';

/**
 * Fan-out between instances on Redis pub/sub (ioredis). Only a hint: a message can be lost
 * (reconnects, slow subscribers) without anyone being told, so every instance catches up from
 * the ordered `doc_update` log when it loads a document, when Redis comes back, when an
 * update arrives that it cannot apply yet, and every few seconds for the documents it holds.
 * An update is published as soon as it is applied (fan-out as fast as on one instance) and
 * confirmed once committed; only the instance that received it stores it, unless that instance
 * dies first: then the others store what the record shows was never stored.
 */

const EVENT_NAMES = ['deal-access-changed', 'member-access-changed', 'session-revoked', 'comments-changed'] as const;
export type RelayedEventName = (typeof EVENT_NAMES)[number];

const Witnessed = z.tuple([z.string(), z.string(), z.number(), z.array(z.number().int().nonnegative())]);

export const RelayMessage = z.discriminatedUnion('t', [
	/**
	 * An update instance `i` applied (its `s`-th for the document), with who wrote it if the page
	 * shows an author for it. Not yet committed: the others hold it as tentative until `c`.
	 */
	z.object({
		t: z.literal('u'),
		i: z.string(),
		doc: z.string().max(200),
		u: z.string(),
		w: z.array(Witnessed).max(10_000),
		s: z.number().int().nonnegative(),
		/** Who sent it and when it was applied (stored with it should its instance die first). */
		by: z.tuple([z.string(), z.string(), z.number()]).nullable()
	}),
	/** Instance `i` has committed its updates of the document up to its `s`-th. */
	z.object({ t: z.literal('c'), i: z.string(), doc: z.string().max(200), s: z.number().int().nonnegative() }),
	/** An awareness update (including removals) from a peer of instance `i`. */
	z.object({ t: z.literal('a'), i: z.string(), doc: z.string().max(200), a: z.string() }),
	/** An access or comments event raised on instance `i`. */
	z.object({ t: z.literal('e'), i: z.string(), name: z.enum(EVENT_NAMES), arg: z.string().max(500) }),
	/** Instance `i` is alive (its awareness entries stay); silence past the timeout removes them. */
	z.object({ t: z.literal('h'), i: z.string() })
]);
export type RelayMessage = z.infer<typeof RelayMessage>;
type Outgoing = RelayMessage extends infer M ? (M extends { i: string } ? Omit<M, 'i'> : never) : never;

export interface Relay {
	readonly instanceId: string;
	publish(message: Outgoing): void;
	/** Every valid message from another instance; what does not decode is logged and dropped. */
	onMessage(handler: (message: RelayMessage) => void): void;
	/** Called each time the subscription is (re)established: catch up, something may be missed. */
	onReady(handler: () => void): void;
	watch(docName: string): void;
	unwatch(docName: string): void;
	/** 'ok', or what is wrong (for /healthz). */
	status(): string;
	close(): Promise<void>;
}

const PREFIX = 'dealrooms:';
const docChannel = (name: string) => `${PREFIX}doc:${name}`;
const EVENTS = `${PREFIX}events`;

export function createRedisRelay(url: string, log: Logger): Relay {
	const instanceId = randomUUID();
	// One connection publishes, one subscribes (a subscribed connection cannot publish). Both
	// reconnect by themselves; commands wait offline in a bounded queue meanwhile.
	const options = { maxRetriesPerRequest: 1, retryStrategy: (n: number) => Math.min(n * 200, 2000), lazyConnect: false };
	const pub = new Redis(url, options);
	const sub = new Redis(url, { ...options, maxRetriesPerRequest: null });
	const handlers: ((m: RelayMessage) => void)[] = [];
	const readyHandlers: (() => void)[] = [];
	const watched = new Set<string>();
	let problem: string | null = 'connecting to Redis';
	let closed = false;

	const report = (what: string) => (error: unknown) => {
		const text = `${what}: ${error instanceof Error ? error.message : String(error)}`;
		if (problem !== text) log.warn('redis unavailable; serving this instance’s clients, will catch up', { error: text });
		problem = text;
	};
	pub.on('error', report('redis publish connection'));
	sub.on('error', report('redis subscribe connection'));
	sub.on('ready', () => {
		// ioredis resubscribes by itself; subscribing again is harmless and covers a fresh start.
		void sub.subscribe(EVENTS, ...[...watched].map(docChannel)).catch(report('redis subscribe'));
		if (problem) log.info('redis connected', { instance: instanceId });
		problem = null;
		readyHandlers.forEach((h) => h());
	});
	sub.on('end', () => {
		if (!closed) problem = 'redis connection ended';
	});
	sub.on('message', (_channel: string, raw: string) => {
		let message: RelayMessage;
		try {
			const parsed = RelayMessage.safeParse(JSON.parse(raw));
			if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid');
			message = parsed.data;
		} catch (error) {
			return log.warn('ignored a relay message that does not decode', { error: String(error), bytes: raw.length });
		}
		if (message.i === instanceId) return;
		for (const h of handlers) {
			try {
				h(message);
			} catch (error) {
				log.error('relay message handler failed', { type: message.t, error: String(error) });
			}
		}
	});

	return {
		instanceId,
		publish(message) {
			if (closed) return;
			const channel = 'doc' in message ? docChannel(message.doc) : EVENTS;
			pub.publish(channel, JSON.stringify({ ...message, i: instanceId })).catch(report('redis publish'));
		},
		onMessage: (h) => void handlers.push(h),
		onReady: (h) => void readyHandlers.push(h),
		watch(name) {
			if (watched.has(name)) return;
			watched.add(name);
			if (sub.status === 'ready') void sub.subscribe(docChannel(name)).catch(report('redis subscribe'));
		},
		unwatch(name) {
			if (!watched.delete(name)) return;
			if (sub.status === 'ready') void sub.unsubscribe(docChannel(name)).catch(() => {});
		},
		status: () => problem ?? 'ok',
		async close() {
			closed = true;
			await Promise.allSettled([pub.quit(), sub.quit()]);
			pub.disconnect();
			sub.disconnect();
		}
	};
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
export const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
