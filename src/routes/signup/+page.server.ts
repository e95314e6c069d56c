import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/sign-in';
import { users, workspaceMembers, workspaces } from '$lib/server/db/schema';
import { newId } from '$lib/ids';
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
	default: async (event) => {
		const { request, locals, getClientAddress } = event;
		const form = Object.fromEntries(await request.formData());
		const values = { name: String(form.name ?? ''), email: String(form.email ?? ''), team: String(form.team ?? '') };
		if (locals.context.limits.signUpByAddress.hit(getClientAddress()) > 0) {
			return fail(429, { ...values, error: 'rate_limited' as const });
		}
		const parsed = SignUp.safeParse(form);
		if (!parsed.success) {
			const field = parsed.error.issues[0]?.message ?? 'name';
			return fail(400, { ...values, error: field as 'name' | 'email' | 'password' });
		}
		const db = locals.context.database.db;
		const { name, email, password } = parsed.data;
		const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
		if (existing.length > 0) return fail(400, { ...values, error: 'taken' as const });
		const userId = newId();
		const workspaceId = newId();
		const passwordHash = await hashPassword(password);
		await db.transaction(async (tx) => {
			await tx.insert(users).values({ id: userId, email, name, passwordHash });
			await tx.insert(workspaces).values({ id: workspaceId, name: parsed.data.team || `${name}'s team` });
			await tx.insert(workspaceMembers).values({ workspaceId, userId, role: 'owner' });
		});
		await startSession(event, { id: userId, locale: null });
		redirect(303, '/deals');
	}
};
