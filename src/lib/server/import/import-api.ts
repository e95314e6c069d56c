import { error } from '@sveltejs/kit';
import { apiUser } from '../comment-api.ts';
import { currentWorkspace, managesWorkspace } from '../workspace.ts';
import { getBatch, type ImportBatch } from './imports.ts';
import { ID_PATTERN } from '../../ids.ts';

/**
 * The batch an import request is about, for an owner or manager of the workspace it belongs
 * to (their current one); anyone else hears 403, a batch of another workspace does not exist.
 */
export async function importerBatch(locals: App.Locals, batchId: string): Promise<{ userId: string; batch: ImportBatch }> {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	const workspace = await currentWorkspace(db, user.id);
	if (!workspace || !managesWorkspace(workspace)) error(403, 'Only owners and managers of the workspace can import.');
	const batch = ID_PATTERN.test(batchId) ? await getBatch(db, workspace.id, batchId) : null;
	if (!batch) error(404, 'This import does not exist in your workspace.');
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
