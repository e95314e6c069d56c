import * as Y from 'yjs';
import type { Database } from '../src/lib/server/db/client.ts';
import { appendUpdates, compactDoc, EDIT_MERGE_MS, type UpdateRow } from '../src/lib/server/doc-store.ts';
import type { DeleteSet } from '../src/lib/sync/saved-state.ts';
import { insertedRanges, type IdRange } from '../src/lib/sync/witness.ts';
import type { Logger } from './logger.ts';

/** What the persistence layer needs to know of a loaded document. */
export interface PersistedDoc {
	readonly name: string;
	readonly ydoc: Y.Doc;
	/** Log rows written since the last compaction. */
	rowsSinceCompaction: number;
	/** Bytes of those rows. */
	logBytesSinceCompaction: number;
	/** Size of the document's snapshot after the last compaction (0 if unknown). */
	snapshotBytes: number;
}

export interface PersistenceOptions {
	/**
	 * Called once updates are committed, with the state vector the database now holds and the
	 * deletions committed since the last call for this document.
	 */
	onPersisted: (doc: PersistedDoc, stateVector: Uint8Array, committedDeletes: DeleteSet) => void;
	/** Called once updates are committed, for every document in the batch: what was stored, and its newest row id. */
	onStored?: (doc: PersistedDoc, stored: { data: Uint8Array; author: UpdateAuthor | null }[], lastId: number) => void;
	log: Logger;
	/** Compact a document once this many rows have been logged for it. */
	compactEvery?: number;
	/** Most rows written in one transaction. */
	maxBatch?: number;
	/** A write that has not answered after this long is retried. */
	writeTimeoutMs?: number;
	/**
	 * While updates keep coming, a transaction starts at most this often, so that they gather
	 * into fewer, larger ones (group commit); an update arriving after a pause is written at once.
	 */
	minBatchIntervalMs?: number;
}

/**
 * Every deletion an update carries: its delete set, and the items that arrive already
 * deleted (a client that inserted and deleted them before sending them garbage-collects them:
 * they travel as GC structs or deleted content, not in the delete set).
 */
export function committedDeletions(update: Uint8Array): DeleteSet {
	const { structs, ds } = Y.decodeUpdate(update);
	for (const s of structs) {
		if (s instanceof Y.GC || (s instanceof Y.Item && s.content instanceof Y.ContentDeleted)) {
			const list = ds.clients.get(s.id.client) ?? [];
			list.push({ clock: s.id.clock, len: s.length } as (typeof list)[number]);
			ds.clients.set(s.id.client, list);
		}
	}
	return Y.mergeDeleteSets([ds]);
}

/**
 * What an applied transaction inserted and deleted, read from the transaction instead of
 * decoding its update again: the same as `insertedRanges` and `committedDeletions` of the
 * update it emits (its structs are the store's from the state before to the state after; its
 * delete set is the transaction's, and items that arrive already garbage-collected are the
 * GC structs among the new ones).
 */
export function transactionChanges(transaction: Y.Transaction): { inserted: IdRange[]; deletes: DeleteSet } {
	const inserted: IdRange[] = [];
	const collected = Y.createDeleteSet();
	for (const [client, after] of transaction.afterState) {
		const before = transaction.beforeState.get(client) ?? 0;
		if (after <= before) continue;
		inserted.push({ client, clock: before, len: after - before });
		const structs = transaction.doc.store.clients.get(client) ?? [];
		for (let i = Y.findIndexSS(structs, before); i < structs.length && structs[i]!.id.clock < after; i++) {
			const s = structs[i]!;
			if (!(s instanceof Y.GC)) continue;
			const from = Math.max(s.id.clock, before);
			const list = collected.clients.get(client) ?? [];
			list.push({ clock: from, len: Math.min(s.id.clock + s.length, after) - from } as (typeof list)[number]);
			collected.clients.set(client, list);
		}
	}
	return { inserted, deletes: Y.mergeDeleteSets([transaction.deleteSet, collected]) };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`the database did not answer in ${ms} ms`)), ms);
	});
	work.catch(() => {});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Who sent an update and when the server applied it; null for the server's own changes. */
