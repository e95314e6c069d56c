import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { addRange, countRanges, parseRanges, rangesOf, serializeRanges, subtractRanges, type DeleteRanges } from './delete-ranges.ts';
import { MESSAGE_PERSISTED } from './protocol.ts';

/** Yjs does not export its DeleteSet class as a type. */
export type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/**
 * How many items this replica holds that the server has not yet committed, per client, from
 * the server's persisted state vector. 0 means every inserted item is in the database.
 */
export function unpersistedCount(local: Map<number, number>, persisted: Map<number, number>): number {
	let missing = 0;
	for (const [client, clock] of local) {
		const have = persisted.get(client) ?? 0;
		if (clock > have) missing += clock - have;
	}
	return missing;
}

/**
 * Message 100, server → client: the state vector the database holds, then the deletions
 * committed since the last such message (or all of them, right after connecting).
 */
export function encodePersisted(stateVector: Uint8Array, committedDeletes: DeleteSet): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_PERSISTED);
	encoding.writeVarUint8Array(encoder, stateVector);
	encoding.writeVarUint8Array(encoder, Y.encodeSnapshot(Y.createSnapshot(committedDeletes, new Map())));
	return encoding.toUint8Array(encoder);
}

/** What a device keeps of its save state between visits, so it can count offline. */
export interface SavedStateRecord {
	persisted: Uint8Array;
	pendingDeletes: string;
}

/**
 * Counts the changes on this replica the server has not committed: items beyond the
 * server's persisted state vector, plus deletions made here that the server has not reported
 * committed. Everything comes from what the server said, never from timers or guesses.
 */
export class SaveTracker {
	private persisted = new Map<number, number>();
	private readonly pendingDeletes: DeleteRanges = new Map();
	/** Whether we know the server's persisted state (heard it, or restored it from the device). */
	known = false;
	private readonly onTransaction = (tr: Y.Transaction) => {
		if (!tr.local || tr.deleteSet.clients.size === 0) return;
		for (const [client, items] of tr.deleteSet.clients) {
			for (const { clock, len } of items) addRange(this.pendingDeletes, client, clock, len);
		}
	};

	constructor(private readonly doc: Y.Doc) {
		doc.on('afterTransaction', this.onTransaction);
	}

	/** Reads the body of message 100 (after its type). */
	readPersisted(decoder: decoding.Decoder): void {
		// Reports can arrive out of order (a delayed message); what was committed stays committed.
		this.raise(decoding.readVarUint8Array(decoder));
		if (decoding.hasContent(decoder)) {
			const { ds } = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
			subtractRanges(this.pendingDeletes, rangesOf(ds));
		}
		this.known = true;
	}

	/**
	 * Everything up to this state vector is committed: it came from the server's storage (the
	 * page's first paint). What the device holds beyond it is still counted as not saved.
	 */
	notePersisted(stateVector: Uint8Array): void {
		this.raise(stateVector);
		this.known = true;
	}

	/** What is known committed only grows, client by client. */
	private raise(stateVector: Uint8Array): void {
		for (const [client, clock] of Y.decodeStateVector(stateVector)) {
			if (clock > (this.persisted.get(client) ?? 0)) this.persisted.set(client, clock);
		}
	}

	/** The server's last reported persisted state vector. */
	persistedStateVector(): Map<number, number> {
		return new Map(this.persisted);
	}

	unsaved(): number {
		const local = Y.decodeStateVector(Y.encodeStateVector(this.doc));
		return unpersistedCount(local, this.persisted) + countRanges(this.pendingDeletes);
	}

	record(): SavedStateRecord {
		return {
			persisted: Y.encodeStateVector(this.persisted),
			pendingDeletes: serializeRanges(this.pendingDeletes)
		};
	}

	/** Restores what an earlier visit knew; deletions recorded since are kept too. */
	restore(record: Partial<SavedStateRecord> | undefined): void {
		if (!record?.persisted) return;
		// Merged with what is known already (the first paint's storage): committed stays committed.
		this.raise(record.persisted);
		for (const [client, list] of parseRanges(record.pendingDeletes)) {
			for (const [clock, len] of list) addRange(this.pendingDeletes, client, clock, len);
		}
		this.known = true;
	}

	destroy(): void {
		this.doc.off('afterTransaction', this.onTransaction);
	}
}

