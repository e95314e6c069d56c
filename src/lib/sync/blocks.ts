import * as Y from 'yjs';
import { isBuyingRole, isInfluence, isResponseMode } from '../domain/buying-roles.ts';
import { blankRoleRow, type RoleRow, type SupportEvent } from '../domain/role-row.ts';
import type { SupportScale } from '../domain/support-scale.ts';
import { valuesWithIds, type WitnessIndex } from './witness.ts';

/**
 * The Yjs layout of live blocks. A block's data lives in `doc.getMap('blocks')` under its id;
 * the Tiptap node in the body carries only that id. Every field is its own Y.Map entry, so two
 * people editing two fields of one row at once both win.
 *
 *   blocks: Y.Map<blockId, Y.Map>
 *     roleTable: { type, scale, rows: Y.Map<rowId, Y.Map<field, value>>, events: Y.Array<event> }
 *     heatmap:   { type, source: roleTable blockId }
 *   The sales-method blocks (stage checklist, pull-back plan, position, objective) are laid
 *   out in `sales-blocks.ts` and `position-blocks.ts`; the resources plan and competition in
 *   `review-blocks.ts`, all on the same map.
 */
export const BLOCKS = 'blocks';
export const BLOCK_TYPES = ['roleTable', 'heatmap', 'stageChecklist', 'pullBack', 'position', 'objective', 'resources', 'competition'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** Transaction origin of block edits made in the UI; the shared undo manager tracks it. */
export const BLOCK_EDIT_ORIGIN = 'block-edit';

export function getBlocks(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(BLOCKS);
}

export function blockType(doc: Y.Doc, blockId: string): BlockType | null {
	const type = getBlocks(doc).get(blockId)?.get('type');
	return typeof type === 'string' && (BLOCK_TYPES as readonly string[]).includes(type) ? (type as BlockType) : null;
}

/** A block's map, checked to be of the expected type. */
export function block(doc: Y.Doc, blockId: string, type: BlockType): Y.Map<unknown> {
	const b = getBlocks(doc).get(blockId);
	if (!b || b.get('type') !== type) throw new Error(`block ${blockId} is not a ${type}`);
	return b;
}

export function createRoleTable(doc: Y.Doc, blockId: string, scale: SupportScale, origin: unknown = BLOCK_EDIT_ORIGIN): void {
	doc.transact(() => {
		const b = new Y.Map<unknown>();
		b.set('type', 'roleTable');
		b.set('scale', scale);
		b.set('rows', new Y.Map());
		b.set('events', new Y.Array());
		getBlocks(doc).set(blockId, b);
	}, origin);
}

export function createHeatmap(doc: Y.Doc, blockId: string, source: string | null, origin: unknown = BLOCK_EDIT_ORIGIN): void {
	doc.transact(() => {
		const b = new Y.Map<unknown>();
		b.set('type', 'heatmap');
		b.set('source', source);
		getBlocks(doc).set(blockId, b);
	}, origin);
}

/** The first role table in the document's blocks, for a heatmap with no source yet. */
export function firstRoleTableId(doc: Y.Doc): string | null {
	for (const [id, b] of getBlocks(doc)) if (b.get('type') === 'roleTable') return id;
	return null;
}

export function heatmapSource(doc: Y.Doc, blockId: string): string | null {
	const source = block(doc, blockId, 'heatmap').get('source');
	return typeof source === 'string' && blockType(doc, source) === 'roleTable' ? source : firstRoleTableId(doc);
}

const rowsOf = (doc: Y.Doc, blockId: string) => block(doc, blockId, 'roleTable').get('rows') as Y.Map<Y.Map<unknown>>;
const eventsOf = (doc: Y.Doc, blockId: string) => block(doc, blockId, 'roleTable').get('events') as Y.Array<SupportEvent & { id: string }>;

export function roleTableScale(doc: Y.Doc, blockId: string): SupportScale {
	return block(doc, blockId, 'roleTable').get('scale') === 'eleven' ? 'eleven' : 'five';
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const intOrNull = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** A row as plain data; unknown or malformed values read as blank (clients are not trusted). */
function readRow(id: string, m: Y.Map<unknown>): RoleRow & { order: number } {
	const role = m.get('role');
	const influence = m.get('influence');
	const mode = m.get('responseMode');
	return {
		...blankRoleRow(id),
		order: typeof m.get('order') === 'number' ? (m.get('order') as number) : 0,
		contactId: strOrNull(m.get('contactId')),
		name: str(m.get('name')),
		title: str(m.get('title')),
		role: isBuyingRole(role) ? role : null,
		influence: isInfluence(influence) ? influence : null,
		support: intOrNull(m.get('support')),
		responseMode: isResponseMode(mode) ? mode : null,
		pains: str(m.get('pains')),
		orgResult: str(m.get('orgResult')),
		personalWin: str(m.get('personalWin')),
		whyThere: str(m.get('whyThere')),
		nextAction: str(m.get('nextAction')),
		actionOwner: strOrNull(m.get('actionOwner')),
		actionDue: strOrNull(m.get('actionDue'))
	};
}

/** The table's rows in display order (ties broken by id, so every replica agrees). */
export function readRoleRows(doc: Y.Doc, blockId: string): RoleRow[] {
	// A row of another Yjs type (written by a broken or hostile client) is not a row.
	const rows = [...rowsOf(doc, blockId).entries()].filter(([, m]) => m instanceof Y.Map).map(([id, m]) => readRow(id, m));
	rows.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return rows.map(({ order: _order, ...row }) => row);
}

/**
 * The table's support changes. With the server's witness, who made each and when are the
 * witness's: what a client wrote into `by` and `at` is not believed.
 */
export function readSupportEvents(doc: Y.Doc, blockId: string, witness?: WitnessIndex): (SupportEvent & { id: string })[] {
	const events = eventsOf(doc, blockId);
	if (!witness) return events.toArray();
	return valuesWithIds(events).map(({ value, id }) => {
		const w = witness.of(id);
		return w && value && typeof value === 'object' ? { ...value, by: w.userId, at: w.at } : value;
	});
}

/** Ids of the support changes' items (whose author and time the server witnesses). */
export function supportEventItemIds(doc: Y.Doc): Y.ID[] {
	const ids: Y.ID[] = [];
	for (const b of (getBlocks(doc) as Y.Map<unknown>).values()) {
		if (!(b instanceof Y.Map) || b.get('type') !== 'roleTable') continue;
		const events = b.get('events');
		if (events instanceof Y.Array) ids.push(...valuesWithIds(events).map((v) => v.id));
	}
	return ids;
}

export type EditableRowField = Exclude<keyof RoleRow, 'id' | 'support'>;

export function addRoleRow(
	doc: Y.Doc,
	blockId: string,
	rowId: string,
	init: Partial<Omit<RoleRow, 'id' | 'support'>> = {},
	origin: unknown = BLOCK_EDIT_ORIGIN
): void {
	doc.transact(() => {
		const rows = rowsOf(doc, blockId);
		let maxOrder = 0;
		for (const m of rows.values()) maxOrder = Math.max(maxOrder, (m.get('order') as number) ?? 0);
		const m = new Y.Map<unknown>();
		m.set('order', maxOrder + 1);
		for (const [k, v] of Object.entries(init)) if (v !== undefined) m.set(k, v);
		rows.set(rowId, m);
	}, origin);
}

export function setRowField<K extends EditableRowField>(
	doc: Y.Doc,
	blockId: string,
	rowId: string,
	field: K,
	value: RoleRow[K],
	origin: unknown = BLOCK_EDIT_ORIGIN
): void {
	const m = rowsOf(doc, blockId).get(rowId);
	if (!m) return;
	doc.transact(() => m.set(field, value), origin);
}

/**
 * Changes a person's support and, in the same transaction, records the change as an event
 * (who, when, from, to, note): the heatmap's timeline and the account profile read these.
 */
export function setSupport(
	doc: Y.Doc,
	blockId: string,
	rowId: string,
	to: number | null,
	by: string,
	note = '',
	at = Date.now(),
	origin: unknown = BLOCK_EDIT_ORIGIN
): void {
	const m = rowsOf(doc, blockId).get(rowId);
	if (!m) return;
	const from = intOrNull(m.get('support'));
	if (from === to) return;
	doc.transact(() => {
		m.set('support', to);
		eventsOf(doc, blockId).push([{ id: `${rowId}:${at}:${Math.random().toString(36).slice(2, 8)}`, personId: rowId, from, to, at, by, note }]);
	}, origin);
}

export function removeRoleRow(doc: Y.Doc, blockId: string, rowId: string, origin: unknown = BLOCK_EDIT_ORIGIN): void {
	doc.transact(() => rowsOf(doc, blockId).delete(rowId), origin);
}

/** Moves a row before another one (or to the end), by giving it an order key between neighbours. */
export function moveRoleRow(
	doc: Y.Doc,
	blockId: string,
	rowId: string,
	beforeRowId: string | null,
	origin: unknown = BLOCK_EDIT_ORIGIN
): void {
	const rows = rowsOf(doc, blockId);
	const m = rows.get(rowId);
	if (!m) return;
	const ordered = readRoleRows(doc, blockId).filter((r) => r.id !== rowId);
	const orderOf = (id: string) => (rows.get(id)?.get('order') as number) ?? 0;
	const index = beforeRowId ? ordered.findIndex((r) => r.id === beforeRowId) : ordered.length;
	const prev = index > 0 ? orderOf(ordered[index - 1]!.id) : null;
	const next = index >= 0 && index < ordered.length ? orderOf(ordered[index]!.id) : null;
	const order = prev === null && next === null ? 1 : prev === null ? next! - 1 : next === null ? prev + 1 : (prev + next) / 2;
	doc.transact(() => m.set('order', order), origin);
}

/** A support change with what the table says now about the person it concerns. */
export interface DocSupportEvent extends SupportEvent {
	id: string;
	blockId: string;
	personName: string;
	contactId: string | null;
	scale: SupportScale;
}

/**
 * Every support change recorded in any role table of the document, with the witness's author
 * and time when one is given (the server validates each before trusting it). Blocks, rows and event lists of the wrong shape are
 * passed over: one bad value must not hide the rest.
 */
export function collectSupportEvents(doc: Y.Doc, witness?: WitnessIndex): DocSupportEvent[] {
	const out: DocSupportEvent[] = [];
	for (const [blockId, b] of getBlocks(doc) as Y.Map<unknown>) {
		if (!(b instanceof Y.Map) || b.get('type') !== 'roleTable' || !(b.get('rows') instanceof Y.Map) || !(b.get('events') instanceof Y.Array)) continue;
		const scale = roleTableScale(doc, blockId);
		const rows = new Map(readRoleRows(doc, blockId).map((r) => [r.id, r]));
		for (const e of readSupportEvents(doc, blockId, witness) as unknown[]) {
			if (!e || typeof e !== 'object') continue;
			const event = e as SupportEvent & { id: string };
			const row = typeof event.personId === 'string' ? rows.get(event.personId) : undefined;
			out.push({ ...event, blockId, scale, personName: row?.name ?? '', contactId: row?.contactId ?? null });
		}
	}
	return out;
}
