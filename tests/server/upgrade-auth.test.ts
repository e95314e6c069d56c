import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdFromToken } from '../../src/lib/server/auth/session.ts';
import { dealMembers, sessions, users, workspaceMembers, workspaces } from '../../src/lib/server/db/schema.ts';
import { newId } from '../../src/lib/ids.ts';
import { rawSocket } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('upgrade refusals on %s', (driver) => {
	let server: TestServer;
	let aliceToken: string;
	beforeAll(async () => {
		server = await startTestServer(driver);
		aliceToken = await server.signIn('alice@demo.test');
	});
	afterAll(() => server.close());

	const statusOf = async (path: string, headers: Record<string, string>) => {
		const socket = rawSocket(`ws://127.0.0.1:${server.port}${path}`, headers);
		const status = await Promise.race([socket.refused, socket.opened.then(() => 101)]);
		socket.ws.terminate();
		return status;
	};
	const dealPath = () => `/sync/${server.demoDealId}`;
	const asAlice = () => ({ Origin: server.origin, Cookie: `session=${aliceToken}` });

	it('accepts a signed-in editor from our own origin', async () => {
		expect(await statusOf(dealPath(), asAlice())).toBe(101);
	});

	it('refuses a foreign, null or missing Origin with 403 before the socket opens', async () => {
		expect(await statusOf(dealPath(), { ...asAlice(), Origin: 'https://evil.example' })).toBe(403);
		expect(await statusOf(dealPath(), { ...asAlice(), Origin: 'null' })).toBe(403);
		expect(await statusOf(dealPath(), { Cookie: `session=${aliceToken}` })).toBe(403);
	});

	it('refuses a missing, tampered or expired session with 401', async () => {
		expect(await statusOf(dealPath(), { Origin: server.origin })).toBe(401);
		const tampered = aliceToken.slice(0, -1) + (aliceToken.endsWith('a') ? 'b' : 'a');
		expect(await statusOf(dealPath(), { Origin: server.origin, Cookie: `session=${tampered}` })).toBe(401);
		const expired = await server.signIn('alice@demo.test');
		await server.database.handle.db
			.update(sessions)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(sessions.id, sessionIdFromToken(expired)));
		expect(await statusOf(dealPath(), { Origin: server.origin, Cookie: `session=${expired}` })).toBe(401);
	});

	it('refuses a user with no role on the deal, or from another workspace, with 403', async () => {
		const db = server.database.handle.db;
		const [victor] = await db.select().from(users).where(eq(users.email, 'victor@demo.test'));
		await db.delete(dealMembers).where(eq(dealMembers.userId, victor!.id));
		const victorToken = await server.signIn('victor@demo.test');
		expect(await statusOf(dealPath(), { Origin: server.origin, Cookie: `session=${victorToken}` })).toBe(403);

		const outsiderId = newId();
		const otherWorkspace = newId();
		await db.insert(users).values({ id: outsiderId, email: 'outsider@example.com', name: 'Outsider', passwordHash: 'x' });
		await db.insert(workspaces).values({ id: otherWorkspace, name: 'Other' });
		await db.insert(workspaceMembers).values({ workspaceId: otherWorkspace, userId: outsiderId, role: 'owner' });
		// Even an explicit deal role does not open another workspace's deal.
		await db.insert(dealMembers).values({ dealId: server.demoDealId, userId: outsiderId, role: 'editor' });
		const outsiderToken = await server.signIn('outsider@example.com');
		expect(await statusOf(dealPath(), { Origin: server.origin, Cookie: `session=${outsiderToken}` })).toBe(403);
	});

	it('refuses document names that are not deal ids with 400', async () => {
		for (const name of ['..%2Fx', '%00', 'x'.repeat(10_000), 'UPPERCASEID12345', '']) {
			expect(await statusOf(`/sync/${name}`, asAlice()), name.slice(0, 20)).toBe(400);
		}
	});

	it('refuses an unknown deal id with 403, saying nothing of whether it exists', async () => {
		expect(await statusOf(`/sync/${newId()}`, asAlice())).toBe(403);
	});
});
