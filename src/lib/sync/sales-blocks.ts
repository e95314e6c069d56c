import * as Y from 'yjs';
import { BUYING_CHAIN, checkPullBackTarget, TACTICS, type ChainStage, type PullBackCheck, type ShapedBy, type Tactic } from '../domain/pull-back.ts';
import { currentSalesStage, type CriterionState, type ExitCriterion, type OpportunityQualification, type SalesStage } from '../domain/sales-stages.ts';
import { block, BLOCK_EDIT_ORIGIN, getBlocks, supportEventItemIds } from './blocks.ts';
import { attribute, itemOfKey, type WitnessIndex } from './witness.ts';

/**
 * Layout of the sales-method blocks, on the same `blocks` map as the role table:
 *
 *   stageChecklist: { type, criteria: Y.Array<ExitCriterion> (the template's, copied in),
 *                     states: Y.Map<criterionId, Y.Map{ done, doneBy, doneAt, customerConfirmed }>,
 *                     qualification: Y.Map{ statedNeed, budget, keyPerson } }
 *   pullBack:       { type, current, target, shapedBy: Y.Map<stage, ShapedBy>, tactics: Y.Map<tactic, bool>,
 *                     keyPeople: Y.Map<roleRowId, Y.Map{ a0, a1, a2, order }>,
 *                     actions: Y.Map<id, Y.Map{ text, owner, due, status, order }> }
 *   position and objective: see `position-blocks.ts`.
 *
 * Each tick, answer and action is its own map, so concurrent edits of different ones all stay.
 */

const O = BLOCK_EDIT_ORIGIN;
export const str = (v: unknown) => (typeof v === 'string' ? v : '');
const bool = (v: unknown) => v === true;
export const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null => (typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null);

export function newBlock(doc: Y.Doc, blockId: string, type: string, fill: (b: Y.Map<unknown>) => void, origin: unknown): void {
	doc.transact(() => {
		const b = new Y.Map<unknown>();
		b.set('type', type);
		fill(b);
		getBlocks(doc).set(blockId, b);
	}, origin);
}

// ---- stage checklist ----

export function createStageChecklist(doc: Y.Doc, blockId: string, criteria: ExitCriterion[], origin: unknown = O): void {
	newBlock(doc, blockId, 'stageChecklist', (b) => {
		const list = new Y.Array<ExitCriterion>();
		list.push(criteria);
		b.set('criteria', list);
		b.set('states', new Y.Map());
		b.set('qualification', new Y.Map());
	}, origin);
}

export interface ChecklistData {
	criteria: ExitCriterion[];
	states: Record<string, CriterionState & { doneBy: string | null; doneAt: number | null }>;
	qualification: OpportunityQualification;
	stage: SalesStage;
}

/**
 * The checklist. With the server's witness, who ticked an item and when are the witness's
 * record of the tick (`done`), not the `doneBy` / `doneAt` a client wrote beside it.
 */
export function readChecklist(doc: Y.Doc, blockId: string, witness?: WitnessIndex): ChecklistData {
	const b = block(doc, blockId, 'stageChecklist');
	const criteria = (b.get('criteria') as Y.Array<ExitCriterion>).toArray().filter((c) => typeof c?.id === 'string');
	const states: ChecklistData['states'] = {};
	for (const [id, m] of (b.get('states') as Y.Map<Y.Map<unknown>>).entries()) {
		if (!(m instanceof Y.Map)) continue;
		const claim = {
			by: typeof m.get('doneBy') === 'string' ? (m.get('doneBy') as string) : null,
			at: typeof m.get('doneAt') === 'number' ? (m.get('doneAt') as number) : null
		};
		const who = attribute(witness, itemOfKey(m, 'done'), claim, [itemOfKey(m, 'doneBy'), itemOfKey(m, 'doneAt')]);
		states[id] = {
			done: bool(m.get('done')),
			customerConfirmed: bool(m.get('customerConfirmed')),
			doneBy: who.by,
			doneAt: who.at
		};
	}
	const q = b.get('qualification') as Y.Map<unknown>;
	const qualification = { statedNeed: bool(q.get('statedNeed')), budget: bool(q.get('budget')), keyPerson: bool(q.get('keyPerson')) };
	return { criteria, states, qualification, stage: currentSalesStage(criteria, states) };
}

function stateMap(doc: Y.Doc, blockId: string, criterionId: string): Y.Map<unknown> {
	const states = block(doc, blockId, 'stageChecklist').get('states') as Y.Map<Y.Map<unknown>>;
	let m = states.get(criterionId);
	if (!m) {
		m = new Y.Map<unknown>();
		states.set(criterionId, m);
	}
	return m;
}

