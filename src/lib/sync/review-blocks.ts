import * as Y from 'yjs';
import { HOME_COURTS, RESOURCE_KINDS, RESOURCE_STATUSES, TENDERS, type Competitor, type HomeCourt, type ResourceItem } from '../domain/resources-competition.ts';
import { block, BLOCK_EDIT_ORIGIN } from './blocks.ts';
import { newBlock, oneOf, orderedChild, sortByOrder, str } from './sales-blocks.ts';

/**
 * Layout of the two blocks the nine questions added (questions 8 and 9), on the `blocks` map:
 *
 *   resources:   { type, items: Y.Map<id, Y.Map{ kind, who, forPersonId, when, theirWin, status, order }> }
 *   competition: { type, competitors: Y.Map<id, Y.Map{ name, homeCourt, pricePressure, tender, notes, order }> }
 *
 * Every field of every entry is its own map key, so two people editing two fields of one
 * resource (or two competitors) at once both keep their edit, as in the other blocks.
 */

const O = BLOCK_EDIT_ORIGIN;
const strOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const entries = (doc: Y.Doc, blockId: string, type: 'resources' | 'competition') =>
	block(doc, blockId, type).get(type === 'resources' ? 'items' : 'competitors') as Y.Map<Y.Map<unknown>>;

function ordered<T>(map: Y.Map<Y.Map<unknown>>, read: (id: string, m: Y.Map<unknown>) => T): T[] {
	const list: { id: string; order: number; value: T }[] = [];
	for (const [id, m] of map.entries()) {
		// A client can write anything into the document: a non-map entry is skipped, not fatal.
		if (m instanceof Y.Map) list.push({ id, order: Number(m.get('order')) || 0, value: read(id, m) });
	}
	return sortByOrder(list).map((e) => e.value);
}

// ---- resources plan (question 8) ----

export function createResources(doc: Y.Doc, blockId: string, origin: unknown = O): void {
	newBlock(doc, blockId, 'resources', (b) => b.set('items', new Y.Map()), origin);
}

export function readResources(doc: Y.Doc, blockId: string): ResourceItem[] {
	return ordered(entries(doc, blockId, 'resources'), (id, m) => ({
		id,
		kind: oneOf(RESOURCE_KINDS, m.get('kind')),
		who: str(m.get('who')),
		forPersonId: strOrNull(m.get('forPersonId')),
		when: strOrNull(m.get('when')),
		theirWin: str(m.get('theirWin')),
		status: oneOf(RESOURCE_STATUSES, m.get('status')) ?? 'planned'
	}));
}

export type ResourceInit = Partial<Omit<ResourceItem, 'id'>>;

export function addResource(doc: Y.Doc, blockId: string, id: string, init: ResourceInit = {}, origin: unknown = O): void {
	orderedChild(doc, entries(doc, blockId, 'resources'), id, { kind: null, who: '', forPersonId: null, when: null, theirWin: '', status: 'planned', ...init }, origin);
}

export function setResourceField<K extends keyof Omit<ResourceItem, 'id'>>(doc: Y.Doc, blockId: string, id: string, field: K, value: ResourceItem[K], origin: unknown = O): void {
	const m = entries(doc, blockId, 'resources').get(id);
	if (m) doc.transact(() => m.set(field, value), origin);
}

export function removeResource(doc: Y.Doc, blockId: string, id: string, origin: unknown = O): void {
	doc.transact(() => entries(doc, blockId, 'resources').delete(id), origin);
}

// ---- competition (question 9) ----

export function createCompetition(doc: Y.Doc, blockId: string, origin: unknown = O): void {
	newBlock(doc, blockId, 'competition', (b) => b.set('competitors', new Y.Map()), origin);
}

export function readCompetitors(doc: Y.Doc, blockId: string): Competitor[] {
	return ordered(entries(doc, blockId, 'competition'), (id, m) => ({
		id,
		name: str(m.get('name')),
		homeCourt: oneOf(HOME_COURTS, m.get('homeCourt')) as HomeCourt | null,
		pricePressure: m.get('pricePressure') === true,
		tender: oneOf(TENDERS, m.get('tender')) ?? 'none',
		notes: str(m.get('notes'))
	}));
}

export function addCompetitor(doc: Y.Doc, blockId: string, id: string, name: string, origin: unknown = O): void {
	orderedChild(doc, entries(doc, blockId, 'competition'), id, { name, homeCourt: null, pricePressure: false, tender: 'none', notes: '' }, origin);
}

export function setCompetitorField<K extends keyof Omit<Competitor, 'id'>>(doc: Y.Doc, blockId: string, id: string, field: K, value: Competitor[K], origin: unknown = O): void {
	const m = entries(doc, blockId, 'competition').get(id);
	if (m) doc.transact(() => m.set(field, value), origin);
}

export function removeCompetitor(doc: Y.Doc, blockId: string, id: string, origin: unknown = O): void {
	doc.transact(() => entries(doc, blockId, 'competition').delete(id), origin);
}
