import type { Database } from '../src/lib/server/db/client.ts';
import { recordVersion } from '../src/lib/server/versions.ts';
import { dealStage } from '../src/lib/sync/sales-blocks.ts';
import type { Logger } from './logger.ts';
import type { SharedDoc } from './shared-doc.ts';

export interface VersionTiming {
	/** A checkpoint once edits have been quiet this long. */
	quietMs: number;
	/** And at least this often while they go on. */
	maxMs: number;
}

export const DEFAULT_VERSION_TIMING: VersionTiming = {
	quietMs: Number(process.env.VERSION_QUIET_MS ?? 120_000),
	maxMs: Number(process.env.VERSION_MAX_MS ?? 600_000)
};

/**
 * Makes the server's automatic versions of the documents this instance stores edits for: after a
 * burst of people's edits goes quiet, at most every `maxMs` while they continue, and at once
 * when the deal's derived stage changes. Only the instance that committed the edits does it.
 */
export class VersionKeeper {
	private readonly pending = new Map<SharedDoc, { timer: NodeJS.Timeout; since: number }>();
	private readonly stage = new WeakMap<SharedDoc, string | null>();
	private readonly running = new Map<SharedDoc, Promise<void>>();

	constructor(
		private readonly db: Database,
		private readonly log: Logger,
		private readonly timing: VersionTiming = DEFAULT_VERSION_TIMING
	) {}

	/** A document was loaded: its stage now is the one later changes compare with. */
	loaded(doc: SharedDoc): void {
		this.stage.set(doc, dealStage(doc.ydoc));
	}

	/** People's edits of the document were committed here. */
	committed(doc: SharedDoc): void {
		const stage = dealStage(doc.ydoc);
		if (this.stage.has(doc) && this.stage.get(doc) !== stage) {
			this.stage.set(doc, stage);
			void this.checkpoint(doc, 'stage');
			return;
		}
		this.stage.set(doc, stage);
		const since = this.pending.get(doc)?.since ?? Date.now();
		clearTimeout(this.pending.get(doc)?.timer);
		const wait = Math.max(0, Math.min(this.timing.quietMs, since + this.timing.maxMs - Date.now()));
		this.pending.set(doc, { since, timer: setTimeout(() => void this.checkpoint(doc, 'auto'), wait) });
	}

	/** Keeps what is pending now (the document unloads). */
	async flush(doc: SharedDoc): Promise<void> {
		if (this.pending.has(doc)) await this.checkpoint(doc, 'auto');
		await this.running.get(doc);
	}

	private checkpoint(doc: SharedDoc, kind: 'auto' | 'stage'): Promise<void> {
		clearTimeout(this.pending.get(doc)?.timer);
		this.pending.delete(doc);
		const previous = this.running.get(doc) ?? Promise.resolve();
		const job = previous
			.then(() => recordVersion(this.db, doc.name, doc.ydoc, kind))
			.then(
				() => undefined,
				(error: unknown) => this.log.error('could not keep a version', { doc: doc.name, kind, error: String(error) })
			)
			.finally(() => {
				if (this.running.get(doc) === job) this.running.delete(doc);
			});
		this.running.set(doc, job);
		return job;
	}

	close(): void {
		for (const { timer } of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}
}
