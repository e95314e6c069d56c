import { ok } from '$lib/server/comment-api';
import { batchView, importerBatch } from '$lib/server/import/import-api';
import { discardBatch, suggestMapping } from '$lib/server/import/imports';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The batch and its progress; while it is only uploaded, a sample of each column and a suggested mapping. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const { batch } = await importerBatch(locals, params.batchId);
	const db = locals.context.database.db;
	// A half-done commit or undo whose runner is gone (its instance stopped) goes on here.
	if (locals.context.imports.isStale(batch)) void locals.context.imports.kick(batch.id);
	const suggestion = batch.status === 'uploaded' ? await suggestMapping(db, batch) : null;
	return ok({ batch: batchView(batch), suggestion });
};

/** Drops an upload that was never imported. */
export const DELETE: RequestHandler = async ({ locals, params }) => {
	const { batch } = await importerBatch(locals, params.batchId);
	if (!(await discardBatch(locals.context.database.db, batch))) error(409, 'This file has been imported; undo the import instead.');
	return ok({ discarded: true });
};
