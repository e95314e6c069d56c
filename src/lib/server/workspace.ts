import { asc, eq } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import type { SupportScale } from '../domain/support-scale.ts';
import { workspaceMembers, workspaces, type WorkspaceRole } from './db/schema.ts';

export interface WorkspaceMembership {
	id: string;
	name: string;
	role: WorkspaceRole;
	supportScale: SupportScale;
}

/** The workspace a user works in: their first one. */
export async function currentWorkspace(db: Database, userId: string): Promise<WorkspaceMembership | null> {
	const [row] = await db
		.select({ id: workspaces.id, name: workspaces.name, role: workspaceMembers.role, supportScale: workspaces.supportScale })
		.from(workspaceMembers)
		.innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
		.where(eq(workspaceMembers.userId, userId))
		.orderBy(asc(workspaceMembers.createdAt))
		.limit(1);
	return row ?? null;
}

/** Owners and managers run the workspace: its settings, closing and reopening deals. */
export function managesWorkspace(workspace: Pick<WorkspaceMembership, 'role'>): boolean {
	return workspace.role === 'owner' || workspace.role === 'manager';
}
