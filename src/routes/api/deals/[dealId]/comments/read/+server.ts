import { apiUser, commentCall, ok } from '$lib/server/comment-api';
import { markRead } from '$lib/server/comment-queries';
import type { RequestHandler } from './$types';

/** The reader has seen this deal's comments: clears its unread markers and inbox items. */
export const POST: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	await commentCall(() => markRead(locals.context.database.db, user.id, params.dealId));
	return ok({ ok: true });
};
