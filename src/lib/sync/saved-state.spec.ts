import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { unpersistedCount } from './saved-state.ts';

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
