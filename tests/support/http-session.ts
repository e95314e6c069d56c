import { linkIn, type MailCatcher } from './mail-catcher.ts';
/** Talks to a running app over HTTP as a signed-in user: the API exactly as the browser uses it. */
export interface HttpSession {
	email: string;
	/** `session=<token>` */
	cookie: string;
	request(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
	html(path: string): Promise<string>;
	/** Posts a form to a page action (`/page?/action`), as a browser without JavaScript would. */
	form(path: string, fields: Record<string, string>): Promise<{ status: number; text: string }>;
}

function cookieOf(res: Response): string {
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`no session cookie (status ${res.status})`);
	return cookie.split(';')[0]!;
}

function session(baseUrl: string, email: string, cookie: string): HttpSession {
	return {
		email,
		cookie,
		async request(method, path, body) {
			const res = await fetch(baseUrl + path, {
				method,
				headers: { cookie, accept: 'application/json', 'content-type': 'application/json', origin: baseUrl },
				body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
			});
			const text = await res.text();
			let json: Record<string, unknown> = {};
			try {
				json = JSON.parse(text) as Record<string, unknown>;
			} catch {
				json = { text };
			}
			return { status: res.status, json };
		},
		async html(path) {
			return (await fetch(baseUrl + path, { headers: { cookie } })).text();
		},
		async form(path, fields) {
			const init = form(baseUrl, fields);
			const res = await fetch(baseUrl + path, { ...init, headers: { ...init.headers, cookie, accept: 'text/html' } });
			return { status: res.status, text: await res.text() };
		}
	};
}

const form = (baseUrl: string, fields: Record<string, string>) => ({
	method: 'POST',
	redirect: 'manual' as const,
	headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
	body: new URLSearchParams(fields).toString()
});

export async function signInHttp(baseUrl: string, email: string, password = 'demo-password'): Promise<HttpSession> {
	const res = await fetch(`${baseUrl}/login`, form(baseUrl, { email, password }));
	return session(baseUrl, email, cookieOf(res));
}

/**
 * A new user in a workspace of their own: someone with no business in the demo deals. On an
 * app that sends mail, the account is made from the link mailed to the address (`mail`).
 */
export async function signUpHttp(baseUrl: string, email: string, name: string, mail?: MailCatcher): Promise<HttpSession> {
	const since = mail?.mails.length ?? 0;
	const res = await fetch(`${baseUrl}/signup`, form(baseUrl, { name, email, password: 'another-password-123', team: `${name}'s team` }));
	if (!mail) return session(baseUrl, email, cookieOf(res));
	const link = linkIn(await mail.waitFor(email, { since }), '/signup/confirm/');
	const confirmed = await fetch(link.replace(/^https?:\/\/[^/]+/, baseUrl), form(baseUrl, {}));
	return session(baseUrl, email, cookieOf(confirmed));
}

/** The id of a deal the session can see, by its title, from the deals list. */
export async function dealIdByTitle(s: HttpSession, title: string): Promise<string> {
	const match = new RegExp(`href="/deals/([a-z2-7]{16})"[^>]*>${title}<`).exec(await s.html('/deals'));
	if (!match) throw new Error(`no deal "${title}" for ${s.email}`);
	return match[1]!;
}

/** Posts a form without a session, as a signed-out browser without JavaScript would. */
export async function postSignedOut(baseUrl: string, path: string, fields: Record<string, string>): Promise<{ status: number; text: string; location: string | null; session: HttpSession | null; email: string }> {
	const init = form(baseUrl, fields);
	const res = await fetch(baseUrl + path, { ...init, headers: { ...init.headers, accept: 'text/html' } });
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session=') && !c.startsWith('session=;'));
	const email = fields.email ?? '';
	return {
		status: res.status,
		text: await res.text(),
		location: res.headers.get('location'),
		session: cookie ? session(baseUrl, email, cookie.split(';')[0]!) : null,
		email
	};
}

/** The invitation link a members page shows after `?/invite`. */
export function inviteLinkIn(html: string): string | null {
	return /https?:\/\/[^"\s<]+\/invite\/[a-z2-7]{32}/.exec(html)?.[0] ?? null;
}
