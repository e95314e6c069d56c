import { and, eq, isNull, sql } from 'drizzle-orm';
import { docFromUpdates, loadDoc } from './doc-store.ts';
import * as Y from 'yjs';
import { DEFAULT_EXIT_CRITERIA } from '../domain/exit-criteria-template.ts';
import { diagnoseRoles } from '../domain/role-diagnosis.ts';
import { EMPTY_CATALOG, nineQuestions, nineQuestionScore, type WorkspaceCatalog } from '../domain/nine-questions.ts';
import { readNineQuestionsInput } from '../sync/nine-questions-input.ts';
import type { ExitCriterion, SalesStage } from '../domain/sales-stages.ts';
import type { SupportScale } from '../domain/support-scale.ts';
import { createHeatmap, createRoleTable, firstRoleTableId, readRoleRows, roleTableScale } from '../sync/blocks.ts';
import { seedDealDoc, type SeedNode } from '../sync/deal-doc.ts';
import { createPullBack, createStageChecklist, dealStage } from '../sync/sales-blocks.ts';
import { createObjective, createPosition, dealTemperature } from '../sync/position-blocks.ts';
import { createCompetition, createResources } from '../sync/review-blocks.ts';
import type { Database } from './db/client.ts';
import { deals, workspaceTemplates } from './db/schema.ts';

/** Block ids of the template; stable, so seeds and tests can find them. */
export const TEMPLATE_BLOCKS = {
	objective: 'objective',
	position: 'position',
	checklist: 'stage-checklist',
	roleTable: 'demo-roles',
	heatmap: 'demo-heatmap',
	pullBack: 'pull-back',
	resources: 'resources',
	competition: 'competition'
} as const;

/** The workspace's exit criteria: its own template's, or the defaults. */
export async function workspaceExitCriteria(db: Database, workspaceId: string): Promise<ExitCriterion[]> {
	return (await workspaceTemplate(db, workspaceId)).exitCriteria;
}

/** The workspace's template as a deal page needs it: exit criteria and the one-click catalog. */
export async function workspaceTemplate(db: Database, workspaceId: string): Promise<{ exitCriteria: ExitCriterion[]; catalog: WorkspaceCatalog }> {
	const [row] = await db.select({ criteria: workspaceTemplates.exitCriteria, catalog: workspaceTemplates.catalog }).from(workspaceTemplates).where(eq(workspaceTemplates.workspaceId, workspaceId));
	return { exitCriteria: row?.criteria ?? DEFAULT_EXIT_CRITERIA, catalog: row?.catalog ?? EMPTY_CATALOG };
}

export async function saveWorkspaceCatalog(db: Database, workspaceId: string, catalog: WorkspaceCatalog): Promise<void> {
	await db
		.insert(workspaceTemplates)
		.values({ workspaceId, exitCriteria: DEFAULT_EXIT_CRITERIA, catalog })
		.onConflictDoUpdate({ target: workspaceTemplates.workspaceId, set: { catalog, updatedAt: sql`now()` } });
}

export async function saveWorkspaceExitCriteria(db: Database, workspaceId: string, criteria: ExitCriterion[]): Promise<void> {
	await db
		.insert(workspaceTemplates)
		.values({ workspaceId, exitCriteria: criteria })
		.onConflictDoUpdate({ target: workspaceTemplates.workspaceId, set: { exitCriteria: criteria, updatedAt: sql`now()` } });
}

const h2 = (text: string): SeedNode => ({ type: 'heading', level: 2, text });

/**
 * A new deal's document in the template's order: objective, position, stage checklist, role
 * table, heatmap, pull-back plan, resources plan, competition, notes. Written once, on the server, when the deal is created.
 */
export function templateBody(title: string, notes: SeedNode[] = [{ type: 'paragraph', text: '' }]): SeedNode[] {
	const b = TEMPLATE_BLOCKS;
	return [
		{ type: 'heading', level: 1, text: title },
		{ type: 'liveBlock', blockId: b.objective },
		{ type: 'liveBlock', blockId: b.position },
		{ type: 'liveBlock', blockId: b.checklist },
		{ type: 'liveBlock', blockId: b.roleTable },
		{ type: 'liveBlock', blockId: b.heatmap },
		{ type: 'liveBlock', blockId: b.pullBack },
		{ type: 'liveBlock', blockId: b.resources },
		{ type: 'liveBlock', blockId: b.competition },
		h2('Notes 笔记'),
		...notes
	];
}

export function templateBlocks(scale: SupportScale, criteria: ExitCriterion[]) {
	return (doc: Y.Doc) => {
		const b = TEMPLATE_BLOCKS;
		createObjective(doc, b.objective, {}, 'seed');
		createPosition(doc, b.position, 'seed');
		createStageChecklist(doc, b.checklist, criteria, 'seed');
		createRoleTable(doc, b.roleTable, scale, 'seed');
		createHeatmap(doc, b.heatmap, b.roleTable, 'seed');
		createPullBack(doc, b.pullBack, 'seed');
		createResources(doc, b.resources, 'seed');
		createCompetition(doc, b.competition, 'seed');
	};
}

export function newDealState(title: string, scale: SupportScale, criteria: ExitCriterion[]): Uint8Array {
	const doc = new Y.Doc();
	seedDealDoc(doc, templateBody(title), templateBlocks(scale, criteria));
	const state = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return state;
}

export interface DealDerived {
	stage: SalesStage | null;
	temperature: number | null;
	flags: string[];
	/** How many of the nine questions the room answers. */
	nineScore: number;
}

/** What the deal list and pipeline show, read from the deal document. */
export function deriveDealColumns(doc: Y.Doc): DealDerived {
	const table = firstRoleTableId(doc);
	let flags: string[] = [];
	try {
		flags = table ? diagnoseRoles(readRoleRows(doc, table), roleTableScale(doc, table)).flags.map((f) => f.kind) : [];
	} catch {
		// A damaged role table gives no diagnosis; the stage and temperature still count.
	}
	let nineScore = 0;
	try {
		nineScore = nineQuestionScore(nineQuestions(readNineQuestionsInput(doc)));
	} catch {
		// As for the diagnosis: a damaged block answers nothing, the rest still counts.
	}
	return { stage: dealStage(doc), temperature: dealTemperature(doc), flags, nineScore };
}

/** Stores the derived columns; the stage's entry time moves only when the stage changes. */
export async function recordDealDerived(db: Database, dealId: string, derived: DealDerived): Promise<void> {
	await db
		.update(deals)
		.set({
			stageEnteredAt: sql`case when ${deals.stage} is distinct from ${derived.stage} then now() else ${deals.stageEnteredAt} end`,
			stage: derived.stage,
			temperature: derived.temperature,
			flags: derived.flags,
			nineScore: derived.nineScore
		})
		.where(eq(deals.id, dealId));
}

/**
 * Deals stored before the nine-question score was kept get it from their stored room, once,
 * after start-up (in the background: the pipeline shows "—" until then).
 */
export async function backfillNineScores(db: Database): Promise<number> {
	const missing = await db.select({ id: deals.id }).from(deals).where(isNull(deals.nineScore));
	for (const { id } of missing) {
		const doc = docFromUpdates((await loadDoc(db, id)).updates);
		try {
			await db.update(deals).set({ nineScore: deriveDealColumns(doc).nineScore }).where(and(eq(deals.id, id), isNull(deals.nineScore)));
		} finally {
			doc.destroy();
		}
	}
	return missing.length;
}
