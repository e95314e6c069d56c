import * as Y from 'yjs';
import { getBlocks } from '$lib/sync/blocks';
import { getBody } from '$lib/sync/deal-doc';

/**
 * Restoring a version as a forward change: the live document is edited until it says what the
 * version said, never rewound. Parts are matched by their Yjs identity, so what was not changed
 * since the version is left alone (and concurrent or offline edits to it merge as usual), what
 * was added since is deleted, what was deleted since is written again as new content, and text
 * changed since is edited back character by character. Logs (support changes) only grow: a
 * support value put back is recorded as a change of its own.
 */

type Parent = Y.XmlFragment | Y.XmlElement | Y.Array<unknown>;

/** Ids of a type's children in order (one per child; an item of several values gives each its own). */
function childIds(type: Parent): string[] {
	const ids: string[] = [];
	for (let item = (type as unknown as { _start: Y.Item | null })._start; item; item = item.right) {
		if (item.deleted || !item.countable) continue;
		for (let i = 0; i < item.length; i++) ids.push(`${item.id.client}:${item.id.clock + i}`);
	}
	return ids;
}

/** A copy of a child of the old document that can be inserted into the live one. */
function copyOf(value: unknown): unknown {
	if (value instanceof Y.AbstractType) return (value as unknown as { clone(): unknown }).clone();
	return value;
}

function sameJson(a: unknown, b: unknown): boolean {
	const json = (v: unknown) => JSON.stringify(v instanceof Y.AbstractType ? v.toJSON() : v);
	return json(a) === json(b);
}

/** Makes a list (the body, a list, a table, a Y.Array) hold what the old one held, by identity. */
function revertChildren(live: Parent, old: Parent): void {
	const oldIds = childIds(old);
	const keep = new Set(oldIds);
	const liveIds = childIds(live);
	for (let i = liveIds.length - 1; i >= 0; i--) if (!keep.has(liveIds[i]!)) live.delete(i, 1);
	const remaining = childIds(live);
	const oldChildren = old.toArray();
	// What is left is in the old order (a CRDT never reorders): walk both, writing back what is missing.
	let next = 0;
	for (const [at, id] of oldIds.entries()) {
		if (remaining[next] === id) {
			revertValue(live.get(at), oldChildren[at]);
			next++;
		} else {
			(live as Y.Array<unknown>).insert(at, [copyOf(oldChildren[at])]);
		}
	}
}

/** Text back to the old text: the changed middle replaced, the formatting of the old text applied. */
function revertText(live: Y.XmlText | Y.Text, old: Y.XmlText | Y.Text): void {
	const before = live.toString() === old.toString() ? null : { live: plain(live), old: plain(old) };
	if (before) {
		const a = before.live;
		const b = before.old;
		let start = 0;
		while (start < a.length && start < b.length && a[start] === b[start]) start++;
		let end = 0;
		while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
		if (a.length - start - end > 0) live.delete(start, a.length - start - end);
		if (b.length - start - end > 0) live.insert(start, b.slice(start, b.length - end));
	}
	// Formatting: each run of the old text, with every mark it had and none it did not.
	let index = 0;
	const liveMarks = new Set<string>();
	for (const op of live.toDelta() as { attributes?: Record<string, unknown> }[]) Object.keys(op.attributes ?? {}).forEach((k) => liveMarks.add(k));
	for (const op of old.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
		const length = typeof op.insert === 'string' ? op.insert.length : 1;
		const attributes: Record<string, unknown> = {};
		for (const k of liveMarks) attributes[k] = null;
		Object.assign(attributes, op.attributes ?? {});
		if (Object.keys(attributes).length > 0) live.format(index, length, attributes);
		index += length;
	}
}

const plain = (t: Y.XmlText | Y.Text) =>
	(t.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '\u0000')).join('');

function revertAttributes(live: Y.XmlElement, old: Y.XmlElement): void {
	const want = old.getAttributes();
	for (const key of Object.keys(live.getAttributes())) if (!(key in want)) live.removeAttribute(key);
	for (const [key, value] of Object.entries(want)) if (!sameJson(live.getAttribute(key), value)) live.setAttribute(key, value as string);
}

/** Makes a map hold what the old one held: keys added since removed, values put back. */
function revertMap(live: Y.Map<unknown>, old: Y.Map<unknown>, skip: (key: string) => boolean = () => false): void {
	for (const key of [...live.keys()]) if (!old.has(key) && !skip(key)) live.delete(key);
	for (const [key, value] of old.entries()) {
		if (skip(key)) continue;
		const current = live.get(key);
		if (current === undefined) live.set(key, copyOf(value));
		else revertValue(current, value, (v) => live.set(key, copyOf(v)));
	}
}

/** Puts `old` back into `live` where both are the same kind of thing; otherwise replaces it. */
function revertValue(live: unknown, old: unknown, replace?: (v: unknown) => void): void {
	if (live instanceof Y.XmlText && old instanceof Y.XmlText) return revertText(live, old);
	if (live instanceof Y.Text && old instanceof Y.Text) return revertText(live, old);
	if (live instanceof Y.XmlElement && old instanceof Y.XmlElement && live.nodeName === old.nodeName) {
		revertAttributes(live, old);
		return revertChildren(live, old);
	}
	if (live instanceof Y.Map && old instanceof Y.Map) return revertMap(live, old);
	if (live instanceof Y.Array && old instanceof Y.Array) return revertChildren(live, old);
	if (!sameJson(live, old)) replace?.(old);
}

/**
 * One live block back to the version's data (e.g. only the role table). A block the version did
 * not have is left as it is. Support values put back are logged as changes by `by`.
 */
export function restoreBlock(live: Y.Doc, old: Y.Doc, blockId: string, by: string, at = Date.now()): boolean {
	const was = getBlocks(old).get(blockId);
	if (!(was instanceof Y.Map)) return false;
	const blocks = getBlocks(live);
	const now = blocks.get(blockId);
	if (!(now instanceof Y.Map) || now.get('type') !== was.get('type')) {
		blocks.set(blockId, copyOf(was) as Y.Map<unknown>);
		return true;
	}
	if (was.get('type') === 'roleTable') {
		const rows = now.get('rows');
		const support = new Map<string, number | null>();
		if (rows instanceof Y.Map) for (const [id, r] of rows.entries()) if (r instanceof Y.Map) support.set(id, (r.get('support') as number | null) ?? null);
		revertMap(now, was, (key) => key === 'events');
		const events = now.get('events');
		const after = now.get('rows');
		if (events instanceof Y.Array && after instanceof Y.Map) {
			for (const [id, r] of after.entries()) {
				if (!(r instanceof Y.Map) || !support.has(id)) continue;
				const from = support.get(id) ?? null;
				const to = (r.get('support') as number | null) ?? null;
				if (from !== to) events.push([{ id: `${id}:${at}:restore`, personId: id, from, to, at, by, note: 'restore' }]);
			}
		}
		return true;
	}
	revertMap(now, was);
	return true;
}

/** The whole deal back to the version: its text and every block it had (blocks added since go). */
export function restoreDeal(live: Y.Doc, old: Y.Doc, by: string, at = Date.now()): void {
	revertChildren(getBody(live), getBody(old));
	const blocks = getBlocks(live);
	const oldBlocks = getBlocks(old);
	for (const id of [...blocks.keys()]) if (!oldBlocks.has(id)) blocks.delete(id);
	for (const id of oldBlocks.keys()) restoreBlock(live, old, id, by, at);
}
