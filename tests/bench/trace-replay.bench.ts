/**
 * The automerge-paper editing trace (259,778 single-character edits of a real paper) replayed
 * through our sync server: one client types it, one transaction per edit, while a second
 * client follows. Checks the follower ends with the trace's endContent; reports edits/s, the
 * time until the server reported everything committed, the stored size and the cold load of
 * the result. The same replay into a bare in-process Y.Doc is the ratio's denominator.
 * The server runs in its own process on PGlite, with its per-socket rate limit raised (one
 * author replaying a day of typing in seconds is not a person).
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
import { launchSyncProcess } from '../support/sync-process-launcher.ts';
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

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-trace-'));
const server = await launchSyncProcess({ DATA_DIR: dataDir, DATABASE_URL: undefined, SYNC_QUIET: '1', SYNC_MESSAGES_PER_SECOND: '10000000' });
const target = { syncUrl: server.syncUrl, origin: server.origin, demoDealId: server.demoDealId };
const writer = connectClient(target, server.tokens.alice!);
const follower = connectClient(target, server.tokens.bob!);
await waitFor(() => writer.provider.synced && follower.provider.synced, 30_000, 'sync');

const text = writer.doc.getText('trace');
const followed = follower.doc.getText('trace');
t0 = performance.now();
for (let i = 0; i < edits; i++) {
	writer.doc.transact(() => trace.txns[i]!.patches.forEach((p) => applyEdit(text, p)));
	// Let sockets and the follower run while the author types.
	if (i % 2000 === 1999) await new Promise((r) => setImmediate(r));
}
const typedMs = performance.now() - t0;
await waitFor(() => followed.length === trace.endContent.length && followed.toString() === trace.endContent, 600_000, 'follower');
const followedMs = performance.now() - t0;
await writer.whenSaved(600_000);
const committedMs = performance.now() - t0;
const stats = await server.stats();
writer.destroy();
follower.destroy();
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
console.log(`automerge-paper trace: ${edits} edits, one transaction each (${os.cpus().length} cores, Node ${process.version})`);
console.log(`bare in-process Y.Doc:         ${ms(bareMs)}  (${((edits / bareMs) * 1000).toFixed(0)} edits/s)`);
console.log(`through the server, typed:     ${ms(typedMs)}`);
console.log(`  follower equal to endContent: ${ms(followedMs)}  (${((edits / followedMs) * 1000).toFixed(0)} edits/s; ratio to bare ${(followedMs / bareMs).toFixed(2)})`);
console.log(`  all committed (server report): ${ms(committedMs)}`);
console.log(`server process: CPU ${ms(stats.cpuMs)}, peak RSS ${(stats.maxRssBytes / 1024 / 1024).toFixed(0)} MB`);
console.log(`stored: ${kb(storedBefore)} as logged, ${kb(storedAfter)} after compaction`);
console.log(`cold load of the result: median ${ms(median(loads))} (text ${loadedOk ? 'equals' : 'DIFFERS FROM'} endContent)`);
if (!loadedOk) process.exitCode = 1;
