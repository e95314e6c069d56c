import { and, eq, sql } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import {
	dealMembers,
	deals,
	workspaceMembers,
	type DealRole,
	type DealStatus,
	type WorkspaceRole
} from './db/schema.ts';

export interface DealAccess {
	dealId: string;
	workspaceId: string;
	role: DealRole;
	status: DealStatus;
}

/**
 * A user's effective role on a deal: an explicit deal role wins; otherwise the deal's owner
 * edits, a workspace owner edits, a workspace manager comments, anyone else has no access.
 * Pure so that the UI, the HTTP routes and the sync server all decide the same way.
 */
export function effectiveDealRole(input: {
	explicit: DealRole | null;
	workspaceRole: WorkspaceRole | null;
	isDealOwner: boolean;
}): DealRole | null {
	if (!input.workspaceRole) return null;
	if (input.explicit) return input.explicit;
	if (input.isDealOwner || input.workspaceRole === 'owner') return 'editor';
	if (input.workspaceRole === 'manager') return 'commenter';
	return null;
}

export async function dealAccessFor(
	db: Database,
	userId: string,
	dealId: string
): Promise<DealAccess | null> {
	const [row] = await db
		.select({
			dealId: deals.id,
			workspaceId: deals.workspaceId,
			status: deals.status,
			ownerId: deals.ownerId,
			explicit: dealMembers.role,
			workspaceRole: workspaceMembers.role
		})
		.from(deals)
		.leftJoin(dealMembers, and(eq(dealMembers.dealId, deals.id), eq(dealMembers.userId, userId)))
		.leftJoin(
			workspaceMembers,
			and(eq(workspaceMembers.workspaceId, deals.workspaceId), eq(workspaceMembers.userId, userId))
		)
		.where(eq(deals.id, dealId));
	if (!row) return null;
	const role = effectiveDealRole({
		explicit: row.explicit,
		workspaceRole: row.workspaceRole,
		isDealOwner: row.ownerId === userId
	});
	return role ? { dealId: row.dealId, workspaceId: row.workspaceId, role, status: row.status } : null;
}

/** SQL twin of `effectiveDealRole`, for lists that filter many deals at once. */
export function effectiveDealRoleSql(userId: string) {
	return sql<DealRole | null>`(
		select case
			when wm.role is null then null
			when dm.role is not null then dm.role
			when ${deals.ownerId} = ${userId} or wm.role = 'owner' then 'editor'
			when wm.role = 'manager' then 'commenter'
			else null end
		from (select 1) one
		left join ${workspaceMembers} wm on wm.workspace_id = ${deals.workspaceId} and wm.user_id = ${userId}
		left join ${dealMembers} dm on dm.deal_id = ${deals.id} and dm.user_id = ${userId}
	)`;
}

/**
 * The one access filter every read of deals (and of what hangs off them) goes through: true for
 * the rows of `deals` this user may open. Use it in any query that joins `deals`.
 */
export function dealReadableBy(userId: string) {
	return sql<boolean>`(${effectiveDealRoleSql(userId)}) is not null`;
}

/** Who may write the deal document: editors, while the deal is open (won/lost freezes it). */
export function canEditDocument(access: Pick<DealAccess, 'role' | 'status'>): boolean {
	return access.role === 'editor' && access.status === 'open';
}
