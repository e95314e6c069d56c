import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deals, supportEvents } from '../../src/lib/server/db/schema.ts';
import { getBlocks, readRoleRows, setSupport } from '../../src/lib/sync/blocks.ts';
import { setPositionField } from '../../src/lib/sync/position-blocks.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * A client can write anything into the Y.Doc. Malformed shapes written straight into it (an
 * impossible time, a block or row of the wrong Yjs type, missing fields) are skipped and logged;
 * the rest of the deal keeps being extracted.
 */
describe.each(TEST_DRIVERS)('one bad value never stops a deal, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it('skips malformed support events, blocks and rows, and keeps extracting the rest', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		const table = getBlocks(alice.doc).get('demo-roles')!;
		const chen = readRoleRows(alice.doc, 'demo-roles').find((r) => r.name === '陈经理')!;
		alice.doc.transact(() => {
			const events = table.get('events') as Y.Array<unknown>;
			events.push([{ id: 'bad-time', personId: chen.id, from: 0, to: 1, at: 1e20, by: 'x', note: 'impossible time' }]);
			events.push([{ id: 'no-person', from: 0, to: 1, at: Date.now(), note: 'no person' }]);
			events.push([{ id: 'bad-value', personId: chen.id, from: 'a lot', to: 99, at: Date.now(), note: 'out of scale' }]);
			events.push(['not even an object']);
			(table.get('rows') as Y.Map<unknown>).set('junk-row', 42);
			(getBlocks(alice.doc) as Y.Map<unknown>).set('junk-block', 'not a map');
			(getBlocks(alice.doc) as Y.Map<unknown>).set('array-block', new Y.Array());
		});
		setSupport(alice.doc, 'demo-roles', chen.id, 2, 'whoever', 'valid after the junk');
		setPositionField(alice.doc, 'position', 'temperature', 12);
		await alice.whenSaved();

		await waitFor(async () => {
			const rows = await db.select({ note: supportEvents.note }).from(supportEvents).where(eq(supportEvents.dealId, server.demoDealId));
			return rows.some((r) => r.note === 'valid after the junk');
		}, 10_000, 'the valid change extracted');
		await waitFor(async () => (await db.select({ t: deals.temperature }).from(deals).where(eq(deals.id, server.demoDealId)))[0]?.t === 12, 10_000, 'derived columns updated');
		const notes = (await db.select({ note: supportEvents.note }).from(supportEvents).where(eq(supportEvents.dealId, server.demoDealId))).map((r) => r.note);
		// A time the client wrote is never believed: the change is stored at the server's time.
		const [impossible] = await db.select({ at: supportEvents.at }).from(supportEvents).where(eq(supportEvents.eventId, 'bad-time'));
		expect(impossible!.at.getTime()).toBeLessThanOrEqual(Date.now());
		expect(notes).not.toContain('no person');
		expect(notes).not.toContain('out of scale');
		expect(server.logs.some((l) => l.level === 'warn' && l.message === 'skipped malformed deal data')).toBe(true);
		expect(server.logs.filter((l) => l.level === 'error')).toEqual([]);

		// Later edits keep flowing into the derived columns.
		setPositionField(alice.doc, 'position', 'temperature', 34);
		await alice.whenSaved();
		await waitFor(async () => (await db.select({ t: deals.temperature }).from(deals).where(eq(deals.id, server.demoDealId)))[0]?.t === 34, 10_000, 'a later change');
	});
});
