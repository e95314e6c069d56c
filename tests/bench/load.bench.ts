/**
 * Load: stock y-websocket clients (Node, loopback) typing into deal documents, against our
 * server and, in the same run with the same workload, the plain protocol server of
 * @y/websocket-server 0.1.1 (no auth, no persistence) as the reference. Reports fan-out
 * latency (send → every other peer of the document applied), throughput, the server
 * process's CPU and peak memory, ours' send → committed (as the server reports it), and the
 * ratios ours/reference. Every loop is bounded; all traffic stays on 127.0.0.1.
 * Default profile: 1 hot document with 50 editors at 2 keystrokes/s, 20 documents with 5
 * editors each, 200 idle viewers spread over all documents, 60 s.
 * Run: npx tsx tests/bench/load.bench.ts   (LOAD_SECONDS, HOT_EDITORS, DOCS, DOC_EDITORS,
 * VIEWERS, KEYS_PER_SECOND to change the profile)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE_PERSISTED } from '../../src/lib/sync/protocol.ts';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { waitFor, webSocketWithHeaders } from '../support/sync-clients.ts';
import { median, ms, percentile } from './bench-stats.ts';

// Every provider registers an exit hook with the process.
process.setMaxListeners(0);

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = env('LOAD_SECONDS', 60);
const HOT_EDITORS = env('HOT_EDITORS', 50);
const DOCS = env('DOCS', 20);
const DOC_EDITORS = env('DOC_EDITORS', 5);
const VIEWERS = env('VIEWERS', 200);
const KEYS_PER_SECOND = env('KEYS_PER_SECOND', 2);

interface Result {
	fanout: number[];
	committed: number[];
	keystrokes: number;
	deliveries: number;
	windowMs: number;
	cpuMs: number;
	maxRssBytes: number;
	startRssBytes: number;
	clients: number;
	storage: string;
}

async function run(mode: 'ours' | 'reference'): Promise<Result> {
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-load-'));
	const pg = mode === 'ours' && process.env.TEST_DATABASE_URL ? await scratchPostgres(process.env.TEST_DATABASE_URL) : null;
	const server: SyncProcess = await launchSyncProcess({
		SYNC_MODE: mode,
		DATA_DIR: dataDir,
		DATABASE_URL: pg?.url,
		SYNC_QUIET: '1',
		EXTRA_DEALS: String(DOCS),
		// Hundreds of simulated people share two accounts and one address here.
		SYNC_MAX_SOCKETS_PER_USER: '100000',
		SYNC_MAX_SOCKETS_PER_ADDRESS: '100000'
	});
	const startRss = (await server.stats()).rssBytes;
	const docIds = server.deals.slice(0, DOCS + 1);
	const editorsOf = (d: number) => (d === 0 ? HOT_EDITORS : DOC_EDITORS);
	type Client = { doc: Y.Doc; provider: WebsocketProvider; docIndex: number; editor: boolean };
	const clients: Client[] = [];
	const open = (docIndex: number, editor: boolean) => {
		const doc = new Y.Doc();
		const token = editor ? server.tokens.alice! : server.tokens.victor!;
		const provider = new WebsocketProvider(server.syncUrl, docIds[docIndex]!, doc, {
			WebSocketPolyfill: webSocketWithHeaders({ Origin: server.origin, Cookie: `session=${token}` }) as never,
			disableBc: true,
			maxBackoffTime: 1000
		});
		clients.push({ doc, provider, docIndex, editor });
	};
	for (let d = 0; d <= DOCS; d++) for (let e = 0; e < editorsOf(d); e++) open(d, true);
	for (let v = 0; v < VIEWERS; v++) open(v % (DOCS + 1), false);
	await waitFor(() => clients.every((c) => c.provider.synced), 120_000, 'every client to sync');

	const peersOf = new Map<number, number>();
	for (const c of clients) peersOf.set(c.docIndex, (peersOf.get(c.docIndex) ?? 0) + 1);
	// Keystroke id `${client}:${clock}` → send time and how many peers applied it.
	const sent = new Map<string, { at: number; seen: number; need: number }>();
	const fanout: number[] = [];
	const committed: number[] = [];
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
		if (mode === 'ours') {
			const pending: { clock: number; at: number }[] = [];
			if (c.editor) (c as Client & { pending?: typeof pending }).pending = pending;
			c.provider.messageHandlers[MESSAGE_PERSISTED] = (_e, decoder) => {
				const have = Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(c.doc.clientID) ?? 0;
				const now = performance.now();
				while (pending.length > 0 && pending[0]!.clock < have) committed.push(now - pending.shift()!.at);
			};
		}
	}

	const before = await server.stats();
	const start = performance.now();
	const stopAt = start + SECONDS * 1000;
	let keystrokes = 0;
	const editors = clients.filter((c) => c.editor);
	const typing = editors.map(async (c, i) => {
		const text = c.doc.getText('load');
		await new Promise((r) => setTimeout(r, (i * 1000) / KEYS_PER_SECOND / editors.length));
		while (performance.now() < stopAt) {
			const clock = Y.getState(c.doc.store, c.doc.clientID);
			sent.set(`${c.doc.clientID}:${clock}`, { at: performance.now(), seen: 0, need: peersOf.get(c.docIndex)! - 1 });
			(c as Client & { pending?: { clock: number; at: number }[] }).pending?.push({ clock, at: performance.now() });
			text.insert(Math.floor(Math.random() * (text.length + 1)), 'x');
			keystrokes++;
			await new Promise((r) => setTimeout(r, 1000 / KEYS_PER_SECOND));
		}
	});
	await Promise.all(typing);
	const windowMs = performance.now() - start;
	// Let the last keystrokes arrive (bounded), then read the server's figures.
	await waitFor(() => [...sent.values()].every((s) => s.seen >= s.need), 30_000, 'last deliveries').catch(() => {});
	const after = await server.stats();
	for (const c of clients) {
		c.provider.destroy();
		c.doc.destroy();
	}
	await server.kill();
	await pg?.drop();
	rmSync(dataDir, { recursive: true, force: true });
	return {
		fanout,
		committed,
		keystrokes,
		deliveries,
		windowMs,
		cpuMs: after.cpuMs - before.cpuMs,
		maxRssBytes: after.maxRssBytes,
		startRssBytes: startRss,
		clients: clients.length,
		storage: mode === 'reference' ? 'none' : pg ? 'Postgres' : 'PGlite'
	};
}

/** A fresh database on the given Postgres server for one run (with TEST_DATABASE_URL). */
async function scratchPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
	const { default: postgres } = await import('postgres');
	const name = `deal_rooms_load_${Date.now().toString(36)}`;
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

