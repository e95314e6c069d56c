import * as Y from 'yjs';
import { DEFAULT_EXIT_CRITERIA } from '../domain/exit-criteria-template.ts';
import { referenceScenario } from '../domain/reference-scenario.ts';
import { addRoleRow, collectSupportEvents, setSupport } from '../sync/blocks.ts';
import { seedDealDoc, type SeedNode } from '../sync/deal-doc.ts';
import { addKeyPerson, addPullBackAction, setBuyerPosition, setCriterionDone, setCustomerConfirmed, setPullBackTarget, setQualification, setShapedBy, setTactic } from '../sync/sales-blocks.ts';
import { setObjectiveField, setPositionField } from '../sync/position-blocks.ts';
import { addResource } from '../sync/review-blocks.ts';
import { hashPassword } from './auth/password.ts';
import type { Database } from './db/client.ts';
import { accounts, contacts, dealMembers, deals, users, workspaceMembers, workspaces, workspaceTemplates } from './db/schema.ts';
import type { WorkspaceCatalog } from '../domain/nine-questions.ts';
import { deriveDealColumns, recordDealDerived, TEMPLATE_BLOCKS as B, templateBlocks, templateBody } from './deal-template.ts';
import { writeInitialSnapshot } from './doc-store.ts';
import { newId } from '../ids.ts';
import { seedDemoPipeline } from './demo-pipeline.ts';
import { recordSupportEvents } from './support-events.ts';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS = [
	{ email: 'alice@demo.test', name: 'Alice Wang', workspaceRole: 'member', dealRole: 'editor' },
	{ email: 'bob@demo.test', name: 'Bob Li', workspaceRole: 'member', dealRole: 'editor' },
	{ email: 'maya@demo.test', name: 'Maya Chen', workspaceRole: 'manager', dealRole: 'commenter' },
	{ email: 'victor@demo.test', name: 'Victor Zhao', workspaceRole: 'member', dealRole: 'viewer' }
] as const;

/** The demo workspace's one-click lists: what its team often brings, and whom it often meets. */
const DEMO_CATALOG: WorkspaceCatalog = {
	resources: [
		{ kind: 'executive', who: 'Our VP of sales 销售副总裁' },
		{ kind: 'expert', who: 'Solution architect 解决方案架构师' },
		{ kind: 'industrySpecialist', who: 'HR-tech industry specialist 人力资源行业专家' }
	],
	competitors: ['TalentSoft', '北森 Beisen', 'Moka']
};

/** The demo workspace's owner: edits every deal by her workspace role, holds no deal role of her own. */
export const DEMO_OWNER = { email: 'olivia@demo.test', name: 'Olivia Sun' } as const;

const DEMO_NOTES: SeedNode[] = [
	{
		type: 'paragraph',
		text: 'Huayuan wants to replace its in-house recruiting tools before the spring hiring season. Vice-president Liang (梁总) loves our proposal and said yes two weeks ago, yet the contract is still unsigned.'
	},
	{
		type: 'bulletList',
		items: [
			'HR manager Chen (陈经理) wants to look at more vendors before deciding.',
			'Technical lead Fang (方总) would rather build the talent pool in-house.',
			'Manager Sun (孙经理) keeps us informed about the competitor.'
		]
	},
	{ type: 'heading', level: 2, text: 'Next steps' },
	{
		type: 'paragraph',
		text: 'Show Chen how the upgraded system works at his former employer, and give Fang a deep technical session on how long our talent-pool feature took to build.'
	}
];

/** Support the demo people had in August and September: the article's "three stages". */
const HISTORY: { at: string; support: Record<string, number>; note: string }[] = [
	{ at: '2026-08-05T09:00:00Z', support: { liang: 1, sun: 0, chen: 0, fang: -1 }, note: 'First workshop 首次交流' },
	{ at: '2026-09-16T09:00:00Z', support: { liang: 2, sun: 1, chen: -1, fang: -2 }, note: 'After the proposal 方案汇报后' }
];

