import { and, eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { DomainLocale } from '$lib/domain/localized';
import { dealSections, type DealFacts, type DealSection } from '$lib/export/deal-document';
import { ID_PATTERN } from '$lib/ids';
import { witnessedItemIds } from '$lib/sync/sales-blocks';
import { WitnessIndex, type WitnessEntry } from '$lib/sync/witness';
import { dealReadableBy } from './access.ts';
import type { Database } from './db/client.ts';
import { accounts, deals, users, workspaceMembers } from './db/schema.ts';
import { docFromUpdates, loadDoc, witnessOf } from './doc-store.ts';
import { versionState } from './versions.ts';

export interface ExportedDeal {
	facts: DealFacts & { id: string; workspaceId: string };
	sections: DealSection[];
}

/**
 * A deal as it is stored (or as one of its versions was), for reading outside the editor
 * (Markdown, print): its facts, the server's copy of the document and the server's record of
 * who ticked what. Null when the deal or version does not exist or this user may not open the
 * deal (the one access filter decides).
 */
export async function exportDeal(
	db: Database,
	userId: string,
	dealId: string,
	locale: DomainLocale,
	target: 'markdown' | 'html',
	versionId?: string
): Promise<ExportedDeal | null> {
	if (!ID_PATTERN.test(dealId)) return null;
	const [facts] = await db
		.select({
			id: deals.id,
			workspaceId: deals.workspaceId,
			title: deals.title,
			amount: deals.amount,
			currency: deals.currency,
			expectedCloseDate: deals.expectedCloseDate,
			status: deals.status,
			ownerName: users.name,
			accountName: accounts.name
		})
		.from(deals)
		.innerJoin(accounts, eq(accounts.id, deals.accountId))
		.innerJoin(users, eq(users.id, deals.ownerId))
		.where(and(eq(deals.id, dealId), dealReadableBy(userId)));
	if (!facts) return null;
	const [updates, team] = await Promise.all([
		versionId ? versionState(db, dealId, versionId).then((v) => (v ? [v] : null)) : loadDoc(db, dealId).then((d) => d.updates),
		db.select({ id: users.id, name: users.name }).from(workspaceMembers).innerJoin(users, eq(users.id, workspaceMembers.userId)).where(eq(workspaceMembers.workspaceId, facts.workspaceId))
	]);
	if (!updates) return null;
	const doc = docFromUpdates(updates);
	try {
		const witness = await witnessFor(db, dealId, doc);
		const sections = dealSections(doc, facts, { locale, people: new Map(team.map((u) => [u.id, u.name])), witness, target });
		return { facts, sections };
	} finally {
		doc.destroy();
	}
}

/** The server's record of who wrote the items the room shows authors of (ticks, support changes). */
export async function witnessEntriesFor(db: Database, dealId: string, doc: Y.Doc): Promise<WitnessEntry[]> {
	return (await witnessOf(db, dealId, witnessedItemIds(doc))).map(({ id, witnessed }) => ({ witnessed, ranges: [{ ...id, len: 1 }] }));
}

async function witnessFor(db: Database, dealId: string, doc: Y.Doc): Promise<WitnessIndex> {
	const witness = new WitnessIndex();
	witness.recordAll(await witnessEntriesFor(db, dealId, doc));
	return witness;
}

/** A file name from the deal's title: what a file system accepts, CJK kept. */
export function exportFileName(title: string, extension: string): string {
	const base = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'deal';
	return `${base}.${extension}`;
}
