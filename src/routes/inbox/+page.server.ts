import { inbox } from '$lib/server/comment-queries';
import { requireMember } from '$lib/server/require-user';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = await requireMember(locals, url);
	return { items: await inbox(locals.context.database.db, user.id) };
};
