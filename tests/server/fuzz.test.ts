import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { faultySocketClass, type Faults } from '../support/faulty-socket.ts';
import { content, randomEdit, VIEWER_MARK } from '../support/random-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Short in CI; `FUZZ_SEEDS=50 FUZZ_STEPS=2000 npx vitest run tests/server/fuzz.test.ts` for long. */
const SEEDS = Number(process.env.FUZZ_SEEDS ?? 2);
const STEPS = Number(process.env.FUZZ_STEPS ?? 250);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

describe.each(TEST_DRIVERS)('convergence with a faulty network, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	const seeds = Array.from({ length: SEEDS }, (_, i) => FIRST_SEED + i);
	it.each(seeds)('seed %i: clients, server and storage agree; the viewer’s edits are nowhere', async (seed) => {
		console.log(`fuzz seed ${seed} (${driver}, ${STEPS} steps); re-run with FUZZ_SEED=${seed} FUZZ_SEEDS=1`);
		const random = prng.create(seed);
		const faults: Faults = { on: false, random, dropRate: 0.03, delayRate: 0.2, maxDelayMs: 40, dropped: 0, delayed: 0 };
		server = await startTestServer(driver);
		const socketClass = (headers: Record<string, string>) => faultySocketClass(headers, faults);
		const users = ['alice', 'bob', 'alice', 'victor'];
		for (const user of users) clients.push(connectClient(server, await server.signIn(`${user}@demo.test`), server.demoDealId, { socketClass }));
		const viewer = clients[3]!;
		faults.on = false;
		await waitFor(() => clients.every((c) => c.provider.synced), 20_000, 'first sync');
		faults.on = true;

		let disconnects = 0;
		for (let step = 0; step < STEPS; step++) {
			const i = prng.int32(random, 0, clients.length - 1);
			const client = clients[i]!;
			randomEdit(client.doc, random, client === viewer ? VIEWER_MARK : `c${i}s${step}`);
			if (prng.real53(random) < 0.02) {
				client.provider.ws?.close();
				disconnects++;
			}
			if (prng.real53(random) < 0.3) await new Promise((r) => setTimeout(r, prng.int32(random, 0, 8)));
		}

		// The network heals; every client reconnects, resyncs and has its edits committed.
		faults.on = false;
		for (const c of clients) {
			c.provider.disconnect();
			c.provider.connect();
		}
		const editors = clients.slice(0, 3);
		await waitFor(() => clients.every((c) => c.provider.synced && c.provider.wsconnected), 20_000, 'resync');
		for (const c of editors) await c.whenSaved(20_000);
		const serverDoc = server.sync.registry.get(server.demoDealId)!.ydoc;
		await waitFor(() => editors.every((c) => content(c.doc) === content(serverDoc)), 20_000, 'editors to converge');
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		const fresh = connectClient(server, await server.signIn('victor@demo.test'));
		clients.push(fresh);
		await waitFor(() => fresh.provider.synced, 10_000, 'fresh viewer');

		const expected = content(serverDoc);
		for (const doc of [...editors.map((c) => c.doc), stored, fresh.doc]) expect(content(doc)).toBe(expected);
		for (const c of editors) expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(serverDoc));
		expect(expected).not.toContain(VIEWER_MARK);
		console.log(`seed ${seed}: ${faults.dropped} messages dropped, ${faults.delayed} delayed, ${disconnects} disconnects; converged`);
	}, 90_000 + STEPS * 50);
});