const fmt = (label: string, values: number[]) =>
	`${label.padEnd(28)} p50 ${ms(median(values))}  p95 ${ms(percentile(values, 95))}  p99 ${ms(percentile(values, 99))}  (n=${values.length})`;

const results: Record<string, Result> = {};
for (const mode of ['reference', 'ours'] as const) {
	const r = await run(mode);
	results[mode] = r;
	console.log(`\n${mode === 'ours' ? `ours (auth, persistence to ${r.storage})` : 'reference (@y/websocket-server 0.1.1)'}: ${r.clients} clients`);
	console.log(fmt('fan-out send → all peers', r.fanout));
	if (r.committed.length > 0) console.log(fmt('send → committed', r.committed));
	console.log(`throughput: ${((r.keystrokes / r.windowMs) * 1000).toFixed(0)} keystrokes/s in, ${((r.deliveries / r.windowMs) * 1000).toFixed(0)} updates/s applied by peers`);
	const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
	console.log(`server: CPU ${((r.cpuMs / r.windowMs) * 100).toFixed(0)} % of one core, RSS ${mb(r.startRssBytes)} at start, peak ${mb(r.maxRssBytes)}`);
}
const o = results.ours!;
const ref = results.reference!;
console.log(`\nprofile: ${HOT_EDITORS} editors on 1 hot document + ${DOCS} × ${DOC_EDITORS} editors + ${VIEWERS} viewers, ${KEYS_PER_SECOND} keys/s each, ${SECONDS} s; ${os.cpus().length} cores, Node ${process.version}`);
console.log('ratios ours/reference:');
console.log(`  fan-out p50 ${(median(o.fanout) / median(ref.fanout)).toFixed(2)}, p95 ${(percentile(o.fanout, 95) / percentile(ref.fanout, 95)).toFixed(2)}, p99 ${(percentile(o.fanout, 99) / percentile(ref.fanout, 99)).toFixed(2)}`);
console.log(`  throughput ${(o.deliveries / o.windowMs / (ref.deliveries / ref.windowMs)).toFixed(2)}, server CPU ${(o.cpuMs / o.windowMs / (ref.cpuMs / ref.windowMs)).toFixed(2)}, peak RSS ${(o.maxRssBytes / ref.maxRssBytes).toFixed(2)}`);
