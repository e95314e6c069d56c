import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SyncProcessReady, SyncProcessStats } from './sync-process.ts';

export interface SyncProcess extends SyncProcessReady {
	child: ChildProcess;
	syncUrl: string;
	origin: string;
	/** The first deal: the demo deal for our server. */
	demoDealId: string;
	stats(): Promise<SyncProcessStats>;
	/** SIGKILL: no shutdown, no flush; resolves once the process is gone. */
	kill(): Promise<void>;
	/** SIGTERM: a graceful stop. */
	stop(): Promise<void>;
	/** Raises an app event in the process, as its HTTP side would (a role removed, a sign-out). */
	emit(name: string, arg: string): void;
}

/** Starts `tests/support/sync-process.ts` and waits until it listens. */
export async function launchSyncProcess(env: Record<string, string | undefined>): Promise<SyncProcess> {
	// One process (tsx as a loader, not its CLI, which would run the server in a child SIGKILL misses),
	// with the memory settings `npm start` uses (package.json), so its figures are production's.
	// SYNC_PROCESS_NODE_ARGS adds Node options to the server's process only (e.g. `--cpu-prof` to profile a benchmark).
	const extra = process.env.SYNC_PROCESS_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
	const child = spawn(process.execPath, ['--max-semi-space-size=4', ...extra, '--import', 'tsx', 'tests/support/sync-process.ts'], {
		env: { MALLOC_ARENA_MAX: '2', ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'inherit', 'ipc']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const ready = await new Promise<SyncProcessReady>((resolve, reject) => {
		const lines = createInterface({ input: child.stdout! });
		const timer = setTimeout(() => reject(new Error('sync process did not start in 60 s')), 60_000);
		lines.on('line', (line) => {
			if (!line.startsWith('{')) return;
			clearTimeout(timer);
			resolve(JSON.parse(line) as SyncProcessReady);
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`sync process exited with ${code} before listening`));
		});
	});
	child.stdout!.resume();
	const origin = `http://127.0.0.1:${ready.port}`;
	const signal = async (sig: NodeJS.Signals) => {
		if (child.exitCode === null && child.signalCode === null) child.kill(sig);
		await exited;
	};
	return {
		...ready,
		child,
		syncUrl: `ws://127.0.0.1:${ready.port}/sync`,
		origin,
		demoDealId: ready.deals[0]!,
		stats: () =>
			new Promise((resolve) => {
				child.once('message', (m) => resolve(m as SyncProcessStats));
				child.send('stats');
			}),
		kill: () => signal('SIGKILL'),
		emit: (name, arg) => void child.send({ emit: [name, arg] }),
		stop: () => signal('SIGTERM')
	};
}
