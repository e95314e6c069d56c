import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Database } from '../src/lib/server/db/client.ts';
import * as awarenessProtocol from 'y-protocols/awareness';
import { loadDoc, loadDocSince, witnessIdsStored, witnessOf } from '../src/lib/server/doc-store.ts';
import { getBlocks } from '../src/lib/sync/blocks.ts';
import { witnessedItemIds } from '../src/lib/sync/sales-blocks.ts';
import { encodeWitnessMessage, flattenRanges, insertedRanges, transactionTouches, unflattenRanges, type IdRange } from '../src/lib/sync/witness.ts';
import type { Logger } from './logger.ts';
import { committedDeletions, Persistence, transactionChanges, type UpdateAuthor } from './persistence.ts';
import { fromBase64, toBase64, type Relay, type RelayMessage } from './relay.ts';
import { VersionKeeper, type VersionTiming } from './version-keeper.ts';
import { MESSAGE_SYNC, message, SharedDoc, type Peer } from './shared-doc.ts';
import { DealExtractor } from './deal-extraction.ts';

const LOAD = Symbol('load');
/** Origin of updates heard from another instance or read back from the log: stored already. */
const STORED_ELSEWHERE = Symbol('stored-elsewhere');
/** Origin of awareness removals for an instance that went silent. */
const SWEEP = Symbol('sweep');
/** How long another instance may stay silent before its clients' carets are removed here. */
const INSTANCE_TIMEOUT_MS = 6000;
const HEARTBEAT_MS = 2000;
/** Documents held here catch up from the log this often, whatever Redis said (`RELAY_CATCH_UP_MS`; tests turn it off to see that nothing else depends on it). */
const CATCH_UP_EVERY_MS = Number(process.env.RELAY_CATCH_UP_MS ?? 10_000);

interface RemoteOrigin {
	relayFrom: string;
}
const isRemote = (origin: unknown): origin is RemoteOrigin => typeof origin === 'object' && origin !== null && 'relayFrom' in origin;

/** A state vector that covers both (the larger clock per client). */
function mergeStateVector(encoded: Uint8Array, clocks: Map<number, number>): Uint8Array {
	const sv = Y.decodeStateVector(encoded);
	for (const [client, clock] of clocks) sv.set(client, Math.max(sv.get(client) ?? 0, clock));
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, sv.size);
	for (const [client, clock] of sv) {
		encoding.writeVarUint(encoder, client);
		encoding.writeVarUint(encoder, clock);
	}
	return encoding.toUint8Array(encoder);
}

interface Entry {
	doc: SharedDoc;
	ready: Promise<void>;
}

/**
 * Loaded documents by name: each is loaded once (early messages wait for it), shared by every
 * peer, and unloaded once the last peer has left and its updates are committed.
 */
const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The origin of a change the server makes in someone's name. */
class ServerEdit {
	constructor(
		readonly userId: string,
		readonly name: string
	) {}
}

export class DocRegistry {
	private readonly entries = new Map<string, Entry>();
	readonly persistence: Persistence;
	readonly extraction: DealExtractor;
	readonly versions: VersionKeeper;

	private readonly relay: Relay | undefined;
	private readonly heardFrom = new Map<string, number>();
	private readonly catchingUp = new Map<SharedDoc, Promise<void>>();
	private readonly catchUpAgain = new Set<SharedDoc>();
	private relayTimer: NodeJS.Timeout | undefined;