/** Ticks or unticks an item, recording who and when. */
export function setCriterionDone(doc: Y.Doc, blockId: string, criterionId: string, done: boolean, by: string, at = Date.now(), origin: unknown = O): void {
	doc.transact(() => {
		const m = stateMap(doc, blockId, criterionId);
		m.set('done', done);
		m.set('doneBy', done ? by : null);
		m.set('doneAt', done ? at : null);
	}, origin);
}

export function setCustomerConfirmed(doc: Y.Doc, blockId: string, criterionId: string, confirmed: boolean, origin: unknown = O): void {
	doc.transact(() => stateMap(doc, blockId, criterionId).set('customerConfirmed', confirmed), origin);
}

export function setQualification(doc: Y.Doc, blockId: string, key: keyof OpportunityQualification, value: boolean, origin: unknown = O): void {
	doc.transact(() => (block(doc, blockId, 'stageChecklist').get('qualification') as Y.Map<unknown>).set(key, value), origin);
}

/** The derived stage of the deal: its first stage checklist's, or null when it has none. */
export function dealStage(doc: Y.Doc): SalesStage | null {
	for (const [id, b] of getBlocks(doc)) if (b.get('type') === 'stageChecklist') return readChecklist(doc, id).stage;
	return null;
}

// ---- pull-back plan ----

export interface KeyPersonAnswers {
	rowId: string;
	answers: [string, string, string];
}

export interface PullBackAction {
	id: string;
	text: string;
	owner: string | null;
	due: string | null;
	status: 'open' | 'done';
}

export interface PullBackData {
	current: ChainStage | null;
	target: ChainStage | null;
	/** Whether the stored target is a legal pull back from the stored position. */
	targetCheck: PullBackCheck | null;
	shapedBy: Partial<Record<ChainStage, ShapedBy>>;
	tactics: Tactic[];
	keyPeople: KeyPersonAnswers[];
	actions: PullBackAction[];
}

export function createPullBack(doc: Y.Doc, blockId: string, origin: unknown = O): void {
	newBlock(doc, blockId, 'pullBack', (b) => {
		b.set('current', null);
		b.set('target', null);
		b.set('shapedBy', new Y.Map());
		b.set('tactics', new Y.Map());
		b.set('keyPeople', new Y.Map());
		b.set('actions', new Y.Map());
	}, origin);
}

export const sortByOrder = <T extends { order: number; id: string }>(list: T[]) => list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

function readShapedBy(v: unknown): ShapedBy | null {
	if (!v || typeof v !== 'object') return null;
	const k = (v as { kind?: unknown }).kind;
	if (k === 'us' || k === 'buyer') return { kind: k };
	if (k === 'competitor') return { kind: 'competitor', name: str((v as { name?: unknown }).name) };
	return null;
}

export function readPullBack(doc: Y.Doc, blockId: string): PullBackData {
	const b = block(doc, blockId, 'pullBack');
	const current = oneOf(BUYING_CHAIN, b.get('current'));
	const target = oneOf(BUYING_CHAIN, b.get('target'));
	const shapedBy: PullBackData['shapedBy'] = {};
	for (const [stage, v] of (b.get('shapedBy') as Y.Map<unknown>).entries()) {
		const s = oneOf(BUYING_CHAIN, stage);
		const value = readShapedBy(v);
		if (s && value) shapedBy[s] = value;
	}
	const tacticsMap = b.get('tactics') as Y.Map<unknown>;
	const keyPeople = sortByOrder(
		[...(b.get('keyPeople') as Y.Map<Y.Map<unknown>>).entries()].map(([id, m]) => ({
			id,
			order: Number(m.get('order')) || 0,
			answers: [str(m.get('a0')), str(m.get('a1')), str(m.get('a2'))] as [string, string, string]
		}))
	).map(({ id, answers }) => ({ rowId: id, answers }));
	const actions = sortByOrder(
		[...(b.get('actions') as Y.Map<Y.Map<unknown>>).entries()].map(([id, m]) => ({
			id,
			order: Number(m.get('order')) || 0,
			text: str(m.get('text')),
			owner: typeof m.get('owner') === 'string' && m.get('owner') !== '' ? (m.get('owner') as string) : null,
			due: typeof m.get('due') === 'string' && m.get('due') !== '' ? (m.get('due') as string) : null,
			status: m.get('status') === 'done' ? ('done' as const) : ('open' as const)
		}))
	).map(({ order: _order, ...a }) => a);
	return {
		current,
		target,
		targetCheck: current && target ? checkPullBackTarget(current, target) : null,
		shapedBy,
		tactics: TACTICS.filter((t) => tacticsMap.get(t) === true),
		keyPeople,
		actions
	};
}

export function setBuyerPosition(doc: Y.Doc, blockId: string, current: ChainStage | null, origin: unknown = O): void {
	doc.transact(() => block(doc, blockId, 'pullBack').set('current', current), origin);
}

