import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { supportEvents } from '../../src/lib/server/db/schema.ts';
import { accountProfile } from '../../src/lib/server/support-events.ts';
import { readRoleRows, setSupport } from '../../src/lib/sync/blocks.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('support events on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it('extracts every support change from the stored document into the profile table', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const seeded = await db.select().from(supportEvents).where(eq(supportEvents.dealId, server.demoDealId));
		expect(seeded).toHaveLength(8); // August and September, four people each

		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		const chen = readRoleRows(alice.doc, 'demo-roles').find((r) => r.name === '陈经理')!;
		setSupport(alice.doc, 'demo-roles', chen.id, 1, await server.userId('alice@demo.test'), 'reference visit went well');
		await alice.whenSaved();
		let profile = await accountProfile(db, seeded[0]!.accountId, await server.userId('alice@demo.test'));
		await waitFor(async () => {
			profile = await accountProfile(db, seeded[0]!.accountId, await server.userId('alice@demo.test'));
			return profile.changes.some((c) => c.note === 'reference visit went well');
		}, 5000, 'the change in the profile table');
		const change = profile.changes.find((c) => c.note === 'reference visit went well');
		expect(change).toMatchObject({ personName: '陈经理', fromValue: -1, toValue: 1, toNormalized: 0.5, by: 'Alice Wang' });
		expect(change?.contactId).toBeTruthy();
		// Idempotent: unloading the document extracts again without duplicates.
		alice.destroy();
		clients.length = 0;
		await waitFor(() => server.sync.registry.loadedNames().length === 0);
		const rows = await db.select().from(supportEvents).where(eq(supportEvents.dealId, server.demoDealId));
		expect(rows).toHaveLength(9);
	});
});
