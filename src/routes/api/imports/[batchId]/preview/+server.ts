import { error } from '@sveltejs/kit';
import { jsonBody, ok } from '$lib/server/comment-api';
import { importerBatch } from '$lib/server/import/import-api';
import { MappingInput, previewBatch, saveMapping } from '$lib/server/import/imports';
import { mappingProblems } from '$lib/domain/import-plan';
import type { RequestHandler } from './$types';

/** What importing with this mapping would do, row by row, writing nothing (the mapping is kept for next time). */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const { userId, batch } = await importerBatch(locals, params.batchId);
	const mapping = await jsonBody(request, MappingInput);
	if (mapping.columns.length !== batch.headers.length) error(400, 'The mapping does not match the file’s columns.');
	const problems = mappingProblems(mapping);
	const db = locals.context.database.db;
	await saveMapping(db, batch, mapping);
	if (problems.length > 0) return ok({ problems, preview: null });
	return ok({ problems, preview: await previewBatch(db, batch, mapping, userId) });
};
