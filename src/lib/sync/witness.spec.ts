import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_WITNESS } from './protocol.ts';
import { encodeWitnessMessage, insertedRanges, readWitnessMessage, valuesWithIds, WitnessIndex } from './witness.ts';

const alice = { userId: 'alice', name: 'Alice', at: 1 };
const bob = { userId: 'bob', name: 'Bob', at: 2 };

describe('the witness index', () => {
	it('finds the record of any id in a range, and keeps the first record of an id', () => {
		const index = new WitnessIndex();
		index.record(alice, [{ client: 7, clock: 10, len: 5 }]);
		index.record(bob, [{ client: 7, clock: 0, len: 20 }, { client: 8, clock: 0, len: 1 }]);
		expect(index.of({ client: 7, clock: 9 })).toBe(bob);
		expect([10, 12, 14].map((clock) => index.of({ client: 7, clock }))).toEqual([alice, alice, alice]);
		expect(index.of({ client: 7, clock: 15 })).toBe(bob);
		expect(index.of({ client: 7, clock: 20 })).toBeUndefined();
		expect(index.of({ client: 8, clock: 0 })).toBe(bob);
		expect(index.of({ client: 9, clock: 0 })).toBeUndefined();
	});

	it('travels in its message and names what an update inserted', () => {
		const doc = new Y.Doc();
		let update: Uint8Array | null = null;
		doc.on('update', (u: Uint8Array) => (update = u));
		doc.getArray('a').push(['x', 'y', 'z']);
		const ranges = insertedRanges(update!);
		expect(ranges).toEqual([{ client: doc.clientID, clock: 0, len: 3 }]);
		const decoder = decoding.createDecoder(encodeWitnessMessage([{ witnessed: alice, ranges }]));
		expect(decoding.readVarUint(decoder)).toBe(MESSAGE_WITNESS);
		const [entry] = readWitnessMessage(decoder);
		const index = new WitnessIndex();
		index.record(entry!.witnessed, entry!.ranges);
		expect(valuesWithIds(doc.getArray('a')).map(({ value, id }) => [value, index.of(id)?.userId])).toEqual([
			['x', 'alice'],
			['y', 'alice'],
			['z', 'alice']
		]);
	});

	it('leaves out what is malformed', () => {
		const decoder = decoding.createDecoder(new TextEncoder().encode('\x05{"no'));
		expect(readWitnessMessage(decoder)).toEqual([]);
	});
});
