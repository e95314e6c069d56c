import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { verifyPassword } from '$lib/server/auth/password';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { users } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths, so a crafted link cannot send a user elsewhere after signing in. */
function safeRedirect(target: string | null): string {
	return target && target.startsWith('/') && !target.startsWith('//') ? target : '/deals';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
};

const SignIn = z.object({ email: z.string().trim().toLowerCase().min(1).max(320), password: z.string().min(1).max(1000) });

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = Object.fromEntries(await request.formData());
		const parsed = SignIn.safeParse(form);
		const email = typeof form.email === 'string' ? form.email : '';
		if (!parsed.success) return fail(400, { email, error: 'credentials' as const });
		const { limits, database } = locals.context;
		const waitMs = Math.max(
			limits.signInByEmail.hit(parsed.data.email),
			limits.signInByAddress.hit(getClientAddress())
		);
		if (waitMs > 0) return fail(429, { email, error: 'rate_limited' as const, minutes: Math.ceil(waitMs / 60_000) });
		const [user] = await database.db.select().from(users).where(eq(users.email, parsed.data.email));
		if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) {
			return fail(400, { email, error: 'credentials' as const });
		}
		limits.signInByEmail.reset(parsed.data.email);
		const token = generateSessionToken();
		const session = await createSession(database.db, token, user.id);
		setSessionCookie(cookies, token, session.expiresAt, url.protocol === 'https:');
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
