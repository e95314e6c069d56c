import { apiUser, ok } from '$lib/server/comment-api';
import { search } from '$lib/server/search';
import { snippet } from '$lib/search/terms';
import { currentWorkspace } from '$lib/server/workspace';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Search the current workspace (the command palette); the same filter as every read. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	const workspace = await currentWorkspace(db, user.id);
	if (!workspace) error(403, 'You are in no workspace.');
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	const results = await search(db, user.id, workspace.id, q, Number(url.searchParams.get('limit') ?? 20) || 20);
	return ok({ q, results: results.map((r) => ({ ...r, snippet: snippet(r.body, q) })) });
};
