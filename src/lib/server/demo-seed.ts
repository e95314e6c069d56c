import * as Y from 'yjs';
import { seedDealDoc, type SeedNode } from '../sync/deal-doc.ts';
import { hashPassword } from './auth/password.ts';
import type { Database } from './db/client.ts';
import { accounts, contacts, dealMembers, deals, users, workspaceMembers, workspaces } from './db/schema.ts';
import { writeInitialSnapshot } from './doc-store.ts';
import { newId } from './ids.ts';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS = [
	{ email: 'alice@demo.test', name: 'Alice Wang', workspaceRole: 'member', dealRole: 'editor' },
	{ email: 'bob@demo.test', name: 'Bob Li', workspaceRole: 'member', dealRole: 'editor' },
	{ email: 'maya@demo.test', name: 'Maya Chen', workspaceRole: 'manager', dealRole: 'commenter' },
	{ email: 'victor@demo.test', name: 'Victor Zhao', workspaceRole: 'member', dealRole: 'viewer' }
] as const;

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
	{ type: 'heading', level: 2, text: 'Next steps' },
	{
		type: 'paragraph',
		text: 'Show Chen how the upgraded system works at his former employer, and give Fang a deep technical session on how long our talent-pool feature took to build.'
	}
];

/** Encodes a deal document's first state from seed nodes. */
export function initialDealState(body: SeedNode[]): Uint8Array {
	const doc = new Y.Doc();
	seedDealDoc(doc, body);
	const state = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return state;
}

/** The first content of a deal created from the UI. */
export function newDealBody(title: string): SeedNode[] {
	return [
		{ type: 'heading', level: 1, text: title },
		{ type: 'paragraph', text: '' }
	];
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
	const userIds = DEMO_USERS.map(() => newId());
	await db.transaction(async (tx) => {
		await tx.insert(workspaces).values({ id: workspaceId, name: 'Demo Sales' });
		await tx.insert(users).values(
			DEMO_USERS.map((u, i) => ({ id: userIds[i]!, email: u.email, name: u.name, passwordHash }))
		);
		await tx.insert(workspaceMembers).values(
			DEMO_USERS.map((u, i) => ({ workspaceId, userId: userIds[i]!, role: u.workspaceRole }))
		);
		await tx.insert(accounts).values({ id: accountId, workspaceId, name: 'Huayuan Group 华远集团', industry: 'Manufacturing' });
		await tx.insert(contacts).values([
			{ id: newId(), accountId, name: '梁总 Liang', title: 'Vice-president' },
			{ id: newId(), accountId, name: '孙经理 Sun', title: 'Manager' },
			{ id: newId(), accountId, name: '陈经理 Chen', title: 'HR manager' },
			{ id: newId(), accountId, name: '方总 Fang', title: 'Technical lead' }
		]);
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
		await tx.insert(dealMembers).values(
			DEMO_USERS.map((u, i) => ({ dealId, userId: userIds[i]!, role: u.dealRole }))
		);
	});
	await writeInitialSnapshot(db, dealId, initialDealState(DEMO_NOTES));
	return { workspaceId, dealId };
}
