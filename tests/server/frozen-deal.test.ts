import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { deals } from '../../src/lib/server/db/schema.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('won and lost deals on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	const setStatus = async (status: 'open' | 'won' | 'lost') => {
		await server.database.handle.db.update(deals).set({ status }).where(eq(deals.id, server.demoDealId));
		server.context.events.emit('deal-access-changed', server.demoDealId);
	};

	it('freezes the document for every editor when the deal is won, and thaws it when reopened', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		const bob = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(alice, bob);
		await waitFor(() => alice.provider.synced && bob.provider.synced);
		await setStatus('won');
		await waitFor(() => [...server.sync.registry.get(server.demoDealId)!.peers].every((p) => p.readOnly));
		appendParagraph(alice.doc, 'written after the deal was won');
		await waitFor(() => alice.permissionDenied.length > 0, 5000, 'denial');
		// A new connection is read-only from the start too.
		const late = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(late);
		await waitFor(() => late.provider.synced);
		appendParagraph(late.doc, 'late write');
		await waitFor(() => late.permissionDenied.length > 0, 5000, 'denial');
		expect(bodyText(bob.doc)).not.toContain('written after');

		await setStatus('open');
		await waitFor(() => [...server.sync.registry.get(server.demoDealId)!.peers].every((p) => !p.readOnly));
		appendParagraph(bob.doc, 'reopened and writing');
		await bob.whenSaved();
		await waitFor(() => bodyText(alice.doc).includes('reopened and writing'));
	});
});
