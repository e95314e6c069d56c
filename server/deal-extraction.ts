import type { Database } from '../src/lib/server/db/client.ts';
import { deriveDealColumns, recordDealDerived } from '../src/lib/server/deal-template.ts';
import { dealAccount, recordSupportEvents } from '../src/lib/server/support-events.ts';
import { z } from 'zod';
import { isSupportValue } from '../src/lib/domain/support-scale.ts';
import { collectSupportEvents, type DocSupportEvent } from '../src/lib/sync/blocks.ts';
import type { Logger } from './logger.ts';
import type { SharedDoc } from './shared-doc.ts';
import { dealDocEntries, indexDealDoc } from '../src/lib/server/search.ts';
import { deals } from '../src/lib/server/db/schema.ts';
import { eq } from 'drizzle-orm';

const EARLIEST = Date.UTC(2000, 0, 1);
const DAY_MS = 24 * 3600_000;

/** What a support change must look like before it is stored; anything else a client wrote is skipped. */
const StoredSupportEvent = z
	.object({
		id: z.string().min(1).max(200),
		personId: z.string().min(1).max(200),
		personName: z.string().max(500),
		contactId: z.string().max(200).nullable(),
		blockId: z.string().max(200),
		scale: z.enum(['five', 'eleven']),
		from: z.number().int().nullable(),
		to: z.number().int().nullable(),
		at: z.number().finite().min(EARLIEST),
		by: z.string().max(200).catch(''),
		note: z.string().max(5000).catch('')
	})
	.refine((e) => e.at <= Date.now() + DAY_MS, 'a time in the future')
	.refine((e) => [e.from, e.to].every((v) => v === null || isSupportValue(v, e.scale)), 'a value off the scale');

/**
 * After a deal document's updates are committed, copies what lists and profiles need out of
 * it: support changes into `support_events`, and the derived stage, temperature and diagnosis
 * flags into the deal's row, so pages query SQL rather than scan documents.
 */
export class DealExtractor {
	private readonly timers = new Map<SharedDoc, NodeJS.Timeout>();
	private readonly running = new Map<SharedDoc, Promise<void>>();
	private readonly stored = new WeakMap<SharedDoc, Set<string>>();
	private readonly lastDerived = new WeakMap<SharedDoc, string>();
	private readonly accounts = new Map<string, { id: string; accountId: string } | null>();
	private readonly indexTimers = new Map<SharedDoc, NodeJS.Timeout>();
	private readonly indexed = new WeakMap<SharedDoc, string>();

	constructor(
		private readonly db: Database,
		private readonly log: Logger,
		private readonly delayMs = 300,
		/** The search index is rewritten per deal at most this often while edits go on. */
		private readonly indexDelayMs = Number(process.env.SEARCH_INDEX_DELAY_MS ?? 2000)
	) {}

	/** Extracts soon, once a burst of edits has settled. */
	schedule(doc: SharedDoc): void {
		if (!this.indexTimers.has(doc)) {
			this.indexTimers.set(
				doc,
				setTimeout(() => {
					this.indexTimers.delete(doc);
					void this.indexForSearch(doc);
				}, this.indexDelayMs)
			);
		}
		if (this.timers.has(doc)) return;
		this.timers.set(
			doc,
			setTimeout(() => {
				this.timers.delete(doc);
				void this.flush(doc);
			}, this.delayMs)
		);
	}

	/** Extracts now (before a document unloads); resolves when stored. */
	async flush(doc: SharedDoc): Promise<void> {
		clearTimeout(this.timers.get(doc));
		this.timers.delete(doc);
		if (this.indexTimers.has(doc)) {
			clearTimeout(this.indexTimers.get(doc));
			this.indexTimers.delete(doc);
			await this.indexForSearch(doc);
		}
		await this.running.get(doc);
		const job = this.extract(doc).finally(() => this.running.delete(doc));
		this.running.set(doc, job);
		return job;
	}

	private async extract(doc: SharedDoc): Promise<void> {
		let deal: { id: string; accountId: string } | null | undefined;
		try {
			if (!this.accounts.has(doc.name)) this.accounts.set(doc.name, await dealAccount(this.db, doc.name));
			deal = this.accounts.get(doc.name);
		} catch (error) {
			return this.log.error('could not look up the deal', { doc: doc.name, error: String(error) });
		}
		if (!deal) return;
		// Two independent steps: a failure in one never stops the other, nor later extractions.
		try {
			await this.extractSupportEvents(doc, deal);
		} catch (error) {
			this.log.error('could not extract support events', { doc: doc.name, error: String(error) });
		}
		try {
			const derived = deriveDealColumns(doc.ydoc);
			const key = JSON.stringify(derived);
			if (this.lastDerived.get(doc) !== key) {
				await recordDealDerived(this.db, deal.id, derived);
				this.lastDerived.set(doc, key);
			}
		} catch (error) {
			this.log.error('could not derive the deal columns', { doc: doc.name, error: String(error) });
		}
	}

	private async extractSupportEvents(doc: SharedDoc, deal: { id: string; accountId: string }): Promise<void> {
		const stored = this.stored.get(doc) ?? new Set<string>();
		this.stored.set(doc, stored);
		const valid: DocSupportEvent[] = [];
		const skipped: string[] = [];
		for (const event of collectSupportEvents(doc.ydoc, doc.witness)) {
			const key = typeof event.id === 'string' ? event.id : '';
			if (key && stored.has(key)) continue;
			const parsed = StoredSupportEvent.safeParse(event);
			if (parsed.success) valid.push({ ...event, ...parsed.data });
			else {
				skipped.push(`${key.slice(0, 40) || '(no id)'}: ${parsed.error.issues[0]?.path.join('.') || ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
				// Judged once: it is not looked at again while the document stays loaded.
				if (key) stored.add(key);
			}
		}
		if (skipped.length > 0) this.log.warn('skipped malformed deal data', { doc: doc.name, supportEvents: skipped.slice(0, 10), count: skipped.length });
		await recordSupportEvents(this.db, deal, valid);
		valid.forEach((e) => stored.add(e.id));
	}

	/** Rewrites the deal's entries in the search index from the server's copy, if they changed. */
	private async indexForSearch(doc: SharedDoc): Promise<void> {
		// Off only to measure what indexing costs the sync path (tests/bench/search.bench.ts).
		if (process.env.SEARCH_INDEX === 'off') return;
		try {
			const entries = dealDocEntries(doc.ydoc);
			const key = JSON.stringify(entries);
			if (this.indexed.get(doc) === key) return;
			const [deal] = await this.db.select({ id: deals.id, workspaceId: deals.workspaceId, title: deals.title }).from(deals).where(eq(deals.id, doc.name));
			if (!deal) return;
			await indexDealDoc(this.db, deal, entries);
			this.indexed.set(doc, key);
		} catch (error) {
			this.log.error('could not index the deal for search', { doc: doc.name, error: String(error) });
		}
	}

	/** Resolves when no extraction of this document is running. */
	whenIdle(doc: SharedDoc): Promise<void> {
		return this.running.get(doc) ?? Promise.resolve();
	}

	close(): void {
		for (const timer of this.timers.values()) clearTimeout(timer);
		this.timers.clear();
		for (const timer of this.indexTimers.values()) clearTimeout(timer);
		this.indexTimers.clear();
	}
}