/**
 * Sets the stage to pull the buyer back to. Refused (nothing written) when it is not earlier
 * than where the buyer stands; the result says why.
 */
export function setPullBackTarget(doc: Y.Doc, blockId: string, target: ChainStage | null, origin: unknown = O): PullBackCheck {
	const b = block(doc, blockId, 'pullBack');
	const current = oneOf(BUYING_CHAIN, b.get('current'));
	if (target !== null) {
		if (!current) return { ok: false, reason: { en: 'Say first where the buyer stands now.', 'zh-CN': '请先标出客户现在所处的阶段。' } };
		const check = checkPullBackTarget(current, target);
		if (!check.ok) return check;
	}
	doc.transact(() => b.set('target', target), origin);
	return { ok: true };
}

export function setShapedBy(doc: Y.Doc, blockId: string, stage: ChainStage, by: ShapedBy | null, origin: unknown = O): void {
	const map = block(doc, blockId, 'pullBack').get('shapedBy') as Y.Map<unknown>;
	doc.transact(() => (by ? map.set(stage, by) : map.delete(stage)), origin);
}

export function setTactic(doc: Y.Doc, blockId: string, tactic: Tactic, on: boolean, origin: unknown = O): void {
	doc.transact(() => (block(doc, blockId, 'pullBack').get('tactics') as Y.Map<unknown>).set(tactic, on), origin);
}

/** Adds a child map at the end of an ordered map (by `order`). */
export function orderedChild(doc: Y.Doc, parent: Y.Map<Y.Map<unknown>>, id: string, fields: Record<string, unknown>, origin: unknown) {
	doc.transact(() => {
		let max = 0;
		for (const m of parent.values()) max = Math.max(max, Number(m.get('order')) || 0);
		const m = new Y.Map<unknown>();
		m.set('order', max + 1);
		for (const [k, v] of Object.entries(fields)) m.set(k, v);
		parent.set(id, m);
	}, origin);
}

/** Adds a key person to meet, by their role-table row. */
export function addKeyPerson(doc: Y.Doc, blockId: string, rowId: string, origin: unknown = O): void {
	const people = block(doc, blockId, 'pullBack').get('keyPeople') as Y.Map<Y.Map<unknown>>;
	if (!people.has(rowId)) orderedChild(doc, people, rowId, { a0: '', a1: '', a2: '' }, origin);
}

export function removeKeyPerson(doc: Y.Doc, blockId: string, rowId: string, origin: unknown = O): void {
	doc.transact(() => (block(doc, blockId, 'pullBack').get('keyPeople') as Y.Map<unknown>).delete(rowId), origin);
}

export function setKeyPersonAnswer(doc: Y.Doc, blockId: string, rowId: string, question: 0 | 1 | 2, answer: string, origin: unknown = O): void {
	const m = (block(doc, blockId, 'pullBack').get('keyPeople') as Y.Map<Y.Map<unknown>>).get(rowId);
	if (m) doc.transact(() => m.set(`a${question}`, answer), origin);
}

export function addPullBackAction(doc: Y.Doc, blockId: string, id: string, text: string, origin: unknown = O): void {
	orderedChild(doc, block(doc, blockId, 'pullBack').get('actions') as Y.Map<Y.Map<unknown>>, id, { text, owner: null, due: null, status: 'open' }, origin);
}

export function setPullBackActionField(
	doc: Y.Doc,
	blockId: string,
	id: string,
	field: 'text' | 'owner' | 'due' | 'status',
	value: string | null,
	origin: unknown = O
): void {
	const m = (block(doc, blockId, 'pullBack').get('actions') as Y.Map<Y.Map<unknown>>).get(id);
	if (m) doc.transact(() => m.set(field, value), origin);
}

export function removePullBackAction(doc: Y.Doc, blockId: string, id: string, origin: unknown = O): void {
	doc.transact(() => (block(doc, blockId, 'pullBack').get('actions') as Y.Map<unknown>).delete(id), origin);
}

/**
 * Every item whose author and time the product shows: support changes, and each checklist
 * item's tick with what a client wrote beside it. The server looks these up in its record when
 * it loads a deal, and tells each client about them when it connects.
 */
export function witnessedItemIds(doc: Y.Doc): Y.ID[] {
	const ids = supportEventItemIds(doc);
	for (const b of (getBlocks(doc) as Y.Map<unknown>).values()) {
		if (!(b instanceof Y.Map) || b.get('type') !== 'stageChecklist' || !(b.get('states') instanceof Y.Map)) continue;
		for (const m of (b.get('states') as Y.Map<unknown>).values()) {
			if (!(m instanceof Y.Map)) continue;
			for (const key of ['done', 'doneBy', 'doneAt']) {
				const item = itemOfKey(m, key);
				if (item) ids.push(item.id);
			}
		}
	}
	return ids;
}
