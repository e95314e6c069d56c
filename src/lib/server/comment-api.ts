import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { CommentError, inputProblem } from './comment-rules.ts';
import type { SessionUser } from './auth/session.ts';

/** The signed-in user of an API request, or 401 with a message the client shows. */
export function apiUser(locals: App.Locals): SessionUser {
	if (!locals.user) error(401, 'Your session has ended. Sign in again to keep working.');
	return locals.user;
}

/** Reads and validates a JSON body; a bad one is a 400 that says what is wrong. */
export async function jsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
	const text = await request.text();
	if (text.length > 64_000) error(413, 'The request is too large.');
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		error(400, 'The request body is not valid JSON.');
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) error(400, inputProblem(parsed.error));
	return parsed.data;
}

/** Runs a comment operation; its refusals become HTTP errors with their message. */
export async function commentCall<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof CommentError) error(e.status, e.message);
		throw e;
	}
}

export const ok = (body: unknown, status = 200) => json(body, { status });
