import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { LogPosition } from '../src/lib/server/doc-store.ts';
import { encodePersisted, type DeleteSet } from '../src/lib/sync/saved-state.ts';
import { witnessedItemIds } from '../src/lib/sync/sales-blocks.ts';
import { encodeWitnessMessage, WitnessIndex, type IdRange } from '../src/lib/sync/witness.ts';
import type { PersistedDoc, UpdateAuthor } from './persistence.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** One open socket on one document, with the identity the server authenticated. */
export interface Peer {
	readonly id: number;
	readonly user: { id: string; name: string; email: string };
	readonly sessionId: string;
	sessionExpiresAt: Date;
	readOnly: boolean;
	readonly color: string;
	/** Whether the client asked for our own messages (persisted, comments changed). */
	readonly extensions: boolean;
	/** Awareness client ids this socket has announced; only it may update or remove them. */
	readonly awarenessIds: Set<number>;
	send(message: Uint8Array): void;
	close(code: number, reason: string): void;
}

/** A loaded document and everyone connected to it. */
export class SharedDoc implements PersistedDoc {
	readonly ydoc = new Y.Doc({ gc: true });
	readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
	readonly peers = new Set<Peer>();
	rowsSinceCompaction = 0;
	logBytesSinceCompaction = 0;
	snapshotBytes = 0;
	/** What the database holds, as last reported to clients. */
	persistedStateVector: Uint8Array = Y.encodeStateVector(this.ydoc);
	loaded = false;
	/**
	 * Who wrote the items the page shows an author for: looked up in the stored record when the
	 * document loads, then recorded as live updates to the blocks are applied.
	 */
	readonly witness = new WitnessIndex();
	/** How far this instance has read the document's storage (several instances: it catches up from here). */
	position: LogPosition = { lastId: 0, mergedRows: -1 };
	/** Awareness client ids of clients on other instances, by instance. */
	readonly awarenessFrom = new Map<string, Set<number>>();
	/** Updates heard from other instances and not yet confirmed committed, by instance. */
	readonly tentative = new Map<string, { seq: number; update: Uint8Array; author: UpdateAuthor | null; inserted: IdRange[] }[]>();
	/** This instance's published updates of the document (a count) and those not yet confirmed. */
	relaySeq = 0;
	readonly unconfirmed: number[] = [];
	/** How many times the document's snapshot was computed (read-only checks share one per change). */
	snapshotsComputed = 0;
	private cachedSnapshot: Y.Snapshot | null = null;

	constructor(
		readonly name: string,
		onUpdate: (doc: SharedDoc, update: Uint8Array, origin: unknown, transaction: Y.Transaction) => void
	) {
		this.awareness.setLocalState(null);
		this.ydoc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
			this.cachedSnapshot = null;
			onUpdate(this, update, origin, transaction);
		});
		this.awareness.on(
			'update',
			({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
				const peer = origin && this.peers.has(origin as Peer) ? (origin as Peer) : null;
				if (peer) {
					added.forEach((id) => peer.awarenessIds.add(id));
					removed.forEach((id) => peer.awarenessIds.delete(id));
				}
				const changed = [...added, ...updated, ...removed];
				// Everyone, the sender too: the stock client's watchdog counts on hearing back.
				this.broadcast(
					message(MESSAGE_AWARENESS, (e) =>
						encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
					)
				);
			}
		);
	}

	/**
	 * What the document holds (state vector and deletions), computed once per change: checking a
	 * viewer's resync against it must not walk the whole document for every message.
	 */
	snapshot(): Y.Snapshot {
		if (!this.cachedSnapshot) {
			this.cachedSnapshot = Y.snapshot(this.ydoc);
			this.snapshotsComputed += 1;
		}
		return this.cachedSnapshot;
	}

	broadcast(msg: Uint8Array, except?: Peer): void {
		for (const peer of this.peers) if (peer !== except) peer.send(msg);
	}

	/** One of our own messages, to the peers that asked for them. */
	broadcastExtension(msg: Uint8Array): void {
		for (const peer of this.peers) if (peer.extensions) peer.send(msg);
	}

	/** The greeting after the document is loaded: ask for the client's state, tell ours. */
	greet(peer: Peer): void {
		// Who wrote what the page shows, before the content it concerns.
		if (peer.extensions) {
			const entries = this.witness.entriesFor(witnessedItemIds(this.ydoc));
			if (entries.length > 0) peer.send(encodeWitnessMessage(entries));
		}
		peer.send(message(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.ydoc)));
		const states = [...this.awareness.getStates().keys()];
		if (states.length > 0) {
			peer.send(
				message(MESSAGE_AWARENESS, (e) =>
					encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states))
				)
			);
		}
	}

	/**
	 * Tells a peer everything the database holds: the state vector and every deletion (its own
	 * from an earlier connection may have been committed after it left). Only call it while
	 * nothing applied is waiting to be committed, so the document equals what is stored.
	 */
	reportAllCommitted(peer: Peer): void {
		if (this.peers.has(peer) && peer.extensions) peer.send(encodePersisted(this.persistedStateVector, Y.snapshot(this.ydoc).ds));
	}

	/**
	 * A state vector of this document cut back to exclude updates heard from other instances and
	 * not yet confirmed committed: what is reported saved must be stored, wherever it came from.
	 */
	withoutTentative(stateVector: Uint8Array, alsoUncommitted: readonly IdRange[] = []): Uint8Array {
		if (alsoUncommitted.length === 0 && ![...this.tentative.values()].some((l) => l.length > 0)) return stateVector;
		const sv = Y.decodeStateVector(stateVector);
		const cap = (r: IdRange) => {
			if (sv.has(r.client)) sv.set(r.client, Math.min(sv.get(r.client)!, r.clock));
		};
		for (const list of this.tentative.values()) for (const t of list) t.inserted.forEach(cap);
		alsoUncommitted.forEach(cap);
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, sv.size);
		for (const [client, clock] of sv) {
			encoding.writeVarUint(encoder, client);
			encoding.writeVarUint(encoder, clock);
		}
		return encoding.toUint8Array(encoder);
	}

	/** Tells every peer what is committed now, and which deletions were committed since last time. */
	setPersisted(stateVector: Uint8Array, committedDeletes: DeleteSet): void {
		this.persistedStateVector = stateVector;
		this.broadcastExtension(encodePersisted(stateVector, committedDeletes));
	}

	removePeer(peer: Peer): void {
		this.peers.delete(peer);
		if (peer.awarenessIds.size > 0) {
			awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
		}
	}

	destroy(): void {
		this.awareness.destroy();
		this.ydoc.destroy();
	}
}

export function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, type);
	write(encoder);
	return encoding.toUint8Array(encoder);
}

