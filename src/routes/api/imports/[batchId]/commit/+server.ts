import { error } from '@sveltejs/kit';
import { jsonBody, ok } from '$lib/server/comment-api';
import { batchView, importerBatch } from '$lib/server/import/import-api';
import { getBatch, MappingInput, startImport } from '$lib/server/import/imports';
import { mappingProblems } from '$lib/domain/import-plan';
import type { RequestHandler } from './$types';

/** Imports the file with this mapping, in the background; the page follows its progress. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const { batch } = await importerBatch(locals, params.batchId);
	const mapping = await jsonBody(request, MappingInput);
	if (mapping.columns.length !== batch.headers.length) error(400, 'The mapping does not match the file’s columns.');
	if (mappingProblems(mapping).length > 0) error(400, 'The mapping cannot import anything yet: check the columns.');
	const db = locals.context.database.db;
	const started = await startImport(db, batch, mapping);
	// One import at a time per workspace; a batch starts once.
	if (started !== 'started') return ok({ error: started }, 409);
	void locals.context.imports.kick(batch.id);
	return ok({ batch: batchView((await getBatch(db, batch.id))!) }, 202);
};
