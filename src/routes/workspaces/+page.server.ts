import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { workspaceMembers, workspaces } from '$lib/server/db/schema';
import { ID_PATTERN, newId } from '$lib/ids';
import { requireUser } from '$lib/server/require-user';
import { membershipIn, rememberWorkspace, userWorkspaces } from '$lib/server/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { workspaces: await userWorkspaces(locals.context.database.db, user.id), none: url.searchParams.has('none') };
};

const Switch = z.object({ workspaceId: z.string().regex(ID_PATTERN) });
const Create = z.object({ name: z.string().trim().min(1).max(120) });

export const actions: Actions = {
	/** Works in another of the user's workspaces from now on (remembered for the user, on every device). */
	switch: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = Switch.safeParse(Object.fromEntries(await request.formData()));
		const db = locals.context.database.db;
		if (!parsed.success || !(await membershipIn(db, user.id, parsed.data.workspaceId))) return fail(403, { error: 'not_member' as const });
		await rememberWorkspace(db, user.id, parsed.data.workspaceId);
		redirect(303, '/deals');
	},
	/** A new workspace with the user as its owner, which becomes their current one. */
	create: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = Create.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'name' as const });
		const db = locals.context.database.db;
		const id = newId();
		await db.transaction(async (tx) => {
			await tx.insert(workspaces).values({ id, name: parsed.data.name });
			await tx.insert(workspaceMembers).values({ workspaceId: id, userId: user.id, role: 'owner' });
		});
		await rememberWorkspace(db, user.id, id);
		redirect(303, '/settings/members');
	}
};
