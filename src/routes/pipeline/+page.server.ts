import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { SALES_STAGES } from '$lib/domain/sales-stages';
import type { WinRates } from '$lib/domain/funnel';
import { pipelineSnapshots, workspaceMembers, users } from '$lib/server/db/schema';
import { newId } from '$lib/ids';
import { fallbackWinRates, listSnapshots, pipelineDeals, saveWinRates, snapshotDeals, toSnapshot } from '$lib/server/pipeline';
import { requireMember } from '$lib/server/require-user';
import { managesWorkspace } from '$lib/server/workspace';
import { asc, eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, workspace } = await requireMember(locals, url);
	const db = locals.context.database.db;
	const [dealList, fallback, snapshots, members] = await Promise.all([
		pipelineDeals(db, user.id, workspace),
		fallbackWinRates(db, workspace.id),
		listSnapshots(db, workspace.id),
		db
			.select({ id: users.id, name: users.name })
			.from(workspaceMembers)
			.innerJoin(users, eq(users.id, workspaceMembers.userId))
			.where(eq(workspaceMembers.workspaceId, workspace.id))
			.orderBy(asc(users.name))
	]);
	const compareId = url.searchParams.get('compare') ?? snapshots[0]?.id ?? null;
	const compareTo = compareId ? await snapshotDeals(db, user.id, workspace.id, compareId) : null;
	return {
		deals: dealList,
		fallback,
		snapshots: snapshots.map((s) => ({ ...s, takenAt: s.takenAt.toISOString() })),
		compareId: compareTo ? compareId : null,
		compareTo,
		members,
		me: { id: user.id, name: user.name },
		canManage: managesWorkspace(workspace),
		now: Date.now()
	};
};

const Rates = z.object(Object.fromEntries(SALES_STAGES.map((s) => [s, z.coerce.number().min(0).max(100)])) as Record<(typeof SALES_STAGES)[number], z.ZodCoercedNumber>);

export const actions: Actions = {
	/** Saves the pipeline as of now, for later reviews to compare with. Managers only. */
	snapshot: async ({ locals, url }) => {
		const { user, workspace } = await requireMember(locals, url);
		if (!managesWorkspace(workspace)) return fail(403, { error: 'forbidden' as const });
		const db = locals.context.database.db;
		const all = await pipelineDeals(db, user.id, workspace);
		const id = newId();
		await db.insert(pipelineSnapshots).values({ id, workspaceId: workspace.id, takenBy: user.id, deals: all.map(toSnapshot) });
		return { snapshotSaved: id };
	},
	/** The workspace's own stage win rates, used where history is thin. Managers only. */
	winRates: async ({ locals, url, request }) => {
		const { workspace } = await requireMember(locals, url);
		if (!managesWorkspace(workspace)) return fail(403, { error: 'forbidden' as const });
		const parsed = Rates.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'rates' as const });
		const rates = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, v / 100])) as WinRates;
		await saveWinRates(locals.context.database.db, workspace.id, rates);
		return { ratesSaved: true };
	}
};
