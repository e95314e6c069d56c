import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDoc, docFromUpdates } from '../../src/lib/server/doc-store.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { CloseCode } from '../../src/lib/sync/protocol.ts';
import { appendParagraph, paragraphUpdate } from '../support/doc-edits.ts';
import { clientFrame, rawTcp, serverCloseCode, upgradeRequest } from '../support/raw-tcp.ts';
import { connectClient, rawSocket, syncMessage, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('more bad input on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	/** Alice keeps editing and saving, and the stored document holds nothing forged. */
	async function expectStillServing(forged: string): Promise<void> {
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced, 10_000, 'alice to sync');
		const marker = `still serving ${Date.now()}`;
		appendParagraph(alice.doc, marker);
		await alice.whenSaved();
		const stored = bodyText(docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates));
		expect(stored).toContain(marker);
		expect(stored).not.toContain(forged);
		expect(stored).toContain('Huayuan wants to replace');
	}

	const asBob = async () => ({ Origin: server.origin, Cookie: `session=${await server.signIn('bob@demo.test')}` });

	it('reads a V2 update sent as V1 as nothing, and damages nothing', async () => {
		server = await startTestServer(driver);
		const author = new Y.Doc();
		appendParagraph(author, 'forged as v2');
		const raw = rawSocket(`${server.syncUrl}/${server.demoDealId}`, await asBob());
		await raw.opened;
		raw.ws.send(syncMessage(Y.encodeStateAsUpdateV2(author)));
		await expectStillServing('forged as v2');
		raw.ws.close();
	});

	it('closes a single 10 MB insert with 1009 and stores none of it', async () => {
		server = await startTestServer(driver);
		const raw = rawSocket(`${server.syncUrl}/${server.demoDealId}`, await asBob());
		await raw.opened;
		raw.ws.send(syncMessage(paragraphUpdate(null, `huge ${'x'.repeat(10 * 1024 * 1024)}`)));
		expect((await raw.closed).code).toBe(1009);
		await expectStillServing('huge xxx');
	});

	it('closes a socket sending 10,000 tiny updates a second with 4529 (retry after a pause); what it sent before that is kept', async () => {
		server = await startTestServer(driver);
		const raw = rawSocket(`${server.syncUrl}/${server.demoDealId}`, await asBob());
		await raw.opened;
		// Once the document is loaded (the server greets), so messages are applied, not queued.
		await waitFor(() => raw.received.length > 0, 10_000, 'greeting');
		const flooder = new Y.Doc();
		let before = Y.encodeStateVector(flooder);
		flooder.getMap('flood').set('n', 0);
		for (let i = 0; i < 10_000 && raw.ws.readyState === raw.ws.OPEN; i++) {
			flooder.getMap('flood').set('n', i);
			raw.ws.send(syncMessage(Y.encodeStateAsUpdate(flooder, before)));
			before = Y.encodeStateVector(flooder);
			if (i % 100 === 99) await new Promise((r) => setTimeout(r, 10));
		}
		expect((await raw.closed).code).toBe(CloseCode.RateLimited);
		// Nothing it sent after the refusal was applied (it would wait forever for the refused one).
		expect(server.sync.registry.get(server.demoDealId)?.ydoc.store.pendingStructs ?? null).toBeNull();
		await expectStillServing('never sent');
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		expect(stored.getMap('flood').get('n')).toBeGreaterThan(100);
	});

	it('answers frames sent before the upgrade is authorized with 401, and never reads them', async () => {
		server = await startTestServer(driver);
		const tcp = await rawTcp(server.port);
		const frame = clientFrame(0x82, Buffer.from(syncMessage(paragraphUpdate(null, 'before auth')).slice(0, 100)));
		tcp.write(Buffer.concat([Buffer.from(upgradeRequest(server.port, `/sync/${server.demoDealId}`, { Origin: server.origin })), frame]));
		await tcp.ended;
		expect(tcp.received().toString('latin1')).toMatch(/^HTTP\/1\.1 401/);
		await expectStillServing('before auth');
	});

	it('closes a frame with reserved bits set with 1002', async () => {
		server = await startTestServer(driver);
		const tcp = await rawTcp(server.port);
		tcp.write(upgradeRequest(server.port, `/sync/${server.demoDealId}`, await asBob()));
		await waitFor(() => tcp.received().includes('\r\n\r\n'), 5000, '101');
		expect(tcp.received().toString('latin1')).toMatch(/^HTTP\/1\.1 101/);
		tcp.write(clientFrame(0x80 | 0x40 | 0x02, Buffer.from([0, 0])));
		await tcp.ended;
		expect(serverCloseCode(tcp.received())).toBe(1002);
		await expectStillServing('reserved');
	});

	it('keeps serving while a handshake never completes', async () => {
		server = await startTestServer(driver);
		const tcp = await rawTcp(server.port);
		tcp.write(`GET /sync/${server.demoDealId} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n`);
		await expectStillServing('never');
		expect(tcp.socket.destroyed).toBe(false);
		tcp.socket.destroy();
	});
});
