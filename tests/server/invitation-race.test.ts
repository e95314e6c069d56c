import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { users, workspaceMembers } from '../../src/lib/server/db/schema.ts';
import { acceptInvitation, createInvitation, invitationByToken, signUpWithInvitation } from '../../src/lib/server/invitations.ts';
import { TeamError } from '../../src/lib/server/team-rules.ts';
import { currentWorkspace } from '../../src/lib/server/workspace.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const DAY = 24 * 3600_000;

describe.each(TEST_DRIVERS)('accepting an invitation on %s', (driver) => {
	let server: TestServer;
	afterEach(async () => server?.close());

	async function ownerActor() {
		const id = await server.userId('olivia@demo.test');
		return { id, workspace: (await currentWorkspace(server.database.handle.db, id))! };
	}
	const settle = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);
	const gone = (r: PromiseSettledResult<unknown>) => r.status === 'rejected' && r.reason instanceof TeamError && r.reason.status === 410;

	it('stores the membership exactly once when the same person posts it from several tabs', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const actor = await ownerActor();
		const [otto] = await db.insert(users).values({ id: 'ottoaaaaaaaaaaaa', email: 'otto@newco.test', name: 'Otto', passwordHash: 'x' }).returning();
		const { token } = await createInvitation(db, actor, { email: 'otto@newco.test', role: 'member' }, DAY);
		const results = await settle(Array.from({ length: 6 }, () => acceptInvitation(db, token, otto!)));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.filter(gone)).toHaveLength(5);
		const rows = await db.select().from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, actor.workspace.id), eq(workspaceMembers.userId, otto!.id)));
		expect(rows).toHaveLength(1);
		expect((await invitationByToken(db, token)).status).toBe('used');
	});

	it('makes one account and one membership when sign-ups through one link race', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const actor = await ownerActor();
		const { token } = await createInvitation(db, actor, { email: 'nina@newco.test', role: 'manager' }, DAY);
		const results = await settle(Array.from({ length: 4 }, (_, i) => signUpWithInvitation(db, token, { name: `Nina ${i}`, email: 'nina@newco.test', passwordHash: 'x' })));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		// The losers get a clear refusal (the link is used, or the address now has an account), never a crash.
		expect(results.every((r) => r.status === 'fulfilled' || (r.reason instanceof TeamError && [409, 410].includes(r.reason.status)))).toBe(true);
		const accounts = await db.select().from(users).where(eq(users.email, 'nina@newco.test'));
		expect(accounts).toHaveLength(1);
		const memberships = await db.select().from(workspaceMembers).where(eq(workspaceMembers.userId, accounts[0]!.id));
		expect(memberships).toEqual([expect.objectContaining({ workspaceId: actor.workspace.id, role: 'manager' })]);
	});

	it('refuses an expired link and lets the address be invited again', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const actor = await ownerActor();
		const { token } = await createInvitation(db, actor, { email: 'late@newco.test', role: 'member' }, 1);
		await new Promise((r) => setTimeout(r, 20));
		expect(await invitationByToken(db, token)).toEqual({ status: 'expired' });
		await expect(signUpWithInvitation(db, token, { name: 'Late', email: 'late@newco.test', passwordHash: 'x' })).rejects.toMatchObject({ status: 410 });
		expect(await db.select().from(users).where(eq(users.email, 'late@newco.test'))).toEqual([]);
		const again = await createInvitation(db, actor, { email: 'late@newco.test', role: 'member' }, DAY);
		expect((await invitationByToken(db, again.token)).status).toBe('open');
	});
});
