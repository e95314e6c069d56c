import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendUpdates, compactDoc, countLogRows, docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS, createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Writes `n` single-paragraph updates from one author, as separate log rows. */
function authoredUpdates(n: number, tag: string): { updates: Uint8Array[]; doc: Y.Doc } {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (u: Uint8Array) => updates.push(u));
	for (let i = 0; i < n; i++) appendParagraph(doc, `${tag} ${i}`);
	return { updates, doc };
}

describe.each(TEST_DRIVERS)('compaction on %s', (driver) => {
	let database: TestDatabase | null = null;
	let server: TestServer | null = null;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
		server = null;
		await database?.drop();
		database = null;
	});

	it('leaves the content identical and the log empty', async () => {
		database = await createTestDatabase(driver);
		const db = database.handle.db;
		const { updates, doc } = authoredUpdates(300, 'line');
		await appendUpdates(db, updates.map((data) => ({ docId: 'doc-a', data })));
		const before = docFromUpdates((await loadDoc(db, 'doc-a')).updates);
		const result = await compactDoc(db, 'doc-a');
		expect(result.mergedRows).toBe(300);
		expect(await countLogRows(db, 'doc-a')).toBe(0);
		const stored = await loadDoc(db, 'doc-a');
		expect(stored.updates).toHaveLength(1);
		const after = docFromUpdates(stored.updates);
		expect(bodyText(after)).toBe(bodyText(before));
		expect(bodyText(after)).toBe(bodyText(doc));
		expect(Y.encodeStateVector(after)).toEqual(Y.encodeStateVector(doc));
	});

	it('loses nothing when two server instances compact while a third keeps writing', async () => {
		database = await createTestDatabase(driver);
		const dbA = database.handle.db;
		const dbB = database.openAnother().db;
		const dbW = database.openAnother().db;
		const seed = authoredUpdates(200, 'seed');
		await appendUpdates(dbW, seed.updates.map((data) => ({ docId: 'doc-b', data })));
		const late = authoredUpdates(100, 'late');
		const writing = (async () => {
			for (const data of late.updates) await appendUpdates(dbW, [{ docId: 'doc-b', data }]);
		})();
		const compactions: Promise<unknown>[] = [];
		for (let i = 0; i < 6; i++) compactions.push(compactDoc(i % 2 ? dbA : dbB, 'doc-b'));
		await Promise.all([writing, ...compactions]);
		await compactDoc(dbA, 'doc-b');
		const text = bodyText(docFromUpdates((await loadDoc(dbA, 'doc-b')).updates));
		for (let i = 0; i < 200; i++) expect(text).toContain(`seed ${i}`);
		for (let i = 0; i < 100; i++) expect(text).toContain(`late ${i}`);
		expect(await countLogRows(dbA, 'doc-b')).toBe(0);
	});

	it('compacts a live document as its log grows, keeping rows few and clients in step', async () => {
		server = await startTestServer(driver, { compactEvery: 50 });
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		for (let i = 0; i < 400; i++) {
			appendParagraph(alice.doc, `typed ${i}`);
			if (i % 25 === 0) await new Promise((r) => setTimeout(r, 5));
		}
		await alice.whenSaved();
		const doc = server.sync.registry.get(server.demoDealId)!;
		await server.sync.registry.persistence.whenCompacted(doc);
		const rows = await countLogRows(server.database.handle.db, server.demoDealId);
		// Compaction ran while typing (the log is shorter than what was typed) and its own rule
		// (enough rows, and a log half the snapshot's size) asks for no more.
		expect(rows).toBeLessThan(400);
		expect(server.sync.registry.persistence.shouldCompact(doc)).toBe(false);
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		expect(bodyText(stored)).toBe(bodyText(alice.doc));
	});
});
