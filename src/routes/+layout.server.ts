import { unreadInboxCount } from '$lib/server/comment-queries';
import { currentWorkspace, userWorkspaces } from '$lib/server/workspace';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const db = locals.context.database.db;
	if (!locals.user) return { user: null, workspace: null, workspaces: [], unreadInbox: 0 };
	const [workspace, workspaces, unreadInbox] = await Promise.all([
		currentWorkspace(db, locals.user.id),
		userWorkspaces(db, locals.user.id),
		unreadInboxCount(db, locals.user.id)
	]);
	return { user: { id: locals.user.id, name: locals.user.name, email: locals.user.email }, workspace, workspaces, unreadInbox };
};
