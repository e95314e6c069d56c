import { recentBatches } from '$lib/server/import/imports';
import { batchView } from '$lib/server/import/import-api';
import { requireMember } from '$lib/server/require-user';
import { managesWorkspace } from '$lib/server/workspace';
import type { PageServerLoad } from './$types';

/** The import page: owners and managers bring in CSV files; others are told who can. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { workspace } = await requireMember(locals, url);
	if (!managesWorkspace(workspace)) return { allowed: false as const, workspaceId: workspace.id, workspaceName: workspace.name, recent: [] };
	const recent = await recentBatches(locals.context.database.db, workspace.id);
	return { allowed: true as const, workspaceId: workspace.id, workspaceName: workspace.name, recent: recent.map((b) => ({ ...batchView(b), createdByName: b.createdByName })) };
};
