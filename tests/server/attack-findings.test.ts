import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { dealIdByTitle, signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';

/** What an attack on the running app found; each was reproduced here before it was fixed. */
describe('the running app under attack', () => {
	let app: AppProcess;
	let alice: HttpSession;
	let dealId: string;

	beforeAll(async () => {
		app = await startApp(24341);
		alice = await signInHttp(app.baseUrl, 'alice@demo.test');
		dealId = await dealIdByTitle(alice, 'Recruiting platform upgrade');
	}, 240_000);
	afterAll(async () => app?.stop());

	const signInTo = async (redirectTo: string) => {
		const res = await fetch(`${app.baseUrl}/login?redirectTo=${encodeURIComponent(redirectTo)}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.baseUrl, accept: 'text/html' },
			body: new URLSearchParams({ email: 'bob@demo.test', password: 'demo-password' }).toString()
		});
		return res.headers.get('location');
	};

	it('never sends a user to another site after signing in', async () => {
		for (const target of ['/\\evil.example', '/\t/evil.example', '//evil.example', 'https://evil.example/']) {
			expect(await signInTo(target), JSON.stringify(target)).toBe('/deals');
		}
		expect(await signInTo('/pipeline?owner=me')).toBe('/pipeline?owner=me');
	});

	it('answers a crafted sort value with the default order, not a 500', async () => {
		for (const sort of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
			const res = await fetch(`${app.baseUrl}/deals?sort=${sort}`, { headers: { cookie: alice.cookie } });
			expect(res.status, sort).toBe(200);
		}
	});

	it('refuses a state-changing API request from another origin or with none, whatever its body', async () => {
		const path = `/api/deals/${dealId}/comments/read`;
		for (const headers of [{}, { origin: 'https://evil.example' }, { origin: 'null' }] as Record<string, string>[]) {
			const res = await fetch(app.baseUrl + path, { method: 'POST', headers: { cookie: alice.cookie, ...headers } });
			expect(res.status, JSON.stringify(headers)).toBe(403);
		}
		const json = await fetch(`${app.baseUrl}/api/deals/${dealId}/comments`, {
			method: 'POST',
			headers: { cookie: alice.cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ id: 'forgedaaaaaaaaaa', body: 'forged', anchor: { kind: 'deal' } })
		});
		expect(json.status).toBe(403);
		expect((await alice.request('POST', path)).status).toBe(200);
	});

	it('scopes comment ids to their author: an outsider can neither probe nor take one', async () => {
		const clientId = `outbox${Date.now().toString(36)}`.padEnd(16, 'a');
		// Olga, in a workspace of her own, sends the id first to her own deal.
		const olga = await signUpHttp(app.baseUrl, `olga-${Date.now()}@elsewhere.test`, 'Olga Outside');
		await olga.form('/accounts/new', { name: 'Olga Co' });
		const newDeal = await olga.html('/deals/new');
		const [accountId, ownerId] = [...newDeal.matchAll(/<option value="([a-z2-7]{16})"/g)].map((m) => m[1]!);
		const made = await olga.form('/deals/new', { title: 'Olga deal', accountId: accountId!, ownerId: ownerId!, amount: '0', currency: 'CNY', expectedCloseDate: '' });
		expect(made.status, made.text.slice(0, 300)).toBeLessThan(400);
		const olgaDeal = await dealIdByTitle(olga, 'Olga deal');
		const hers = await olga.request('POST', `/api/deals/${olgaDeal}/comments`, { id: clientId, body: 'mine first', anchor: { kind: 'deal' } });
		expect(hers.status).toBe(201);
		// Alice's outbox sends the same id later: it is hers, stored, and nothing says Olga's exists.
		const alices = await alice.request('POST', `/api/deals/${dealId}/comments`, { id: clientId, body: 'from the outbox', anchor: { kind: 'deal' } });
		expect(alices.status).toBe(201);
		expect(alices.json.id).not.toBe(hers.json.id);
		// And probing with the id Olga's comment is stored under is just another new comment.
		const probe = await alice.request('POST', `/api/deals/${dealId}/comments`, { id: hers.json.id, body: 'probe', anchor: { kind: 'deal' } });
		expect(probe.status).toBe(201);
	});

	it('says that a request was too large, not "internal error" or a wrong field', async () => {
		const accountId = /href="\/accounts\/([a-z2-7]{16})"/.exec(await alice.html(`/deals/${dealId}`))![1]!;
		const big = await alice.request('POST', `/api/accounts/${accountId}/contacts`, JSON.stringify({ name: 'x'.repeat(200_000) }));
		expect(big.status).toBe(413);
		expect(String(big.json.message)).toMatch(/too large/i);
		const huge = await alice.request('POST', `/api/deals/${dealId}/comments`, JSON.stringify({ body: 'x'.repeat(1_000_000) }));
		expect(huge.status).toBe(413);
		expect(String(huge.json.message)).toMatch(/too large/i);
		const nameless = await alice.request('POST', `/api/accounts/${accountId}/contacts`, { name: '' });
		expect(nameless.status).toBe(400);
		expect(nameless.json.message).toBe('A contact needs a name.');
	});
});

describe('sign-in throttling behind a proxy', () => {
	let app: AppProcess;
	beforeAll(async () => {
		// As behind a load balancer: the client's address comes from X-Forwarded-For.
		app = await startApp(24342, { env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } });
	}, 240_000);
	afterAll(async () => app?.stop());

	const attempt = async (from: string, email: string, password: string) => {
		const res = await fetch(`${app.baseUrl}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.baseUrl, accept: 'text/html', 'x-forwarded-for': from },
			body: new URLSearchParams({ email, password }).toString()
		});
		return res.status;
	};

	it('slows a guesser down without ever locking the real user out', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 9; i++) statuses.push(await attempt('203.0.113.9', 'alice@demo.test', `guess-${i}`));
		expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
		expect(statuses).toContain(429);
		// Alice, from her own address, signs in at once with her password.
		expect(await attempt('198.51.100.7', 'alice@demo.test', 'demo-password')).toBe(303);
		// And the guesser's right guess is still held back while they are throttled.
		expect(await attempt('203.0.113.9', 'alice@demo.test', 'demo-password')).toBe(429);
	});

	it('never counts successful sign-ins: a whole office behind one address keeps signing in', async () => {
		const statuses = [];
		for (let i = 0; i < 60; i++) statuses.push(await attempt('192.0.2.1', ['bob', 'maya', 'victor'][i % 3] + '@demo.test', 'demo-password'));
		expect(new Set(statuses)).toEqual(new Set([303]));
	});
});
