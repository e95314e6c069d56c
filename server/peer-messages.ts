import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '../src/lib/sync/protocol.ts';
import { AwarenessRejected, stampAwarenessUpdate } from './awareness-stamp.ts';
import {
	MESSAGE_AUTH,
	MESSAGE_AWARENESS,
	MESSAGE_QUERY_AWARENESS,
	MESSAGE_SYNC,
	message,
	type Peer,
	type SharedDoc
} from './shared-doc.ts';

/** Whether the bytes are a well-formed update (asked only after applying one failed). */
function decodes(update: Uint8Array): boolean {
	try {
		Y.decodeUpdate(update);
		return true;
	} catch {
		return false;
	}
}

/** A message that ends the socket that sent it, with a close code that says why. */
export class ProtocolError extends Error {
	constructor(
		readonly code: CloseCode,
		message: string,
		cause?: unknown
	) {
		super(message, { cause });
	}
}

export interface MessageLimits {
	/** Largest awareness update accepted, in bytes. */
	maxAwarenessBytes: number;
	/** False while storage lags too far behind (database down): new writes are refused. */
	acceptsWrites(): boolean;
}

type Handler = (doc: SharedDoc, peer: Peer, decoder: decoding.Decoder, limits: MessageLimits) => void;

// An empty update (no structs, no deletions) encodes as two zero bytes.
const EMPTY_UPDATE_BYTES = 2;

/** Whether the document already holds everything in the update (or it cannot be read). */
function holdsOnly(doc: SharedDoc, update: Uint8Array): boolean {
	try {
		return Y.snapshotContainsUpdate(doc.snapshot(), update);
	} catch {
		return false;
	}
}

/**
 * Applies updates one peer sent, in order, as one transaction: one "update" event, so one
 * broadcast, one stored entry and one witness record for the lot. A burst of keystrokes read in
 * one piece reaches every other peer as one message, not one message per keystroke.
 */
function applyClientUpdates(doc: SharedDoc, peer: Peer, updates: Uint8Array[], limits: MessageLimits): void {
	if (peer.readOnly) {
		// The stock client answers our SyncStep1 with a SyncStep2 that repeats every deletion it
		// knows: only an update holding something the server lacks is a refused change.
		for (const update of updates) {
			if (update.byteLength > EMPTY_UPDATE_BYTES && !holdsOnly(doc, update)) {
				peer.send(message(MESSAGE_AUTH, (e) => authProtocol.writePermissionDenied(e, 'read-only')));
			}
		}
		return;
	}
	if (!limits.acceptsWrites() && updates.some((u) => u.byteLength > EMPTY_UPDATE_BYTES)) {
		// The client keeps its changes and sends them again when it reconnects.
		throw new ProtocolError(CloseCode.ServerError, 'storage is unavailable; changes stay on your device');
	}
	try {
		Y.transact(doc.ydoc, () => updates.forEach((update) => Y.applyUpdate(doc.ydoc, update, peer)), peer);
	} catch (error) {
		// Bytes that do not decode are the client's fault and reconnecting cannot fix them; an
		// update that decodes but fails in our own observers is ours, and the client retries.
		if (!updates.every(decodes)) throw new ProtocolError(CloseCode.MalformedMessage, 'update could not be decoded');
		throw new ProtocolError(CloseCode.ServerError, 'the server could not apply this change; retrying', error);
	}
}

