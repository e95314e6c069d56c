import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { AwarenessRejected, stampAwarenessUpdate } from './awareness-stamp.ts';

const alice = { id: 'u-alice', name: 'Alice', color: '#e11d48' };

function updateFrom(state: Record<string, unknown>) {
	const awareness = new Awareness(new Y.Doc());
	awareness.setLocalState(state);
	return { awareness, update: encodeAwarenessUpdate(awareness, [awareness.clientID]) };
}

describe('stampAwarenessUpdate', () => {
	it('replaces whatever user a client claims with the authenticated one, keeping the rest', () => {
		const { awareness, update } = updateFrom({ user: { name: 'Maya (manager)', color: '#000' }, cursor: { a: 1 } });
		const stamped = stampAwarenessUpdate(update, alice, () => true)!;
		const receiver = new Awareness(new Y.Doc());
		applyAwarenessUpdate(receiver, stamped, 'test');
		expect(receiver.getStates().get(awareness.clientID)).toEqual({ user: alice, cursor: { a: 1 } });
	});

	it('drops entries for client ids that another connection controls', () => {
		const { update } = updateFrom({ cursor: null });
		expect(stampAwarenessUpdate(update, alice, () => false)).toBeNull();
	});

	it('rejects bytes that are not an awareness update', () => {
		expect(() => stampAwarenessUpdate(new Uint8Array([5, 1, 2]), alice, () => true)).toThrow(AwarenessRejected);
	});
});
