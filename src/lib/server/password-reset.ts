import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword } from './auth/password.ts';
import { generateSecretToken, hashSecretToken, SECRET_TOKEN_PATTERN } from './auth/secret-token.ts';
import { invalidateUserSessions } from './auth/session.ts';
import type { Database } from './db/client.ts';
import { passwordResets, users, workspaceMembers } from './db/schema.ts';
import { TeamError } from './team-rules.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;

/** A single-use reset link's token for a user; only its hash is stored. */
export async function createPasswordReset(db: Database, userId: string, createdBy: string | null): Promise<string> {
	const token = generateSecretToken();
	await db.insert(passwordResets).values({ tokenHash: hashSecretToken(token), userId, createdBy, expiresAt: new Date(Date.now() + RESET_TTL_MS) });
	return token;
}

/**
 * Whether an owner may make a reset link for this member: only when every workspace the member
 * belongs to is one this owner owns, so owning one workspace never opens an account that also
 * works elsewhere.
 */
export async function ownerMayReset(db: Database, ownerId: string, memberId: string): Promise<boolean> {
	if (ownerId === memberId) return false;
	const [theirs, owned] = await Promise.all([
		db.select({ id: workspaceMembers.workspaceId }).from(workspaceMembers).where(eq(workspaceMembers.userId, memberId)),
		db
			.select({ id: workspaceMembers.workspaceId })
			.from(workspaceMembers)
			.where(and(eq(workspaceMembers.userId, ownerId), eq(workspaceMembers.role, 'owner')))
	]);
	const ownedIds = new Set(owned.map((w) => w.id));
	return theirs.length > 0 && theirs.every((w) => ownedIds.has(w.id));
}

/** Who a reset link is for, while it is usable. */
export async function resetLinkUser(db: Database, token: string): Promise<{ userId: string; email: string } | null> {
	if (!SECRET_TOKEN_PATTERN.test(token)) return null;
	const [row] = await db
		.select({ userId: passwordResets.userId, email: users.email })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(and(eq(passwordResets.tokenHash, hashSecretToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())));
	return row ?? null;
}

/**
 * Sets a new password with a reset link (used once) and ends every session of that user;
 * returns the user and the ended session ids so their sockets can be closed.
 */
export async function resetPassword(db: Database, token: string, password: string): Promise<{ userId: string; endedSessions: string[] }> {
	const passwordHash = await hashPassword(password);
	const tokenHash = SECRET_TOKEN_PATTERN.test(token) ? hashSecretToken(token) : '';
	const [used] = await db
		.update(passwordResets)
		.set({ usedAt: sql`now()` })
		.where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, sql`now()`)))
		.returning({ userId: passwordResets.userId });
	if (!used) throw new TeamError(410, 'link_gone', 'This reset link has expired or been used: ask for a new one.');
	await db.update(users).set({ passwordHash }).where(eq(users.id, used.userId));
	const endedSessions = await invalidateUserSessions(db, used.userId);
	return { userId: used.userId, endedSessions };
}
