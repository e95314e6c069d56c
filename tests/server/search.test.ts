import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dealMembers, deals, users, workspaceMembers } from '../../src/lib/server/db/schema.ts';
import { search } from '../../src/lib/server/search.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * Workspace search, the same SQL on both databases: Chinese by characters and bigrams, Latin by
 * word prefix; inside deal rooms through the index the server keeps after commits; every
 * deal-bound result through the access filter.
 */
describe.each(TEST_DRIVERS)('search, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	beforeAll(() => {
		process.env.SEARCH_INDEX_DELAY_MS = '50';
	});
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});
	const who = async (email: string) => {
		const db = server.database.handle.db;
		const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
		const [w] = await db.select({ id: workspaceMembers.workspaceId }).from(workspaceMembers).where(eq(workspaceMembers.userId, u!.id));
		return { id: u!.id, workspaceId: w!.id };
	};
	const find = async (email: string, q: string) => {
		const u = await who(email);
		return search(server.database.handle.db, u.id, u.workspaceId, q);
	};

	it('finds the demo deal by 方总, 人才库, 方, talent pool and Huay, saying where', async () => {
		server = await startTestServer(driver);
		const demo = `/deals/${server.demoDealId}`;
		const fang = await find('alice@demo.test', '方总');
		expect(fang.find((r) => r.kind === 'person' && r.place === '方总')).toMatchObject({ href: demo, title: 'Recruiting platform upgrade' });
		for (const q of ['人才库', '方', 'talent pool', 'TALENT', 'Huay', 'build in-house']) {
			const results = await find('alice@demo.test', q);
			expect(results.some((r) => r.href === demo), q).toBe(true);
		}
		expect((await find('alice@demo.test', 'Huay')).some((r) => r.kind === 'deal' && r.href === demo)).toBe(true);
		expect((await find('alice@demo.test', 'Huay')).some((r) => r.kind === 'account')).toBe(true);
		// Every term must match: a word that is nowhere finds nothing.
		expect(await find('alice@demo.test', '人才库 zebracorn')).toEqual([]);
	});

	it('finds what was just typed once it is committed, and only for those who may open the deal', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced, 10_000, 'sync');
		appendParagraph(alice.doc, 'Zebracorn 独角兽 procurement rules');
		await alice.whenSaved(10_000);
		await waitFor(async () => (await find('alice@demo.test', '独角兽')).length > 0, 10_000, 'the index to follow the commit');
		expect((await find('victor@demo.test', 'zebrac')).map((r) => r.kind)).toContain('notes');
		// Victor loses his role on the deal: its insides are no longer his to find.
		const db = server.database.handle.db;
		const victor = await who('victor@demo.test');
		await db.delete(dealMembers).where(and(eq(dealMembers.dealId, server.demoDealId), eq(dealMembers.userId, victor.id)));
		expect(await find('victor@demo.test', '独角兽')).toEqual([]);
		expect((await find('victor@demo.test', '方总')).filter((r) => r.href === `/deals/${server.demoDealId}`)).toEqual([]);
		// Someone of another workspace finds nothing of this one.
		const [deal] = await db.select({ ws: deals.workspaceId }).from(deals).where(eq(deals.id, server.demoDealId));
		expect(await search(db, victor.id, `${deal!.ws}-other`, '方总')).toEqual([]);
	});
});
