import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { newId } from '../ids.ts';
import { generateSecretToken, hashSecretToken, SECRET_TOKEN_PATTERN } from './auth/secret-token.ts';
import type { Database } from './db/client.ts';
import { signupRequests, users, workspaceMembers, workspaces } from './db/schema.ts';
import type { Mailer } from './mail.ts';
import { signUpExistingMail, signUpMail } from './team-mail.ts';
import { TeamError } from './team-rules.ts';

export const SIGNUP_TTL_MS = 24 * 3600_000;

export interface NewAccount {
	email: string;
	name: string;
	passwordHash: string;
	team: string;
}

/** Creates the account with a workspace of its own, in one transaction; null when the address is taken. */
export async function createAccount(db: Database, account: NewAccount): Promise<string | null> {
	const userId = newId();
	const workspaceId = newId();
	return db.transaction(async (tx) => {
		const [user] = await tx
			.insert(users)
			.values({ id: userId, email: account.email, name: account.name, passwordHash: account.passwordHash })
			.onConflictDoNothing()
			.returning({ id: users.id });
		if (!user) return null;
		await tx.insert(workspaces).values({ id: workspaceId, name: account.team || `${account.name}'s team` });
		await tx.insert(workspaceMembers).values({ workspaceId, userId, role: 'owner' });
		return userId;
	});
}

/**
 * A sign-up when the app can send mail, answered before this runs: a new address gets a link
 * that creates the account; an address with an account gets a mail saying so (with sign-in and
 * reset links). Nothing about the address reaches the page that asked.
 */
export async function mailSignUp(db: Database, mailer: Mailer, account: NewAccount, origin: string, locale: string): Promise<void> {
	const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email));
	if (existing) {
		await mailer.send({ to: account.email, ...signUpExistingMail({ locale, signin: `${origin}/login`, forgot: `${origin}/forgot` }) });
		return;
	}
	const token = generateSecretToken();
	await db.insert(signupRequests).values({ tokenHash: hashSecretToken(token), ...account, expiresAt: new Date(Date.now() + SIGNUP_TTL_MS) });
	await mailer.send({ to: account.email, ...signUpMail({ locale, link: `${origin}/signup/confirm/${token}` }) });
}

/** The sign-up a link is for, while it is usable. */
export async function pendingSignUp(db: Database, token: string): Promise<{ email: string; name: string } | null> {
	if (!SECRET_TOKEN_PATTERN.test(token)) return null;
	const [row] = await db
		.select({ email: signupRequests.email, name: signupRequests.name })
		.from(signupRequests)
		.where(and(eq(signupRequests.tokenHash, hashSecretToken(token)), isNull(signupRequests.usedAt), gt(signupRequests.expiresAt, new Date())));
	return row ?? null;
}

/** Creates the account of a sign-up link, once; returns the new user's id. */
export async function confirmSignUp(db: Database, token: string): Promise<string> {
	const tokenHash = SECRET_TOKEN_PATTERN.test(token) ? hashSecretToken(token) : '';
	const [request] = await db
		.update(signupRequests)
		.set({ usedAt: sql`now()` })
		.where(and(eq(signupRequests.tokenHash, tokenHash), isNull(signupRequests.usedAt), gt(signupRequests.expiresAt, sql`now()`)))
		.returning();
	if (!request) throw new TeamError(410, 'link_gone', 'This sign-up link has expired or has already been used.');
	const userId = await createAccount(db, request);
	if (!userId) throw new TeamError(409, 'has_account', 'This address already has an account: sign in.');
	return userId;
}
