/**
 * The automerge-paper editing trace (259,778 single-character edits of a real paper) replayed
 * through our sync server: one client types it, one transaction per edit, while a second
 * client follows, first through the plain protocol server of @y/websocket-server 0.1.1 (the
 * reference: no auth, no storage), then through ours on PGlite, each in a process of its own
 * beside this one. Checks the follower ends with the trace's endContent; reports the time until
 * it does (the stock clients' own work included) and the ratio ours/reference, the time until
 * ours reported everything committed, the stored size and the cold load of the result. Ours has
 * its per-socket rate limit raised (one author replaying a day of typing in seconds is not a
 * person). The same replay into a bare in-process Y.Doc is printed for scale.
 * Run: npx tsx tests/bench/trace-replay.bench.ts [path-to-trace]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { docSnapshots, docUpdates } from '../../src/lib/server/db/schema.ts';
import { compactDoc, docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { connectClient, waitFor } from '../support/sync-clients.ts';
import { median, ms } from './bench-stats.ts';

interface Trace {
	endContent: string;
	txns: { patches: [number, number, string][] }[];
}

const tracePath = process.argv[2] ?? path.resolve('../shared/bench/automerge-paper.json.gz');
const trace = JSON.parse(gunzipSync(readFileSync(tracePath)).toString('utf8')) as Trace;
const edits = trace.txns.length;

function applyEdit(text: Y.Text, [pos, del, ins]: [number, number, string]): void {
	if (del > 0) text.delete(pos, del);
	if (ins) text.insert(pos, ins);
}

// The denominator: the same edits into a bare Y.Doc, one transaction each.
const bare = new Y.Doc();
const bareText = bare.getText('trace');
let t0 = performance.now();
for (const txn of trace.txns) bare.transact(() => txn.patches.forEach((p) => applyEdit(bareText, p)));
const bareMs = performance.now() - t0;
if (bareText.toString() !== trace.endContent) throw new Error('bare replay does not match endContent');

/** What one replay through a server measured, from the first edit typed. */
interface Replay {
	typedMs: number;
	followedMs: number;
	committedMs: number | null;
	cpuMs: number;
	maxRssBytes: number;
}

/**
 * Types the trace through `server` with one stock client while a second follows. Ours is asked
 * for its own messages (the "saved" report, the witness); the reference speaks only the protocol.
 */
async function replay(server: SyncProcess, ours: boolean): Promise<Replay> {
	const target = { syncUrl: server.syncUrl, origin: server.origin, demoDealId: server.demoDealId };
	const open = (token: string | undefined): { doc: Y.Doc; destroy(): void; synced(): boolean; whenSaved?: (ms: number) => Promise<void> } => {
		if (ours) {
			const client = connectClient(target, token!);
			return { doc: client.doc, destroy: client.destroy, synced: () => client.provider.synced, whenSaved: client.whenSaved };
		}
		const doc = new Y.Doc();
		const provider = new WebsocketProvider(server.syncUrl, server.demoDealId, doc, { WebSocketPolyfill: WebSocket as never, disableBc: true });
		// The doc too: its awareness keeps an interval running until the doc is destroyed.
		return {
			doc,
			destroy: () => {
				provider.destroy();
				doc.destroy();
			},
			synced: () => provider.synced
		};
	};
	const writer = open(server.tokens.alice);
	const follower = open(server.tokens.bob);
	await waitFor(() => writer.synced() && follower.synced(), 30_000, 'sync');
	const before = await server.stats();
	const text = writer.doc.getText('trace');
	const followed = follower.doc.getText('trace');
	const start = performance.now();
	for (let i = 0; i < edits; i++) {
		writer.doc.transact(() => trace.txns[i]!.patches.forEach((p) => applyEdit(text, p)));
		// Let sockets and the follower run while the author types.
		if (i % 2000 === 1999) await new Promise((r) => setImmediate(r));
	}
	const typedMs = performance.now() - start;
	await waitFor(() => followed.length === trace.endContent.length && followed.toString() === trace.endContent, 600_000, 'follower');
	const followedMs = performance.now() - start;
	let committedMs: number | null = null;
	if (writer.whenSaved) {
		await writer.whenSaved(600_000);
		committedMs = performance.now() - start;
	}
	const after = await server.stats();
	writer.destroy();
	follower.destroy();
	return { typedMs, followedMs, committedMs, cpuMs: after.cpuMs - before.cpuMs, maxRssBytes: after.maxRssBytes };
}

