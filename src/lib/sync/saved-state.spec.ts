import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodePersisted, SaveTracker, unpersistedCount, type DeleteSet } from './saved-state.ts';

describe('unpersistedCount', () => {
	it('is zero only when the persisted state covers every local client', () => {
		const doc = new Y.Doc();
		doc.getText('t').insert(0, 'hello');
		const local = Y.decodeStateVector(Y.encodeStateVector(doc));
		expect(unpersistedCount(local, new Map())).toBe(5);
		expect(unpersistedCount(local, new Map([[doc.clientID, 3]]))).toBe(2);
		expect(unpersistedCount(local, new Map([[doc.clientID, 5]]))).toBe(0);
		// The server knowing more than us (other people's edits) is still "saved".
		expect(unpersistedCount(local, new Map([[doc.clientID, 5], [42, 9]]))).toBe(0);
	});
});

/** What the server would say after committing `server`'s state, with these deletions. */
function persistedBody(server: Y.Doc, deletes: DeleteSet): decoding.Decoder {
	const decoder = decoding.createDecoder(encodePersisted(Y.encodeStateVector(server), deletes));
	decoding.readVarUint(decoder);
	return decoder;
}

describe('SaveTracker', () => {
	it('counts a deletion as unsaved until the server reports it committed', () => {
		const server = new Y.Doc();
		server.getText('t').insert(0, 'hello world');
		const doc = new Y.Doc();
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
		const tracker = new SaveTracker(doc);
		tracker.readPersisted(persistedBody(server, Y.snapshot(server).ds));
		expect(tracker.unsaved()).toBe(0);

		doc.getText('t').delete(5, 6);
		// The state vector did not move: only the delete tracking sees this change.
		expect(tracker.unsaved()).toBe(6);
		const before = Y.snapshot(server).ds;
		Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
		// A report of other deletions leaves ours pending.
		tracker.readPersisted(persistedBody(server, before));
		expect(tracker.unsaved()).toBe(6);
		tracker.readPersisted(persistedBody(server, Y.snapshot(server).ds));
		expect(tracker.unsaved()).toBe(0);
	});

	it('ignores deletions that arrive from others and restores what the device knew', () => {
		const a = new Y.Doc();
		a.getText('t').insert(0, 'abc');
		const b = new Y.Doc();
		const tracker = new SaveTracker(b);
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		a.getText('t').delete(0, 1);
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(tracker.known).toBe(false);
		b.getText('t').insert(0, 'xy');
		b.getText('t').delete(0, 1);
		tracker.readPersisted(persistedBody(a, Y.createDeleteSet()));
		expect(tracker.unsaved()).toBe(3);

		const again = new SaveTracker(b);
		again.restore(tracker.record());
		expect(again.known).toBe(true);
		expect(again.unsaved()).toBe(3);
	});
});

describe('SaveTracker and the stored room of the first paint', () => {
	it('counts what came from storage as saved, what the device adds as not, and keeps the larger of two records', () => {
		const server = new Y.Doc();
		server.getText('t').insert(0, 'stored by the server');
		const stored = Y.encodeStateAsUpdate(server);
		const doc = new Y.Doc();
		const tracker = new SaveTracker(doc);
		Y.applyUpdate(doc, stored, 'stored');
		tracker.notePersisted(Y.encodeStateVectorFromUpdate(stored));
		expect(tracker.known).toBe(true);
		expect(tracker.unsaved()).toBe(0);
		doc.getText('t').insert(0, 'mine ');
		expect(tracker.unsaved()).toBe(5);
		// An older record kept on the device does not take back what storage showed committed.
		tracker.restore({ persisted: Y.encodeStateVector(new Y.Doc()), pendingDeletes: '' });
		expect(tracker.unsaved()).toBe(5);
	});
});
