/**
 * Scale-out: the load profile of `load.bench.ts`, with editors and viewers spread round-robin
 * over 1, 2 and 3 instances on one Postgres and the real Redis, in the same run. Reports
 * fan-out (send → every other peer applied, across instances), send → committed, throughput,
 * and CPU and RSS per instance, and the ratio of each to the single instance.
 * Needs TEST_DATABASE_URL (or DATABASE_URL) and TEST_REDIS_URL (or REDIS_URL).
 * Run: npx tsx tests/bench/scale-out.bench.ts   (same profile variables as load.bench.ts;
 * default 20 s, 20 hot editors, 10 × 4 editors, 60 viewers, 2 keys/s)
 * All instances and clients share this machine's cores, so more instances also means more
 * contention here; on separate machines the figures can only be better.
 */
import os from 'node:os';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { median, percentile } from './bench-stats.ts';
import { describeProfile, printResult, profileFromEnv, runLoad, scratchPostgres, type LoadResult } from './load-profile.ts';

const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;
if (!postgresUrl || !redisUrl) {
	console.log('scale-out bench needs TEST_DATABASE_URL and TEST_REDIS_URL (e.g. postgres://postgres@127.0.0.1:5432/test, redis://127.0.0.1:6379)');
	process.exit(0);
}
const profile = profileFromEnv({ seconds: 20, hotEditors: 20, docs: 10, docEditors: 4, viewers: 60, keysPerSecond: 2 });

async function run(instances: number): Promise<LoadResult> {
	const pg = await scratchPostgres(postgresUrl!);
	const servers: SyncProcess[] = [];
	const common = { DATABASE_URL: pg.url, REDIS_URL: redisUrl, SYNC_QUIET: '1', SYNC_MAX_SOCKETS_PER_USER: '100000', SYNC_MAX_SOCKETS_PER_ADDRESS: '100000' };
	// One after another: the first seeds the workspace and the extra deals.
	for (let i = 0; i < instances; i++) servers.push(await launchSyncProcess({ ...common, EXTRA_DEALS: i === 0 ? String(profile.docs) : '0' }));
	const result = await runLoad(servers, servers[0]!.deals.slice(0, profile.docs + 1), profile, { extensions: true });
	await Promise.all(servers.map((s) => s.kill()));
	await pg.drop();
	return result;
}

const results: LoadResult[] = [];
for (const instances of [1, 2, 3]) {
	const r = await run(instances);
	results.push(r);
	printResult(`${instances} instance${instances > 1 ? 's' : ''} (Postgres${instances > 1 ? ' + Redis' : ''})`, r);
}
const one = results[0]!;
console.log(`\nprofile: ${describeProfile(profile)}; ${os.cpus().length} cores, Node ${process.version}`);
for (const [i, r] of results.entries()) {
	if (i === 0) continue;
	const ratio = (f: (v: number[]) => number, key: 'fanout' | 'committed') => (f(r[key]) / f(one[key])).toFixed(2);
	console.log(
		`${i + 1} instances / 1: fan-out p50 ${ratio(median, 'fanout')}, p95 ${ratio((v) => percentile(v, 95), 'fanout')}, p99 ${ratio((v) => percentile(v, 99), 'fanout')} (goal p99 ≤ 1.5); send → committed p50 ${ratio(median, 'committed')}, p99 ${ratio((v) => percentile(v, 99), 'committed')}`
	);
}
