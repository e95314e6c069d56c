import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import type { SupportScale } from '../domain/support-scale.ts';
import { users, workspaceMembers, workspaces, type WorkspaceRole } from './db/schema.ts';

export interface WorkspaceMembership {
	id: string;
	name: string;
	role: WorkspaceRole;
	supportScale: SupportScale;
}

const membershipColumns = {
	id: workspaces.id,
	name: workspaces.name,
	role: workspaceMembers.role,
	supportScale: workspaces.supportScale
};

/** Every workspace the user belongs to, oldest membership first. */
export async function userWorkspaces(db: Database, userId: string): Promise<WorkspaceMembership[]> {
	return db
		.select(membershipColumns)
		.from(workspaceMembers)
		.innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
		.where(eq(workspaceMembers.userId, userId))
		.orderBy(asc(workspaceMembers.createdAt), asc(workspaces.name));
}

/** The user's role in one workspace, or null when they are not (or no longer) in it. */
export async function membershipIn(db: Database, userId: string, workspaceId: string): Promise<WorkspaceMembership | null> {
	const [row] = await db
		.select(membershipColumns)
		.from(workspaceMembers)
		.innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
		.where(and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.workspaceId, workspaceId)));
	return row ?? null;
}

/** The workspace a user works in: the one they last chose, while they still belong to it; else their first. One query. */
export async function currentWorkspace(db: Database, userId: string): Promise<WorkspaceMembership | null> {
	const [row] = await db
		.select(membershipColumns)
		.from(workspaceMembers)
		.innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
		.innerJoin(users, eq(users.id, workspaceMembers.userId))
		.where(eq(workspaceMembers.userId, userId))
		.orderBy(sql`(${workspaces.id} = ${users.currentWorkspaceId}) is true desc`, asc(workspaceMembers.createdAt))
		.limit(1);
	return row ?? null;
}

/** Remembers the workspace the user now works in (the switcher, or opening a deal of another one). */
export async function rememberWorkspace(db: Database, userId: string, workspaceId: string): Promise<void> {
	await db.update(users).set({ currentWorkspaceId: workspaceId }).where(eq(users.id, userId));
}

/** Owners and managers run the workspace: its settings, closing and reopening deals. */
export function managesWorkspace(workspace: Pick<WorkspaceMembership, 'role'>): boolean {
	return workspace.role === 'owner' || workspace.role === 'manager';
}
