import { commentCall, jsonBody, apiUser, ok } from '$lib/server/comment-api';
import { NewCommentInput } from '$lib/server/comment-rules';
import { createComment } from '$lib/server/comments';
import { listThreads } from '$lib/server/comment-queries';
import type { RequestHandler } from './$types';

/** The deal's threads, for anyone with a role on it. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	const threads = await commentCall(() => listThreads(locals.context.database.db, user.id, params.dealId));
	return ok({ threads });
};

/** A new thread (with an anchor) or a reply (with a threadId): editors and commenters. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const input = await jsonBody(request, NewCommentInput);
	const stored = await commentCall(() => createComment(locals.context.database.db, user.id, params.dealId, input));
	if (stored.created) locals.context.events.emit('comments-changed', params.dealId);
	return ok(stored, stored.created ? 201 : 200);
};