const handlers: Record<number, Handler> = {
	[MESSAGE_SYNC]: (doc, peer, decoder, limits) => {
		const syncType = decoding.readVarUint(decoder);
		switch (syncType) {
			case syncProtocol.messageYjsSyncStep1: {
				const stateVector = decoding.readVarUint8Array(decoder);
				let reply: Uint8Array;
				try {
					reply = Y.encodeStateAsUpdate(doc.ydoc, stateVector);
				} catch {
					throw new ProtocolError(CloseCode.MalformedMessage, 'state vector could not be decoded');
				}
				peer.send(
					message(MESSAGE_SYNC, (e) => {
						encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
						encoding.writeVarUint8Array(e, reply);
					})
				);
				return;
			}
			case syncProtocol.messageYjsSyncStep2:
			case syncProtocol.messageYjsUpdate:
				applyClientUpdates(doc, peer, [decoding.readVarUint8Array(decoder)], limits);
				return;
			default:
				throw new ProtocolError(CloseCode.MalformedMessage, `unknown sync message type ${syncType}`);
		}
	},
	[MESSAGE_AWARENESS]: (doc, peer, decoder, limits) => {
		const update = decoding.readVarUint8Array(decoder);
		if (update.byteLength > limits.maxAwarenessBytes) {
			throw new ProtocolError(CloseCode.MessageTooLarge, 'awareness state too large');
		}
		let stamped: Uint8Array | null;
		try {
			stamped = stampAwarenessUpdate(
				update,
				{ id: peer.user.id, name: peer.user.name, color: peer.color },
				(clientId) => !isControlledByOther(doc, peer, clientId)
			);
		} catch (e) {
			if (e instanceof AwarenessRejected) throw new ProtocolError(CloseCode.MalformedMessage, e.message);
			throw e;
		}
		if (stamped) awarenessProtocol.applyAwarenessUpdate(doc.awareness, stamped, peer);
	},
	[MESSAGE_QUERY_AWARENESS]: (doc, peer) => {
		const states = [...doc.awareness.getStates().keys()];
		peer.send(
			message(MESSAGE_AWARENESS, (e) =>
				encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(doc.awareness, states))
			)
		);
	},
	// Clients have nothing to say in the auth sub-protocol; ignore rather than fail.
	[MESSAGE_AUTH]: () => {}
};

function isControlledByOther(doc: SharedDoc, peer: Peer, clientId: number): boolean {
	for (const other of doc.peers) if (other !== peer && other.awarenessIds.has(clientId)) return true;
	return false;
}

/** Handles one binary frame from a peer; throws ProtocolError when the socket must close. */
export function handlePeerMessage(doc: SharedDoc, peer: Peer, data: Uint8Array, limits: MessageLimits): void {
	const decoder = decoding.createDecoder(data);
	let type: number;
	try {
		type = decoding.readVarUint(decoder);
	} catch {
		throw new ProtocolError(CloseCode.MalformedMessage, 'empty or undecodable message');
	}
	const handler = handlers[type];
	if (!handler) throw new ProtocolError(CloseCode.MalformedMessage, `unknown message type ${type}`);
	try {
		handler(doc, peer, decoder, limits);
	} catch (e) {
		if (e instanceof ProtocolError) throw e;
		// lib0 throws plain errors when a message ends early.
		throw new ProtocolError(CloseCode.MalformedMessage, 'message could not be decoded');
	}
}

/** The update a SyncStep2 or Update message carries; null for any other message, or one that does not decode. */
function carriedUpdate(data: Uint8Array): Uint8Array | null {
	if (data[0] !== MESSAGE_SYNC || (data[1] !== syncProtocol.messageYjsSyncStep2 && data[1] !== syncProtocol.messageYjsUpdate)) return null;
	try {
		const decoder = decoding.createDecoder(data);
		decoding.readVarUint(decoder);
		decoding.readVarUint(decoder);
		return decoding.readVarUint8Array(decoder);
	} catch {
		return null;
	}
}

/**
 * Handles the frames a peer sent that arrived together (one read from its socket), in order:
 * each run of updates is applied as one transaction (`applyClientUpdates`), anything else one by
 * one. Stops at the first ProtocolError (which it throws) or once `open()` turns false.
 */
export function handlePeerMessages(doc: SharedDoc, peer: Peer, frames: Uint8Array[], limits: MessageLimits, open: () => boolean): void {
	let i = 0;
	while (i < frames.length && open()) {
		const updates: Uint8Array[] = [];
		for (let u: Uint8Array | null; i < frames.length && (u = carriedUpdate(frames[i]!)); i++) updates.push(u);
		if (updates.length > 0) applyClientUpdates(doc, peer, updates, limits);
		else handlePeerMessage(doc, peer, frames[i++]!, limits);
	}
}
