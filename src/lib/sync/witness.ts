import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MESSAGE_WITNESS } from './protocol.ts';

/**
 * The server is the witness of who wrote what: it records, for every update it applies, the
 * user the socket was authenticated as and its own clock. A Yjs item's id (`client`, `clock`)
 * names the update that inserted it, so "who ticked this, and when" is a lookup of the item's
 * id in that record, never what a client wrote next to it. Shared by the server (which keeps
 * the record) and the browser (which hears it in `MESSAGE_WITNESS`).
 */

/** Who sent an update, as the server authenticated them, and when it applied it (its clock, ms). */
export interface Witnessed {
	userId: string;
	name: string;
	at: number;
}

/** `len` consecutive item ids of one client, from `clock` on. */
export interface IdRange {
	client: number;
	clock: number;
	len: number;
}

export interface WitnessEntry {
	witnessed: Witnessed;
	ranges: IdRange[];
}

/** The ids of the items an update inserts, one range per client. */
export function insertedRanges(update: Uint8Array): IdRange[] {
	const { from, to } = Y.parseUpdateMeta(update);
	const ranges: IdRange[] = [];
	for (const [client, clock] of from) {
		const end = to.get(client) ?? clock;
		if (end > clock) ranges.push({ client, clock, len: end - clock });
	}
	return ranges;
}

interface Run {
	clock: number;
	len: number;
	witnessed: Witnessed;
}

/** Witnessed item ids, per client as sorted, disjoint runs. */
export class WitnessIndex {
	private readonly runs = new Map<number, Run[]>();

	/** Records every entry (a witness message's, or the server's record for a first paint). */
	recordAll(entries: WitnessEntry[]): void {
		for (const { witnessed, ranges } of entries) this.record(witnessed, ranges);
	}

	/** Records that these ids were written as witnessed; ids already known keep their record. */
	record(witnessed: Witnessed, ranges: IdRange[]): void {
		for (const { client, clock, len } of ranges) {
			if (!(len > 0)) continue;
			const list = this.runs.get(client) ?? [];
			this.runs.set(client, list);
			let start = clock;
			const end = clock + len;
			let i = this.firstEndingAfter(list, start);
			while (start < end) {
				const next = list[i];
				if (next && next.clock <= start) {
					// Already known from `next.clock` to its end.
					start = next.clock + next.len;
					i += 1;
					continue;
				}
				const stop = next ? Math.min(end, next.clock) : end;
				list.splice(i, 0, { clock: start, len: stop - start, witnessed });
				i += 1;
				start = stop;
			}
		}
	}

	/** What the server saw of the item with this id, if it saw it. */
	of(id: { client: number; clock: number } | null | undefined): Witnessed | undefined {
		if (!id) return undefined;
		const list = this.runs.get(id.client);
		if (!list) return undefined;
		const run = list[this.firstEndingAfter(list, id.clock)];
		return run && run.clock <= id.clock ? run.witnessed : undefined;
	}

	/** The records of these ids, grouped by who wrote them (what a greeting sends). */
	entriesFor(ids: Y.ID[]): WitnessEntry[] {
		const byWitness = new Map<Witnessed, IdRange[]>();
		for (const id of ids) {
			const w = this.of(id);
			if (!w) continue;
			const list = byWitness.get(w) ?? [];
			list.push({ client: id.client, clock: id.clock, len: 1 });
			byWitness.set(w, list);
		}
		return [...byWitness].map(([witnessed, ranges]) => ({ witnessed, ranges }));
	}

	/** Index of the first run that ends after `clock` (binary search). */
	private firstEndingAfter(list: Run[], clock: number): number {
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid].clock + list[mid].len <= clock) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

/** Ranges as a flat list `[client, clock, len, …]`, as messages carry them. */
export const flattenRanges = (ranges: IdRange[]): number[] => ranges.flatMap((r) => [r.client, r.clock, r.len]);

