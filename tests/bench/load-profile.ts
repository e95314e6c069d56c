/**
 * The load profile shared by `load.bench.ts` (one server against the reference server) and
 * `scale-out.bench.ts` (one against two and three instances): stock y-websocket clients typing
 * into deal documents, spread round-robin over the given servers. Measures fan-out (send → every
 * other peer of the document applied, wherever it is connected), send → committed, throughput,
 * and each server process's CPU and memory. Every loop is bounded; all traffic is on 127.0.0.1.
 */
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { EXTENSIONS_PARAM, MESSAGE_COMMENTS_CHANGED, MESSAGE_PERSISTED, MESSAGE_WITNESS } from '../../src/lib/sync/protocol.ts';
import type { SyncProcess } from '../support/sync-process-launcher.ts';
import { waitFor, webSocketWithHeaders } from '../support/sync-clients.ts';
import { median, ms, percentile } from './bench-stats.ts';

// Every provider registers an exit hook with the process.
process.setMaxListeners(0);

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export interface LoadProfile {
	seconds: number;
	hotEditors: number;
	docs: number;
	docEditors: number;
	viewers: number;
	keysPerSecond: number;
}

/** The profile from the environment (LOAD_SECONDS, HOT_EDITORS, DOCS, DOC_EDITORS, VIEWERS, KEYS_PER_SECOND). */
export function profileFromEnv(defaults: LoadProfile): LoadProfile {
	return {
		seconds: env('LOAD_SECONDS', defaults.seconds),
		hotEditors: env('HOT_EDITORS', defaults.hotEditors),
		docs: env('DOCS', defaults.docs),
		docEditors: env('DOC_EDITORS', defaults.docEditors),
		viewers: env('VIEWERS', defaults.viewers),
		keysPerSecond: env('KEYS_PER_SECOND', defaults.keysPerSecond)
	};
}

export const describeProfile = (p: LoadProfile) =>
	`${p.hotEditors} editors on 1 hot document + ${p.docs} × ${p.docEditors} editors + ${p.viewers} viewers, ${p.keysPerSecond} keys/s each, ${p.seconds} s`;

/** A server the load runs against: where to connect, whose sessions, and its CPU and memory. */
export type LoadTarget = Pick<SyncProcess, 'syncUrl' | 'origin' | 'tokens' | 'stats'>;

export interface LoadResult {
	fanout: number[];
	committed: number[];
	keystrokes: number;
	deliveries: number;
	windowMs: number;
	/** Per server: CPU used in the window, RSS at start and at its peak. */
	servers: { cpuMs: number; startRssBytes: number; maxRssBytes: number }[];
	clients: number;
}

/**
 * Runs the profile against the servers (which share the documents `docIds`; tokens of the
 * first serve everywhere). `committed` is measured when the servers send our own messages.
 */
