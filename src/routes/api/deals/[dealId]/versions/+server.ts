import { z } from 'zod';
import { apiUser, jsonBody, ok } from '$lib/server/comment-api';
import { docFromUpdates, loadDoc } from '$lib/server/doc-store';
import { listVersions, recordVersion, versionAccess } from '$lib/server/versions';
import type { RequestHandler } from './$types';

/** The deal's versions, newest first: everyone with a role on the deal. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	await versionAccess(db, user.id, params.dealId, 'read');
	return ok({ versions: await listVersions(db, params.dealId) });
};

const NamedVersion = z.object({ name: z.string().trim().min(1, 'Give the version a name.').max(200, 'A version name has at most 200 characters.') });

/** Names the deal as it is stored now ("Before QBR"): editors. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	await versionAccess(db, user.id, params.dealId, 'name');
	const { name } = await jsonBody(request, NamedVersion);
	const doc = docFromUpdates((await loadDoc(db, params.dealId)).updates);
	try {
		return ok({ id: await recordVersion(db, params.dealId, doc, 'named', { name, by: user.id }) }, 201);
	} finally {
		doc.destroy();
	}
};
