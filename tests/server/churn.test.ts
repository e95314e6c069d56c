import { afterEach, describe, expect, it } from 'vitest';
import { rawSocket, waitFor } from '../support/sync-clients.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// The short CI version; `CHURN_CYCLES=10000` runs the long one.
const CYCLES = Number(process.env.CHURN_CYCLES ?? 300);
const PARALLEL = 10;

describe('connection churn', () => {
	let server: TestServer;
	afterEach(() => server?.close());

	it(`leaves no socket and no document behind after ${CYCLES} connect/disconnect cycles`, async () => {
		server = await startTestServer('pglite');
		const headers = { Origin: server.origin, Cookie: `session=${await server.signIn('alice@demo.test')}` };
		const url = `${server.syncUrl}/${server.demoDealId}`;
		let done = 0;
		const worker = async () => {
			while (done < CYCLES) {
				done++;
				const socket = rawSocket(url, headers);
				await socket.opened;
				socket.ws.close();
				await socket.closed;
			}
		};
		await Promise.all(Array.from({ length: PARALLEL }, worker));
		await waitFor(() => server.sync.peerCount() === 0, 10_000, 'every socket to close');
		await waitFor(() => server.sync.registry.loadedNames().length === 0, 10_000, 'the document to unload');
		expect(server.logs.filter((l) => l.level === 'error')).toEqual([]);
		console.log(`churn: ${done} cycles, no socket or document left`);
	});
});
