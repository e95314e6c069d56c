/**
 * What version history costs in storage, with the real `recordVersion` (and its thinning) on
 * the embedded database, time simulated:
 * - the demo deal, edited in 8 bursts a working day for 120 days;
 * - the automerge-paper trace (259,778 edits) typed at 2 keys/s without a pause (a version
 *   every 10 minutes, as the server keeps them while edits go on), then 7 and 90 days later.
 * Prints versions kept and bytes (the states, and the table on disk).
 * Run: npx tsx tests/bench/history-storage.bench.ts [path-to-trace]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { createAppContext } from '../../src/lib/server/app-context.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { deals } from '../../src/lib/server/db/schema.ts';
import { docFromUpdates, loadDoc, rowsOf } from '../../src/lib/server/doc-store.ts';
import { recordVersion } from '../../src/lib/server/versions.ts';
import { appendParagraph } from '../support/doc-edits.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-history-bench-'));
const context = await createAppContext({ config: readConfig({ SEED_DEMO: '1', PORT: '0', DATA_DIR: dataDir }), log: () => {} });
const db = context.database.db;

async function measure(docId: string) {
	const [row] = rowsOf<{ n: number; bytes: string | number }>(
		await db.execute(sql`select count(*)::int as n, coalesce(sum(octet_length(state)), 0) as bytes from doc_version where doc_id = ${docId}`)
	);
	const [table] = rowsOf<{ size: string | number }>(await db.execute(sql`select pg_total_relation_size('doc_version') as size`));
	return { versions: row!.n, bytes: Number(row!.bytes), table: Number(table!.size) };
}

// ---- the demo deal ----
const [demo] = await db.select({ id: deals.id }).from(deals).where(eq(deals.title, 'Recruiting platform upgrade'));
const doc = docFromUpdates((await loadDoc(db, demo!.id)).updates);
const start = Date.now() - 120 * DAY;
for (let day = 0; day < 120; day++) {
	for (let burst = 0; burst < 8; burst++) {
		appendParagraph(doc, `Day ${day}, burst ${burst}: notes after a call 电话后的记录.`);
		await recordVersion(db, demo!.id, doc, 'auto', { at: new Date(start + day * DAY + 9 * HOUR + burst * HOUR) });
	}
}
const demoState = Y.encodeStateAsUpdate(doc).byteLength;
const demoKept = await measure(demo!.id);
console.log(`demo deal: state ${kb(demoState)} after 120 days; 960 versions made, ${demoKept.versions} kept, ${kb(demoKept.bytes)} of states`);

// ---- the trace ----
const tracePath = process.argv[2] ?? path.resolve('../shared/bench/automerge-paper.json.gz');
const trace = JSON.parse(gunzipSync(readFileSync(tracePath)).toString('utf8')) as { txns: { patches: [number, number, string][] }[] };
const traceId = 'history-bench-trace';
const traceDoc = new Y.Doc();
const text = traceDoc.getText('trace');
const EDITS_PER_VERSION = 2 * 60 * 10; // 2 keys/s, a version every 10 minutes
const t0 = Date.now() - 100 * DAY;
let made = 0;
for (const [i, txn] of trace.txns.entries()) {
	traceDoc.transact(() => {
		for (const [pos, del, ins] of txn.patches) {
			if (del > 0) text.delete(pos, del);
			if (ins) text.insert(pos, ins);
		}
	});
	if ((i + 1) % EDITS_PER_VERSION === 0 || i === trace.txns.length - 1) {
		await recordVersion(db, traceId, traceDoc, 'auto', { at: new Date(t0 + ((i + 1) / 2) * 1000) });
		made++;
	}
}
const typedFor = trace.txns.length / 2 / 3600;
const end = t0 + (trace.txns.length / 2) * 1000;
const afterTyping = await measure(traceId);
const traceState = Y.encodeStateAsUpdate(traceDoc).byteLength;
console.log(`trace: ${trace.txns.length} edits typed over ${typedFor.toFixed(1)} h, final state ${kb(traceState)}; ${made} versions made`);
console.log(`  right after typing: ${afterTyping.versions} kept, ${mb(afterTyping.bytes)} of states`);
for (const days of [7, 90]) {
	// The next version, days later, thins the older ones.
	await recordVersion(db, traceId, traceDoc, 'auto', { at: new Date(end + days * DAY) });
	const later = await measure(traceId);
	console.log(`  ${days} days later: ${later.versions} kept, ${mb(later.bytes)} of states`);
}
const total = await measure(traceId);
console.log(`doc_version table on disk (both documents): ${mb(total.table)}`);
await context.database.close();
rmSync(dataDir, { recursive: true, force: true });
