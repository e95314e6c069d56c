import { search } from '$lib/server/search';
import { snippet } from '$lib/search/terms';
import { requireMember } from '$lib/server/require-user';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, workspace } = await requireMember(locals, url);
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	const results = q.trim() ? await search(locals.context.database.db, user.id, workspace.id, q, 50) : [];
	return { q, results: results.map((r) => ({ ...r, snippet: snippet(r.body, q) })) };
};