	constructor(
		private readonly db: Database,
		private readonly log: Logger,
		options: { compactEvery?: number; relay?: Relay; versionTiming?: VersionTiming } = {}
	) {
		this.relay = options.relay;
		this.extraction = new DealExtractor(db, log);
		this.versions = new VersionKeeper(db, log, options.versionTiming);
		this.persistence = new Persistence(db, {
			log,
			compactEvery: options.compactEvery,
			onPersisted: (doc, sv, deletes) => {
				(doc as SharedDoc).setPersisted((doc as SharedDoc).withoutTentative(sv), deletes);
				this.extraction.schedule(doc as SharedDoc);
			},
			onStored: (doc, stored) => {
				if (this.relay) this.publishStored(doc as SharedDoc, stored);
				if (stored.some((s) => s.author)) this.versions.committed(doc as SharedDoc);
			}
		});
		if (this.relay) {
			const relay = this.relay;
			relay.onMessage((m) => this.fromRelay(m));
			// Back after an outage (or a first start): whatever was missed is in the log.
			relay.onReady(() => this.entries.forEach((e) => void e.ready.then(() => this.catchUp(e.doc), () => {})));
			let beats = 0;
			this.relayTimer = setInterval(() => {
				relay.publish({ t: 'h' });
				this.expireSilentInstances();
				if (++beats % Math.round(CATCH_UP_EVERY_MS / HEARTBEAT_MS) === 0) {
					for (const e of this.entries.values()) {
						if (!e.doc.loaded) continue;
						void this.catchUp(e.doc);
						void this.confirmFromRecord(e.doc).catch((error) => this.log.error('could not check relayed updates against the record', { doc: e.doc.name, error: String(error) }));
					}
				}
			}, HEARTBEAT_MS);
			this.relayTimer.unref();
		}
	}

	/** Applied here: the other instances hear it at once (tentative until confirmed committed). */
	private publishApplied(doc: SharedDoc, update: Uint8Array, author: UpdateAuthor | null, inserted: IdRange[]): void {
		const seq = ++doc.relaySeq;
		doc.unconfirmed.push(seq);
		const w = author?.shown ? [[author.userId, author.name, author.at, flattenRanges(inserted)] as [string, string, number, number[]]] : [];
		this.relay!.publish({ t: 'u', doc: doc.name, u: toBase64(update), w, s: seq, by: author ? [author.userId, author.name, author.at] : null });
	}

	/** Committed here (the persistence commits in order): confirm to the others. */
	private publishStored(doc: SharedDoc, stored: unknown[]): void {
		const confirmed = doc.unconfirmed.splice(0, stored.length);
		if (confirmed.length > 0) this.relay!.publish({ t: 'c', doc: doc.name, s: confirmed.at(-1)! });
	}

	private fromRelay(message: RelayMessage): void {
		this.heardFrom.set(message.i, Date.now());
		if (message.t !== 'u' && message.t !== 'a' && message.t !== 'c') return;
		const doc = this.entries.get(message.doc)?.doc;
		if (!doc?.loaded) return; // Loading reads the log, which holds it.
		if (message.t === 'a') {
			awarenessProtocol.applyAwarenessUpdate(doc.awareness, fromBase64(message.a), { relayFrom: message.i } satisfies RemoteOrigin);
			return;
		}
		if (message.t === 'c') {
			const list = doc.tentative.get(message.i) ?? [];
			const done = list.filter((t) => t.seq <= message.s);
			doc.tentative.set(message.i, list.filter((t) => t.seq > message.s));
			if (done.length > 0) this.noteCommittedElsewhere(doc, done.map((t) => t.update));
			return;
		}
		const update = fromBase64(message.u);
		try {
			Y.applyUpdate(doc.ydoc, update, STORED_ELSEWHERE);
		} catch (error) {
			this.log.warn('ignored a relayed update that does not apply; catching up from the log', { doc: doc.name, error: String(error) });
			return void this.catchUp(doc);
		}
		const entries = message.w.map(([userId, name, at, flat]) => ({ witnessed: { userId, name, at }, ranges: unflattenRanges(flat) }));
		for (const e of entries) doc.witness.record(e.witnessed, e.ranges);
		if (entries.length > 0) doc.broadcastExtension(encodeWitnessMessage(entries));
		const list = doc.tentative.get(message.i) ?? [];
		const by = message.by ? { userId: message.by[0], name: message.by[1], at: message.by[2], shown: entries.length > 0 } : null;
		list.push({ seq: message.s, update, author: by, inserted: insertedRanges(update) });
		doc.tentative.set(message.i, list);
		// Something it depends on never arrived: a missed message. The log has it.
		if (doc.ydoc.store.pendingStructs || doc.ydoc.store.pendingDs) void this.catchUp(doc);
	}

