import type * as Y from 'yjs';
import { clampTemperature, COMPETITIVE_POSITIONS, URGENCIES, type CompetitivePosition, type SalesObjective, type Urgency } from '../domain/position.ts';
import { block, BLOCK_EDIT_ORIGIN, getBlocks } from './blocks.ts';
import { newBlock, oneOf, str } from './sales-blocks.ts';

/**
 * Layout of the position and single-sales-objective blocks:
 *
 *   position:  { type, urgency, competitive, competitor, temperature }
 *   objective: { type, quantity, what, whom, when, revenue }
 */

const O = BLOCK_EDIT_ORIGIN;

export interface PositionData {
	urgency: Urgency | null;
	competitive: CompetitivePosition | null;
	competitor: string;
	temperature: number;
}

export function createPosition(doc: Y.Doc, blockId: string, origin: unknown = O): void {
	newBlock(doc, blockId, 'position', (b) => b.set('temperature', 50), origin);
}

export function readPosition(doc: Y.Doc, blockId: string): PositionData {
	const b = block(doc, blockId, 'position');
	const t = b.get('temperature');
	return {
		urgency: oneOf(URGENCIES, b.get('urgency')),
		competitive: oneOf(COMPETITIVE_POSITIONS, b.get('competitive')),
		competitor: str(b.get('competitor')),
		temperature: typeof t === 'number' ? clampTemperature(t) : 50
	};
}

export function setPositionField<K extends keyof PositionData>(doc: Y.Doc, blockId: string, field: K, value: PositionData[K], origin: unknown = O): void {
	const v = field === 'temperature' ? clampTemperature(value as number) : value;
	doc.transact(() => block(doc, blockId, 'position').set(field, v), origin);
}

/** The deal's temperature: its first position block's, or null. */
export function dealTemperature(doc: Y.Doc): number | null {
	for (const [id, b] of getBlocks(doc)) if (b.get('type') === 'position') return readPosition(doc, id).temperature;
	return null;
}

export function createObjective(doc: Y.Doc, blockId: string, init: Partial<SalesObjective> = {}, origin: unknown = O): void {
	newBlock(doc, blockId, 'objective', (b) => {
		for (const [k, v] of Object.entries(init)) b.set(k, v);
	}, origin);
}

export function readObjective(doc: Y.Doc, blockId: string): SalesObjective {
	const b = block(doc, blockId, 'objective');
	return { quantity: str(b.get('quantity')), what: str(b.get('what')), whom: str(b.get('whom')), when: str(b.get('when')), revenue: str(b.get('revenue')) };
}

export function setObjectiveField(doc: Y.Doc, blockId: string, field: keyof SalesObjective, value: string, origin: unknown = O): void {
	doc.transact(() => block(doc, blockId, 'objective').set(field, value), origin);
}
