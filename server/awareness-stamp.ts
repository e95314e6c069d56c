import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface AwarenessIdentity {
	id: string;
	name: string;
	color: string;
}

export class AwarenessRejected extends Error {}

/**
 * Rewrites a client's awareness update so that every state it carries names the user the
 * server authenticated, whatever the client claimed; entries for awareness client ids that
 * belong to another connection are dropped. Throws AwarenessRejected on undecodable input.
 */
export function stampAwarenessUpdate(
	update: Uint8Array,
	identity: AwarenessIdentity,
	mayControl: (clientId: number) => boolean
): Uint8Array | null {
	const decoder = decoding.createDecoder(update);
	const entries: { clientId: number; clock: number; state: string }[] = [];
	try {
		const count = decoding.readVarUint(decoder);
		for (let i = 0; i < count; i++) {
			const clientId = decoding.readVarUint(decoder);
			const clock = decoding.readVarUint(decoder);
			const raw = decoding.readVarString(decoder);
			if (!mayControl(clientId)) continue;
			const parsed: unknown = JSON.parse(raw);
			let state: string;
			if (parsed === null) state = 'null';
			else if (typeof parsed === 'object' && !Array.isArray(parsed)) {
				state = JSON.stringify({ ...(parsed as Record<string, unknown>), user: identity });
			} else throw new AwarenessRejected('awareness state must be an object or null');
			entries.push({ clientId, clock, state });
		}
	} catch (e) {
		if (e instanceof AwarenessRejected) throw e;
		throw new AwarenessRejected('awareness update could not be decoded');
	}
	if (entries.length === 0) return null;
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const e of entries) {
		encoding.writeVarUint(encoder, e.clientId);
		encoding.writeVarUint(encoder, e.clock);
		encoding.writeVarString(encoder, e.state);
	}
	return encoding.toUint8Array(encoder);
}