export interface UpdateAuthor {
	userId: string;
	name: string;
	at: number;
	/** Whether it changed what the page shows an author for (the blocks): other instances record it. */
	shown: boolean;
}

interface Entry {
	doc: PersistedDoc;
	data: Uint8Array;
	author: UpdateAuthor | null;
	at: Date;
	inserted: IdRange[];
	deletes: DeleteSet;
}

function rangesOf(ds: DeleteSet): IdRange[] {
	const out: IdRange[] = [];
	for (const [client, items] of ds.clients) for (const { clock, len } of items) out.push({ client, clock, len });
	return out;
}

/** Merges updates in a tree of `fanIn` at a time: Yjs merges a few at once far faster than many. */
function mergeAll(updates: Uint8Array[], fanIn = 16): Uint8Array {
	let level = updates;
	while (level.length > 1) {
		const next: Uint8Array[] = [];
		for (let i = 0; i < level.length; i += fanIn) next.push(level.length - i === 1 ? level[i]! : Y.mergeUpdates(level.slice(i, i + fanIn)));
		level = next;
	}
	return level[0]!;
}

/**
 * The log rows for a batch: consecutive updates of one document by one author, applied within
 * `EDIT_MERGE_MS` of the first, are stored as one row (their updates merged; the ids they
 * inserted and deleted, and the time of the last). A run of typing is then a row a second, not
 * one per keystroke: far less work for the database, and for this thread, which builds the
 * statement. Each document's rows keep the order its updates were applied in; adjacent ids are
 * joined into record rows by `coalesceEdits` as they are written.
 */
function logRows(batch: Entry[]): { doc: PersistedDoc; row: UpdateRow }[] {
	const out: { doc: PersistedDoc; row: UpdateRow }[] = [];
	const open = new Map<PersistedDoc, Entry[]>();
	const close = (run: Entry[]) => {
		const last = run.at(-1)!;
		out.push({
			doc: last.doc,
			row: {
				docId: last.doc.name,
				data: run.length === 1 ? last.data : mergeAll(run.map((e) => e.data)),
				userId: last.author?.userId ?? null,
				at: last.at,
				inserted: run.flatMap((e) => e.inserted),
				deleted: rangesOf(run.length === 1 ? last.deletes : Y.mergeDeleteSets(run.map((e) => e.deletes)))
			}
		});
	};
	for (const e of batch) {
		const run = open.get(e.doc);
		if (run && run[0]!.author?.userId === e.author?.userId && e.at.getTime() - run[0]!.at.getTime() <= EDIT_MERGE_MS) {
			run.push(e);
			continue;
		}
		if (run) close(run);
		open.set(e.doc, [e]);
	}
	for (const run of open.values()) close(run);
	return out;
}

/**
 * Writes every applied update to the log, batching whatever arrived meanwhile into one
 * transaction, and reports a document saved only after the commit. When the database is
 * unavailable it keeps the updates, retries with backoff, and reports nothing saved.
 */
export class Persistence {
	private pending: Entry[] = [];
	private readonly pendingPerDoc = new Map<PersistedDoc, number>();
	private readonly idleWaiters = new Map<PersistedDoc, (() => void)[]>();
	private readonly compacting = new Map<PersistedDoc, Promise<void>>();
	/** Deletions committed but not yet reported, per document. */
	private readonly unreportedDeletes = new Map<PersistedDoc, DeleteSet[]>();
	/** Bytes applied in memory but not yet committed, across documents. */
	pendingBytes = 0;
	private running = false;
	private retryDelay = 0;
	private closed = false;
	readonly compactEvery: number;
	private readonly maxBatch: number;
	private readonly writeTimeoutMs: number;
	private readonly minBatchIntervalMs: number;

