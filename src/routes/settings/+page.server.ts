import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { SUPPORT_SCALES } from '$lib/domain/support-scale';
import { workspaces } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/require-user';
import { managesWorkspace } from '$lib/server/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { workspace } = await requireMember(locals, url);
	return { scale: workspace.supportScale, canEdit: managesWorkspace(workspace) };
};

const Settings = z.object({ supportScale: z.enum(SUPPORT_SCALES) });

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { workspace } = await requireMember(locals, url);
		if (!managesWorkspace(workspace)) return fail(403, { error: 'forbidden' as const });
		const parsed = Settings.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		await locals.context.database.db.update(workspaces).set({ supportScale: parsed.data.supportScale }).where(eq(workspaces.id, workspace.id));
		return { saved: true };
	}
};
