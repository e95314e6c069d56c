import * as Y from 'yjs';
import { referenceScenario } from '../domain/reference-scenario.ts';
import type { SupportScale } from '../domain/support-scale.ts';
import { addRoleRow, collectSupportEvents, createHeatmap, createRoleTable, setSupport } from '../sync/blocks.ts';
import { seedDealDoc, type SeedNode } from '../sync/deal-doc.ts';
import { hashPassword } from './auth/password.ts';
import type { Database } from './db/client.ts';
import { accounts, contacts, dealMembers, deals, users, workspaceMembers, workspaces } from './db/schema.ts';
import { writeInitialSnapshot } from './doc-store.ts';
import { recordSupportEvents } from './support-events.ts';
import { newId } from './ids.ts';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS = [
	{ email: 'alice@demo.test', name: 'Alice Wang', workspaceRole: 'member', dealRole: 'editor' },
	{ email: 'bob@demo.test', name: 'Bob Li', workspaceRole: 'member', dealRole: 'editor' },
	{ email: 'maya@demo.test', name: 'Maya Chen', workspaceRole: 'manager', dealRole: 'commenter' },
	{ email: 'victor@demo.test', name: 'Victor Zhao', workspaceRole: 'member', dealRole: 'viewer' }
] as const;

const ROLE_TABLE_ID = 'demo-roles';
const HEATMAP_ID = 'demo-heatmap';

const DEMO_NOTES: SeedNode[] = [
	{ type: 'heading', level: 1, text: 'Recruiting platform upgrade — Huayuan Group' },
	{
		type: 'paragraph',
		text: 'Huayuan wants to replace its in-house recruiting tools before the spring hiring season. Vice-president Liang (梁总) loves our proposal and said yes two weeks ago, yet the contract is still unsigned.'
	},
	{ type: 'heading', level: 2, text: 'What we know' },
	{
		type: 'bulletList',
		items: [
			'HR manager Chen (陈经理) wants to look at more vendors before deciding.',
			'Technical lead Fang (方总) would rather build the talent pool in-house.',
			'Manager Sun (孙经理) keeps us informed about the competitor.'
		]
	},
	{ type: 'heading', level: 2, text: 'Role analysis 角色进阶分析' },
	{ type: 'liveBlock', blockId: ROLE_TABLE_ID },
	{ type: 'heading', level: 2, text: 'Support heatmap 支持度热力图' },
	{ type: 'liveBlock', blockId: HEATMAP_ID },
	{ type: 'heading', level: 2, text: 'Next steps' },
	{
		type: 'paragraph',
		text: 'Show Chen how the upgraded system works at his former employer, and give Fang a deep technical session on how long our talent-pool feature took to build.'
	}
];

/** Encodes a deal document's first state from seed nodes (and block data). */
export function initialDealState(body: SeedNode[], blocks?: (doc: Y.Doc) => void): Uint8Array {
	const doc = new Y.Doc();
	seedDealDoc(doc, body, blocks);
	const state = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return state;
}

/** Stores a seeded deal document and the support history it already holds. */
async function storeSeededDeal(
	db: Database,
	deal: { id: string; accountId: string },
	body: SeedNode[],
	blocks: (doc: Y.Doc) => void
): Promise<void> {
	const doc = new Y.Doc();
	seedDealDoc(doc, body, blocks);
	await writeInitialSnapshot(db, deal.id, Y.encodeStateAsUpdate(doc));
	await recordSupportEvents(db, deal, collectSupportEvents(doc));
	doc.destroy();
}

/** The first state of a deal created from the UI: its title, a role table and a heatmap. */
export function newDealState(title: string, scale: SupportScale): Uint8Array {
	return initialDealState(
		[
			{ type: 'heading', level: 1, text: title },
			{ type: 'paragraph', text: '' },
			{ type: 'liveBlock', blockId: ROLE_TABLE_ID },
			{ type: 'liveBlock', blockId: HEATMAP_ID },
			{ type: 'paragraph', text: '' }
		],
		(doc) => {
			createRoleTable(doc, ROLE_TABLE_ID, scale, 'seed');
			createHeatmap(doc, HEATMAP_ID, ROLE_TABLE_ID, 'seed');
		}
	);
}

