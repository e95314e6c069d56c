import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from './logger.ts';
import { committedDeletions, Persistence } from './persistence.ts';

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

describe('Persistence.shouldCompact', () => {
	const persistence = new Persistence(null as never, { onPersisted: () => {}, log: silentLogger, compactEvery: 10 });
	const doc = (rows: number, logBytes: number, snapshotBytes: number) => ({
		name: 'd',
		ydoc: new Y.Doc(),
		rowsSinceCompaction: rows,
		logBytesSinceCompaction: logBytes,
		snapshotBytes
	});

	it('waits for enough rows, then for the log to reach half the snapshot, up to twenty times the rows', () => {
		expect(persistence.shouldCompact(doc(9, 10_000, 0))).toBe(false);
		expect(persistence.shouldCompact(doc(10, 100, 0))).toBe(true);
		expect(persistence.shouldCompact(doc(10, 400, 1000))).toBe(false);
		expect(persistence.shouldCompact(doc(10, 500, 1000))).toBe(true);
		expect(persistence.shouldCompact(doc(199, 500, 1_000_000))).toBe(false);
		expect(persistence.shouldCompact(doc(200, 500, 1_000_000))).toBe(true);
	});
});
