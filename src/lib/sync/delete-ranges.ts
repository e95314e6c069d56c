/**
 * Deleted item ranges per Yjs client, kept sorted and merged: `[clock, length]` pairs. Used to
 * track which deletions made on this device the server has not committed yet (a state vector
 * only says which items exist, never which were deleted).
 */
export type DeleteRanges = Map<number, [number, number][]>;

/** Adds `[clock, clock + len)` of `client`, merging with what touches it. */
export function addRange(ranges: DeleteRanges, client: number, clock: number, len: number): void {
	if (len <= 0) return;
	const list = ranges.get(client) ?? [];
	let start = clock;
	let end = clock + len;
	const kept: [number, number][] = [];
	for (const [c, l] of list) {
		if (c + l < start || c > end) kept.push([c, l]);
		else {
			start = Math.min(start, c);
			end = Math.max(end, c + l);
		}
	}
	kept.push([start, end - start]);
	kept.sort((a, b) => a[0] - b[0]);
	ranges.set(client, kept);
}

/** Removes from `ranges` everything `covered` holds. */
export function subtractRanges(ranges: DeleteRanges, covered: DeleteRanges): void {
	for (const [client, cuts] of covered) {
		let list = ranges.get(client);
		if (!list) continue;
		for (const [cc, cl] of cuts) {
			const cutEnd = cc + cl;
			const next: [number, number][] = [];
			for (const [c, l] of list) {
				const end = c + l;
				if (end <= cc || c >= cutEnd) next.push([c, l]);
				else {
					if (c < cc) next.push([c, cc - c]);
					if (end > cutEnd) next.push([cutEnd, end - cutEnd]);
				}
			}
			list = next;
		}
		if (list.length > 0) ranges.set(client, list);
		else ranges.delete(client);
	}
}

export function countRanges(ranges: DeleteRanges): number {
	let n = 0;
	for (const list of ranges.values()) for (const [, l] of list) n += l;
	return n;
}

/** Ranges of a Yjs DeleteSet (anything with `clients: Map<client, {clock, len}[]>`). */
export function rangesOf(ds: { clients: Map<number, { clock: number; len: number }[]> }): DeleteRanges {
	const ranges: DeleteRanges = new Map();
	for (const [client, items] of ds.clients) for (const { clock, len } of items) addRange(ranges, client, clock, len);
	return ranges;
}

/** A compact, JSON-safe form for storage on the device. */
export function serializeRanges(ranges: DeleteRanges): string {
	return JSON.stringify([...ranges]);
}

export function parseRanges(text: string | undefined | null): DeleteRanges {
	if (!text) return new Map();
	try {
		const parsed: unknown = JSON.parse(text);
		const ranges: DeleteRanges = new Map();
		if (!Array.isArray(parsed)) return ranges;
		for (const entry of parsed) {
			if (!Array.isArray(entry) || typeof entry[0] !== 'number' || !Array.isArray(entry[1])) continue;
			for (const pair of entry[1]) {
				if (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number') {
					addRange(ranges, entry[0], pair[0], pair[1]);
				}
			}
		}
		return ranges;
	} catch {
		return new Map();
	}
}
