import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppProcess {
	baseUrl: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** Builds the app if needed and starts `server/main.ts` on a fresh embedded database. */
export async function startApp(port: number): Promise<AppProcess> {
	if (!existsSync('build/handler.js')) {
		const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
		if (built.status !== 0) throw new Error('vite build failed');
	}
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-bench-'));
	const baseUrl = `http://localhost:${port}`;
	const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
		env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ORIGIN: baseUrl, SEED_DEMO: '1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 60_000;
	let lastError: unknown = null;
	for (;;) {
		if (Date.now() > deadline) throw new Error(`app did not start in 60 s: ${String(lastError)}`, { cause: lastError });
		try {
			if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) break;
		} catch (error) {
			lastError = error;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		baseUrl,
		child,
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
