import { error, redirect } from '@sveltejs/kit';
import type { SessionUser } from './auth/session.ts';
import { currentWorkspace, type WorkspaceMembership } from './workspace.ts';

/** For pages behind sign-in: the user and their workspace, or a redirect to /login. */
export async function requireMember(
	locals: App.Locals,
	url: URL
): Promise<{ user: SessionUser; workspace: WorkspaceMembership }> {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	const workspace = await currentWorkspace(locals.context.database.db, locals.user.id);
	if (!workspace) error(403, 'You are not a member of any workspace.');
	return { user: locals.user, workspace };
}
