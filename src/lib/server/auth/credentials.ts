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

/** Checks an email and password under the sign-in limits (per address asked for and per client). */
export async function checkCredentials(context: AppContext, email: string, password: string, clientAddress: string): Promise<CredentialCheck> {
	const { limits, database } = context;
	const waitMs = Math.max(limits.signInByEmail.hit(email), limits.signInByAddress.hit(clientAddress));
	if (waitMs > 0) return { ok: false, error: 'rate_limited', minutes: Math.ceil(waitMs / 60_000) };
	const [user] = await database.db.select().from(users).where(eq(users.email, email));
	dummyHash ??= hashPassword('not-a-password-anyone-has');
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
	if (!user || !valid) return { ok: false, error: 'credentials' };
	limits.signInByEmail.reset(email);
	return { ok: true, user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
}
