import type { Database } from '../src/lib/server/db/client.ts';
import { deriveDealColumns, recordDealDerived } from '../src/lib/server/deal-template.ts';
import { dealAccount, recordSupportEvents } from '../src/lib/server/support-events.ts';
import { collectSupportEvents } from '../src/lib/sync/blocks.ts';
import type { Logger } from './logger.ts';
import type { SharedDoc } from './shared-doc.ts';

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

	constructor(
		private readonly db: Database,
		private readonly log: Logger,
		private readonly delayMs = 300
	) {}

	/** Extracts soon, once a burst of edits has settled. */
	schedule(doc: SharedDoc): void {
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
		await this.running.get(doc);
		const job = this.extract(doc).finally(() => this.running.delete(doc));
		this.running.set(doc, job);
		return job;
	}

	private async extract(doc: SharedDoc): Promise<void> {
		try {
			if (!this.accounts.has(doc.name)) this.accounts.set(doc.name, await dealAccount(this.db, doc.name));
			const deal = this.accounts.get(doc.name);
			if (!deal) return;
			const stored = this.stored.get(doc) ?? new Set<string>();
			this.stored.set(doc, stored);
			const fresh = collectSupportEvents(doc.ydoc).filter((e) => !stored.has(e.id));
			await recordSupportEvents(this.db, deal, fresh);
			fresh.forEach((e) => stored.add(e.id));
			const derived = deriveDealColumns(doc.ydoc);
			const key = JSON.stringify(derived);
			if (this.lastDerived.get(doc) !== key) {
				await recordDealDerived(this.db, deal.id, derived);
				this.lastDerived.set(doc, key);
			}
		} catch (error) {
			this.log.error('could not extract support events', { doc: doc.name, error: String(error) });
		}
	}

	/** Resolves when no extraction of this document is running. */
	whenIdle(doc: SharedDoc): Promise<void> {
		return this.running.get(doc) ?? Promise.resolve();
	}

	close(): void {
		for (const timer of this.timers.values()) clearTimeout(timer);
		this.timers.clear();
	}
}
