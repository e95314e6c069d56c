import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Database, Transaction } from './db/client.ts';
import { dealMembers, deals, sessions, users, workspaceMembers, type WorkspaceRole } from './db/schema.ts';
import { keepsAnOwner, mayChangeRole, mayRemove, TeamError } from './team-rules.ts';
import type { WorkspaceMembership } from './workspace.ts';

export interface MemberRow {
	id: string;
	name: string;
	email: string;
	role: WorkspaceRole;
	joinedAt: Date;
	lastActiveAt: Date | null;
}

/** Who is in the workspace: every member may see this. */
export async function listMembers(db: Database, workspaceId: string): Promise<MemberRow[]> {
	const lastSeen = db
		.select({ userId: sessions.userId, at: max(sessions.lastSeenAt).as('at') })
		.from(sessions)
		.groupBy(sessions.userId)
		.as('last_seen');
	return db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: workspaceMembers.role,
			joinedAt: workspaceMembers.createdAt,
			lastActiveAt: lastSeen.at
		})
		.from(workspaceMembers)
		.innerJoin(users, eq(users.id, workspaceMembers.userId))
		.leftJoin(lastSeen, eq(lastSeen.userId, users.id))
		.where(eq(workspaceMembers.workspaceId, workspaceId))
		.orderBy(sql`case ${workspaceMembers.role} when 'owner' then 0 when 'manager' then 1 else 2 end`, asc(users.name));
}


/** The target's role and the workspace's owners, locked so that two changes cannot both pass the owner rule. */
async function lockTeam(tx: Transaction, workspaceId: string, targetId: string) {
	const rows = await tx
		.select({ userId: workspaceMembers.userId, role: workspaceMembers.role })
		.from(workspaceMembers)
		.where(and(eq(workspaceMembers.workspaceId, workspaceId), sql`(${workspaceMembers.role} = 'owner' or ${workspaceMembers.userId} = ${targetId})`))
		.for('update');
	const target = rows.find((r) => r.userId === targetId);
	if (!target) throw new TeamError(404, 'not_member', 'That person is not a member of this workspace.');
	return { target, owners: rows.filter((r) => r.role === 'owner').map((r) => r.userId) };
}

const LAST_OWNER = () =>
	new TeamError(409, 'last_owner', 'A workspace always needs an owner: make someone else owner first.');

/** Changes a member's role; owners only, and never the last owner's. */
export async function changeRole(db: Database, actor: { id: string; workspace: WorkspaceMembership }, targetId: string, role: WorkspaceRole): Promise<void> {
	if (!mayChangeRole(actor.workspace.role)) throw new TeamError(403, 'forbidden', 'Only an owner can change roles.');
	await db.transaction(async (tx) => {
		const { owners } = await lockTeam(tx, actor.workspace.id, targetId);
		if (!keepsAnOwner(owners, { userId: targetId, newRole: role })) throw LAST_OWNER();
		await tx
			.update(workspaceMembers)
			.set({ role })
			.where(and(eq(workspaceMembers.workspaceId, actor.workspace.id), eq(workspaceMembers.userId, targetId)));
	});
}

/** Makes another member an owner and the acting owner a manager, in one step. */
export async function transferOwnership(db: Database, actor: { id: string; workspace: WorkspaceMembership }, targetId: string): Promise<void> {
	if (actor.workspace.role !== 'owner') throw new TeamError(403, 'forbidden', 'Only an owner can hand over ownership.');
	if (targetId === actor.id) throw new TeamError(400, 'invalid', 'Choose someone else to hand ownership to.');
	await db.transaction(async (tx) => {
		await lockTeam(tx, actor.workspace.id, targetId);
		const inWorkspace = eq(workspaceMembers.workspaceId, actor.workspace.id);
		await tx.update(workspaceMembers).set({ role: 'owner' }).where(and(inWorkspace, eq(workspaceMembers.userId, targetId)));
		await tx.update(workspaceMembers).set({ role: 'manager' }).where(and(inWorkspace, eq(workspaceMembers.userId, actor.id)));
	});
}

/**
 * Removes a member (or the actor leaves): their deal roles in this workspace end with the
 * membership; their comments stay, attributed. The caller tells the sync server.
 */
export async function removeMember(db: Database, actor: { id: string; workspace: WorkspaceMembership }, targetId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const { target, owners } = await lockTeam(tx, actor.workspace.id, targetId);
		if (!mayRemove({ id: actor.id, role: actor.workspace.role }, { id: targetId, role: target.role })) {
			throw new TeamError(403, 'forbidden', actor.workspace.role === 'manager' ? 'Managers can remove members only.' : 'Only owners and managers can remove people.');
		}
		if (!keepsAnOwner(owners, { userId: targetId, newRole: null })) throw LAST_OWNER();
		const workspaceDeals = tx.select({ id: deals.id }).from(deals).where(eq(deals.workspaceId, actor.workspace.id));
		await tx.delete(dealMembers).where(and(eq(dealMembers.userId, targetId), inArray(dealMembers.dealId, workspaceDeals)));
		await tx.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, actor.workspace.id), eq(workspaceMembers.userId, targetId)));
		await tx.update(users).set({ currentWorkspaceId: null }).where(and(eq(users.id, targetId), eq(users.currentWorkspaceId, actor.workspace.id)));
	});
}