// The reference first, then ours, each in a process of its own beside this one.
const reference = await launchSyncProcess({ SYNC_MODE: 'reference', SYNC_QUIET: '1' });
const byReference = await replay(reference, false);
await reference.kill();

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-trace-'));
const server = await launchSyncProcess({ DATA_DIR: dataDir, DATABASE_URL: undefined, SYNC_QUIET: '1', SYNC_MESSAGES_PER_SECOND: '10000000' });
const byOurs = await replay(server, true);
await server.stop();

// The stored result: size of the log, compaction, cold load.
const db = openDatabase({ kind: 'pglite', dataDir });
const size = async () => {
	let bytes = 0;
	for (const table of [docUpdates, docSnapshots]) {
		const [row] = await db.db
			.select({ n: sql<string>`coalesce(sum(octet_length(${table.data})), 0)` })
			.from(table)
			.where(eq(table.docId, server.demoDealId));
		bytes += Number(row?.n ?? 0);
	}
	return bytes;
};
const storedBefore = await size();
await compactDoc(db.db, server.demoDealId);
const storedAfter = await size();
const loads: number[] = [];
let loadedOk = false;
for (let run = 0; run < 5; run++) {
	const start = performance.now();
	const doc = docFromUpdates((await loadDoc(db.db, server.demoDealId)).updates);
	loads.push(performance.now() - start);
	loadedOk = doc.getText('trace').toString() === trace.endContent;
}
await db.close();
rmSync(dataDir, { recursive: true, force: true });

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const rate = (r: Replay) => `${((edits / r.followedMs) * 1000).toFixed(0)} edits/s`;
const mbOf = (r: Replay) => `${(r.maxRssBytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`automerge-paper trace: ${edits} edits, one transaction each, typed by one stock client while another follows (${os.cpus().length} cores, Node ${process.version})`);
console.log(`bare in-process Y.Doc:             ${ms(bareMs)}  (${((edits / bareMs) * 1000).toFixed(0)} edits/s)`);
console.log(`through the reference server (@y/websocket-server 0.1.1, no auth, no storage):`);
console.log(`  typed ${ms(byReference.typedMs)}, follower equal to endContent ${ms(byReference.followedMs)} (${rate(byReference)}); server CPU ${ms(byReference.cpuMs)}, peak RSS ${mbOf(byReference)}`);
console.log(`through ours (auth, witness, persistence to PGlite):`);
console.log(`  typed ${ms(byOurs.typedMs)}, follower equal to endContent ${ms(byOurs.followedMs)} (${rate(byOurs)}), all committed (server report) ${ms(byOurs.committedMs!)}; server CPU ${ms(byOurs.cpuMs)}, peak RSS ${mbOf(byOurs)}`);
console.log(`ratio ours / reference, until the follower has it all: ${(byOurs.followedMs / byReference.followedMs).toFixed(2)} (goal ≤ 1.0); until ours reports it committed: ${(byOurs.committedMs! / byReference.followedMs).toFixed(2)}`);
console.log(`stored: ${kb(storedBefore)} as logged, ${kb(storedAfter)} after compaction`);
console.log(`cold load of the result: median ${ms(median(loads))} (text ${loadedOk ? 'equals' : 'DIFFERS FROM'} endContent)`);
if (!loadedOk) process.exitCode = 1;
