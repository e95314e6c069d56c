/**
 * CSV import of a Salesforce-shaped export on Postgres (and PGlite with IMPORT_BENCH_PGLITE=1):
 * how long reading, previewing and committing take, rows per second, and whether the import
 * blocks the server: the event loop's delay (p50/p99/max) while idle and while a commit runs,
 * in the same process — the delay every request and every sync message would wait.
 * Run: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx tests/bench/import.bench.ts
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { createAppContext } from '../../src/lib/server/app-context.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { users, workspaceMembers } from '../../src/lib/server/db/schema.ts';
import { createBatch, previewBatch, startImport, suggestMapping } from '../../src/lib/server/import/imports.ts';
import { salesforceOpportunitiesCsv } from '../support/import-fixtures.ts';
import { scratchPostgres } from './load-profile.ts';

const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const pglite = process.env.IMPORT_BENCH_PGLITE === '1';
if (!postgresUrl && !pglite) {
	console.log('import bench needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test), or IMPORT_BENCH_PGLITE=1');
	process.exit(0);
}
const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 5000);
const pg = pglite ? null : await scratchPostgres(postgresUrl!);
const dataDir = pglite ? `/tmp/deal-rooms-import-bench-${process.pid}` : undefined;
const context = await createAppContext({ config: readConfig({ SEED_DEMO: '1', PORT: '0', ...(pg ? { DATABASE_URL: pg.url } : { DATA_DIR: dataDir! }) }), log: () => {} });
const db = context.database.db;
const [owner] = await db.select({ id: users.id, workspaceId: workspaceMembers.workspaceId }).from(users).innerJoin(workspaceMembers, eq(workspaceMembers.userId, users.id)).where(eq(users.email, 'olivia@demo.test'));

const delay = async (ms: number, during?: Promise<unknown>) => {
	const h = monitorEventLoopDelay({ resolution: 5 });
	h.enable();
	await (during ?? new Promise((r) => setTimeout(r, ms)));
	h.disable();
	return `p50 ${(h.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(1)} ms, max ${(h.max / 1e6).toFixed(1)} ms`;
};

const bytes = new TextEncoder().encode(salesforceOpportunitiesCsv(ROWS, 1));
console.log(`import of ${ROWS} Salesforce opportunities (${(bytes.length / 1024 / 1024).toFixed(1)} MB) on ${pg ? 'Postgres' : 'PGlite'}`);
console.log(`event-loop delay, idle 3 s: ${await delay(3000)}`);
let t0 = performance.now();
const chunks = function* () {
	for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024);
};
const batch = await createBatch(db, { workspaceId: owner!.workspaceId, userId: owner!.id, fileName: 'bench.csv' }, chunks());
console.log(`read and stored: ${(performance.now() - t0).toFixed(0)} ms (${batch.rowCount} rows)`);
t0 = performance.now();
const { mapping } = await suggestMapping(db, batch);
const preview = await previewBatch(db, batch, mapping, owner!.id);
console.log(`preview: ${(performance.now() - t0).toFixed(0)} ms (${preview.counts.deals.create} deals, ${preview.counts.accounts.create} accounts to create)`);
await startImport(db, batch, mapping);
t0 = performance.now();
const during = await delay(0, context.imports.kick(batch.id));
const ms = performance.now() - t0;
console.log(`commit: ${(ms / 1000).toFixed(1)} s, ${((batch.rowCount / ms) * 1000).toFixed(0)} rows/s (template, stage ticks and search index per deal)`);
console.log(`event-loop delay while committing: ${during}`);
await context.imports.close();
await context.database.close();
await pg?.drop();
