import { error } from '@sveltejs/kit';
import { apiUser } from '../comment-api.ts';
import { managesWorkspace, membershipIn } from '../workspace.ts';
import { getBatch, type ImportBatch } from './imports.ts';
import { ID_PATTERN } from '../../ids.ts';

/**
 * The batch an import request is about, for an owner or manager of the workspace it belongs to
 * (whichever workspace they work in now: another tab may have switched it). A member hears 403;
 * for anyone outside the workspace, the batch does not exist.
 */
export async function importerBatch(locals: App.Locals, batchId: string): Promise<{ userId: string; batch: ImportBatch }> {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	const batch = ID_PATTERN.test(batchId) ? await getBatch(db, batchId) : null;
	const workspace = batch ? await membershipIn(db, user.id, batch.workspaceId) : null;
	if (!batch || !workspace) error(404, 'This import does not exist in your workspace.');
	if (!managesWorkspace(workspace)) error(403, 'Only owners and managers of the workspace can import.');
	return { userId: user.id, batch };
}

/** What a batch looks like to the page: where it stands, and how far a commit or undo has come. */
export function batchView(batch: ImportBatch) {
	return {
		id: batch.id,
		fileName: batch.fileName,
		encoding: batch.encoding,
		delimiter: batch.delimiter,
		headers: batch.headers,
		rowCount: batch.rowCount,
		status: batch.status,
		doneRows: batch.doneRows,
		counts: batch.counts,
		problem: batch.problem,
		createdAt: batch.createdAt.toISOString()
	};
}
