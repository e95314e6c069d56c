import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { rawSocket, waitFor } from '../support/sync-clients.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// The short CI version; `CHURN_CYCLES=10000` runs the long one.
const CYCLES = Number(process.env.CHURN_CYCLES ?? 300);
const PARALLEL = 10;
const WARM_UP = 50;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The JS heap in use once garbage is collected: where a leaked peer or document would stay. */
async function settledHeap(): Promise<number> {
	for (let i = 0; i < 3; i++) {
		gc();
		await new Promise((r) => setTimeout(r, 20));
	}
	return process.memoryUsage().heapUsed;
}

describe('connection churn', () => {
	let server: TestServer;
	afterEach(() => server?.close());

	it(`leaves no socket, no document and no memory behind after ${CYCLES} connect/disconnect cycles`, async () => {
		server = await startTestServer('pglite');
		const headers = { Origin: server.origin, Cookie: `session=${await server.signIn('alice@demo.test')}` };
		const url = `${server.syncUrl}/${server.demoDealId}`;
		let done = 0;
		const worker = async (until: number) => {
			while (done < until) {
				done++;
				const socket = rawSocket(url, headers);
				await socket.opened;
				socket.ws.close();
				await socket.closed;
			}
		};
		const idle = async () => {
			await waitFor(() => server.sync.peerCount() === 0, 10_000, 'every socket to close');
			await waitFor(() => server.sync.registry.loadedNames().length === 0, 10_000, 'the document to unload');
		};
		// Warm up first, so lazily built caches and compiled code are part of the baseline.
		await Promise.all(Array.from({ length: PARALLEL }, () => worker(WARM_UP)));
		await idle();
		const baseline = await settledHeap();
		await Promise.all(Array.from({ length: PARALLEL }, () => worker(WARM_UP + CYCLES)));
		await idle();
		const after = await settledHeap();
		expect(server.logs.filter((l) => l.level === 'error')).toEqual([]);
		const growth = (after - baseline) / baseline;
		console.log(
			`churn: ${done - WARM_UP} cycles, no socket or document left; heap ${(baseline / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB (${(growth * 100).toFixed(1)} %)`
		);
		expect(growth).toBeLessThan(0.1);
	}, 60_000 + CYCLES * 20);
});
