import { error } from '@sveltejs/kit';
import { ok } from '$lib/server/comment-api';
import { importerBatch } from '$lib/server/import/import-api';
import { columnValues } from '$lib/server/import/imports';
import { guessStage } from '$lib/domain/import-mapping';
import type { RequestHandler } from './$types';

/** Every distinct value of a column (most frequent first), with the stage each would be: for mapping stage values. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { batch } = await importerBatch(locals, params.batchId);
	const column = Number(url.searchParams.get('column'));
	if (!Number.isInteger(column) || column < 0 || column >= batch.headers.length) error(400, 'No such column in this file.');
	const values = await columnValues(locals.context.database.db, batch.id, column);
	return ok({ values: values.map((v) => ({ ...v, guess: guessStage(v.value) })) });
};
