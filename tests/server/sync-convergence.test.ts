import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { loadDoc, docFromUpdates } from '../../src/lib/server/doc-store.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('sync server on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	const client = async (email: string) => {
		const c = connectClient(server, await server.signIn(email));
		clients.push(c);
		return c;
	};

	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it('lets two stock y-websocket clients converge on the same text', async () => {
		server = await startTestServer(driver);
		const alice = await client('alice@demo.test');
		const bob = await client('bob@demo.test');
		await waitFor(() => alice.provider.synced && bob.provider.synced, 10_000, 'both synced');
		expect(bodyText(alice.doc)).toContain('Recruiting platform upgrade');
		appendParagraph(alice.doc, 'alice was here');
		appendParagraph(bob.doc, 'bob was here');
		await waitFor(() => bodyText(alice.doc).includes('bob was here') && bodyText(bob.doc).includes('alice was here'));
		expect(Y.encodeStateVector(alice.doc)).toEqual(Y.encodeStateVector(bob.doc));
		expect(bodyText(alice.doc)).toBe(bodyText(bob.doc));
	});

	it('reports saved only after the edit is in the database, and a restart loads every committed edit', async () => {
		server = await startTestServer(driver);
		const alice = await client('alice@demo.test');
		await waitFor(() => alice.provider.synced);
		for (let i = 0; i < 20; i++) appendParagraph(alice.doc, `committed line ${i}`);
		await alice.whenSaved();
		// Saved means stored: read the database directly, bypassing the server's memory.
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		expect(bodyText(stored)).toContain('committed line 19');
		alice.destroy();

		await server.restart();
		expect(server.sync.registry.loadedNames()).toEqual([]);
		const bob = await client('bob@demo.test');
		await waitFor(() => bob.provider.synced);
		for (let i = 0; i < 20; i++) expect(bodyText(bob.doc)).toContain(`committed line ${i}`);
	});

	it('queues messages that arrive while the document loads and loses none', async () => {
		server = await startTestServer(driver);
		const token = await server.signIn('alice@demo.test');
		// Several clients connect at once and write before anyone has synced.
		const writers = Array.from({ length: 4 }, () => connectClient(server, token));
		clients.push(...writers);
		writers.forEach((w, i) => appendParagraph(w.doc, `early writer ${i}`));
		await Promise.all(writers.map((w) => w.whenSaved()));
		await waitFor(() => writers.every((w) => [0, 1, 2, 3].every((i) => bodyText(w.doc).includes(`early writer ${i}`))));
		expect(server.sync.registry.loadedNames()).toEqual([server.demoDealId]);
	});

	it('unloads a document after its last client leaves, once its writes are committed', async () => {
		server = await startTestServer(driver);
		const alice = await client('alice@demo.test');
		await waitFor(() => alice.provider.synced);
		appendParagraph(alice.doc, 'last words');
		alice.destroy();
		clients.length = 0;
		await waitFor(() => server.sync.registry.loadedNames().length === 0, 10_000, 'unload');
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		expect(bodyText(stored)).toContain('last words');
	});
});
