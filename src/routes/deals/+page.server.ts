import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { effectiveDealRoleSql } from '$lib/server/access';
import { accounts, deals, users } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/require-user';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, workspace } = await requireMember(locals, url);
	const role = effectiveDealRoleSql(user.id);
	const rows = await locals.context.database.db
		.select({
			id: deals.id,
			title: deals.title,
			account: accounts.name,
			amount: deals.amount,
			currency: deals.currency,
			expectedCloseDate: deals.expectedCloseDate,
			owner: users.name,
			status: deals.status,
			stage: deals.stage,
			stageEnteredAt: deals.stageEnteredAt,
			temperature: deals.temperature,
			flags: deals.flags,
			role
		})
		.from(deals)
		.innerJoin(accounts, eq(accounts.id, deals.accountId))
		.innerJoin(users, eq(users.id, deals.ownerId))
		.where(and(eq(deals.workspaceId, workspace.id), isNotNull(role)))
		.orderBy(desc(deals.updatedAt));
	return { deals: rows };
};
