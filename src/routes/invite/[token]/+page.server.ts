import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { checkCredentials } from '$lib/server/auth/credentials';
import { hashPassword, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/sign-in';
import { users } from '$lib/server/db/schema';
import { acceptInvitation, invitationByToken, signUpWithInvitation } from '$lib/server/invitations';
import { teamAction } from '$lib/server/team-action';
import { TeamError } from '$lib/server/team-rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = locals.context.database.db;
	const state = await invitationByToken(db, params.token);
	if (state.status !== 'open') return { state: { status: state.status }, user: locals.user && { name: locals.user.name, email: locals.user.email } };
	const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, state.email));
	return {
		state,
		// Shown only to a holder of an open link for that very address: sign in rather than sign up.
		hasAccount: Boolean(existing),
		user: locals.user && { name: locals.user.name, email: locals.user.email }
	};
};

const SignUp = z.object({
	name: z.string().trim().min(1, 'name').max(120),
	email: z.email('email').trim().toLowerCase().max(320),
	password: z.string().min(MIN_PASSWORD_LENGTH, 'password').max(1000)
});
const SignIn = z.object({ email: z.string().trim().toLowerCase().min(1).max(320), password: z.string().min(1).max(1000) });

/**
 * Joins the workspace with this link. Signed in: joins. Signed out: `name`, `email`, `password`
 * create the account and join in one transaction; with `intent=signin`, an existing account
 * signs in and joins.
 */
async function join(event: Parameters<Actions[string]>[0]) {
	const { locals, params, request } = event;
	const db = locals.context.database.db;
	if (locals.user) {
		await acceptInvitation(db, params.token, locals.user);
		redirect(303, '/deals');
	}
	const form = Object.fromEntries(await request.formData());
	if (form.intent === 'signin') {
		const email = String(form.email ?? '');
		const parsed = SignIn.safeParse(form);
		if (!parsed.success) return fail(400, { email, error: 'credentials' as const, message: '' });
		const check = await checkCredentials(locals.context, parsed.data.email, parsed.data.password, event.getClientAddress());
		if (!check.ok) return fail(check.error === 'rate_limited' ? 429 : 400, { email, error: check.error, message: '' });
		// Join first: a wrong address or a stale link must not leave a session behind.
		await acceptInvitation(db, params.token, check.user);
		await startSession(event, check.user);
		redirect(303, '/deals');
	}
	const values = { name: String(form.name ?? ''), email: String(form.email ?? '') };
	if (locals.context.limits.signUpByAddress.hit(event.getClientAddress()) > 0) return fail(429, { ...values, error: 'rate_limited' as const, message: '' });
	const parsed = SignUp.safeParse(form);
	if (!parsed.success) return fail(400, { ...values, error: (parsed.error.issues[0]?.message ?? 'name') as 'name' | 'email' | 'password', message: '' });
	const { name, email, password } = parsed.data;
	// Say what is wrong with the link before anything about the address.
	const invitation = await invitationByToken(db, params.token);
	if (invitation.status !== 'open') throw new TeamError(410, 'link_gone', 'This invitation can no longer be used.');
	if (invitation.email !== email) throw new TeamError(403, 'wrong_email', 'This invitation was sent to another email address.');
	const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
	if (existing) return fail(409, { ...values, error: 'has_account' as const, message: '' });
	const userId = await signUpWithInvitation(db, params.token, { name, email, passwordHash: await hashPassword(password) });
	await startSession(event, { id: userId, locale: null });
	redirect(303, '/deals');
}

export const actions: Actions = {
	default: (event) => teamAction(() => join(event))
};
