import { ok } from '$lib/server/comment-api';
import { batchView, importerBatch } from '$lib/server/import/import-api';
import { getBatch, startUndo } from '$lib/server/import/imports';
import type { RequestHandler } from './$types';

/** Takes the whole import back, in the background (work done since on what it created is kept). */
export const POST: RequestHandler = async ({ locals, params }) => {
	const { batch } = await importerBatch(locals, params.batchId);
	const db = locals.context.database.db;
	const started = await startUndo(db, batch);
	if (started !== 'started') return ok({ error: started }, 409);
	void locals.context.imports.kick(batch.id);
	return ok({ batch: batchView((await getBatch(db, batch.id))!) }, 202);
};
