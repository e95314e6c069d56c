import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/sign-in';
import { users } from '$lib/server/db/schema';
import { resetLinkUser, resetPassword } from '$lib/server/password-reset';
import { teamAction } from '$lib/server/team-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const target = await resetLinkUser(locals.context.database.db, params.token);
	return { valid: Boolean(target), email: target?.email ?? null };
};

const NewPassword = z.object({ password: z.string().min(MIN_PASSWORD_LENGTH).max(1000) });

export const actions: Actions = {
	/** Sets the password, ends every session of that account (and its sockets), signs in here. */
	default: async (event) =>
		teamAction(async () => {
			const { locals, params, request } = event;
			const parsed = NewPassword.safeParse(Object.fromEntries(await request.formData()));
			if (!parsed.success) return fail(400, { error: 'password' as const, message: '' });
			const db = locals.context.database.db;
			const { userId, endedSessions } = await resetPassword(db, params.token, parsed.data.password);
			for (const id of endedSessions) locals.context.events.emit('session-revoked', id);
			const [user] = await db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.id, userId));
			if (user) await startSession(event, user);
			redirect(303, '/deals');
		})
};
