import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { loadDoc, docFromUpdates } from '../../src/lib/server/doc-store.ts';
import { appendParagraph, paragraphUpdate } from '../support/doc-edits.ts';
import { connectClient, rawSocket, syncMessage, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('read-only roles on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it.each(['victor@demo.test', 'maya@demo.test'])('never applies a raw update or SyncStep2 from %s', async (email) => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		const token = await server.signIn(email);
		const raw = rawSocket(server.syncUrl + '/' + server.demoDealId, { Origin: server.origin, Cookie: `session=${token}` });
		await raw.opened;
		raw.ws.send(syncMessage(paragraphUpdate(null, 'forged by update'), 2));
		raw.ws.send(syncMessage(paragraphUpdate(null, 'forged by step2'), 1));
		// The server answers with permission-denied auth messages (type 2) and stays open.
		await waitFor(() => raw.received.filter((m) => m[0] === 2).length >= 2, 5000, 'permission denied');
		expect(raw.ws.readyState).toBe(raw.ws.OPEN);
		// A later editor write is committed, so anything forged would be too by now.
		appendParagraph(alice.doc, 'editor marker');
		await alice.whenSaved();
		expect(bodyText(alice.doc)).not.toContain('forged');
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		expect(bodyText(stored)).toContain('editor marker');
		expect(bodyText(stored)).not.toContain('forged');
		raw.ws.close();
	});

	it('keeps a viewer reading live while their own stock client edits go nowhere', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		const victor = connectClient(server, await server.signIn('victor@demo.test'));
		clients.push(alice, victor);
		await waitFor(() => alice.provider.synced && victor.provider.synced);
		appendParagraph(victor.doc, 'viewer typing');
		appendParagraph(alice.doc, 'editor typing');
		await waitFor(() => bodyText(victor.doc).includes('editor typing'));
		await waitFor(() => victor.permissionDenied.length > 0, 5000, 'denial');
		await alice.whenSaved();
		expect(bodyText(alice.doc)).not.toContain('viewer typing');
		expect(Y.encodeStateVector(alice.doc)).not.toEqual(Y.encodeStateVector(victor.doc));
	});

	it('refuses a stream of viewer updates without recomputing the document for each one', async () => {
		server = await startTestServer(driver);
		const raw = rawSocket(server.syncUrl + '/' + server.demoDealId, { Origin: server.origin, Cookie: `session=${await server.signIn('victor@demo.test')}` });
		await raw.opened;
		await waitFor(() => raw.received.length > 0, 5000, 'greeting');
		const shared = server.sync.registry.get(server.demoDealId)!;
		const before = shared.snapshotsComputed;
		for (let i = 0; i < 50; i++) raw.ws.send(syncMessage(paragraphUpdate(null, `forged ${i}`), 2));
		await waitFor(() => raw.received.filter((m) => m[0] === 2).length >= 50, 5000, '50 denials');
		// One snapshot for the unchanged document, not fifty.
		expect(shared.snapshotsComputed - before).toBe(1);
		raw.ws.close();
	});
});