/** The ranges of a flat list; triples that are not three non-negative integers are left out. */
export function unflattenRanges(flat: readonly unknown[]): IdRange[] {
	const ranges: IdRange[] = [];
	for (let i = 0; i + 2 < flat.length; i += 3) {
		const [client, clock, len] = flat.slice(i, i + 3);
		if ([client, clock, len].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) ranges.push({ client, clock, len } as IdRange);
	}
	return ranges;
}

/** The JSON body of a witness message: `[[userId, name, at, [client, clock, len, …]], …]`. */
export type WitnessBody = [string, string, number, number[]][];
export const witnessBody = (entries: WitnessEntry[]): WitnessBody => entries.map(({ witnessed: w, ranges }) => [w.userId, w.name, w.at, flattenRanges(ranges)]);

/** `MESSAGE_WITNESS`, then the entries as JSON (`witnessBody`). */
export function encodeWitnessMessage(entries: WitnessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_WITNESS);
	encoding.writeVarString(encoder, JSON.stringify(witnessBody(entries)));
	return encoding.toUint8Array(encoder);
}

/** Reads what `encodeWitnessMessage` wrote (after its type); anything malformed is left out. */
export function readWitnessMessage(decoder: decoding.Decoder): WitnessEntry[] {
	let body: unknown;
	try {
		body = JSON.parse(decoding.readVarString(decoder));
	} catch {
		return [];
	}
	return witnessEntriesOf(body);
}

/** The entries of a witness message's body (also sent as JSON in a deal page's first paint). */
export function witnessEntriesOf(body: unknown): WitnessEntry[] {
	if (!Array.isArray(body)) return [];
	const entries: WitnessEntry[] = [];
	for (const item of body) {
		if (!Array.isArray(item) || item.length !== 4) continue;
		const [userId, name, at, flat] = item as unknown[];
		if (typeof userId !== 'string' || typeof name !== 'string' || typeof at !== 'number' || !Array.isArray(flat)) continue;
		entries.push({ witnessed: { userId, name, at }, ranges: unflattenRanges(flat) });
	}
	return entries;
}

/** The item holding a map's value under `key` (Yjs keeps it in `_map`). */
export function itemOfKey(map: Y.Map<unknown>, key: string): Y.Item | undefined {
	const item = map._map.get(key);
	return item && !item.deleted ? item : undefined;
}

/** An array's values with the id of each (a value sits at offset `i` of its item's content). */
export function valuesWithIds<T>(array: Y.Array<T>): { value: T; id: Y.ID }[] {
	const out: { value: T; id: Y.ID }[] = [];
	for (let item = array._start; item !== null; item = item.right) {
		if (item.deleted || !item.countable) continue;
		const content = item.content.getContent() as T[];
		content.forEach((value, i) => out.push({ value, id: Y.createID(item.id.client, item.id.clock + i) }));
	}
	return out;
}

/**
 * Who and when to show for a value a client may have written claims about. A witnessed item
 * shows its witness. An item the server wrote itself (template, seeded history, data from
 * before the witness existed) carries no record and shows what it says, unless the claim
 * itself was written afterwards by a client (`claimItems` witnessed): then it shows nothing.
 * (This replica's own changes the server has not witnessed yet show what it wrote itself.)
 */
export function attribute(
	witness: WitnessIndex | undefined,
	item: Y.Item | undefined,
	claim: { by: string | null; at: number | null },
	claimItems: (Y.Item | undefined)[] = []
): { by: string | null; at: number | null; name?: string } {
	if (!witness || !item) return claim;
	const w = witness.of(item.id);
	if (w) return { by: w.userId, at: w.at, name: w.name };
	if (claimItems.some((c) => c && witness.of(c.id))) return { by: null, at: null };
	return claim;
}

/** Whether the transaction changed anything under one of these root types. */
export function transactionTouches(transaction: Y.Transaction, roots: readonly object[]): boolean {
	for (const type of transaction.changed.keys()) {
		let t = type;
		while (t._item) t = t._item.parent as typeof type;
		if (roots.includes(t)) return true;
	}
	return false;
}
