import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppProcess {
	baseUrl: string;
	dataDir: string;
	child: ChildProcess;
	/** Stops the app (SIGTERM, as a deploy would); its data stays when the caller owns the directory. */
	stop(): Promise<void>;
}

function newestChange(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/** Builds the app when there is no build or a source file is newer than it. */
export function buildIfStale(): void {
	const built = existsSync('build/handler.js') ? statSync('build/handler.js').mtimeMs : 0;
	if (built > newestChange('src') && built > statSync('package-lock.json').mtimeMs) return;
	const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
	if (run.status !== 0) throw new Error('vite build failed');
}

/**
 * Builds the app if needed and starts `server/main.ts` with the demo workspace, as a user
 * would run it: on a fresh embedded database, on `dataDir` to restart over earlier data, or on
 * the Postgres database at `databaseUrl`.
 */
export async function startApp(
	port: number,
	options: { dataDir?: string; databaseUrl?: string; env?: Record<string, string> } = {}
): Promise<AppProcess> {
	buildIfStale();
	const ownsDir = !options.dataDir;
	const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-app-'));
	const baseUrl = `http://localhost:${port}`;
	// The embedded database unless a Postgres URL is given: the data directory is what carries over a restart.
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, ORIGIN: baseUrl, SEED_DEMO: '1', ...options.env };
	delete env.DATABASE_URL;
	if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
	// tsx as a loader in this one process, not its CLI: the CLI runs the server in a child of its
	// own, which a SIGKILL of the CLI leaves running (a "killed" instance that still serves).
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	const deadline = Date.now() + 60_000;
	let lastError: unknown = null;
	for (;;) {
		if (Date.now() > deadline || child.exitCode !== null) {
			child.kill('SIGKILL');
			throw new Error(`app did not start in 60 s: ${String(lastError)}`, { cause: lastError });
		}
		try {
			if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) break;
		} catch (error) {
			lastError = error;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		baseUrl,
		dataDir,
		child,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
			if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
