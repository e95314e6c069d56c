import { apiUser, commentCall, jsonBody, ok } from '$lib/server/comment-api';
import { CommentPatchInput } from '$lib/server/comment-rules';
import { deleteComment, patchComment } from '$lib/server/comments';
import type { RequestHandler } from './$types';

/** Edit your own comment's text, or resolve / reopen a thread. */
export const PATCH: RequestHandler = async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const patch = await jsonBody(request, CommentPatchInput);
	const { dealId } = await commentCall(() => patchComment(locals.context.database.db, user.id, params.commentId, patch));
	locals.context.events.emit('comments-changed', dealId);
	return ok({ ok: true });
};

/** Delete your own comment. */
export const DELETE: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	const { dealId } = await commentCall(() => deleteComment(locals.context.database.db, user.id, params.commentId));
	locals.context.events.emit('comments-changed', dealId);
	return ok({ ok: true });
};
