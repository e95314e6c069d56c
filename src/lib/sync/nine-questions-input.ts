import type * as Y from 'yjs';
import type { NineQuestionsInput } from '../domain/nine-questions.ts';
import { firstRoleTableId, getBlocks, readRoleRows } from './blocks.ts';
import { readObjective, readPosition } from './position-blocks.ts';
import { dealStage, readPullBack } from './sales-blocks.ts';

/** The first block of a type, or null. */
function firstOf(doc: Y.Doc, type: string): string | null {
	for (const [id, b] of getBlocks(doc)) if (b.get('type') === type) return id;
	return null;
}

/**
 * What the nine questions read from a deal room: its first role table, position, objective and
 * pull-back plan, and the derived stage. A damaged block reads as absent rather than failing
 * the whole review. The resources plan and competition blocks are read once they exist.
 */
export function readNineQuestionsInput(doc: Y.Doc): NineQuestionsInput {
	const safe = <T>(read: () => T, fallback: T): T => {
		try {
			return read();
		} catch {
			return fallback;
		}
	};
	const table = firstRoleTableId(doc);
	const position = firstOf(doc, 'position');
	const objective = firstOf(doc, 'objective');
	const pullBack = firstOf(doc, 'pullBack');
	const p = position ? safe(() => readPosition(doc, position), null) : null;
	const shapedBy = pullBack
		? safe(
				() =>
					Object.values(readPullBack(doc, pullBack).shapedBy)
						.filter((s) => s?.kind === 'competitor')
						.map((s) => (s as { name: string }).name),
				[] as string[]
			)
		: [];
	return {
		rows: table ? safe(() => readRoleRows(doc, table), []) : [],
		stage: safe(() => dealStage(doc), null),
		position: { urgency: p?.urgency ?? null, competitive: p?.competitive ?? null, temperature: p ? p.temperature : null },
		objective: objective ? safe(() => readObjective(doc, objective), null) : null,
		resources: null,
		competitors: null,
		shapedBy: [...new Set(shapedBy.filter(Boolean))]
	};
}
