import { redirect } from '@sveltejs/kit';
import type { SessionUser } from './auth/session.ts';
import { currentWorkspace, membershipIn, rememberWorkspace, type WorkspaceMembership } from './workspace.ts';

export interface Member {
	user: SessionUser;
	workspace: WorkspaceMembership;
}

/** For pages behind sign-in: the user, or a redirect to /login that comes back here. */
export function requireUser(locals: App.Locals, url: URL): SessionUser {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

/**
 * For pages behind sign-in: the user and the workspace they work in. Someone in no workspace
 * (removed from their last one) is sent to /workspaces, which says so and lets them start one.
 */
export async function requireMember(locals: App.Locals, url: URL): Promise<Member> {
	const user = requireUser(locals, url);
	const workspace = await currentWorkspace(locals.context.database.db, user.id);
	if (!workspace) redirect(303, '/workspaces?none=1');
	return { user, workspace };
}

/**
 * For pages about one workspace's object (a deal, an account): the user's membership in *that*
 * workspace, which becomes their current one, or null when they are not in it.
 */
export async function memberOf(locals: App.Locals, url: URL, workspaceId: string | null | undefined): Promise<Member | null> {
	const user = requireUser(locals, url);
	if (!workspaceId) return null;
	const db = locals.context.database.db;
	const workspace = await membershipIn(db, user.id, workspaceId);
	if (!workspace) return null;
	await rememberWorkspace(db, user.id, workspace.id);
	return { user, workspace };
}
