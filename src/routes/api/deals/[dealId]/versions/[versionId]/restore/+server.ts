import { error } from '@sveltejs/kit';
import * as Y from 'yjs';
import { z } from 'zod';
import { restoreBlock, restoreDeal } from '$lib/history/restore';
import { canEditDocument, dealAccessFor } from '$lib/server/access';
import { apiUser, jsonBody, ok } from '$lib/server/comment-api';
import { ID_PATTERN } from '$lib/ids';
import { recordVersion, versionState } from '$lib/server/versions';
import { getBlocks } from '$lib/sync/blocks';
import type { RequestHandler } from './$types';

const Restore = z.object({ blockId: z.string().min(1).max(200).optional() });

/**
 * Restores a version, whole or one block, as a new change in the restorer's name: it syncs to
 * everyone live and merges with concurrent and offline edits; the server's document is edited,
 * never rewound. A version is kept just before and just after. Editors of open deals only.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = apiUser(locals);
	const { db } = locals.context.database;
	const access = ID_PATTERN.test(params.dealId) ? await dealAccessFor(db, user.id, params.dealId) : null;
	if (!access) error(404, 'No such deal, or you have no access to it.');
	if (access.role !== 'editor') error(403, 'Only editors of this deal can restore.');
	if (!canEditDocument(access)) error(409, `This deal is closed (${access.status}): its history can be read, not restored.`);
	const { blockId } = await jsonBody(request, Restore);
	const state = await versionState(db, params.dealId, params.versionId);
	if (!state) error(404, 'No such version of this deal.');
	const documents = locals.context.documents;
	if (!documents) error(503, 'The sync server is not running; try again in a moment.');
	const old = new Y.Doc();
	Y.applyUpdate(old, state);
	try {
		if (blockId && !getBlocks(old).has(blockId)) error(404, 'That block is not in this version.');
		// The version before ends just before the restore's own edits (the witness times them).
		const startedAt = Date.now();
		const { before, after } = await documents.edit(params.dealId, { userId: user.id, name: user.name }, (live) => {
			if (blockId) restoreBlock(live, old, blockId, user.id);
			else restoreDeal(live, old, user.id);
		});
		const kept = async (update: Uint8Array, kind: 'beforeRestore' | 'restore', at: Date) => {
			const doc = new Y.Doc();
			Y.applyUpdate(doc, update);
			try {
				return await recordVersion(db, params.dealId, doc, kind, { by: user.id, name: blockId ? `${params.versionId}#${blockId}` : params.versionId, at });
			} finally {
				doc.destroy();
			}
		};
		const beforeId = await kept(before, 'beforeRestore', new Date(startedAt - 1));
		const restoreId = await kept(after, 'restore', new Date());
		return ok({ before: beforeId, restore: restoreId });
	} finally {
		old.destroy();
	}
};
