import type * as Y from 'yjs';
import type { NineQuestionsInput } from '../domain/nine-questions.ts';
import { firstRoleTableId, getBlocks, readRoleRows } from './blocks.ts';
import { readObjective, readPosition } from './position-blocks.ts';
import { readCompetitors, readResources } from './review-blocks.ts';
import { dealStage, readPullBack } from './sales-blocks.ts';

/** The first block of a type, or null. */
export function firstOf(doc: Y.Doc, type: string): string | null {
	for (const [id, b] of getBlocks(doc)) if (b.get('type') === type) return id;
	return null;
}

/** Competitor names the first pull-back plan says shaped a stage of the buying chain, each once. */
export function competitorsNamedInPullBack(doc: Y.Doc): string[] {
	const pullBack = firstOf(doc, 'pullBack');
	if (!pullBack) return [];
	const names = Object.values(readPullBack(doc, pullBack).shapedBy).flatMap((s) => (s?.kind === 'competitor' && s.name.trim() ? [s.name.trim()] : []));
	return [...new Set(names)];
}

/**
 * What the nine questions read from a deal room: its first role table, position, objective and
 * pull-back plan, resources plan and competition, and the derived stage. A damaged block reads
 * as absent rather than failing the whole review.
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
	const resources = firstOf(doc, 'resources');
	const competition = firstOf(doc, 'competition');
	const p = position ? safe(() => readPosition(doc, position), null) : null;
	const shapedBy = safe(() => competitorsNamedInPullBack(doc), [] as string[]);
	return {
		rows: table ? safe(() => readRoleRows(doc, table), []) : [],
		stage: safe(() => dealStage(doc), null),
		position: { urgency: p?.urgency ?? null, competitive: p?.competitive ?? null, temperature: p ? p.temperature : null },
		objective: objective ? safe(() => readObjective(doc, objective), null) : null,
		resources: resources ? safe(() => readResources(doc, resources), null) : null,
		competitors: competition ? safe(() => readCompetitors(doc, competition), null) : null,
		shapedBy
	};
}
