import type { Cookies } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, locales } from '../../paraglide/runtime.js';
import { setSessionCookie } from './cookies.ts';
import { createSession, generateSessionToken } from './session.ts';

interface SignInEvent {
	locals: App.Locals;
	cookies: Cookies;
	url: URL;
	request: Request;
}

/** Starts a session for the user on this browser, in the language they chose on their account. */
export async function startSession(event: SignInEvent, user: { id: string; locale: string | null }): Promise<void> {
	const token = generateSessionToken();
	const session = await createSession(event.locals.context.database.db, token, user.id, event.request.headers.get('user-agent') ?? '');
	setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
	if (user.locale) setLocaleCookie(event.cookies, user.locale);
}

/** The cookie Paraglide reads the language from (readable by the page, like Paraglide's own). */
export function setLocaleCookie(cookies: Cookies, locale: string): void {
	if (!(locales as readonly string[]).includes(locale)) return;
	cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
}
