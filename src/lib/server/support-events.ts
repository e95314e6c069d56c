import { and, asc, desc, eq } from 'drizzle-orm';
import { dealReadableBy } from './access.ts';
import { normalizeSupport } from '../domain/support-scale.ts';
import type { DocSupportEvent } from '../sync/blocks.ts';
import type { Database } from './db/client.ts';
import { accountEvents, contacts, deals, supportEvents, users } from './db/schema.ts';

/** Stores support changes extracted from a deal document; events already stored are skipped. */
export async function recordSupportEvents(
	db: Database,
	deal: { id: string; accountId: string },
	events: DocSupportEvent[]
): Promise<void> {
	if (events.length === 0) return;
	const rows = events.map((e) => ({
		dealId: deal.id,
		eventId: e.id.slice(0, 200),
		accountId: deal.accountId,
		blockId: e.blockId.slice(0, 200),
		personId: e.personId.slice(0, 200),
		contactId: e.contactId,
		personName: e.personName.slice(0, 200),
		fromValue: Number.isInteger(e.from) ? e.from : null,
		toValue: Number.isInteger(e.to) ? e.to : null,
		scale: e.scale,
		toNormalized: safeNormalize(e.to, e.scale),
		at: new Date(e.at),
		byUserId: typeof e.by === 'string' ? e.by.slice(0, 100) : null,
		note: typeof e.note === 'string' ? e.note.slice(0, 2000) : ''
	}));
	for (let i = 0; i < rows.length; i += 500) {
		await db.insert(supportEvents).values(rows.slice(i, i + 500)).onConflictDoNothing();
	}
}

function safeNormalize(value: number | null, scale: DocSupportEvent['scale']): number | null {
	try {
		return value === null ? null : normalizeSupport(value, scale);
	} catch {
		return null;
	}
}

/** The deal's account, or null when the document is not a deal. */
export async function dealAccount(db: Database, dealId: string): Promise<{ id: string; accountId: string } | null> {
	const [row] = await db.select({ id: deals.id, accountId: deals.accountId }).from(deals).where(eq(deals.id, dealId));
	return row ?? null;
}

/** Everything the account profile shows, in two queries: support changes and the event log. */
/** The account's support history from the deals this reader may open, and its event log. */
export async function accountProfile(db: Database, accountId: string, readerId: string) {
	const [changes, log] = await Promise.all([
		db
			.select({
				dealId: supportEvents.dealId,
				dealTitle: deals.title,
				eventId: supportEvents.eventId,
				personId: supportEvents.personId,
				contactId: supportEvents.contactId,
				personName: supportEvents.personName,
				fromValue: supportEvents.fromValue,
				toValue: supportEvents.toValue,
				scale: supportEvents.scale,
				toNormalized: supportEvents.toNormalized,
				at: supportEvents.at,
				by: users.name,
				note: supportEvents.note
			})
			.from(supportEvents)
			.innerJoin(deals, eq(deals.id, supportEvents.dealId))
			.leftJoin(users, eq(users.id, supportEvents.byUserId))
			.where(and(eq(supportEvents.accountId, accountId), dealReadableBy(readerId)))
			.orderBy(asc(supportEvents.at)),
		db
			.select({
				id: accountEvents.id,
				at: accountEvents.at,
				text: accountEvents.text,
				contactName: contacts.name,
				author: users.name,
				createdAt: accountEvents.createdAt
			})
			.from(accountEvents)
			.innerJoin(users, eq(users.id, accountEvents.authorId))
			.leftJoin(contacts, eq(contacts.id, accountEvents.contactId))
			.where(eq(accountEvents.accountId, accountId))
			.orderBy(desc(accountEvents.at), desc(accountEvents.createdAt))
	]);
	return { changes, log };
}
