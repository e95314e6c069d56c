import { fail, redirect } from '@sveltejs/kit';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, deals, users, workspaceMembers } from '$lib/server/db/schema';
import { newDealState, workspaceExitCriteria } from '$lib/server/deal-template';
import { writeInitialSnapshot } from '$lib/server/doc-store';
import { dealDocEntries, indexDealDoc } from '$lib/server/search';
import * as Y from 'yjs';
import { newId } from '$lib/ids';
import { requireMember } from '$lib/server/require-user';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, workspace } = await requireMember(locals, url);
	const db = locals.context.database.db;
	const [accountList, members] = await Promise.all([
		db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(eq(accounts.workspaceId, workspace.id)).orderBy(asc(accounts.name)),
		db
			.select({ id: users.id, name: users.name })
			.from(workspaceMembers)
			.innerJoin(users, eq(users.id, workspaceMembers.userId))
			.where(eq(workspaceMembers.workspaceId, workspace.id))
			.orderBy(asc(users.name))
	]);
	return { accounts: accountList, members, selectedAccount: url.searchParams.get('account'), me: user.id };
};

const NewDeal = z.object({
	title: z.string().trim().min(1).max(200),
	accountId: z.string().min(1),
	amount: z.coerce.number().min(0).max(1e12),
	currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/),
	expectedCloseDate: z.union([z.literal(''), z.iso.date()]),
	ownerId: z.string().min(1)
});

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { workspace } = await requireMember(locals, url);
		const form = Object.fromEntries(await request.formData());
		const parsed = NewDeal.safeParse(form);
		const values = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
		if (!parsed.success) return fail(400, { values, error: String(parsed.error.issues[0]?.path[0] ?? 'title') });
		const db = locals.context.database.db;
		const input = parsed.data;
		// Both must belong to this workspace: ids from the form are not trusted.
		const [account] = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, workspace.id)));
		const [owner] = await db.select({ id: workspaceMembers.userId }).from(workspaceMembers).where(and(eq(workspaceMembers.userId, input.ownerId), eq(workspaceMembers.workspaceId, workspace.id)));
		if (!account) return fail(400, { values, error: 'accountId' });
		if (!owner) return fail(400, { values, error: 'ownerId' });
		const id = newId();
		const state = newDealState(input.title, workspace.supportScale, await workspaceExitCriteria(db, workspace.id));
		// The row and its seeded document together: never a deal whose room is missing its template.
		await db.transaction(async (tx) => {
			await tx.insert(deals).values({
				id,
				workspaceId: workspace.id,
				accountId: account.id,
				title: input.title,
				amount: input.amount.toFixed(2),
				currency: input.currency,
				expectedCloseDate: input.expectedCloseDate || null,
				ownerId: owner.id
			});
			await writeInitialSnapshot(tx, id, state);
		});
		// Findable at once, before anyone opens it (should this fail, start-up indexes what is missing).
		const doc = new Y.Doc();
		Y.applyUpdate(doc, state);
		await indexDealDoc(db, { id, workspaceId: workspace.id, title: input.title }, dealDocEntries(doc)).catch(() => {});
		doc.destroy();
		redirect(303, `/deals/${id}`);
	}
};
