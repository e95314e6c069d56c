import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import { users } from '../db/schema.ts';
import { verifyPassword } from './password.ts';

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
	if (!user || !(await verifyPassword(user.passwordHash, password))) return { ok: false, error: 'credentials' };
	limits.signInByEmail.reset(email);
	return { ok: true, user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
}
