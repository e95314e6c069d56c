import { parse as parseCookie } from 'cookie';
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import { generateSecretToken, hashSecretToken, SECRET_TOKEN_PATTERN } from './secret-token.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session used in its second half is extended to a full lifetime again (sliding expiry). */
const RENEW_BEFORE_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'session';

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	/** The language chosen on the account page; null follows the browser. */
	locale: string | null;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export interface SessionValidation {
	session: Session;
	user: SessionUser;
	/** True when the expiry moved, so the cookie must be written again. */
	renewed: boolean;
}

/** "Last active" is kept to this precision, so a busy user does not write on every request. */
const LAST_SEEN_PRECISION_MS = 5 * 60 * 1000;

export const generateSessionToken = generateSecretToken;

/** The stored session id: the SHA-256 of the token. */
export const sessionIdFromToken = hashSecretToken;

export async function createSession(db: Database, token: string, userId: string, userAgent = ''): Promise<Session> {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS)
	};
	await db.insert(sessions).values({ ...session, userAgent: userAgent.slice(0, 400) });
	return session;
}

export async function validateSessionToken(
	db: Database,
	token: string,
	now = Date.now()
): Promise<SessionValidation | null> {
	if (!SECRET_TOKEN_PATTERN.test(token)) return null;
	const sessionId = sessionIdFromToken(token);
	const [row] = await db
		.select({
			session: { id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt },
			user: { id: users.id, email: users.email, name: users.name, locale: users.locale }
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sessionId));
	if (!row) return null;
	const { session: stored, user } = row;
	const { lastSeenAt, ...session } = stored;
	if (now >= session.expiresAt.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, sessionId));
		return null;
	}
	let renewed = false;
	if (now >= session.expiresAt.getTime() - RENEW_BEFORE_MS) {
		session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, sessionId));
		renewed = true;
	}
	if (now - lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
		await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, sessionId));
	}
	return { session, user, renewed };
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * Ends every session of a user but `keep` (or all of them); returns the ended ids so the
 * caller can close their sockets.
 */
export async function invalidateUserSessions(db: Database, userId: string, keep?: string): Promise<string[]> {
	const rows = await db
		.delete(sessions)
		.where(keep ? and(eq(sessions.userId, userId), ne(sessions.id, keep)) : eq(sessions.userId, userId))
		.returning({ id: sessions.id });
	return rows.map((r) => r.id);
}

/** Reads one cookie from a raw `Cookie` header (the sync server has no SvelteKit `cookies`), as SvelteKit does. */
export function readCookie(header: string | undefined, name: string): string | null {
	if (!header) return null;
	return parseCookie(header)[name] ?? null;
}

/** When a session ends, or null when it is gone or over; for sockets that outlive a request. */
export async function sessionExpiry(db: Database, sessionId: string, now = Date.now()): Promise<Date | null> {
	const [row] = await db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.id, sessionId));
	return row && row.expiresAt.getTime() > now ? row.expiresAt : null;
}
