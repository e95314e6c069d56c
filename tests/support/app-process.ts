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

const RUNTIME = 'build/runtime/main.js';

/** Builds the app (`npm run build`) when there is no build or a source file is newer than it. */
export function buildIfStale(): void {
	const built = existsSync(RUNTIME) ? statSync(RUNTIME).mtimeMs : 0;
	if (built > newestChange('src') && built > newestChange('server') && built > statSync('package-lock.json').mtimeMs) return;
	const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (run.status !== 0) throw new Error('npm run build failed');
}

/**
 * Builds the app if needed and starts it as `npm start` does (`node build/runtime/main.js`) with
 * the demo workspace: on a fresh embedded database, on `dataDir` to restart over earlier data,
 * or on the Postgres database at `databaseUrl`.
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
	// The node process itself (not npm), so that a SIGKILL kills the server.
	const child = spawn(process.execPath, [RUNTIME], {
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
