import { error } from '@sveltejs/kit';
import { apiUser } from '$lib/server/comment-api';
import { versionAccess, versionState } from '$lib/server/versions';
import type { RequestHandler } from './$types';

/** One version's whole document state (a Yjs update), for reading it and comparing with now. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	await versionAccess(db, user.id, params.dealId, 'read');
	const state = await versionState(db, params.dealId, params.versionId);
	if (!state) error(404, 'No such version of this deal.');
	return new Response(new Uint8Array(state), { headers: { 'content-type': 'application/octet-stream', 'cache-control': 'private, max-age=31536000, immutable' } });
};