/** The demo deal: the reference scenario, its history, and a plan that uses every block. */
function demoBlocks(contactIds: Record<string, string>, authorId: string) {
	const base = templateBlocks('five', DEFAULT_EXIT_CRITERIA);
	return (doc: Y.Doc) => {
		base(doc);
		for (const person of referenceScenario()) {
			const { id, support: _support, ...fields } = person;
			addRoleRow(doc, B.roleTable, id, { ...fields, contactId: contactIds[id] ?? null }, 'seed');
		}
		for (const step of HISTORY) {
			for (const [id, value] of Object.entries(step.support)) {
				setSupport(doc, B.roleTable, id, value, authorId, step.note, Date.parse(step.at), 'seed');
			}
		}
		const objective = { quantity: '300 seats', what: 'recruiting platform upgrade', whom: 'Huayuan HR', when: 'January 2027', revenue: '¥480,000' };
		for (const [k, v] of Object.entries(objective)) setObjectiveField(doc, B.objective, k as keyof typeof objective, v, 'seed');
		setPositionField(doc, B.position, 'urgency', 'urgent', 'seed');
		setPositionField(doc, B.position, 'competitive', 'ahead', 'seed');
		setPositionField(doc, B.position, 'temperature', 65, 'seed');
		const ticked = ['lead-contact', 'opp-need', 'opp-budget', 'opp-key-person', 'need-pains', 'need-confirmed', 'need-process', 'acc-criteria', 'acc-demo', 'sol-proposal'];
		const at = Date.parse('2026-09-20T09:00:00Z');
		for (const id of ticked) {
			setCriterionDone(doc, B.checklist, id, true, authorId, at, 'seed');
			setCustomerConfirmed(doc, B.checklist, id, true, 'seed');
		}
		// Ticked but not yet confirmed by the customer: it does not move the deal.
		setCriterionDone(doc, B.checklist, 'sol-confirmed', true, authorId, at, 'seed');
		for (const key of ['statedNeed', 'budget', 'keyPerson'] as const) setQualification(doc, B.checklist, key, true, 'seed');
		setBuyerPosition(doc, B.pullBack, 'solution', 'seed');
		setShapedBy(doc, B.pullBack, 'requirements', { kind: 'competitor', name: 'TalentSoft' }, 'seed');
		setShapedBy(doc, B.pullBack, 'measures', { kind: 'buyer' }, 'seed');
		setPullBackTarget(doc, B.pullBack, 'requirements', 'seed');
		setTactic(doc, B.pullBack, 'smash', true, 'seed');
		setTactic(doc, B.pullBack, 'pull', true, 'seed');
		addKeyPerson(doc, B.pullBack, 'chen', 'seed');
		addKeyPerson(doc, B.pullBack, 'fang', 'seed');
		addPullBackAction(doc, B.pullBack, 'visit', 'Reference visit at Chen’s former employer 陪陈经理拜访老东家', 'seed');
		addPullBackAction(doc, B.pullBack, 'deep-dive', 'Technical deep dive on the talent pool for Fang 为方总做人才库技术交流', 'seed');
		// Question 8 partly answered: the reference visit is planned, but what the reference gets is not written down.
		addResource(doc, B.resources, 'ref-visit', { kind: 'reference', who: 'Chen’s former employer 陈经理老东家', forPersonId: 'chen', when: '2026-12-15', status: 'asked' }, 'seed');
		// The competition block is left empty: the pull-back plan names TalentSoft, so question 9 asks for it.
	};
}

/** A second deal at the same account: 梁总 again, with another influence and history. */
function secondDealBlocks(liangContactId: string, authorId: string) {
	const base = templateBlocks('five', DEFAULT_EXIT_CRITERIA);
	return (doc: Y.Doc) => {
		base(doc);
		addRoleRow(doc, B.roleTable, 'liang', { name: '梁总', title: 'Vice-president 副总裁', role: 'EB', influence: 1, contactId: liangContactId }, 'seed');
		setSupport(doc, B.roleTable, 'liang', 0, authorId, 'Budget unclear 预算未定', Date.parse('2026-07-10T09:00:00Z'), 'seed');
		setSupport(doc, B.roleTable, 'liang', 1, authorId, 'Pilot agreed 同意试点', Date.parse('2026-10-12T09:00:00Z'), 'seed');
	};
}

