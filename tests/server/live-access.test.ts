import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { invalidateSession, sessionIdFromToken } from '../../src/lib/server/auth/session.ts';
import { dealMembers } from '../../src/lib/server/db/schema.ts';
import { changeRole, removeMember } from '../../src/lib/server/members.ts';
import { currentWorkspace } from '../../src/lib/server/workspace.ts';
import { CloseCode } from '../../src/lib/sync/protocol.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('access changes reach open sockets on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	const setRole = async (email: string, role: 'editor' | 'viewer' | null) => {
		const db = server.database.handle.db;
		const userId = await server.userId(email);
		const where = and(eq(dealMembers.dealId, server.demoDealId), eq(dealMembers.userId, userId));
		if (role) await db.update(dealMembers).set({ role }).where(where);
		else await db.delete(dealMembers).where(where);
		server.context.events.emit('deal-access-changed', server.demoDealId);
	};

	it('lets a viewer promoted to editor write on the same socket, and closes it with 4403 when removed', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		const victor = connectClient(server, await server.signIn('victor@demo.test'));
		clients.push(alice, victor);
		await waitFor(() => alice.provider.synced && victor.provider.synced);
		await setRole('victor@demo.test', 'editor');
		await waitFor(() => [...server.sync.registry.get(server.demoDealId)!.peers].every((p) => !p.readOnly));
		appendParagraph(victor.doc, 'victor may write now');
		await victor.whenSaved();
		await waitFor(() => bodyText(alice.doc).includes('victor may write now'));

		await setRole('victor@demo.test', null);
		await waitFor(() => victor.closeEvents.some((e) => e.code === CloseCode.Forbidden), 5000, '4403');
		expect(victor.provider.shouldConnect).toBe(false);
	});

	it('closes the sockets of a session that signs out with 4401, and no others', async () => {
		server = await startTestServer(driver);
		const token = await server.signIn('bob@demo.test');
		const bob = connectClient(server, token);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(bob, alice);
		await waitFor(() => bob.provider.synced && alice.provider.synced);
		const sessionId = sessionIdFromToken(token);
		await invalidateSession(server.database.handle.db, sessionId);
		server.context.events.emit('session-revoked', sessionId);
		await waitFor(() => bob.closeEvents.some((e) => e.code === CloseCode.Unauthenticated), 5000, '4401');
		appendParagraph(alice.doc, 'alice unaffected');
		await alice.whenSaved();
		expect(alice.closeEvents).toEqual([]);
	});

	const asOwner = async () => {
		const id = await server.userId('olivia@demo.test');
		return { id, workspace: (await currentWorkspace(server.database.handle.db, id))! };
	};

	it('closes a removed member’s sockets with 4403 at once, drops their caret, and keeps their later edits off the server', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		const bob = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(alice, bob);
		await waitFor(() => alice.provider.synced && bob.provider.synced);
		bob.provider.awareness.setLocalStateField('user', { name: 'Bob' });
		await waitFor(() => alice.provider.awareness.getStates().has(bob.doc.clientID), 5000, 'bob’s caret at alice');

		const bobId = await server.userId('bob@demo.test');
		await removeMember(server.database.handle.db, await asOwner(), bobId);
		server.context.events.emit('member-access-changed', bobId);
		await waitFor(() => bob.closeEvents.some((e) => e.code === CloseCode.Forbidden), 5000, '4403');
		await waitFor(() => !alice.provider.awareness.getStates().has(bob.doc.clientID), 5000, 'bob’s caret gone');
		expect(bob.provider.shouldConnect).toBe(false);

		appendParagraph(bob.doc, 'bob writes after removal');
		appendParagraph(alice.doc, 'alice still saves');
		await alice.whenSaved();
		expect(bodyText(alice.doc)).not.toContain('bob writes after removal');
		// Bob's deal roles in this workspace ended with his membership.
		const rows = await server.database.handle.db.select().from(dealMembers).where(eq(dealMembers.userId, bobId));
		expect(rows).toEqual([]);
	});

	it('turns a manager demoted to member out of deals they had no role on', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const mayaId = await server.userId('maya@demo.test');
		// Maya comments on the demo deal only as a manager: take away her explicit role first.
		await db.delete(dealMembers).where(and(eq(dealMembers.dealId, server.demoDealId), eq(dealMembers.userId, mayaId)));
		const maya = connectClient(server, await server.signIn('maya@demo.test'));
		clients.push(maya);
		await waitFor(() => maya.provider.synced);
		await changeRole(db, await asOwner(), mayaId, 'member');
		server.context.events.emit('member-access-changed', mayaId);
		await waitFor(() => maya.closeEvents.some((e) => e.code === CloseCode.Forbidden), 5000, '4403');
	});
});
