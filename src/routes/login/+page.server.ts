import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { checkCredentials } from '$lib/server/auth/credentials';
import { safeRedirect } from '$lib/server/auth/safe-redirect';
import { startSession } from '$lib/server/auth/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
};

const SignIn = z.object({ email: z.string().trim().toLowerCase().min(1).max(320), password: z.string().min(1).max(1000) });

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, url, getClientAddress } = event;
		const form = Object.fromEntries(await request.formData());
		const parsed = SignIn.safeParse(form);
		const email = typeof form.email === 'string' ? form.email : '';
		if (!parsed.success) return fail(400, { email, error: 'credentials' as const });
		const check = await checkCredentials(locals.context, parsed.data.email, parsed.data.password, getClientAddress());
		if (!check.ok) {
			return check.error === 'rate_limited'
				? fail(429, { email, error: check.error, minutes: check.minutes })
				: fail(400, { email, error: check.error });
		}
		await startSession(event, check.user);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
