import { describe, expect, it } from 'vitest';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { silentLogger } from './logger.ts';
import { insertedRanges } from '../src/lib/sync/witness.ts';
import { committedDeletions, Persistence, transactionChanges } from './persistence.ts';

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

describe('transactionChanges', () => {
	const ranges = (ds: ReturnType<typeof committedDeletions>) =>
		[...ds.clients].flatMap(([client, items]) => items.map((d) => `${client}:${d.clock}+${d.len}`)).sort();

	it('reads from the transaction what decoding its update gives (randomized)', () => {
		const seed = Number(process.env.SEED ?? Date.now() % 1_000_000);
		console.log(`transactionChanges seed ${seed} (SEED=${seed} repeats it)`);
		const gen = prng.create(seed);
		const random = (n: number) => prng.uint32(gen, 0, n - 1);
		const server = new Y.Doc();
		const seen: { update: Uint8Array; changes: ReturnType<typeof transactionChanges> }[] = [];
		server.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => seen.push({ update, changes: transactionChanges(tr) }));
		const clients = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
		for (let step = 0; step < 400; step++) {
			const c = clients[random(clients.length)]!;
			const before = Y.encodeStateVector(server);
			// A few edits, some of them deleting what this client just typed (sent garbage-collected).
			for (let k = random(4); k >= 0; k--) {
				const text = c.getText('t');
				const list = c.getArray<unknown>('a');
				const op = random(7);
				if (op < 2 || text.length === 0) text.insert(random(text.length + 1), 'abc'.slice(0, 1 + random(3)));
				else if (op === 2) text.delete(random(text.length), 1 + random(Math.min(3, text.length)));
				else if (op === 3) c.getMap('m').set(`k${random(4)}`, random(100));
				else if (op === 4) list.insert(0, [random(9)]);
				else if (op === 5) {
					// A nested map: deleting it garbage-collects its entries into GC structs.
					const nested = new Y.Map<number>();
					list.insert(0, [nested]);
					nested.set('x', random(9));
					nested.set('y', random(9));
					// Half of them deleted before they are sent: their entries travel as GC structs.
					if (random(2) === 0) list.delete(0, 1);
				} else if (list.length > 0) list.delete(random(list.length), 1);
			}
			Y.applyUpdate(server, Y.encodeStateAsUpdate(c, before));
			// Now and then a client catches up with the others through the server.
			if (random(3) === 0) Y.applyUpdate(c, Y.encodeStateAsUpdate(server, Y.encodeStateVector(c)));
		}
		expect(seen.length).toBeGreaterThan(100);
		let withDeletions = 0;
		for (const { update, changes } of seen) {
			expect(changes.inserted.map((r) => `${r.client}:${r.clock}+${r.len}`).sort()).toEqual(insertedRanges(update).map((r) => `${r.client}:${r.clock}+${r.len}`).sort());
			expect(ranges(changes.deletes)).toEqual(ranges(committedDeletions(update)));
			if (changes.deletes.clients.size > 0) withDeletions++;
		}
		expect(withDeletions).toBeGreaterThan(20);
		// Those GC structs are outside the delete set: the case reading the transaction must not miss.
		expect(seen.some(({ update }) => Y.decodeUpdate(update).structs.some((s) => s instanceof Y.GC))).toBe(true);
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
