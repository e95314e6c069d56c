import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';

/** The built app, as `npm start` runs it: security headers on pages, APIs and static files. */
describe('security headers', () => {
	let app: AppProcess | undefined;
	afterEach(async () => {
		await app?.stop();
		app = undefined;
	});

	it('puts a nonce policy on pages and the other headers on every response', async () => {
		app = await startApp(24351);
		const page = await fetch(`${app.baseUrl}/login`);
		const csp = page.headers.get('content-security-policy') ?? '';
		const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
		const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
		expect(nonce).toBeTruthy();
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toContain('unsafe-eval');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		// Every inline script of the page carries the policy's nonce.
		const html = await page.text();
		const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
		expect(scripts.length).toBeGreaterThan(0);
		for (const [, attrs] of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
		// A fresh nonce per response.
		const again = (await fetch(`${app.baseUrl}/login`)).headers.get('content-security-policy');
		expect(again).not.toBe(csp);

		for (const path of ['/login', '/api/session', '/favicon.svg', '/no-such-page']) {
			const res = await fetch(`${app.baseUrl}${path}`);
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
			expect(res.headers.get('x-frame-options'), path).toBe('DENY');
			// Served over plain http here: no HSTS.
			expect(res.headers.get('strict-transport-security'), path).toBeNull();
		}
	});

	it('adds HSTS when the app is served over https', async () => {
		app = await startApp(24352, { env: { ORIGIN: 'https://deals.example.test' } });
		for (const path of ['/login', '/favicon.svg']) {
			const res = await fetch(`http://localhost:24352${path}`);
			expect(res.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
		}
	});
});
