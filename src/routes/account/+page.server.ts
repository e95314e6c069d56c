import { fail } from '@sveltejs/kit';
import { and, desc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '$lib/server/auth/password';
import { invalidateUserSessions } from '$lib/server/auth/session';
import { setLocaleCookie } from '$lib/server/auth/sign-in';
import { sessions, users } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/require-user';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const rows = await locals.context.database.db
		.select({ id: sessions.id, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
		.from(sessions)
		.where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, new Date())))
		.orderBy(desc(sessions.lastSeenAt));
	return {
		account: { name: user.name, email: user.email, locale: user.locale },
		// Session ids are hashes of live tokens: the page gets only whether each is this one.
		sessions: rows.map(({ id, ...row }) => ({ ...row, current: id === locals.session?.id }))
	};
};

const Profile = z.object({ name: z.string().trim().min(1).max(120), locale: z.enum([...locales, '']) });
const Password = z.object({ current: z.string().min(1).max(1000), next: z.string().min(MIN_PASSWORD_LENGTH).max(1000) });

/** Ends the user's other sessions and closes their sockets; returns how many ended. */
async function endOtherSessions(locals: App.Locals, userId: string): Promise<number> {
	const ended = await invalidateUserSessions(locals.context.database.db, userId, locals.session?.id);
	for (const id of ended) locals.context.events.emit('session-revoked', id);
	return ended.length;
}

export const actions: Actions = {
	profile: async ({ locals, url, request, cookies }) => {
		const user = requireUser(locals, url);
		const parsed = Profile.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'name' as const });
		const locale = parsed.data.locale || null;
		await locals.context.database.db.update(users).set({ name: parsed.data.name, locale }).where(eq(users.id, user.id));
		if (locale) setLocaleCookie(cookies, locale);
		return { profileSaved: true };
	},
	password: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = Password.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'password_short' as const });
		const db = locals.context.database.db;
		const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
		if (!row || !(await verifyPassword(row.passwordHash, parsed.data.current))) return fail(400, { error: 'current_wrong' as const });
		await db.update(users).set({ passwordHash: await hashPassword(parsed.data.next) }).where(eq(users.id, user.id));
		return { passwordChanged: true, signedOut: await endOtherSessions(locals, user.id) };
	},
	signOutOthers: async ({ locals, url }) => {
		const user = requireUser(locals, url);
		return { signedOut: await endOtherSessions(locals, user.id) };
	}
};