	/**
	 * Another instance went silent with updates it had not confirmed: it may have died before
	 * committing them. Store, as theirs, those the witness record shows were never stored (an
	 * item id inserted by a stored update is stored; an update that only deletes is stored again,
	 * harmlessly). Their clients, reconnecting here, then hear them saved.
	 */
	private async adopt(doc: SharedDoc, instance: string): Promise<void> {
		const list = doc.tentative.get(instance) ?? [];
		if (list.length === 0) return;
		const unstored = await this.notInRecord(doc, list);
		// Tentative until this moment: while the record was asked, a commit of this instance must
		// not report them saved (they were neither stored nor queued yet; found by the kill test).
		const left = (doc.tentative.get(instance) ?? []).filter((t) => !list.includes(t));
		if (left.length > 0) doc.tentative.set(instance, left);
		else doc.tentative.delete(instance);
		for (const t of unstored) {
			// Now this instance's to commit: published and confirmed as its own.
			this.publishApplied(doc, t.update, t.author, t.inserted);
			this.persistence.enqueue(doc, t.update, t.author, t.inserted);
		}
		if (unstored.length > 0) this.log.warn('stored updates of an instance that went silent before committing them', { doc: doc.name, updates: unstored.length });
		const stored = list.filter((t) => !unstored.includes(t));
		if (stored.length > 0) this.noteCommittedElsewhere(doc, stored.map((t) => t.update), 'always');
	}

	/** Which of these updates the record does not hold (checked by the item ids they insert). */
	private async notInRecord<T extends { inserted: IdRange[] }>(doc: SharedDoc, list: T[]): Promise<T[]> {
		const firstIds = list.map((t) => t.inserted[0]);
		const known = await witnessIdsStored(this.db, doc.name, firstIds.filter((r): r is IdRange => Boolean(r)));
		return list.filter((_, i) => !firstIds[i] || !known.has(`${firstIds[i]!.client}:${firstIds[i]!.clock}`));
	}

	/** A confirmation can be lost: tentative updates the record shows stored are committed. */
	private async confirmFromRecord(doc: SharedDoc): Promise<void> {
		for (const [instance, list] of doc.tentative) {
			const old = list.filter((t) => t.inserted.length > 0);
			if (old.length === 0) continue;
			const unstored = new Set(await this.notInRecord(doc, old));
			const stored = old.filter((t) => !unstored.has(t));
			if (stored.length === 0) continue;
			doc.tentative.set(instance, (doc.tentative.get(instance) ?? []).filter((t) => !stored.includes(t)));
			this.noteCommittedElsewhere(doc, stored.map((t) => t.update));
		}
	}

	/**
	 * Updates another instance committed are in storage: what this instance reports saved (to a
	 * client that connects here) grows with them. Nobody here wrote them, so nobody is told now.
	 */
	private noteCommittedElsewhere(doc: SharedDoc, updates: Uint8Array[], tell: 'if-theirs' | 'always' = 'if-theirs'): void {
		const before = doc.persistedStateVector;
		let sv = before;
		const writers = new Set<number>();
		for (const u of updates) {
			const { to } = Y.parseUpdateMeta(u);
			sv = mergeStateVector(sv, to);
			for (const client of to.keys()) writers.add(client);
		}
		// A state vector says "everything up to here": it must stop below anything of that
		// client not committed yet, here (queued) or elsewhere (tentative). Say a client moved
		// here after another instance committed its later changes: its earlier ones may still be
		// queued here (found by the kill test). Never below what was already reported.
		sv = mergeStateVector(before, Y.decodeStateVector(doc.withoutTentative(sv, this.persistence.uncommittedRanges(doc))));
		// Every client here holds these items and counts them unsaved until told: so everyone
		// hears when what is saved grew (found by the Redis outage test: a confirmation lost in
		// the outage, the record checked later, and clients on the other instance left "saving"
		// with nothing more to commit here). A client whose own deletions these are (it moved
		// here from the instance that took them) hears it even when no item was added; the Yjs
		// client id is also its awareness id.
		const grew = !equalBytes(before, sv);
		const theirs = tell === 'always' || grew || [...doc.peers].some((p) => [...p.awarenessIds].some((id) => writers.has(id)));
		if (theirs) doc.setPersisted(sv, Y.mergeDeleteSets(updates.map((u) => committedDeletions(u))));
	}