/** Support the demo people had in August and September: the article's "three stages". */
const HISTORY: { at: string; support: Record<string, number>; note: string }[] = [
	{ at: '2026-08-05T09:00:00Z', support: { liang: 1, sun: 0, chen: 0, fang: -1 }, note: 'First workshop 首次交流' },
	{ at: '2026-09-16T09:00:00Z', support: { liang: 2, sun: 1, chen: -1, fang: -2 }, note: 'After the proposal 方案汇报后' }
];

/** The demo deal's blocks: the reference scenario with its August and September history. */
function demoBlocks(contactIds: Record<string, string>, authorId: string) {
	return (doc: Y.Doc) => {
		createRoleTable(doc, ROLE_TABLE_ID, 'five', 'seed');
		for (const person of referenceScenario()) {
			const { id, support: _support, ...fields } = person;
			addRoleRow(doc, ROLE_TABLE_ID, id, { ...fields, contactId: contactIds[id] ?? null }, 'seed');
		}
		for (const step of HISTORY) {
			for (const [id, value] of Object.entries(step.support)) {
				setSupport(doc, ROLE_TABLE_ID, id, value, authorId, step.note, Date.parse(step.at), 'seed');
			}
		}
		createHeatmap(doc, HEATMAP_ID, ROLE_TABLE_ID, 'seed');
	};
}

/** A second deal at the same account: 梁总 again, with another influence and history. */
function secondDealBlocks(liangContactId: string, authorId: string) {
	return (doc: Y.Doc) => {
		createRoleTable(doc, ROLE_TABLE_ID, 'five', 'seed');
		addRoleRow(doc, ROLE_TABLE_ID, 'liang', { name: '梁总', title: 'Vice-president 副总裁', role: 'EB', influence: 1, contactId: liangContactId }, 'seed');
		setSupport(doc, ROLE_TABLE_ID, 'liang', 0, authorId, 'Budget unclear 预算未定', Date.parse('2026-07-10T09:00:00Z'), 'seed');
		setSupport(doc, ROLE_TABLE_ID, 'liang', 1, authorId, 'Pilot agreed 同意试点', Date.parse('2026-10-12T09:00:00Z'), 'seed');
		createHeatmap(doc, HEATMAP_ID, ROLE_TABLE_ID, 'seed');
	};
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
		await tx.insert(users).values(
			DEMO_USERS.map((u, i) => ({ id: userIds[i]!, email: u.email, name: u.name, passwordHash }))
		);
		await tx.insert(workspaceMembers).values(
			DEMO_USERS.map((u, i) => ({ workspaceId, userId: userIds[i]!, role: u.workspaceRole }))
		);
		await tx.insert(accounts).values({ id: accountId, workspaceId, name: 'Huayuan Group 华远集团', industry: 'Manufacturing' });
		await tx.insert(contacts).values(
			referenceScenario().map((p) => ({ id: contactIds[p.id]!, accountId, name: p.name, title: p.title }))
		);
		await tx.insert(deals).values({
			id: dealId,
			workspaceId,
			accountId,
			title: 'Recruiting platform upgrade',
			amount: '480000',
			currency: 'CNY',
			expectedCloseDate: '2027-01-31',
			ownerId: userIds[0]!,
			status: 'open'
		});
		await tx.insert(deals).values({
			id: secondDealId,
			workspaceId,
			accountId,
			title: 'Campus hiring pilot',
			amount: '120000',
			currency: 'CNY',
			expectedCloseDate: '2027-03-15',
			ownerId: userIds[1]!,
			status: 'open'
		});
		await tx.insert(dealMembers).values([
			...DEMO_USERS.map((u, i) => ({ dealId, userId: userIds[i]!, role: u.dealRole })),
			...DEMO_USERS.map((u, i) => ({ dealId: secondDealId, userId: userIds[i]!, role: u.dealRole }))
		]);
	});
	await storeSeededDeal(db, { id: dealId, accountId }, DEMO_NOTES, demoBlocks(contactIds, userIds[0]!));
	await storeSeededDeal(
		db,
		{ id: secondDealId, accountId },
		[
			{ type: 'heading', level: 1, text: 'Campus hiring pilot — Huayuan Group' },
			{ type: 'paragraph', text: 'A smaller pilot for graduate hiring, led by Bob.' },
			{ type: 'liveBlock', blockId: ROLE_TABLE_ID },
			{ type: 'liveBlock', blockId: HEATMAP_ID },
			{ type: 'paragraph', text: '' }
		],
		secondDealBlocks(contactIds.liang!, userIds[1]!)
	);
	return { workspaceId, dealId };
}
