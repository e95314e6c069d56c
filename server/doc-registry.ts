import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Database } from '../src/lib/server/db/client.ts';
import { loadDoc, witnessOf } from '../src/lib/server/doc-store.ts';
import { getBlocks } from '../src/lib/sync/blocks.ts';
import { witnessedItemIds } from '../src/lib/sync/sales-blocks.ts';
import { encodeWitnessMessage, insertedRanges, transactionTouches } from '../src/lib/sync/witness.ts';
import type { Logger } from './logger.ts';
import { Persistence } from './persistence.ts';
import { MESSAGE_SYNC, message, SharedDoc, type Peer } from './shared-doc.ts';
import { DealExtractor } from './deal-extraction.ts';

const LOAD = Symbol('load');

interface Entry {
	doc: SharedDoc;
	ready: Promise<void>;
}

/**
 * Loaded documents by name: each is loaded once (early messages wait for it), shared by every
 * peer, and unloaded once the last peer has left and its updates are committed.
 */
export class DocRegistry {
	private readonly entries = new Map<string, Entry>();
	readonly persistence: Persistence;
	readonly extraction: DealExtractor;

	constructor(
		private readonly db: Database,
		private readonly log: Logger,
		options: { compactEvery?: number } = {}
	) {
		this.extraction = new DealExtractor(db, log);
		this.persistence = new Persistence(db, {
			log,
			compactEvery: options.compactEvery,
			onPersisted: (doc, sv, deletes) => {
				(doc as SharedDoc).setPersisted(sv, deletes);
				this.extraction.schedule(doc as SharedDoc);
			}
		});
	}

	/** Names of the documents in memory now. */
	loadedNames(): string[] {
		return [...this.entries.keys()];
	}

	get(name: string): SharedDoc | undefined {
		return this.entries.get(name)?.doc;
	}

	/** Adds a peer to the document, loading it first if needed; resolves once it is loaded. */
	join(name: string, peer: Peer): { doc: SharedDoc; ready: Promise<void> } {
		let entry = this.entries.get(name);
		if (!entry) {
			const doc = new SharedDoc(name, (d, update, origin, tr) => this.onUpdate(d, update, origin, tr));
			entry = { doc, ready: this.load(doc) };
			this.entries.set(name, entry);
		}
		entry.doc.peers.add(peer);
		return entry;
	}

	leave(doc: SharedDoc, peer: Peer): void {
		doc.removePeer(peer);
		if (doc.peers.size === 0) void this.unloadWhenIdle(doc);
	}

	private async load(doc: SharedDoc): Promise<void> {
		try {
			const stored = await loadDoc(this.db, doc.name);
			Y.transact(
				doc.ydoc,
				() => {
					for (const u of stored.updates) Y.applyUpdate(doc.ydoc, u);
				},
				LOAD
			);
			// Who wrote what the page shows an author for, from the stored record.
			for (const { id, witnessed } of await witnessOf(this.db, doc.name, witnessedItemIds(doc.ydoc))) {
				doc.witness.record(witnessed, [{ ...id, len: 1 }]);
			}
			doc.rowsSinceCompaction = stored.logRows;
			doc.persistedStateVector = Y.encodeStateVector(doc.ydoc);
			doc.loaded = true;
			if (this.persistence.shouldCompact(doc)) void this.persistence.compact(doc);
		} catch (error) {
			this.log.error('could not load document', { doc: doc.name, error: String(error) });
			if (this.entries.get(doc.name)?.doc === doc) this.entries.delete(doc.name);
			throw error;
		}
	}

	private onUpdate(doc: SharedDoc, update: Uint8Array, origin: unknown, transaction: Y.Transaction): void {
		if (origin === LOAD) return;
		const peer = doc.peers.has(origin as Peer) ? (origin as Peer) : null;
		const msg = message(MESSAGE_SYNC, (e) => {
			encoding.writeVarUint(e, syncProtocol.messageYjsUpdate);
			encoding.writeVarUint8Array(e, update);
		});
		doc.broadcast(msg, peer ?? undefined);
		// The witness: who sent it is the socket's authenticated user, when is our clock.
		const author = peer ? { userId: peer.user.id, at: Date.now() } : null;
		if (peer && author && transactionTouches(transaction, [getBlocks(doc.ydoc)])) {
			const entry = { witnessed: { ...author, name: peer.user.name }, ranges: insertedRanges(update) };
			doc.witness.record(entry.witnessed, entry.ranges);
			doc.broadcastExtension(encodeWitnessMessage([entry]));
		}
		this.persistence.enqueue(doc, update, author);
	}

	private closed = false;

	private async unloadWhenIdle(doc: SharedDoc): Promise<void> {
		await this.persistence.whenFlushed(doc);
		if (doc.peers.size > 0 || this.closed) return;
		if (doc.rowsSinceCompaction >= 50) await this.persistence.compact(doc);
		await this.persistence.whenCompacted(doc);
		await this.extraction.flush(doc);
		if (doc.peers.size > 0 || this.entries.get(doc.name)?.doc !== doc) return;
		this.entries.delete(doc.name);
		doc.destroy();
	}

	/** Resolves once every loaded document's updates are committed (or `close` stopped it). */
	async flushAll(): Promise<void> {
		await Promise.all([...this.entries.values()].map((e) => this.persistence.whenFlushed(e.doc)));
	}

	/** Stops background work, waiting (boundedly) for database work already under way. */
	async close(): Promise<void> {
		this.closed = true;
		this.persistence.close();
		this.extraction.close();
		const docs = [...this.entries.values()].map((e) => e.doc);
		await Promise.race([
			Promise.all(docs.flatMap((d) => [this.persistence.whenCompacted(d), this.extraction.whenIdle(d)])),
			new Promise((r) => setTimeout(r, 5000))
		]);
		for (const doc of docs) doc.destroy();
		this.entries.clear();
	}
}
