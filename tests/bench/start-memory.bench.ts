/**
 * Memory of `npm start` as a user runs it on the embedded database: the resident memory of its
 * whole process group (npm, the shell, the server and its threads), sampled every 100 ms
 *  1. through a first start on a new data directory (the demo workspace seeded) and while idle,
 *  2. through a second start on that directory, and while the load profile of `load.bench.ts`
 *     runs against it (stock y-websocket clients, 1 hot deal and 20 more, 200 viewers).
 * The goal (#17) is 300 MB at any time. Between the two starts the benchmark adds the load's
 * deals and sessions to the stopped server's database. Needs a build (`npm run build`; made
 * here when stale). All traffic is on 127.0.0.1; every loop is bounded.
 * Run: npx tsx tests/bench/start-memory.bench.ts   (LOAD_SECONDS etc. as in load.bench.ts)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { buildIfStale } from '../support/app-process.ts';
import { prepareLoadDeals } from '../support/load-deals.ts';
import { waitFor } from '../support/sync-clients.ts';
import type { SyncProcessStats } from '../support/sync-process.ts';
import { describeProfile, printResult, profileFromEnv, runLoad } from './load-profile.ts';

const GOAL_MB = 300;
const profile = profileFromEnv({ seconds: 60, hotEditors: 50, docs: 20, docEditors: 5, viewers: 200, keysPerSecond: 2 });
const port = 24391;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-start-memory-'));
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** The group's processes: pid → resident KB and CPU ticks (user + system). */
function groupUsage(pgid: number): { rssKb: number; cpuTicks: number } {
	let rssKb = 0;
	let cpuTicks = 0;
	let out = '';
	try {
		out = execFileSync('ps', ['-o', 'pid=,rss=', '-g', String(pgid)], { encoding: 'utf8' });
	} catch {
		return { rssKb: 0, cpuTicks: 0 };
	}
	for (const line of out.trim().split('\n')) {
		const [pid, rss] = line.trim().split(/\s+/).map(Number);
		if (!pid) continue;
		rssKb += rss ?? 0;
		try {
			// Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
			cpuTicks += Number(fields[11]) + Number(fields[12]);
		} catch {
			// The process ended between ps and here.
		}
	}
	return { rssKb, cpuTicks };
}

interface Started {
	child: ChildProcess;
	/** Highest group RSS since the last `resetPeak`. */
	peakKb(): number;
	resetPeak(): void;
	nowKb(): number;
	stats(): Promise<SyncProcessStats>;
	stop(): Promise<void>;
}

/** `npm start` in a process group of its own, sampled until it stops. */
async function npmStart(): Promise<Started & { readyAfterMs: number }> {
	const startedAt = Date.now();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		ORIGIN: `http://127.0.0.1:${port}`,
		SEED_DEMO: '1',
		// Hundreds of simulated people share two accounts and one address here.
		SYNC_MAX_SOCKETS_PER_USER: '100000',
		SYNC_MAX_SOCKETS_PER_ADDRESS: '100000'
	};
	delete env.DATABASE_URL;
	const child = spawn('npm', ['start'], { detached: true, stdio: 'ignore', env });
	// Whatever happens to this benchmark, the server it started goes with it.
	process.once('exit', () => {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// Already gone.
		}
	});
	const pgid = child.pid!;
	let peak = 0;
	let now = 0;
	const sample = () => {
		now = groupUsage(pgid).rssKb;
		peak = Math.max(peak, now);
	};
	const sampler = setInterval(sample, 100);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await waitFor(
		async () => {
			try {
				return (await fetch(`http://127.0.0.1:${port}/login`)).ok;
			} catch {
				return false;
			}
		},
		120_000,
		'npm start to serve'
	);
	const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
	return {
		child,
		readyAfterMs: Date.now() - startedAt,
		peakKb: () => peak,
		resetPeak: () => (peak = now),
		nowKb: () => now,
		stats: async () => {
			sample();
			return { cpuMs: (groupUsage(pgid).cpuTicks / ticks) * 1000, rssBytes: now * 1024, maxRssBytes: peak * 1024 };
		},
		stop: async () => {
			process.kill(-pgid, 'SIGTERM');
			await exited;
			// npm exits before its child: wait until the whole group is gone.
			await waitFor(() => groupUsage(pgid).rssKb === 0, 20_000, 'the server to stop');
			clearInterval(sampler);
		}
	};
}

buildIfStale();
const lines: string[] = [];

const first = await npmStart();
await new Promise((r) => setTimeout(r, 3000));
const firstPeak = first.peakKb();
lines.push(`first start (new data directory, demo seeded): ready in ${(first.readyAfterMs / 1000).toFixed(1)} s, peak ${mb(firstPeak)}, idle ${mb(first.nowKb())}`);
await first.stop();

const database = openDatabase({ kind: 'pglite', dataDir });
const { tokens, deals } = await prepareLoadDeals(database.db, profile.docs);
await database.close();

const second = await npmStart();
await new Promise((r) => setTimeout(r, 3000));
const secondPeak = second.peakKb();
lines.push(`second start: ready in ${(second.readyAfterMs / 1000).toFixed(1)} s, peak ${mb(secondPeak)}, idle ${mb(second.nowKb())}`);
second.resetPeak();
const result = await runLoad(
	[{ syncUrl: `ws://127.0.0.1:${port}/sync`, origin: `http://127.0.0.1:${port}`, tokens, stats: second.stats }],
	deals,
	profile,
	{ extensions: true }
);
const loadPeak = second.peakKb();
await second.stop();
rmSync(dataDir, { recursive: true, force: true });

printResult('npm start on PGlite under the load profile (server = the whole process group)', result);
console.log(`\nprofile: ${describeProfile(profile)}; ${os.cpus().length} cores, Node ${process.version}`);
console.log(`npm start's process group (npm, sh, node and its threads), resident memory:`);
for (const line of lines) console.log(`  ${line}`);
console.log(`  under the load profile: peak ${mb(loadPeak)}`);
const worst = Math.max(firstPeak, secondPeak, loadPeak);
console.log(`  highest at any time: ${mb(worst)} (goal ≤ ${GOAL_MB} MB: ${worst / 1024 <= GOAL_MB ? 'met' : 'NOT met'})`);
