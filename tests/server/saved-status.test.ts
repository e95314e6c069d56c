import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyText, getBody } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Deletes the first `n` characters of the body's last paragraph. */
function deleteFromLastParagraph(doc: Y.Doc, n: number): void {
	const body = getBody(doc);
	const paragraph = body.get(body.length - 1) as Y.XmlElement;
	(paragraph.get(0) as Y.XmlText).delete(0, n);
}

describe.each(TEST_DRIVERS)('what the server reports committed, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it('counts a deletion as unsaved until the server has committed it', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		appendParagraph(alice.doc, 'delete me please');
		await alice.whenSaved();
		// A deletion does not move the state vector; the tracker must still see it pending.
		deleteFromLastParagraph(alice.doc, 7);
		expect(alice.unsaved()).toBe(7);
		await alice.whenSaved();
		await server.restart();
		const reader = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(reader);
		await waitFor(() => reader.provider.synced);
		expect(bodyText(reader.doc)).toContain('me please');
		expect(bodyText(reader.doc)).not.toContain('delete me');
	});

	it('tells a returning client that deletions it made before a dropped connection were committed', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		appendParagraph(alice.doc, 'abcdefgh');
		await alice.whenSaved();
		// The socket drops right after the deletion is sent, before any report can arrive.
		deleteFromLastParagraph(alice.doc, 3);
		alice.provider.ws?.close();
		await waitFor(() => !alice.provider.wsconnected, 5000, 'disconnect');
		expect(alice.unsaved()).toBe(3);
		// On reconnect the server re-reads nothing new, yet reports every deletion it holds.
		await alice.whenSaved();
		expect(alice.unsaved()).toBe(0);
	});

	it('does not call a viewer’s resync of known deletions a refused edit', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		appendParagraph(alice.doc, 'some words here');
		deleteFromLastParagraph(alice.doc, 5);
		await alice.whenSaved();
		const victor = connectClient(server, await server.signIn('victor@demo.test'));
		clients.push(victor);
		await waitFor(() => victor.provider.synced);
		// Reconnect: the stock client's SyncStep2 now repeats the deletions it learnt.
		victor.provider.disconnect();
		victor.provider.connect();
		await waitFor(() => victor.provider.synced && victor.provider.wsconnected);
		appendParagraph(alice.doc, 'marker');
		await alice.whenSaved();
		await waitFor(() => bodyText(victor.doc).includes('marker'));
		expect(victor.permissionDenied).toEqual([]);
		// A real edit by the viewer still is refused.
		appendParagraph(victor.doc, 'viewer edit');
		await waitFor(() => victor.permissionDenied.length > 0, 5000, 'denial');
	});
});
