import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { dealAccessFor, dealReadableBy, effectiveDealRole, effectiveDealRoleSql } from '../../src/lib/server/access.ts';
import { dealMembers, deals, users, workspaceMembers, DEAL_ROLES, WORKSPACE_ROLES } from '../../src/lib/server/db/schema.ts';
import { newId } from '../../src/lib/ids.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** The role rule has a TypeScript form (one deal) and a SQL form (lists): they must agree everywhere. */
describe.each(TEST_DRIVERS)('the deal role rule and its SQL twin on %s', (driver) => {
	let server: TestServer;
	afterEach(async () => server?.close());

	it('give the same role for every workspace role × deal role × ownership', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const [demo] = await db.select({ workspaceId: deals.workspaceId, accountId: deals.accountId }).from(deals).where(eq(deals.id, server.demoDealId));
		const olivia = await server.userId('olivia@demo.test');
		const cases: { userId: string; dealId: string; expected: string | null }[] = [];
		for (const workspaceRole of [...WORKSPACE_ROLES, null]) {
			for (const explicit of [...DEAL_ROLES, null]) {
				for (const isDealOwner of [true, false]) {
					const userId = newId();
					const dealId = newId();
					await db.insert(users).values({ id: userId, email: `${userId}@rule.test`, name: userId, passwordHash: 'x' });
					if (workspaceRole) await db.insert(workspaceMembers).values({ workspaceId: demo!.workspaceId, userId, role: workspaceRole });
					await db.insert(deals).values({ id: dealId, workspaceId: demo!.workspaceId, accountId: demo!.accountId, title: `rule ${dealId}`, ownerId: isDealOwner ? userId : olivia });
					if (explicit) await db.insert(dealMembers).values({ dealId, userId, role: explicit });
					cases.push({ userId, dealId, expected: effectiveDealRole({ explicit, workspaceRole, isDealOwner }) });
				}
			}
		}
		for (const c of cases) {
			const [row] = await db.select({ role: effectiveDealRoleSql(c.userId), readable: dealReadableBy(c.userId) }).from(deals).where(eq(deals.id, c.dealId));
			expect(row!.role, JSON.stringify(c)).toBe(c.expected);
			expect(row!.readable).toBe(c.expected !== null);
			expect((await dealAccessFor(db, c.userId, c.dealId))?.role ?? null).toBe(c.expected);
		}
		expect(cases.filter((c) => c.expected === null).length).toBeGreaterThan(0);
	});
});