	/** Reads what storage holds beyond what this instance has read: the log is the truth. */
	catchUp(doc: SharedDoc): Promise<void> {
		const running = this.catchingUp.get(doc);
		if (running) {
			this.catchUpAgain.add(doc);
			return running;
		}
		const job = (async () => {
			do {
				this.catchUpAgain.delete(doc);
				const stored = await loadDocSince(this.db, doc.name, doc.position);
				if (this.entries.get(doc.name)?.doc !== doc) return;
				doc.position = stored.position;
				if (stored.updates.length === 0) continue;
				const before = Y.encodeStateVector(doc.ydoc);
				Y.transact(doc.ydoc, () => stored.updates.forEach((u) => Y.applyUpdate(doc.ydoc, u)), STORED_ELSEWHERE);
				this.confirmFromLog(doc, stored.updates);
				this.noteCommittedElsewhere(doc, stored.updates, 'always');
				if (!equalBytes(before, Y.encodeStateVector(doc.ydoc))) await this.lookUpWitness(doc, true);
			} while (this.catchUpAgain.has(doc));
		})()
			.catch((error) => this.log.error('could not catch up from the log', { doc: doc.name, error: String(error) }))
			.finally(() => this.catchingUp.delete(doc));
		this.catchingUp.set(doc, job);
		return job;
	}

	/** Tentative updates whose items these stored ones insert are committed (their confirmation may be lost). */
	private confirmFromLog(doc: SharedDoc, stored: Uint8Array[]): void {
		if (![...doc.tentative.values()].some((l) => l.length > 0)) return;
		const ranges = stored.flatMap((u) => insertedRanges(u));
		const isStored = (id: IdRange | undefined) => !!id && ranges.some((r) => r.client === id.client && id.clock >= r.clock && id.clock < r.clock + r.len);
		for (const [instance, list] of doc.tentative) doc.tentative.set(instance, list.filter((t) => !isStored(t.inserted[0])));
	}

	/** Who wrote what the page shows an author for, from the stored record (items not known yet). */
	private async lookUpWitness(doc: SharedDoc, tell: boolean): Promise<void> {
		const unknown = witnessedItemIds(doc.ydoc).filter((id) => !doc.witness.of(id));
		if (unknown.length === 0) return;
		const found = await witnessOf(this.db, doc.name, unknown);
		for (const { id, witnessed } of found) doc.witness.record(witnessed, [{ ...id, len: 1 }]);
		if (tell && found.length > 0) doc.broadcastExtension(encodeWitnessMessage(found.map((f) => ({ witnessed: f.witnessed, ranges: [{ ...f.id, len: 1 }] }))));
	}

	/** Carets of clients on an instance that stopped answering are removed here. */
	private expireSilentInstances(): void {
		const now = Date.now();
		for (const [instance, at] of this.heardFrom) {
			if (now - at < INSTANCE_TIMEOUT_MS) continue;
			this.heardFrom.delete(instance);
			for (const { doc } of this.entries.values()) {
				const ids = doc.awarenessFrom.get(instance);
				doc.awarenessFrom.delete(instance);
				if (ids?.size) awarenessProtocol.removeAwarenessStates(doc.awareness, [...ids], SWEEP);
				void this.adopt(doc, instance).catch((error) => this.log.error('could not store the updates of a silent instance', { doc: doc.name, error: String(error) }));
			}
		}
	}

