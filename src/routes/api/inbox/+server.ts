import { apiUser, ok } from '$lib/server/comment-api';
import { inbox, unreadInboxCount } from '$lib/server/comment-queries';
import type { RequestHandler } from './$types';

/** The user's mentions and replies across deals. */
export const GET: RequestHandler = async ({ locals }) => {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	const [items, unread] = await Promise.all([inbox(db, user.id), unreadInboxCount(db, user.id)]);
	return ok({ items, unread });
};
