import { afterEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { connectClient, rawSocket, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const frame = (write: (e: encoding.Encoder) => void) => {
	const e = encoding.createEncoder();
	write(e);
	return encoding.toUint8Array(e);
};

type UserState = { user?: { id?: string; name?: string } };

describe.each(TEST_DRIVERS)('awareness on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it('stamps every awareness state with the signed-in user, whatever the client claims', async () => {
		server = await startTestServer(driver);
		const victor = connectClient(server, await server.signIn('victor@demo.test'));
		const bob = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(victor, bob);
		await waitFor(() => victor.provider.synced && bob.provider.synced);
		victor.provider.awareness.setLocalStateField('user', { id: 'maya', name: 'Maya Chen (manager)', color: '#000' });
		const victorId = await server.userId('victor@demo.test');
		await waitFor(() => {
			const seen = bob.provider.awareness.getStates().get(victor.doc.clientID) as UserState | undefined;
			return seen?.user?.id === victorId;
		}, 5000, 'stamped awareness');
		const seen = bob.provider.awareness.getStates().get(victor.doc.clientID) as UserState;
		expect(seen.user).toMatchObject({ id: victorId, name: 'Victor Zhao' });
	});

	it("ignores a client that writes another connection's awareness entry", async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		alice.provider.awareness.setLocalStateField('cursor', { at: 1 });
		await waitFor(() => alice.provider.awareness.getStates().size >= 1);
		const aliceId = await server.userId('alice@demo.test');
		await waitFor(() => (server.sync.registry.get(server.demoDealId)?.awareness.getStates().has(alice.doc.clientID) ?? false));

		// Bob forges an entry under Alice's awareness client id with a much newer clock, then asks
		// for everyone's state on the same socket, so the answer comes after his forgery.
		const raw = rawSocket(`${server.syncUrl}/${server.demoDealId}`, {
			Origin: server.origin,
			Cookie: `session=${await server.signIn('bob@demo.test')}`
		});
		await raw.opened;
		const forged = frame((e) => {
			encoding.writeVarUint(e, 1);
			encoding.writeVarUint8Array(
				e,
				frame((u) => {
					encoding.writeVarUint(u, 1);
					encoding.writeVarUint(u, alice.doc.clientID);
					encoding.writeVarUint(u, 1000);
					encoding.writeVarString(u, JSON.stringify({ cursor: { at: 999 } }));
				})
			);
		});
		raw.ws.send(forged);
		raw.ws.send(frame((e) => encoding.writeVarUint(e, 3)));
		// A SyncStep1 last: its answer (SyncStep2) arrives after everything the forgery caused.
		raw.ws.send(frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, new Uint8Array([0])); }));
		await waitFor(() => raw.received.some((m) => m[0] === 0 && m[1] === 1), 5000, 'answer to SyncStep1');
		const view = new Awareness(new Y.Doc());
		for (const m of raw.received.filter((m) => m[0] === 1)) {
			const d = decoding.createDecoder(m);
			decoding.readVarUint(d);
			applyAwarenessUpdate(view, decoding.readVarUint8Array(d), 'test');
		}
		const state = view.getStates().get(alice.doc.clientID) as UserState & { cursor?: { at: number } };
		expect(state.cursor?.at).toBe(1);
		expect(state.user?.id).toBe(aliceId);
		raw.ws.close();
	});
});