	constructor(
		private readonly db: Database,
		private readonly options: PersistenceOptions
	) {
		this.compactEvery = options.compactEvery ?? 500;
		this.maxBatch = options.maxBatch ?? 1000;
		this.writeTimeoutMs = options.writeTimeoutMs ?? 10_000;
		this.minBatchIntervalMs = options.minBatchIntervalMs ?? 10;
	}

	/** Queues an applied update to be stored with what the server witnessed of it (and the ids it inserts and deletes, if known). */
	enqueue(doc: PersistedDoc, data: Uint8Array, author: UpdateAuthor | null = null, inserted = insertedRanges(data), deletes = committedDeletions(data)): void {
		const at = new Date(author?.at ?? Date.now());
		this.pending.push({ doc, data, author, at, inserted, deletes });
		this.pendingBytes += data.byteLength;
		this.pendingPerDoc.set(doc, (this.pendingPerDoc.get(doc) ?? 0) + 1);
		if (!this.running) {
			this.running = true;
			// Let the updates of this tick join the same transaction.
			setImmediate(() => void this.drain());
		}
	}

	/** Resolves once nothing of this document waits to be written. */
	whenFlushed(doc: PersistedDoc): Promise<void> {
		if (!this.pendingPerDoc.get(doc)) return Promise.resolve();
		return new Promise((resolve) => {
			const list = this.idleWaiters.get(doc) ?? [];
			list.push(resolve);
			this.idleWaiters.set(doc, list);
		});
	}

	/** Item ranges this instance applied to the document and has not committed yet. */
	uncommittedRanges(doc: PersistedDoc): IdRange[] {
		return this.pending.filter((e) => e.doc === doc).flatMap((e) => e.inserted);
	}

	/** Whether every update of the document applied so far is committed. */
	isFlushed(doc: PersistedDoc): boolean {
		return !this.pendingPerDoc.get(doc);
	}

	/** Waits for running compaction of the document, if any. */
	whenCompacted(doc: PersistedDoc): Promise<void> {
		return this.compacting.get(doc) ?? Promise.resolve();
	}

