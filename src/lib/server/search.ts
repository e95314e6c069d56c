import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { indexTerms, queryTerms } from '$lib/search/terms';

export { dealDocEntries, type SearchEntryInput };
import { dealDocEntries, type SearchEntryInput } from '$lib/search/deal-entries';
import { dealReadableBy } from './access.ts';
import type { Database } from './db/client.ts';
import { comments } from './db/review-schema.ts';
import { accounts, contacts, deals, searchEntries, searchTerms } from './db/schema.ts';
import { docFromUpdates, loadDoc } from './doc-store.ts';

type EntryKind = SearchEntryInput['kind'];

/**
 * Replaces what the index holds for one source (e.g. a deal's document) in one transaction.
 * Called by the server once the source's updates are committed; never from a client.
 */
export async function replaceEntries(
	db: Database,
	source: string,
	owner: { workspaceId: string; dealId: string | null; href: string; title: string },
	entries: SearchEntryInput[]
): Promise<void> {
	await replaceManyEntries(db, [{ source, owner, entries }]);
}

/** The same for many sources at once, in a handful of statements (an import's chunk of new deals). */
export async function replaceManyEntries(
	db: Database,
	sources: { source: string; owner: { workspaceId: string; dealId: string | null; href: string; title: string }; entries: SearchEntryInput[] }[]
): Promise<void> {
	if (sources.length === 0) return;
	await db.transaction(async (tx) => {
		// Two instances indexing the same deal at once: one after the other, never both inserted.
		// In one order (sorted), so two batches never wait for each other both ways.
		const names = [...new Set(sources.map((s) => `search:${s.source}`))].sort();
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(n)) from unnest(${sql.param(names)}::text[]) as n`);
		await tx.delete(searchEntries).where(inArray(searchEntries.source, sources.map((s) => s.source)));
		const all = sources.flatMap(({ source, owner, entries }) =>
			entries.map((e) => ({ entry: e, row: { ...e, title: e.title || owner.title, source, workspaceId: owner.workspaceId, dealId: owner.dealId, href: owner.href } }))
		);
		for (let i = 0; i < all.length; i += 1000) {
			const part = all.slice(i, i + 1000);
			const rows = await tx.insert(searchEntries).values(part.map((p) => p.row)).returning({ id: searchEntries.id });
			const ids: number[] = [];
			const terms: string[] = [];
			rows.forEach((r, k) => {
				for (const term of indexTerms(`${part[k]!.entry.place} ${part[k]!.entry.body}`)) {
					ids.push(r.id);
					terms.push(term);
				}
			});
			// Two array parameters, not one per value: building a statement of thousands of rows
			// cost the server's thread about 100 ms at a time (seen in the import benchmark).
			await tx.execute(sql`insert into ${searchTerms} (entry_id, term) select * from unnest(${sql.param(ids)}::bigint[], ${sql.param(terms)}::text[])`);
		}
	});
}

/** Indexes a deal's document (its entries, `dealDocEntries`), as the server holds it after a commit. */
export async function indexDealDoc(db: Database, deal: { id: string; workspaceId: string; title: string }, entries: SearchEntryInput[]): Promise<void> {
	await replaceEntries(db, `doc:${deal.id}`, { workspaceId: deal.workspaceId, dealId: deal.id, href: `/deals/${deal.id}`, title: deal.title }, entries);
}

/**
 * Indexes the deals the index has never seen (from before search existed, or seeded), from
 * what is stored. At start-up; returns how many. (A deal whose room holds nothing to find is
 * looked at again next time: cheap, and rare.)
 */
export async function indexUnindexedDeals(db: Database): Promise<number> {
	const missing = await db
		.select({ id: deals.id, workspaceId: deals.workspaceId, title: deals.title })
		.from(deals)
		.where(sql`not exists (select 1 from ${searchEntries} e where e.source = 'doc:' || ${deals.id})`);
	for (const deal of missing) {
		const doc = docFromUpdates((await loadDoc(db, deal.id)).updates);
		try {
			await indexDealDoc(db, deal, dealDocEntries(doc));
		} finally {
			doc.destroy();
		}
	}
	return missing.length;
}

export interface SearchResult {
	kind: EntryKind;
	href: string;
	title: string;
	place: string;
	body: string;
}

/** A LIKE pattern's wildcards taken literally. */
const escapeLike = (t: string) => t.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The words and CJK runs of a query, as LIKE patterns for a substring. */
const likePatterns = (query: string) => [...new Set(query.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 10).map((p) => `%${escapeLike(p)}%`);

/** For the short fields searched in place: each word or CJK run of the query a substring. */
function likeAll(column: SQL, query: string): SQL {
	return and(...likePatterns(query).map((p) => sql`lower(${column}) like ${p}`))!;
}

/**
 * Everything in the workspace this user may see that matches every term of the query: deals,
 * accounts and contacts by their fields; comments; and inside deal rooms through the index.
 * Every deal-bound result passes `dealReadableBy`, as every other read does.
 */
export async function search(db: Database, userId: string, workspaceId: string, query: string, limit = 30): Promise<SearchResult[]> {
	const { exact, prefix } = queryTerms(query);
	if (exact.length + prefix.length === 0) return [];
	const match = (column: SQL) => likeAll(column, query);
	// Inside deal rooms: every query term must be among the entry's terms.
	const has = [
		...exact.map((t) => inArray(searchEntries.id, db.select({ id: searchTerms.entryId }).from(searchTerms).where(eq(searchTerms.term, t)))),
		...prefix.map((t) => inArray(searchEntries.id, db.select({ id: searchTerms.entryId }).from(searchTerms).where(sql`${searchTerms.term} like ${`${escapeLike(t)}%`}`)))
	];
	// The five kinds at once: the slowest decides how long a search takes, not their sum.
	const [found, places, people, said, inside] = await Promise.all([
		db
			.select({ id: deals.id, title: deals.title, account: accounts.name })
			.from(deals)
			.innerJoin(accounts, eq(accounts.id, deals.accountId))
			// Each part in the title or the account's name, both tested on the deal row itself (the
			// accounts that match found once): so the access filter, per row, runs only on deals that
			// match. Tested after the join, it ran on all 10,000 of the benchmark's deals (70 ms).
			.where(
				and(
					eq(deals.workspaceId, workspaceId),
					...likePatterns(query).map((p) =>
						or(sql`lower(${deals.title}) like ${p}`, inArray(deals.accountId, db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.workspaceId, workspaceId), sql`lower(${accounts.name}) like ${p}`))))
					),
					dealReadableBy(userId)
				)
			)
			.limit(limit),
		db
			.select({ id: accounts.id, name: accounts.name, industry: accounts.industry })
			.from(accounts)
			.where(and(eq(accounts.workspaceId, workspaceId), match(sql`(${accounts.name} || ' ' || ${accounts.industry})`)))
			.limit(limit),
		db
			.select({ name: contacts.name, title: contacts.title, email: contacts.email, accountId: accounts.id, account: accounts.name })
			.from(contacts)
			.innerJoin(accounts, eq(accounts.id, contacts.accountId))
			.where(and(eq(accounts.workspaceId, workspaceId), match(sql`(${contacts.name} || ' ' || ${contacts.title} || ' ' || ${contacts.email})`)))
			.limit(limit),
		db
			.select({ dealId: deals.id, title: deals.title, body: comments.body })
			.from(comments)
			.innerJoin(deals, eq(deals.id, comments.dealId))
			.where(and(eq(deals.workspaceId, workspaceId), isNull(comments.deletedAt), match(sql`${comments.body}`), dealReadableBy(userId)))
			.limit(limit),
		db
			.select({ kind: searchEntries.kind, href: searchEntries.href, title: searchEntries.title, place: searchEntries.place, body: searchEntries.body })
			.from(searchEntries)
			.leftJoin(deals, eq(deals.id, searchEntries.dealId))
			.where(and(eq(searchEntries.workspaceId, workspaceId), ...has, or(isNull(searchEntries.dealId), dealReadableBy(userId))))
			.limit(limit)
	]);
	return [
		...found.map((r) => ({ kind: 'deal' as const, href: `/deals/${r.id}`, title: r.title, place: r.account, body: `${r.title} · ${r.account}` })),
		...places.map((a) => ({ kind: 'account' as const, href: `/accounts/${a.id}`, title: a.name, place: a.industry, body: `${a.name} ${a.industry}`.trim() })),
		...people.map((c) => ({ kind: 'contact' as const, href: `/accounts/${c.accountId}`, title: c.name, place: c.account, body: [c.name, c.title, c.email].filter(Boolean).join(' · ') })),
		...said.map((c) => ({ kind: 'comment' as const, href: `/deals/${c.dealId}`, title: c.title, place: '', body: c.body })),
		...inside
	].slice(0, limit * 2);
}
