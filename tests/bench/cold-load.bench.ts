/**
 * Cold-load time of one deal document with 10,000 logged updates, before and after
 * compaction, on PGlite and (with DATABASE_URL or TEST_DATABASE_URL) on Postgres.
 * Run: npx tsx tests/bench/cold-load.bench.ts [updates]
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { appendUpdates, compactDoc, docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { getBody } from '../../src/lib/sync/deal-doc.ts';
import { median, ms } from './bench-stats.ts';

const UPDATES = Number(process.argv[2] ?? 10_000);
const RUNS = 7;

/** One keystroke per update, typed into a paragraph, like a person writing notes. */
function typingUpdates(n: number): Uint8Array[] {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (u: Uint8Array) => updates.push(u));
	const p = new Y.XmlElement('paragraph');
	const text = new Y.XmlText();
	p.insert(0, [text]);
	getBody(doc).insert(0, [p]);
	const words = 'the buyer wants a stronger talent pool before signing ';
	for (let i = 0; updates.length < n; i++) text.insert(text.length, words[i % words.length]!);
	return updates.slice(0, n);
}

async function coldLoad(handle: DatabaseHandle, docId: string): Promise<{ ms: number; chars: number; rows: number }> {
	const times: number[] = [];
	let chars = 0;
	let rows = 0;
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		const stored = await loadDoc(handle.db, docId);
		const doc = docFromUpdates(stored.updates);
		times.push(performance.now() - start);
		chars = (getBody(doc).get(0) as Y.XmlElement).toString().length;
		rows = stored.updates.length;
		doc.destroy();
	}
	return { ms: median(times), chars, rows };
}

async function run(name: string, handle: DatabaseHandle) {
	await handle.migrate();
	const docId = `bench-${Date.now().toString(36)}`;
	const updates = typingUpdates(UPDATES);
	for (let i = 0; i < updates.length; i += 1000) {
		await appendUpdates(handle.db, updates.slice(i, i + 1000).map((data) => ({ docId, data })));
	}
	const before = await coldLoad(handle, docId);
	const compactStart = performance.now();
	const result = await compactDoc(handle.db, docId);
	const compactMs = performance.now() - compactStart;
	const after = await coldLoad(handle, docId);
	console.log(`\n${name}: one document, ${UPDATES} logged single-keystroke updates (median of ${RUNS} cold loads)`);
	console.log(`  before compaction: ${ms(before.ms)}  (${before.rows} rows)`);
	console.log(`  compaction:        ${ms(compactMs)}  (${result.mergedRows} rows → snapshot of ${result.snapshotBytes} bytes)`);
	console.log(`  after compaction:  ${ms(after.ms)}  (${after.rows} row)`);
	console.log(`  speed-up:          ${(before.ms / after.ms).toFixed(1)}×`);
	await handle.close();
}

await run('PGlite (in memory)', openDatabase({ kind: 'pglite' }));
const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) await run('Postgres', openDatabase({ kind: 'postgres', url }));
else console.log('\n(set DATABASE_URL or TEST_DATABASE_URL to run it on Postgres too)');
