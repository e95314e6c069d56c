import { and, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEMPLATE_BLOCKS as B } from '../../src/lib/server/deal-template.ts';
import { docEdits, supportEvents } from '../../src/lib/server/db/schema.ts';
import { getBlocks, readRoleRows, readSupportEvents } from '../../src/lib/sync/blocks.ts';
import { readChecklist, setCriterionDone } from '../../src/lib/sync/sales-blocks.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const LONG_AGO = Date.parse('2001-01-01T00:00:00Z');

/**
 * The server is the witness: who made a support change or ticked a checklist item, and when,
 * is what the server saw (the socket's user, its clock), never what the client wrote beside it.
 * Bob writes claims in Alice's name, dated 2001, straight into the Y.Doc.
 */
describe.each(TEST_DRIVERS)('authorship and time come from the server, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});
	const connect = async (email: string) => {
		const client = connectClient(server, await server.signIn(email));
		clients.push(client);
		await waitFor(() => client.provider.synced, 10_000, `${email} to sync`);
		return client;
	};

	it('stores, shows and tells every client the witnessed author and time, not the claimed ones', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const [aliceId, bobId] = [await server.userId('alice@demo.test'), await server.userId('bob@demo.test')];
		const alice = await connect('alice@demo.test');
		const bob = await connect('bob@demo.test');
		const before = Date.now();

		const chen = readRoleRows(bob.doc, B.roleTable).find((r) => r.name === '陈经理')!;
		bob.doc.transact(() => {
			(getBlocks(bob.doc).get(B.roleTable)!.get('events') as Y.Array<unknown>).push([
				{ id: 'forged-support', personId: chen.id, from: 0, to: 2, at: LONG_AGO, by: aliceId, note: 'in Alice’s name' }
			]);
		});
		setCriterionDone(bob.doc, B.checklist, 'order-signed', true, aliceId, LONG_AGO);
		await bob.whenSaved();

		// Stored: the support change is Bob's, at the server's time.
		await waitFor(async () => (await db.select().from(supportEvents).where(eq(supportEvents.eventId, 'forged-support'))).length === 1, 10_000, 'the change extracted');
		const [stored] = await db.select().from(supportEvents).where(eq(supportEvents.eventId, 'forged-support'));
		expect(stored!.byUserId).toBe(bobId);
		expect(stored!.at.getTime()).toBeGreaterThanOrEqual(before - 1000);

		// Shown live to Alice, who was connected when Bob wrote it.
		await waitFor(() => readChecklist(alice.doc, B.checklist, alice.witness).states['order-signed']?.doneBy === bobId, 10_000, 'the live witness');
		const tick = readChecklist(alice.doc, B.checklist, alice.witness).states['order-signed']!;
		expect(tick.doneAt).toBeGreaterThanOrEqual(before - 1000);
		const event = readSupportEvents(alice.doc, B.roleTable, alice.witness).find((e) => e.id === 'forged-support')!;
		expect(event).toMatchObject({ by: bobId });
		expect(event.at).toBeGreaterThanOrEqual(before - 1000);
		// Without the witness the document says what Bob claimed: that is what must not be shown.
		expect(readChecklist(alice.doc, B.checklist).states['order-signed']).toMatchObject({ doneBy: aliceId, doneAt: LONG_AGO });

		// Rewriting the claim beside an existing tick does not move its author either.
		((getBlocks(bob.doc).get(B.checklist)!.get('states') as Y.Map<Y.Map<unknown>>).get('order-signed')!).set('doneBy', aliceId);
		// And a seeded tick (written by the server, no witness) whose date a client rewrites shows no date.
		((getBlocks(bob.doc).get(B.checklist)!.get('states') as Y.Map<Y.Map<unknown>>).get('lead-contact')!).set('doneAt', LONG_AGO);
		await bob.whenSaved();

		// Told again, from the stored record, to a client that connects after a restart and compaction.
		await server.sync.registry.flushAll();
		await server.sync.registry.persistence.compact(server.sync.registry.get(server.demoDealId)!);
		for (const c of clients.splice(0)) c.destroy();
		await server.restart();
		const maya = await connect('maya@demo.test');
		await waitFor(() => readChecklist(maya.doc, B.checklist, maya.witness).states['order-signed']?.doneBy === bobId, 10_000, 'the stored witness');
		const seeded = readChecklist(maya.doc, B.checklist, maya.witness).states;
		expect(seeded['lead-contact']).toMatchObject({ done: true, doneAt: null });
		// Seeded history is the server's own writing and keeps its dates.
		expect(seeded['opp-need']).toMatchObject({ done: true, doneBy: aliceId, doneAt: Date.parse('2026-09-20T09:00:00Z') });
		expect(readSupportEvents(maya.doc, B.roleTable, maya.witness).find((e) => e.id === 'forged-support')).toMatchObject({ by: bobId });

		// The record is queryable per deal and per user, and survived compaction.
		const bobs = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(docEdits)
			.where(and(eq(docEdits.docId, server.demoDealId), eq(docEdits.userId, bobId)));
		expect(bobs[0]!.n).toBeGreaterThan(0);
		const alices = await db.select({ n: sql<number>`count(*)::int` }).from(docEdits).where(eq(docEdits.userId, aliceId));
		expect(alices[0]!.n).toBe(0);
	});
});
