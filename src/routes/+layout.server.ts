import { currentWorkspace } from '$lib/server/workspace';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const workspace = locals.user ? await currentWorkspace(locals.context.database.db, locals.user.id) : null;
	return { user: locals.user, workspace };
};
