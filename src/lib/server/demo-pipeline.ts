import { eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import { DEFAULT_EXIT_CRITERIA } from '../domain/exit-criteria-template.ts';
import type { SnapshotDeal } from '../domain/pipeline-compare.ts';
import { SALES_STAGES, type SalesStage } from '../domain/sales-stages.ts';
import { setPositionField } from '../sync/position-blocks.ts';
import { setCriterionDone, setCustomerConfirmed } from '../sync/sales-blocks.ts';
import type { Database } from './db/client.ts';
import { accounts, dealMembers, deals, pipelineSnapshots } from './db/schema.ts';
import { TEMPLATE_BLOCKS as B, templateBlocks, templateBody } from './deal-template.ts';
import { newId } from '../ids.ts';

interface PipelineDeal {
	title: string;
	account: number;
	owner: number;
	amount: number;
	close: string;
	status: 'open' | 'won' | 'lost';
	stage: SalesStage;
	temperature: number;
	/** Days the deal has been at its stage. */
	daysAtStage: number;
	/** Its stage at the last review; absent: it was not in the pipeline then. */
	lastReview?: SalesStage;
}

const ACCOUNTS = ['Shenzhou Logistics 神州物流', 'Jinghua Retail 京华零售', 'Blue Harbor Bank 蓝港银行'];

/** A team's pipeline with some history, so the review page, its funnel and its win rates are real. */
const PIPELINE: PipelineDeal[] = [
	{ title: 'Warehouse staffing suite', account: 0, owner: 0, amount: 260000, close: '2026-12-20', status: 'open', stage: 'riskAssessment', temperature: 70, daysAtStage: 9, lastReview: 'solutionConfirmed' },
	{ title: 'Store manager onboarding', account: 1, owner: 1, amount: 90000, close: '2027-02-28', status: 'open', stage: 'needsConfirmed', temperature: 45, daysAtStage: 41, lastReview: 'needsConfirmed' },
	{ title: 'Branch talent review', account: 2, owner: 0, amount: 350000, close: '2027-04-30', status: 'open', stage: 'customerAcceptance', temperature: 40, daysAtStage: 5, lastReview: 'solutionConfirmed' },
	{ title: 'Graduate programme 2027', account: 2, owner: 1, amount: 60000, close: '2027-06-30', status: 'open', stage: 'lead', temperature: 30, daysAtStage: 3 },
	{ title: 'Driver recruiting app', account: 0, owner: 1, amount: 150000, close: '2026-09-30', status: 'won', stage: 'orderConfirmed', temperature: 90, daysAtStage: 60 },
	{ title: 'Payroll integration', account: 1, owner: 0, amount: 80000, close: '2026-08-31', status: 'won', stage: 'orderConfirmed', temperature: 85, daysAtStage: 90 },
	{ title: 'HR analytics pilot', account: 2, owner: 0, amount: 120000, close: '2026-07-31', status: 'lost', stage: 'solutionConfirmed', temperature: 20, daysAtStage: 120 },
	{ title: 'Seasonal hiring desk', account: 1, owner: 1, amount: 40000, close: '2026-06-30', status: 'lost', stage: 'needsConfirmed', temperature: 15, daysAtStage: 150 },
	{ title: 'Compliance training', account: 0, owner: 0, amount: 70000, close: '2026-10-31', status: 'won', stage: 'riskAssessment', temperature: 80, daysAtStage: 40 }
];

/** Ticks every required exit criterion before `stage`, customer-confirmed, so the document derives it. */
function reachStage(stage: SalesStage, authorId: string, temperature: number) {
	const base = templateBlocks('five', DEFAULT_EXIT_CRITERIA);
	const before = SALES_STAGES.slice(0, SALES_STAGES.indexOf(stage));
	return (doc: Y.Doc) => {
		base(doc);
		for (const c of DEFAULT_EXIT_CRITERIA) {
			if (!before.includes(c.stage)) continue;
			setCriterionDone(doc, B.checklist, c.id, true, authorId, Date.parse('2026-06-01T09:00:00Z'), 'seed');
			if (c.needsCustomerConfirmation) setCustomerConfirmed(doc, B.checklist, c.id, true, 'seed');
		}
		setPositionField(doc, B.position, 'temperature', temperature, 'seed');
	};
}

type Store = (db: Database, deal: { id: string; accountId: string }, body: ReturnType<typeof templateBody>, blocks: (doc: Y.Doc) => void) => Promise<void>;

/** Adds the demo pipeline and a review saved a week ago that the page compares against. */
export async function seedDemoPipeline(db: Database, store: Store, workspaceId: string, userIds: string[], roles: readonly { dealRole: 'editor' | 'commenter' | 'viewer' }[], managerId: string): Promise<void> {
	const accountIds = ACCOUNTS.map(() => newId());
	await db.insert(accounts).values(ACCOUNTS.map((name, i) => ({ id: accountIds[i]!, workspaceId, name, industry: '' })));
	const lastReview: SnapshotDeal[] = [];
	const now = Date.now();
	for (const d of PIPELINE) {
		const id = newId();
		const ownerId = userIds[d.owner]!;
		await db.insert(deals).values({ id, workspaceId, accountId: accountIds[d.account]!, title: d.title, amount: String(d.amount), currency: 'CNY', expectedCloseDate: d.close, ownerId, status: 'open' });
		await db.insert(dealMembers).values(roles.map((r, i) => ({ dealId: id, userId: userIds[i]!, role: r.dealRole })));
		await store(db, { id, accountId: accountIds[d.account]! }, templateBody(d.title), reachStage(d.stage, ownerId, d.temperature));
		await db.update(deals).set({ status: d.status, stageEnteredAt: new Date(now - d.daysAtStage * 86_400_000) }).where(eq(deals.id, id));
		if (d.status === 'open' && d.lastReview) lastReview.push({ id, title: d.title, stage: d.lastReview, status: 'open', amount: d.amount, expectedCloseDate: d.close, ownerId });
	}
	await db.insert(pipelineSnapshots).values({ id: newId(), workspaceId, takenBy: managerId, takenAt: new Date(now - 7 * 86_400_000), deals: lastReview });
}
