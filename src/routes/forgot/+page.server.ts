import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime.js';
import { users } from '$lib/server/db/schema';
import { createPasswordReset } from '$lib/server/password-reset';
import { passwordResetMail } from '$lib/server/team-mail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ mailEnabled: locals.context.mailer.enabled });

const Forgot = z.object({ email: z.email().trim().toLowerCase().max(320) });

export const actions: Actions = {
	/**
	 * The same answer, at the same speed, whether the address has an account or not: the lookup
	 * and the mail happen after the answer is decided, off the request.
	 */
	default: async ({ locals, request, url, getClientAddress }) => {
		const { mailer, limits, database } = locals.context;
		if (!mailer.enabled) return fail(400, { error: 'no_mail' as const });
		const parsed = Forgot.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'email' as const });
		const { email } = parsed.data;
		if (limits.resetByAddress.hit(getClientAddress()) > 0) return fail(429, { error: 'rate_limited' as const });
		// Per address asked for: quietly, so the answer says nothing about the address.
		if (limits.resetByEmail.hit(email) > 0) return { sent: true };
		const locale = getLocale();
		void (async () => {
			const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
			if (!user) return;
			const token = await createPasswordReset(database.db, user.id, null);
			await mailer.send({ to: email, ...passwordResetMail({ locale, link: `${url.origin}/reset/${token}` }) });
		})().catch((e) => console.warn(`password reset mail failed: ${e instanceof Error ? e.message : String(e)}`));
		return { sent: true };
	}
};
