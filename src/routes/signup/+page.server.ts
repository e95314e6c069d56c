import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/sign-in';
import { createAccount, mailSignUp } from '$lib/server/sign-up';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/deals');
};

const SignUp = z.object({
	name: z.string().trim().min(1, 'name').max(120),
	email: z.email('email').trim().toLowerCase().max(320),
	password: z.string().min(MIN_PASSWORD_LENGTH, 'password').max(1000),
	team: z.string().trim().max(120).optional()
});

export const actions: Actions = {
	/**
	 * With mail, every sign-up gets the same answer after the same work ("we sent you a
	 * message"); the mail decides: a link that creates the account, or, for an address that has
	 * one, how to sign in. Without mail the account is created at once, and an address that
	 * has one is told so: with nothing to confirm an address by, that cannot be hidden.
	 */
	default: async (event) => {
		const { request, locals, getClientAddress, url } = event;
		const { mailer, database, limits } = locals.context;
		const form = Object.fromEntries(await request.formData());
		const values = { name: String(form.name ?? ''), email: String(form.email ?? ''), team: String(form.team ?? '') };
		if (limits.signUpByAddress.hit(getClientAddress()) > 0) {
			return fail(429, { ...values, error: 'rate_limited' as const });
		}
		const parsed = SignUp.safeParse(form);
		if (!parsed.success) {
			const field = parsed.error.issues[0]?.message ?? 'name';
			return fail(400, { ...values, error: field as 'name' | 'email' | 'password' });
		}
		const { name, email, password } = parsed.data;
		const account = { email, name, passwordHash: await hashPassword(password), team: parsed.data.team ?? '' };
		if (mailer.enabled) {
			const locale = getLocale();
			void mailSignUp(database.db, mailer, account, url.origin, locale).catch((e) =>
				console.warn(`sign-up mail failed: ${e instanceof Error ? e.message : String(e)}`)
			);
			return { sent: true as const, email };
		}
		const userId = await createAccount(database.db, account);
		if (!userId) return fail(400, { ...values, error: 'taken' as const });
		await startSession(event, { id: userId, locale: null });
		redirect(303, '/deals');
	}
};
