import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { generateSecretToken, hashSecretToken, SECRET_TOKEN_PATTERN } from './auth/secret-token.ts';
import type { Database, Transaction } from './db/client.ts';
import { invitations, users, workspaceMembers, workspaces, type InvitableRole } from './db/schema.ts';
import { newId } from '../ids.ts';
import { mayInvite, mayRevokeInvitation, TeamError } from './team-rules.ts';
import { rememberWorkspace, type WorkspaceMembership } from './workspace.ts';

type Actor = { id: string; workspace: WorkspaceMembership };

export interface PendingInvitation {
	id: string;
	email: string;
	role: InvitableRole;
	invitedByName: string;
	createdAt: Date;
	expiresAt: Date;
}

const isOpen = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

/** Creates an invitation; the token is returned once, only its hash is kept. */
export async function createInvitation(
	db: Database,
	actor: Actor,
	input: { email: string; role: InvitableRole },
	ttlMs: number
): Promise<{ token: string; id: string; expiresAt: Date }> {
	if (!mayInvite(actor.workspace.role, input.role)) {
		throw new TeamError(403, 'forbidden', input.role === 'manager' ? 'Only an owner can invite a manager.' : 'Only owners and managers can invite people.');
	}
	const [member] = await db
		.select({ id: users.id })
		.from(users)
		.innerJoin(workspaceMembers, and(eq(workspaceMembers.userId, users.id), eq(workspaceMembers.workspaceId, actor.workspace.id)))
		.where(eq(users.email, input.email));
	if (member) throw new TeamError(409, 'already_member', 'That person is already a member of this workspace.');
	const token = generateSecretToken();
	const id = newId();
	const expiresAt = new Date(Date.now() + ttlMs);
	const inserted = await db.transaction(async (tx) => {
		// An expired invitation no longer blocks a new one for the same address.
		await tx
			.update(invitations)
			.set({ revokedAt: new Date() })
			.where(and(eq(invitations.workspaceId, actor.workspace.id), eq(invitations.email, input.email), isOpen, lte(invitations.expiresAt, new Date())));
		return tx
			.insert(invitations)
			.values({ id, workspaceId: actor.workspace.id, email: input.email, role: input.role, tokenHash: hashSecretToken(token), invitedBy: actor.id, expiresAt })
			.onConflictDoNothing()
			.returning({ id: invitations.id });
	});
	// The partial unique index holds one open invitation per address: a second tab's post lands here.
	if (inserted.length === 0) throw new TeamError(409, 'already_invited', 'This address already has an open invitation: copy its link below, or revoke it first.');
	return { token, id, expiresAt };
}

/** Open invitations of a workspace, with who sent them. */
export async function pendingInvitations(db: Database, workspaceId: string): Promise<PendingInvitation[]> {
	return db
		.select({
			id: invitations.id,
			email: invitations.email,
			role: invitations.role,
			invitedByName: users.name,
			createdAt: invitations.createdAt,
			expiresAt: invitations.expiresAt
		})
		.from(invitations)
		.innerJoin(users, eq(users.id, invitations.invitedBy))
		.where(and(eq(invitations.workspaceId, workspaceId), isOpen, gt(invitations.expiresAt, new Date())))
		.orderBy(asc(invitations.createdAt));
}

export async function revokeInvitation(db: Database, actor: Actor, invitationId: string): Promise<void> {
	const [row] = await db
		.select({ role: invitations.role })
		.from(invitations)
		.where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, actor.workspace.id), isOpen));
	if (!row) throw new TeamError(404, 'link_gone', 'That invitation is no longer open.');
	if (!mayRevokeInvitation(actor.workspace.role, row.role)) throw new TeamError(403, 'forbidden', 'Only an owner can revoke this invitation.');
	await db.update(invitations).set({ revokedAt: new Date() }).where(and(eq(invitations.id, invitationId), isOpen));
}

