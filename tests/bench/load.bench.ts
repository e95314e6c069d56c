/**
 * Load: stock y-websocket clients (Node, loopback) typing into deal documents, against our
 * server and, in the same run with the same workload, the plain protocol server of
 * @y/websocket-server 0.1.1 (no auth, no persistence) as the reference. Reports fan-out
 * latency (send → every other peer of the document applied), throughput, the server
 * process's CPU and peak memory, ours' send → committed (as the server reports it), and the
 * ratios ours/reference. Ours runs on the embedded PGlite and, with TEST_DATABASE_URL set, on
 * Postgres too, all in one run, so the two are compared with each other (memory) as well as
 * with the reference. Every loop is bounded; all traffic stays on 127.0.0.1.
 * Default profile: 1 hot document with 50 editors at 2 keystrokes/s, 20 documents with 5
 * editors each, 200 idle viewers spread over all documents, 60 s.
 * Run: npx tsx tests/bench/load.bench.ts   (LOAD_SECONDS, HOT_EDITORS, DOCS, DOC_EDITORS,
 * VIEWERS, KEYS_PER_SECOND to change the profile)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchSyncProcess } from '../support/sync-process-launcher.ts';
import { median, percentile } from './bench-stats.ts';
import { describeProfile, printResult, profileFromEnv, runLoad, scratchPostgres, type LoadResult } from './load-profile.ts';

const profile = profileFromEnv({ seconds: 60, hotEditors: 50, docs: 20, docEditors: 5, viewers: 200, keysPerSecond: 2 });

type Mode = 'reference' | 'PGlite' | 'Postgres';

async function run(mode: Mode): Promise<LoadResult> {
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-load-'));
	const pg = mode === 'Postgres' ? await scratchPostgres(process.env.TEST_DATABASE_URL!) : null;
	const server = await launchSyncProcess({
		SYNC_MODE: mode === 'reference' ? 'reference' : 'ours',
		DATA_DIR: dataDir,
		DATABASE_URL: pg?.url,
		SYNC_QUIET: '1',
		EXTRA_DEALS: String(profile.docs),
		// Hundreds of simulated people share two accounts and one address here.
		SYNC_MAX_SOCKETS_PER_USER: '100000',
		SYNC_MAX_SOCKETS_PER_ADDRESS: '100000'
	});
	const result = await runLoad([server], server.deals.slice(0, profile.docs + 1), profile, { extensions: mode !== 'reference' });
	await server.kill();
	await pg?.drop();
	rmSync(dataDir, { recursive: true, force: true });
	return result;
}

const modes: Mode[] = ['reference', 'PGlite', ...(process.env.TEST_DATABASE_URL ? (['Postgres'] as const) : [])];
const results = new Map<Mode, LoadResult>();
for (const mode of modes) {
	const r = await run(mode);
	results.set(mode, r);
	printResult(mode === 'reference' ? 'reference (@y/websocket-server 0.1.1)' : `ours (auth, persistence to ${mode})`, r);
}
const ref = results.get('reference')!;
const cpu = (r: LoadResult) => r.servers[0]!.cpuMs / r.windowMs;
const rss = (r: LoadResult) => r.servers[0]!.maxRssBytes;
console.log(`\nprofile: ${describeProfile(profile)}; ${os.cpus().length} cores, Node ${process.version}`);
for (const mode of modes.filter((m) => m !== 'reference')) {
	const o = results.get(mode)!;
	console.log(`ratios ours on ${mode} / reference:`);
	console.log(`  fan-out p50 ${(median(o.fanout) / median(ref.fanout)).toFixed(2)}, p95 ${(percentile(o.fanout, 95) / percentile(ref.fanout, 95)).toFixed(2)}, p99 ${(percentile(o.fanout, 99) / percentile(ref.fanout, 99)).toFixed(2)}`);
	console.log(`  throughput ${(o.deliveries / o.windowMs / (ref.deliveries / ref.windowMs)).toFixed(2)}, server CPU ${(cpu(o) / cpu(ref)).toFixed(2)}, peak RSS ${(rss(o) / rss(ref)).toFixed(2)}`);
}
const onPostgres = results.get('Postgres');
if (onPostgres) {
	console.log(`peak RSS ours on PGlite / ours on Postgres: ${(rss(results.get('PGlite')!) / rss(onPostgres)).toFixed(2)} (goal ≤ 1.5)`);
	// Before the first client: what the embedded database's thread costs by itself.
	const atStart = (r: LoadResult) => r.servers[0]!.startRssBytes;
	console.log(`RSS at start, before any client, ours on PGlite / ours on Postgres: ${(atStart(results.get('PGlite')!) / atStart(onPostgres)).toFixed(2)}`);
}
