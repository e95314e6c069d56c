import { json, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getAppContext } from '$lib/server/app-context';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';

export const init = async () => {
	await getAppContext();
};

const handleI18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	});

const handleSession: Handle = async ({ event, resolve }) => {
	const context = await getAppContext();
	event.locals.context = context;
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const secure = event.url.protocol === 'https:';
		const validation = await validateSessionToken(context.database.db, token);
		if (validation) {
			event.locals.user = validation.user;
			event.locals.session = validation.session;
			if (validation.renewed) setSessionCookie(event.cookies, token, validation.session.expiresAt, secure);
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit checks Origin only for form content types; an API call with no body (or JSON) would
 * pass. Every state-changing API request must come from this app's own pages.
 */
const handleApiOrigin: Handle = ({ event, resolve }) => {
	if (UNSAFE_METHODS.has(event.request.method) && event.url.pathname.startsWith('/api/')) {
		if (event.request.headers.get('origin') !== event.url.origin) {
			return json({ message: 'Requests that change data must come from this app’s own pages.' }, { status: 403 });
		}
	}
	return resolve(event);
};

export const handle = sequence(handleApiOrigin, handleI18n, handleSession);

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status === 404) return { message: 'Not found' };
	// Too large a body is the sender's doing: say so, with the limit SvelteKit names.
	if (status === 413) return { message: `The request is too large. ${message}` };
	console.error(error);
	return { message: 'Internal error' };
};