export type InvitationState =
	| { status: 'unknown' }
	| { status: 'expired' | 'used' | 'revoked' }
	| { status: 'open'; email: string; role: InvitableRole; workspaceName: string; inviterName: string; expiresAt: Date };

/**
 * What a link holder may learn about an invitation: only an open one names its workspace, so a
 * stale or guessed link reveals nothing.
 */
export async function invitationByToken(db: Database, token: string): Promise<InvitationState> {
	if (!SECRET_TOKEN_PATTERN.test(token)) return { status: 'unknown' };
	const [row] = await db
		.select({
			email: invitations.email,
			role: invitations.role,
			expiresAt: invitations.expiresAt,
			acceptedAt: invitations.acceptedAt,
			revokedAt: invitations.revokedAt,
			workspaceName: workspaces.name,
			inviterName: users.name
		})
		.from(invitations)
		.innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
		.innerJoin(users, eq(users.id, invitations.invitedBy))
		.where(eq(invitations.tokenHash, hashSecretToken(token)));
	if (!row) return { status: 'unknown' };
	if (row.acceptedAt) return { status: 'used' };
	if (row.revokedAt) return { status: 'revoked' };
	if (row.expiresAt.getTime() <= Date.now()) return { status: 'expired' };
	return { status: 'open', email: row.email, role: row.role, workspaceName: row.workspaceName, inviterName: row.inviterName, expiresAt: row.expiresAt };
}

/**
 * Uses the invitation for this user, inside the caller's transaction: one conditional update,
 * so of two posts of the same link exactly one joins. Returns the workspace joined.
 */
async function acceptInvitationTx(tx: Transaction, token: string, user: { id: string; email: string }): Promise<string> {
	const tokenHash = SECRET_TOKEN_PATTERN.test(token) ? hashSecretToken(token) : '';
	const [invitation] = await tx.select({ email: invitations.email }).from(invitations).where(eq(invitations.tokenHash, tokenHash));
	if (invitation && invitation.email !== user.email) {
		throw new TeamError(403, 'wrong_email', 'This invitation was sent to another email address: sign in with that address, or ask for a new invitation.');
	}
	const [used] = await tx
		.update(invitations)
		.set({ acceptedAt: sql`now()`, acceptedBy: user.id })
		.where(and(eq(invitations.tokenHash, tokenHash), isOpen, gt(invitations.expiresAt, sql`now()`)))
		.returning({ workspaceId: invitations.workspaceId, role: invitations.role });
	if (!used) throw new TeamError(410, 'link_gone', 'This invitation has expired, been used or been revoked: ask the person who sent it for a new one.');
	await tx.insert(workspaceMembers).values({ workspaceId: used.workspaceId, userId: user.id, role: used.role }).onConflictDoNothing();
	return used.workspaceId;
}

/** Accepts for a user who already has an account, and makes the workspace their current one. */
export async function acceptInvitation(db: Database, token: string, user: { id: string; email: string }): Promise<string> {
	const workspaceId = await db.transaction((tx) => acceptInvitationTx(tx, token, user));
	await rememberWorkspace(db, user.id, workspaceId);
	return workspaceId;
}

/** Postgres' unique_violation, as either driver reports it (drizzle may wrap the driver's error). */
function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		if ((e as { code?: unknown }).code === '23505') return true;
	}
	return false;
}

/**
 * Creates the account and joins with the invitation in one transaction: the account exists only
 * if joining succeeded, and no workspace of its own is made. Two tabs posting at once make one.
 */
export async function signUpWithInvitation(db: Database, token: string, input: { name: string; email: string; passwordHash: string }): Promise<string> {
	const userId = newId();
	try {
		await db.transaction(async (tx) => {
			await tx.insert(users).values({ id: userId, ...input });
			const joined = await acceptInvitationTx(tx, token, { id: userId, email: input.email });
			await tx.update(users).set({ currentWorkspaceId: joined }).where(eq(users.id, userId));
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new TeamError(409, 'has_account', 'An account with this email already exists: sign in to join.');
		throw error;
	}
	return userId;
}