	private async drain(): Promise<void> {
		let started = 0;
		while (this.pending.length > 0 && !this.closed) {
			// Updates that came while the last transaction ran: let more join them, briefly.
			const wait = started + this.minBatchIntervalMs - performance.now();
			if (wait > 0 && this.pending.length < this.maxBatch) await new Promise((r) => setTimeout(r, wait));
			started = performance.now();
			const batch = this.pending.slice(0, this.maxBatch);
			const counts = new Map<PersistedDoc, number>();
			for (const e of batch) counts.set(e.doc, (counts.get(e.doc) ?? 0) + 1);
			// A document whose every pending update is in this batch is fully saved by it: its
			// state vector now is what the database will hold once the batch commits.
			const complete = new Map<PersistedDoc, Uint8Array>();
			for (const [doc, n] of counts) {
				if (this.pendingPerDoc.get(doc) === n) complete.set(doc, Y.encodeStateVector(doc.ydoc));
			}
			let newest: Map<string, number>;
			const rows = logRows(batch);
			try {
				// A connection cut without a reset can leave a query waiting forever: give up on it
				// and retry. Should it commit after all, the retry stores the same updates again,
				// which Yjs applies once; it was never reported committed on its own.
				newest = await withTimeout(
					appendUpdates(this.db, rows.map((r) => r.row)),
					this.writeTimeoutMs
				);
			} catch (error) {
				this.retryDelay = Math.min(Math.max(this.retryDelay * 2, 100), 5000);
				this.options.log.error('could not store updates; retrying', {
					updates: batch.length,
					rows: rows.length,
					retryInMs: this.retryDelay,
					error: String(error)
				});
				await new Promise((r) => setTimeout(r, this.retryDelay));
				continue;
			}
			this.retryDelay = 0;
			this.pending.splice(0, batch.length);
			for (const e of batch) this.pendingBytes -= e.data.byteLength;
			for (const e of batch) this.noteDeletes(e);
			for (const { doc, row } of rows) {
				doc.rowsSinceCompaction += 1;
				doc.logBytesSinceCompaction += row.data.byteLength;
			}
			for (const [doc, n] of counts) {
				const left = (this.pendingPerDoc.get(doc) ?? 0) - n;
				if (left > 0) this.pendingPerDoc.set(doc, left);
				else this.pendingPerDoc.delete(doc);
				if (this.shouldCompact(doc)) void this.compact(doc);
			}
			if (this.options.onStored) {
				const byDoc = new Map<PersistedDoc, { data: Uint8Array; author: UpdateAuthor | null }[]>();
				for (const e of batch) {
					const list = byDoc.get(e.doc) ?? [];
					list.push({ data: e.data, author: e.author });
					byDoc.set(e.doc, list);
				}
				for (const [doc, stored] of byDoc) this.options.onStored(doc, stored, newest.get(doc.name) ?? 0);
			}
			for (const [doc, sv] of complete) {
				const deletes = Y.mergeDeleteSets(this.unreportedDeletes.get(doc) ?? []);
				this.unreportedDeletes.delete(doc);
				this.options.onPersisted(doc, sv, deletes);
			}
			for (const [doc] of counts) {
				if (this.pendingPerDoc.has(doc)) continue;
				const waiters = this.idleWaiters.get(doc);
				this.idleWaiters.delete(doc);
				waiters?.forEach((w) => w());
			}
		}
		this.running = false;
	}

	private noteDeletes(entry: Entry): void {
		const ds = entry.deletes;
		if (ds.clients.size === 0) return;
		const list = this.unreportedDeletes.get(entry.doc) ?? [];
		list.push(ds);
		this.unreportedDeletes.set(entry.doc, list);
	}

	/**
	 * Compaction re-encodes the whole document, so it waits until the log is long enough to be
	 * worth it: `compactEvery` rows and half the snapshot's size in bytes. A big document then
	 * costs amortised constant work per update instead of a full re-encode every few hundred
	 * keystrokes; the log never grows past twenty times `compactEvery` rows, bounding cold load.
	 */
	shouldCompact(doc: PersistedDoc): boolean {
		if (doc.rowsSinceCompaction < this.compactEvery) return false;
		return doc.logBytesSinceCompaction * 2 >= doc.snapshotBytes || doc.rowsSinceCompaction >= this.compactEvery * 20;
	}

	/**
	 * Folds the document's log into its snapshot; one compaction per document at a time. Rows
	 * that arrived while it ran are folded by another round, so the log stays short.
	 */
	compact(doc: PersistedDoc): Promise<void> {
		const running = this.compacting.get(doc);
		if (running) return running;
		const job = (async () => {
			do {
				const before = doc.rowsSinceCompaction;
				const bytesBefore = doc.logBytesSinceCompaction;
				try {
					const result = await compactDoc(this.db, doc.name);
					doc.rowsSinceCompaction = Math.max(0, doc.rowsSinceCompaction - Math.max(before, result.mergedRows));
					doc.logBytesSinceCompaction = Math.max(0, doc.logBytesSinceCompaction - bytesBefore);
					doc.snapshotBytes = result.snapshotBytes;
				} catch (error) {
					this.options.log.error('compaction failed', { doc: doc.name, error: String(error) });
					return;
				}
			} while (!this.closed && this.shouldCompact(doc));
		})().finally(() => this.compacting.delete(doc));
		this.compacting.set(doc, job);
		return job;
	}

	/** Stops retrying; whatever is still pending stays unsaved (and was never reported saved). */
	close(): void {
		this.closed = true;
	}
}
