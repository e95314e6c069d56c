import { and, desc, eq, sql } from 'drizzle-orm';
import { DEFAULT_WIN_RATES, type FunnelDeal, type WinRates } from '../domain/funnel.ts';
import type { SnapshotDeal } from '../domain/pipeline-compare.ts';
import { dealReadableBy, effectiveDealRoleSql } from './access.ts';
import { commentAllowed } from './comment-rules.ts';
import type { Database } from './db/client.ts';
import { accounts, comments, deals, pipelineSnapshots, users, workspaceWinRates } from './db/schema.ts';
import type { WorkspaceMembership } from './workspace.ts';

export interface PipelineDeal extends FunnelDeal, SnapshotDeal {
	currency: string;
	ownerName: string;
	accountName: string;
	temperature: number | null;
	flags: string[];
	openThreads: number;
	/** Whether the viewer may comment on it (editors and commenters). */
	canComment: boolean;
}

/**
 * Every deal of the workspace the user can see: managers and owners see them all (that is
 * what a pipeline review is), members the deals they have a role on.
 */
export async function pipelineDeals(db: Database, userId: string, workspace: WorkspaceMembership): Promise<PipelineDeal[]> {
	const role = effectiveDealRoleSql(userId);
	const rows = await db
		.select({
			id: deals.id,
			title: deals.title,
			stage: deals.stage,
			status: deals.status,
			amount: deals.amount,
			currency: deals.currency,
			expectedCloseDate: deals.expectedCloseDate,
			stageEnteredAt: deals.stageEnteredAt,
			ownerId: deals.ownerId,
			ownerName: users.name,
			accountName: accounts.name,
			temperature: deals.temperature,
			flags: deals.flags,
			nineScore: deals.nineScore,
			role,
			openThreads: sql<number>`(select count(*)::int from ${comments} c where c.deal_id = ${deals.id} and c.id = c.thread_id and c.resolved_at is null)`
		})
		.from(deals)
		.innerJoin(users, eq(users.id, deals.ownerId))
		.innerJoin(accounts, eq(accounts.id, deals.accountId))
		.where(and(eq(deals.workspaceId, workspace.id), dealReadableBy(userId)))
		.orderBy(deals.expectedCloseDate);
	return rows.map(({ role, stageEnteredAt, amount, ...r }) => ({
		...r,
		canComment: commentAllowed(role, 'comment'),
		amount: Number(amount),
		stageEnteredAt: stageEnteredAt?.getTime() ?? null
	}));
}

/** The workspace's own fallback win rates, or the defaults. */
export async function fallbackWinRates(db: Database, workspaceId: string): Promise<WinRates> {
	const [row] = await db.select({ rates: workspaceWinRates.rates }).from(workspaceWinRates).where(eq(workspaceWinRates.workspaceId, workspaceId));
	return { ...DEFAULT_WIN_RATES, ...(row?.rates ?? {}) };
}

export async function saveWinRates(db: Database, workspaceId: string, rates: WinRates): Promise<void> {
	await db
		.insert(workspaceWinRates)
		.values({ workspaceId, rates })
		.onConflictDoUpdate({ target: workspaceWinRates.workspaceId, set: { rates, updatedAt: new Date() } });
}

export async function listSnapshots(db: Database, workspaceId: string) {
	return db
		.select({ id: pipelineSnapshots.id, takenAt: pipelineSnapshots.takenAt, takenByName: users.name })
		.from(pipelineSnapshots)
		.innerJoin(users, eq(users.id, pipelineSnapshots.takenBy))
		.where(eq(pipelineSnapshots.workspaceId, workspaceId))
		.orderBy(desc(pipelineSnapshots.takenAt));
}

/**
 * A saved review's deals, as far as this reader may open them today: a member never sees, even
 * as "gone", a deal of a manager's snapshot that they cannot open.
 */
export async function snapshotDeals(db: Database, userId: string, workspaceId: string, id: string): Promise<SnapshotDeal[] | null> {
	const [[row], readable] = await Promise.all([
		db
			.select({ deals: pipelineSnapshots.deals })
			.from(pipelineSnapshots)
			.where(and(eq(pipelineSnapshots.id, id), eq(pipelineSnapshots.workspaceId, workspaceId))),
		db.select({ id: deals.id }).from(deals).where(and(eq(deals.workspaceId, workspaceId), dealReadableBy(userId)))
	]);
	if (!row) return null;
	const ids = new Set(readable.map((d) => d.id));
	return row.deals.filter((d) => ids.has(d.id));
}

/** What a snapshot keeps of a deal. */
export function toSnapshot(d: PipelineDeal): SnapshotDeal {
	return { id: d.id, title: d.title, stage: d.stage, status: d.status, amount: d.amount, expectedCloseDate: d.expectedCloseDate, ownerId: d.ownerId, nineScore: d.nineScore };
}

