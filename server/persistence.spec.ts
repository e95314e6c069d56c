import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { committedDeletions } from './persistence.ts';

describe('committedDeletions', () => {
	it('counts items that travel already deleted, not only the delete set', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, 'keep');
		const sent = Y.encodeStateVector(doc);
		text.insert(4, 'gone');
		text.delete(4, 4);
		text.delete(0, 1);
		// 'gone' was never sent: the update carries it as garbage-collected structs.
		const ds = committedDeletions(Y.encodeStateAsUpdate(doc, sent));
		const ranges = [...ds.clients.get(doc.clientID)!].map((d) => [d.clock, d.len]);
		expect(ranges).toEqual([
			[0, 1],
			[4, 4]
		]);
	});
});
