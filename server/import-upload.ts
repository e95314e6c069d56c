import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../src/lib/server/app-context.ts';
import { readCookie, SESSION_COOKIE, validateSessionToken } from '../src/lib/server/auth/session.ts';
import { createBatch, ImportFileError } from '../src/lib/server/import/imports.ts';
import { DELIMITERS, MAX_IMPORT_BYTES } from '../src/lib/server/import/parse-csv.ts';
import { currentWorkspace, managesWorkspace, membershipIn } from '../src/lib/server/workspace.ts';

export const IMPORT_UPLOAD_PATH = '/api/imports';

/**
 * `POST /api/imports?name=<file name>&workspace=<id>[&delimiter=;]` with the CSV file as the
 * body: read as it arrives (up to 50 MB, never held whole) into a new batch of that workspace
 * (the one the page was shown for; the user's current one when not given).
 * Served here, before SvelteKit, because SvelteKit buffers request bodies under a small limit.
 * Only owners and managers import; the Origin must be ours (a form on another site cannot post).
 * Answers JSON: `{ id }`, or `{ error, ... }` with what is wrong with the file.
 */
export async function handleImportUpload(req: IncomingMessage, res: ServerResponse, context: AppContext): Promise<void> {
	try {
		await upload(req, res, context);
	} catch (error) {
		// The database went away mid-request, say: the server stays up, the page says try again.
		console.error('import upload failed', error);
		if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(JSON.stringify({ error: 'server' }));
		req.resume();
	}
}

async function upload(req: IncomingMessage, res: ServerResponse, context: AppContext): Promise<void> {
	const answer = (status: number, body: object) => {
		if (res.headersSent) return;
		res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(status >= 400 ? { connection: 'close' } : {}) });
		res.end(JSON.stringify(body));
		// What the client still sends is not read: the connection closes once answered.
		if (status >= 400) req.resume();
	};
	const url = new URL(req.url ?? '/', 'http://x');
	const expected = context.config.ORIGIN ? new URL(context.config.ORIGIN).origin : null;
	const origin = req.headers.origin;
	if (!origin || (expected ? origin !== expected : new URL(origin).host !== req.headers.host)) return answer(403, { error: 'origin' });
	const token = readCookie(req.headers.cookie, SESSION_COOKIE);
	const validation = token ? await validateSessionToken(context.database.db, token) : null;
	if (!validation) return answer(401, { error: 'signedOut' });
	const asked = url.searchParams.get('workspace');
	const db = context.database.db;
	const workspace = asked ? await membershipIn(db, validation.user.id, asked) : await currentWorkspace(db, validation.user.id);
	if (!workspace) return answer(404, { error: 'workspace' });
	if (!managesWorkspace(workspace)) return answer(403, { error: 'role' });
	const length = Number(req.headers['content-length'] ?? 0);
	if (length > MAX_IMPORT_BYTES) return answer(413, { error: 'tooLarge', limit: MAX_IMPORT_BYTES });
	const delimiter = url.searchParams.get('delimiter') || undefined;
	if (delimiter && !(DELIMITERS as readonly string[]).includes(delimiter)) return answer(400, { error: 'delimiter' });
	const fileName = (url.searchParams.get('name') || 'import.csv').slice(0, 200);
	try {
		const batch = await createBatch(db, { workspaceId: workspace.id, userId: validation.user.id, fileName }, req, delimiter);
		answer(201, { id: batch.id, rowCount: batch.rowCount, headers: batch.headers, encoding: batch.encoding, delimiter: batch.delimiter });
	} catch (error) {
		if (error instanceof ImportFileError) return answer(error.problem.code === 'tooLarge' ? 413 : 422, { error: error.problem.code, ...error.problem });
		throw error;
	}
}