/** Stores a seeded deal document, the support history it holds and its derived columns. */
export async function storeSeededDeal(db: Database, deal: { id: string; accountId: string }, body: SeedNode[], blocks: (doc: Y.Doc) => void): Promise<void> {
	const doc = new Y.Doc();
	seedDealDoc(doc, body, blocks);
	await writeInitialSnapshot(db, deal.id, Y.encodeStateAsUpdate(doc));
	await recordSupportEvents(db, deal, collectSupportEvents(doc));
	await recordDealDerived(db, deal.id, deriveDealColumns(doc));
	doc.destroy();
}

export interface DemoSeedResult {
	workspaceId: string;
	dealId: string;
}

/** Creates the demo workspace, unless the database already has users. */
export async function seedDemo(db: Database): Promise<DemoSeedResult | null> {
	const existing = await db.select({ id: users.id }).from(users).limit(1);
	if (existing.length > 0) return null;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const workspaceId = newId();
	const accountId = newId();
	const dealId = newId();
	const secondDealId = newId();
	const userIds = DEMO_USERS.map(() => newId());
	const contactIds: Record<string, string> = { liang: newId(), sun: newId(), chen: newId(), fang: newId() };
	await db.transaction(async (tx) => {
		await tx.insert(workspaces).values({ id: workspaceId, name: 'Demo Sales' });
		await tx.insert(workspaceTemplates).values({ workspaceId, exitCriteria: DEFAULT_EXIT_CRITERIA, catalog: DEMO_CATALOG });
		await tx.insert(users).values(DEMO_USERS.map((u, i) => ({ id: userIds[i]!, email: u.email, name: u.name, passwordHash })));
		await tx.insert(workspaceMembers).values(DEMO_USERS.map((u, i) => ({ workspaceId, userId: userIds[i]!, role: u.workspaceRole })));
		const ownerId = newId();
		await tx.insert(users).values({ id: ownerId, email: DEMO_OWNER.email, name: DEMO_OWNER.name, passwordHash });
		await tx.insert(workspaceMembers).values({ workspaceId, userId: ownerId, role: 'owner' });
		await tx.insert(accounts).values({ id: accountId, workspaceId, name: 'Huayuan Group 华远集团', industry: 'Manufacturing' });
		await tx.insert(contacts).values(referenceScenario().map((p) => ({ id: contactIds[p.id]!, accountId, name: p.name, title: p.title })));
		await tx.insert(deals).values([
			{ id: dealId, workspaceId, accountId, title: 'Recruiting platform upgrade', amount: '480000', currency: 'CNY', expectedCloseDate: '2027-01-31', ownerId: userIds[0]!, status: 'open' },
			{ id: secondDealId, workspaceId, accountId, title: 'Campus hiring pilot', amount: '120000', currency: 'CNY', expectedCloseDate: '2027-03-15', ownerId: userIds[1]!, status: 'open' }
		]);
		await tx.insert(dealMembers).values(
			[dealId, secondDealId].flatMap((id) => DEMO_USERS.map((u, i) => ({ dealId: id, userId: userIds[i]!, role: u.dealRole })))
		);
	});
	await storeSeededDeal(db, { id: dealId, accountId }, templateBody('Recruiting platform upgrade — Huayuan Group', DEMO_NOTES), demoBlocks(contactIds, userIds[0]!));
	await storeSeededDeal(
		db,
		{ id: secondDealId, accountId },
		templateBody('Campus hiring pilot — Huayuan Group', [{ type: 'paragraph', text: 'A smaller pilot for graduate hiring, led by Bob.' }]),
		secondDealBlocks(contactIds.liang!, userIds[1]!)
	);
	await seedDemoPipeline(db, storeSeededDeal, workspaceId, userIds, DEMO_USERS, userIds[2]!);
	return { workspaceId, dealId };
}
