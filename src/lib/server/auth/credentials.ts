import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import { users } from '../db/schema.ts';
import { hashPassword, verifyPassword } from './password.ts';

// An unknown address is checked against this, so it takes as long as a wrong password would.
let dummyHash: Promise<string> | null = null;

export type CredentialCheck =
	| { ok: true; user: { id: string; email: string; name: string; locale: string | null } }
	| { ok: false; error: 'credentials' }
	| { ok: false; error: 'rate_limited'; minutes: number };

/**
 * Checks an email and password. Only failures are throttled, per account and client address
 * together and per client address: someone guessing at an account from elsewhere never stops
 * its owner signing in with the right password.
 */
export async function checkCredentials(context: AppContext, email: string, password: string, clientAddress: string): Promise<CredentialCheck> {
	const { limits, database } = context;
	const pair = `${email}|${clientAddress}`;
	const waitMs = Math.max(limits.signInFailures.waitMs(pair), limits.signInFailuresByAddress.waitMs(clientAddress));
	if (waitMs > 0) return { ok: false, error: 'rate_limited', minutes: Math.ceil(waitMs / 60_000) };
	const [user] = await database.db.select().from(users).where(eq(users.email, email));
	dummyHash ??= hashPassword('not-a-password-anyone-has');
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
	if (!user || !valid) {
		limits.signInFailures.fail(pair);
		limits.signInFailuresByAddress.fail(clientAddress);
		return { ok: false, error: 'credentials' };
	}
	limits.signInFailures.clear(pair);
	return { ok: true, user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
}
