import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { SALES_STAGES, type SalesStage } from '$lib/domain/sales-stages';
import { dealReadableBy, effectiveDealRoleSql } from '$lib/server/access';
import { accounts, deals, users } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/require-user';
import type { PageServerLoad } from './$types';

/** Stage order as SQL, so the list sorts by how far deals have come. */
const stageRank = sql<number>`array_position(${sql.raw(`array[${SALES_STAGES.map((s) => `'${s}'`).join(',')}]::text[]`)}, ${deals.stage})`;

// A Map, so a crafted `?sort=__proto__` or `constructor` finds nothing instead of a prototype.
const SORTS = new Map<string, SQL[]>(Object.entries({
	updated: [desc(deals.updatedAt)],
	stage: [sql`${stageRank} desc nulls last`, desc(deals.updatedAt)],
	temperature: [sql`${deals.temperature} desc nulls last`, desc(deals.updatedAt)],
	close: [sql`${deals.expectedCloseDate} asc nulls last`, asc(deals.title)],
	amount: [desc(deals.amount)]
}));

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, workspace } = await requireMember(locals, url);
	const role = effectiveDealRoleSql(user.id);
	const asked = url.searchParams.get('sort') ?? 'updated';
	const sort = SORTS.has(asked) ? asked : 'updated';
	const stageParam = url.searchParams.get('stage');
	const stage = (SALES_STAGES as readonly string[]).includes(stageParam ?? '') ? (stageParam as SalesStage) : null;
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
		.where(and(eq(deals.workspaceId, workspace.id), dealReadableBy(user.id), stage ? eq(deals.stage, stage) : undefined))
		.orderBy(...SORTS.get(sort)!);
	return { deals: rows, sort, stage };
};
