import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_EXIT_CRITERIA } from '../../src/lib/domain/exit-criteria-template.ts';
import { accounts, dealMembers, deals } from '../../src/lib/server/db/schema.ts';
import { newDealState, TEMPLATE_BLOCKS } from '../../src/lib/server/deal-template.ts';
import { writeInitialSnapshot } from '../../src/lib/server/doc-store.ts';
import { newId } from '../../src/lib/ids.ts';
import { getBlocks } from '../../src/lib/sync/blocks.ts';
import { getBody } from '../../src/lib/sync/deal-doc.ts';
import { setCriterionDone } from '../../src/lib/sync/sales-blocks.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const liveBlocks = (doc: Y.Doc) => getBody(doc).toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === 'liveBlock').length;

describe.each(TEST_DRIVERS)('deal template on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	/** Creates a deal the way the "new deal" form does. */
	async function createDeal(): Promise<string> {
		const db = server.database.handle.db;
		const [demo] = await db.select().from(deals).where(eq(deals.id, server.demoDealId));
		const [account] = await db.select().from(accounts).where(eq(accounts.id, demo!.accountId));
		const id = newId();
		await db.insert(deals).values({ id, workspaceId: demo!.workspaceId, accountId: account!.id, title: 'Brand new', ownerId: demo!.ownerId });
		await db.insert(dealMembers).values({ dealId: id, userId: await server.userId('bob@demo.test'), role: 'editor' });
		await writeInitialSnapshot(db, id, newDealState('Brand new', 'five', DEFAULT_EXIT_CRITERIA));
		return id;
	}

	it('shows the template exactly once to two people opening a brand-new deal at the same moment', async () => {
		server = await startTestServer(driver);
		const dealId = await createDeal();
		const [alice, bob] = await Promise.all([
			server.signIn('alice@demo.test').then((t) => connectClient(server, t, dealId)),
			server.signIn('bob@demo.test').then((t) => connectClient(server, t, dealId))
		]);
		clients.push(alice, bob);
		await waitFor(() => alice.provider.synced && bob.provider.synced);
		await Promise.all([alice.whenSaved(), bob.whenSaved()]);
		for (const c of [alice, bob]) {
			expect(liveBlocks(c.doc)).toBe(Object.keys(TEMPLATE_BLOCKS).length);
			expect([...getBlocks(c.doc).keys()].sort()).toEqual(Object.values(TEMPLATE_BLOCKS).sort());
		}
		// Reloaded from the database, still once.
		await server.restart();
		const carol = connectClient(server, await server.signIn('bob@demo.test'), dealId);
		clients.push(carol);
		await waitFor(() => carol.provider.synced);
		expect(liveBlocks(carol.doc)).toBe(Object.keys(TEMPLATE_BLOCKS).length);
	});

	it('stores the derived stage on the deal when a tick moves it', async () => {
		server = await startTestServer(driver);
		const dealId = await createDeal();
		const bob = connectClient(server, await server.signIn('bob@demo.test'), dealId);
		clients.push(bob);
		await waitFor(() => bob.provider.synced);
		setCriterionDone(bob.doc, TEMPLATE_BLOCKS.checklist, 'lead-contact', true, 'bob');
		await bob.whenSaved();
		const stageOf = async () => (await server.database.handle.db.select({ stage: deals.stage, at: deals.stageEnteredAt }).from(deals).where(eq(deals.id, dealId)))[0]!;
		await waitFor(async () => (await stageOf()).stage === 'opportunity', 5000, 'the derived stage on the deal row');
		const stored = await stageOf();
		expect(stored.stage).toBe('opportunity');
		expect(stored.at).toBeInstanceOf(Date);
	});
});