	/** Awareness changes of this instance's peers go to the others; remote ones are tracked by instance. */
	private relayAwareness(doc: SharedDoc): void {
		doc.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
			if (origin === SWEEP) return;
			if (isRemote(origin)) {
				const ids = doc.awarenessFrom.get(origin.relayFrom) ?? new Set<number>();
				doc.awarenessFrom.set(origin.relayFrom, ids);
				[...added, ...updated].forEach((id) => ids.add(id));
				removed.forEach((id) => ids.delete(id));
				return;
			}
			const changed = [...added, ...updated, ...removed];
			this.relay!.publish({ t: 'a', doc: doc.name, a: toBase64(awarenessProtocol.encodeAwarenessUpdate(doc.awareness, changed)) });
		});
	}

	/** Names of the documents in memory now. */
	loadedNames(): string[] {
		return [...this.entries.keys()];
	}

	get(name: string): SharedDoc | undefined {
		return this.entries.get(name)?.doc;
	}

	/**
	 * A change the server makes in someone's name (a restore): applied to the live document, so
	 * every client gets it, witnessed and stored as that person's, like an edit they sent.
	 * Resolves once committed, with the states before and after.
	 */
	async editAs(name: string, author: { userId: string; name: string }, change: (doc: Y.Doc) => void): Promise<{ before: Uint8Array; after: Uint8Array }> {
		const entry = this.entryFor(name);
		await entry.ready;
		const doc = entry.doc;
		const before = Y.encodeStateAsUpdate(doc.ydoc);
		try {
			Y.transact(doc.ydoc, () => change(doc.ydoc), new ServerEdit(author.userId, author.name));
			const after = Y.encodeStateAsUpdate(doc.ydoc);
			await this.persistence.whenFlushed(doc);
			return { before, after };
		} finally {
			if (doc.peers.size === 0) void this.unloadWhenIdle(doc);
		}
	}

	private entryFor(name: string): Entry {
		let entry = this.entries.get(name);
		if (!entry) {
			const doc = new SharedDoc(name, (d, update, origin, tr) => this.onUpdate(d, update, origin, tr));
			if (this.relay) {
				// Listen before loading: what is published meanwhile is in the log or in a catch-up.
				this.relay.watch(name);
				this.relayAwareness(doc);
			}
			entry = { doc, ready: this.load(doc) };
			this.entries.set(name, entry);
		}
		return entry;
	}

	/** Adds a peer to the document, loading it first if needed; resolves once it is loaded. */
	join(name: string, peer: Peer): { doc: SharedDoc; ready: Promise<void> } {
		const entry = this.entryFor(name);
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
			await this.lookUpWitness(doc, false);
			doc.position = stored.position;
			doc.rowsSinceCompaction = stored.logRows;
			doc.persistedStateVector = Y.encodeStateVector(doc.ydoc);
			doc.loaded = true;
			this.versions.loaded(doc);
			if (this.persistence.shouldCompact(doc)) void this.persistence.compact(doc);
		} catch (error) {
			this.log.error('could not load document', { doc: doc.name, error: String(error) });
			if (this.entries.get(doc.name)?.doc === doc) this.entries.delete(doc.name);
			throw error;
		}
	}

	private onUpdate(doc: SharedDoc, update: Uint8Array, origin: unknown, transaction: Y.Transaction): void {
		if (origin === LOAD) return;
		const msg = message(MESSAGE_SYNC, (e) => {
			encoding.writeVarUint(e, syncProtocol.messageYjsUpdate);
			encoding.writeVarUint8Array(e, update);
		});
		// Committed by another instance: this one's clients hear it, nobody stores it again.
		if (origin === STORED_ELSEWHERE) return doc.broadcast(msg);
		const peer = doc.peers.has(origin as Peer) ? (origin as Peer) : null;
		// The witness: who sent it is the socket's authenticated user, when is our clock.
		const by = peer ? peer.user : origin instanceof ServerEdit ? { id: origin.userId, name: origin.name } : null;
		const author = by ? { userId: by.id, name: by.name, at: Date.now(), shown: transactionTouches(transaction, [getBlocks(doc.ydoc)]) } : null;
		const { inserted, deletes } = transactionChanges(transaction);
		// Queued for storage before anything else can fail: the document now holds the change, and
		// "persisted" reports the document's state once a later write commits, so a change left
		// out of the queue would be reported saved without being stored.
		if (author) this.storeDependencies(doc, update);
		this.persistence.enqueue(doc, update, author, inserted, deletes);
		doc.broadcast(msg, peer ?? undefined);
		if (this.relay) this.publishApplied(doc, update, author, inserted);
		if (author?.shown) {
			const entry = { witnessed: { userId: author.userId, name: author.name, at: author.at }, ranges: inserted };
			doc.witness.record(entry.witnessed, entry.ranges);
			doc.broadcastExtension(encodeWitnessMessage([entry]));
		}
	}

	/**
	 * A client's update may build on updates heard from another instance that are not confirmed
	 * committed yet: its paragraph after theirs, or its own earlier changes, sent there before it
	 * moved here (Yjs reads a client's items back in clock order only). Stored alone, it could not
	 * be read back should that instance die first: so those (and that instance's earlier tentative
	 * ones) are stored here first, in their authors' names. Found by the kill test: reported-saved
	 * tokens that storage held but could not show, waiting for items lost with the killed instance.
	 */
	private storeDependencies(doc: SharedDoc, update: Uint8Array): void {
		if (![...doc.tentative.values()].some((l) => l.length > 0)) return;
		const refs: { client: number; clock: number }[] = [];
		for (const s of Y.decodeUpdate(update).structs) {
			// A client's items are read back in clock order: its item before this one, too.
			if (s.id.clock > 0) refs.push({ client: s.id.client, clock: s.id.clock - 1 });
			if (!(s instanceof Y.Item)) continue;
			if (s.origin) refs.push(s.origin);
			if (s.rightOrigin) refs.push(s.rightOrigin);
			if (s.parent instanceof Y.ID) refs.push(s.parent);
		}
		if (refs.length === 0) return;
		const within = (r: IdRange) => refs.some((id) => id.client === r.client && id.clock >= r.clock && id.clock < r.clock + r.len);
		for (const [instance, list] of doc.tentative) {
			const last = list.findLastIndex((t) => t.inserted.some(within));
			if (last < 0) continue;
			doc.tentative.set(instance, list.slice(last + 1));
			for (const t of list.slice(0, last + 1)) this.persistence.enqueue(doc, t.update, t.author, t.inserted);
		}
	}

	private closed = false;

	private async unloadWhenIdle(doc: SharedDoc): Promise<void> {
		await this.persistence.whenFlushed(doc);
		if (doc.peers.size > 0 || this.closed) return;
		if (doc.rowsSinceCompaction >= 50) await this.persistence.compact(doc);
		await this.persistence.whenCompacted(doc);
		await this.extraction.flush(doc);
		await this.versions.flush(doc);
		if (doc.peers.size > 0 || this.entries.get(doc.name)?.doc !== doc) return;
		this.entries.delete(doc.name);
		this.relay?.unwatch(doc.name);
		doc.destroy();
	}

	/** Resolves once every loaded document's updates are committed (or `close` stopped it). */
	async flushAll(): Promise<void> {
		await Promise.all([...this.entries.values()].map((e) => this.persistence.whenFlushed(e.doc)));
	}

	/** Stops background work, waiting (boundedly) for database work already under way. */
	async close(): Promise<void> {
		this.closed = true;
		clearInterval(this.relayTimer);
		this.persistence.close();
		this.extraction.close();
		this.versions.close();
		const docs = [...this.entries.values()].map((e) => e.doc);
		await Promise.race([
			Promise.all(docs.flatMap((d) => [this.persistence.whenCompacted(d), this.extraction.whenIdle(d)])),
			new Promise((r) => setTimeout(r, 5000))
		]);
		for (const doc of docs) doc.destroy();
		this.entries.clear();
	}
}
