import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { TeamError, type TeamErrorCode } from './team-rules.ts';

export type TeamFailure = ActionFailure<{ error: TeamErrorCode; message: string }>;

/** Runs a team action; a refusal becomes the form's error (status, code for the page, sentence). */
export async function teamAction<T>(run: () => Promise<T>): Promise<T | TeamFailure> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof TeamError) return fail(e.status, { error: e.code, message: e.message });
		throw e;
	}
}

/** Parses a posted form with a schema; a bad one is a 400 naming the field. */
export async function formInput<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
	const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
	if (!parsed.success) {
		const field = parsed.error.issues[0]?.path.join('.') || 'form';
		throw new TeamError(400, 'invalid', `Check the field “${field}”.`);
	}
	return parsed.data;
}
