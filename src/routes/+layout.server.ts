import { unreadInboxCount } from '$lib/server/comment-queries';
import { currentWorkspace } from '$lib/server/workspace';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const db = locals.context.database.db;
	const [workspace, unreadInbox] = locals.user
		? await Promise.all([currentWorkspace(db, locals.user.id), unreadInboxCount(db, locals.user.id)])
		: [null, 0];
	return { user: locals.user, workspace, unreadInbox };
};