export async function runLoad(servers: LoadTarget[], docIds: string[], profile: LoadProfile, options: { extensions: boolean }): Promise<LoadResult> {
	const startRss = await Promise.all(servers.map(async (s) => (await s.stats()).rssBytes));
	const editorsOf = (d: number) => (d === 0 ? profile.hotEditors : profile.docEditors);
	type Client = { doc: Y.Doc; provider: WebsocketProvider; docIndex: number; editor: boolean; pending: { clock: number; at: number }[] };
	const clients: Client[] = [];
	const committed: number[] = [];
	const { tokens } = servers[0]!;
	const open = (docIndex: number, editor: boolean) => {
		const server = servers[clients.length % servers.length]!;
		const doc = new Y.Doc();
		const token = editor ? tokens.alice! : tokens.victor!;
		const provider = new WebsocketProvider(server.syncUrl, docIds[docIndex]!, doc, {
			WebSocketPolyfill: webSocketWithHeaders({ Origin: server.origin, Cookie: `session=${token}` }) as never,
			disableBc: true,
			maxBackoffTime: 1000,
			params: options.extensions ? { [EXTENSIONS_PARAM]: '1' } : {}
		});
		const client: Client = { doc, provider, docIndex, editor, pending: [] };
		if (options.extensions) {
			// Asked for our own messages (from the first one on): those the load does not measure are read and dropped.
			provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => {};
			provider.messageHandlers[MESSAGE_WITNESS] = (_e, decoder) => void decoding.readVarString(decoder);
			provider.messageHandlers[MESSAGE_PERSISTED] = (_e, decoder) => {
				const have = Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(doc.clientID) ?? 0;
				const now = performance.now();
				while (client.pending.length > 0 && client.pending[0]!.clock < have) committed.push(now - client.pending.shift()!.at);
			};
		}
		clients.push(client);
	};
	for (let d = 0; d <= profile.docs; d++) for (let e = 0; e < editorsOf(d); e++) open(d, true);
	for (let v = 0; v < profile.viewers; v++) open(v % (profile.docs + 1), false);
	await waitFor(() => clients.every((c) => c.provider.synced), 120_000, 'every client to sync');

	const peersOf = new Map<number, number>();
	for (const c of clients) peersOf.set(c.docIndex, (peersOf.get(c.docIndex) ?? 0) + 1);
	// Keystroke id `${client}:${clock}` → send time and how many peers applied it.
	const sent = new Map<string, { at: number; seen: number; need: number }>();
	const fanout: number[] = [];
	let deliveries = 0;
	for (const c of clients) {
		c.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== c.provider) return;
			const now = performance.now();
			const { from, to } = Y.parseUpdateMeta(update);
			for (const [client, end] of to) {
				for (let clock = from.get(client) ?? 0; clock < end; clock++) {
					const entry = sent.get(`${client}:${clock}`);
					if (!entry) continue;
					deliveries++;
					if (++entry.seen === entry.need) fanout.push(now - entry.at);
				}
			}
		});
	}

	const before = await Promise.all(servers.map((s) => s.stats()));
	const start = performance.now();
	const stopAt = start + profile.seconds * 1000;
	let keystrokes = 0;
	const editors = clients.filter((c) => c.editor);
	const typing = editors.map(async (c, i) => {
		const text = c.doc.getText('load');
		await new Promise((r) => setTimeout(r, (i * 1000) / profile.keysPerSecond / editors.length));
		while (performance.now() < stopAt) {
			const clock = Y.getState(c.doc.store, c.doc.clientID);
			sent.set(`${c.doc.clientID}:${clock}`, { at: performance.now(), seen: 0, need: peersOf.get(c.docIndex)! - 1 });
			if (options.extensions) c.pending.push({ clock, at: performance.now() });
			text.insert(Math.floor(Math.random() * (text.length + 1)), 'x');
			keystrokes++;
			await new Promise((r) => setTimeout(r, 1000 / profile.keysPerSecond));
		}
	});
	await Promise.all(typing);
	const windowMs = performance.now() - start;
	// Let the last keystrokes arrive (bounded), then read the servers' figures.
	await waitFor(() => [...sent.values()].every((s) => s.seen >= s.need), 30_000, 'last deliveries').catch(() => {});
	const after = await Promise.all(servers.map((s) => s.stats()));
	for (const c of clients) {
		c.provider.destroy();
		c.doc.destroy();
	}
	return {
		fanout,
		committed,
		keystrokes,
		deliveries,
		windowMs,
		servers: servers.map((_, i) => ({ cpuMs: after[i]!.cpuMs - before[i]!.cpuMs, startRssBytes: startRss[i]!, maxRssBytes: after[i]!.maxRssBytes })),
		clients: clients.length
	};
}

/** A fresh database on the given Postgres server for one run. */
export async function scratchPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
	const { default: postgres } = await import('postgres');
	const name = `deal_rooms_load_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const u = new URL(url);
	u.pathname = `/${name}`;
	return {
		url: u.toString(),
		drop: async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

export const latencyLine = (label: string, values: number[]) =>
	`${label.padEnd(28)} p50 ${ms(median(values))}  p95 ${ms(percentile(values, 95))}  p99 ${ms(percentile(values, 99))}  (n=${values.length})`;

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

/** Prints a run: latencies, throughput, and each server's CPU and memory. */
export function printResult(title: string, r: LoadResult): void {
	console.log(`\n${title}: ${r.clients} clients`);
	console.log(latencyLine('fan-out send → all peers', r.fanout));
	if (r.committed.length > 0) console.log(latencyLine('send → committed', r.committed));
	console.log(`throughput: ${((r.keystrokes / r.windowMs) * 1000).toFixed(0)} keystrokes/s in, ${((r.deliveries / r.windowMs) * 1000).toFixed(0)} updates/s applied by peers`);
	r.servers.forEach((s, i) =>
		console.log(`server ${i + 1}: CPU ${((s.cpuMs / r.windowMs) * 100).toFixed(0)} % of one core, RSS ${mb(s.startRssBytes)} at start, peak ${mb(s.maxRssBytes)}`)
	);
}
