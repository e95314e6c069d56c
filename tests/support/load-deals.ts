import { eq } from 'drizzle-orm';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session.ts';
import type { Database } from '../../src/lib/server/db/client.ts';
import { dealMembers, deals, users } from '../../src/lib/server/db/schema.ts';
import { newId } from '../../src/lib/ids.ts';

/**
 * What the load benchmarks need in a seeded demo workspace: a session for alice, bob and victor,
 * and the demo deal plus `extra` copies of it (alice and bob editors, victor a viewer).
 * Returns the tokens and the deal ids, the demo deal first.
 */
export async function prepareLoadDeals(db: Database, extra: number): Promise<{ tokens: Record<string, string>; deals: string[] }> {
	const userId = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
	const tokens: Record<string, string> = {};
	for (const name of ['alice', 'bob', 'victor']) {
		tokens[name] = generateSessionToken();
		await createSession(db, tokens[name], await userId(`${name}@demo.test`));
	}
	const [demo] = await db.select().from(deals).where(eq(deals.title, 'Recruiting platform upgrade'));
	const dealIds = [demo!.id];
	for (let i = 0; i < extra; i++) {
		const id = newId();
		await db.insert(deals).values({ ...demo!, id, title: `Load deal ${i}` });
		for (const [name, role] of [['alice', 'editor'], ['bob', 'editor'], ['victor', 'viewer']] as const) {
			await db.insert(dealMembers).values({ dealId: id, userId: await userId(`${name}@demo.test`), role });
		}
		dealIds.push(id);
	}
	return { tokens, deals: dealIds };
}
