import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

/** Signs in through the form, from /login or from wherever the app sent the user to sign in. */
export async function signInAt(page: Page, email: string, expectedUrl: RegExp = /\/deals$/): Promise<void> {
	if (!page.url().includes('/login')) await page.goto('/login');
	await page.getByLabel(/email/i).fill(email);
	await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: /sign in/i }).click();
	await expect(page).toHaveURL(expectedUrl);
}

const violations = new WeakMap<BrowserContext, string[]>();

/**
 * Records what the Content-Security-Policy blocked in this context's pages (the browser logs
 * it, and a `securitypolicyviolation` event says which directive): the app must need nothing
 * its own policy forbids.
 */
export async function watchPolicy(context: BrowserContext): Promise<void> {
	const list: string[] = [];
	violations.set(context, list);
	context.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) list.push(msg.text());
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
}

/** What the policy blocked so far in the page's context. */
export function policyViolations(page: Page): string[] {
	return violations.get(page.context()) ?? [];
}

/** Signs a demo user in through the real /login form, in a context of their own (on another app with `baseURL`). */
export async function signIn(browser: Browser, email: string, baseURL?: string): Promise<Page> {
	const context = await browser.newContext(baseURL ? { baseURL } : {});
	await watchPolicy(context);
	const page = await context.newPage();
	await signInAt(page, email);
	return page;
}

/** Opens the demo deal from the deal list and waits until the document is synced. */
export async function openDemoDeal(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Recruiting platform upgrade' }).click();
	await expect(page.getByTestId('deal-editor')).toBeVisible();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expect(page.getByTestId('deal-editor')).toContainText('Recruiting platform upgrade');
}

/** The editor's text without collaborator caret labels (they are part of the DOM). */
export function editorText(page: Page): Promise<string> {
	return page.getByTestId('deal-editor').evaluate((el) => {
		const clone = el.cloneNode(true) as HTMLElement;
		clone.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
		return clone.textContent ?? '';
	});
}

/**
 * A stock y-websocket client on the page's deal, signed in with the page's own session: it
 * bypasses the editor and writes into the Y.Doc directly, as a broken or hostile client could.
 */
export async function rawDealClient(page: Page, baseURL: string): Promise<{ doc: Y.Doc; destroy(): void }> {
	const dealId = new URL(page.url()).pathname.split('/').pop()!;
	const token = (await page.context().cookies()).find((c) => c.name === 'session')!.value;
	const doc = new Y.Doc();
	const Ws = class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers: { Origin: baseURL, Cookie: `session=${token}` } });
		}
	};
	const provider = new WebsocketProvider(baseURL.replace('http', 'ws') + '/sync', dealId, doc, { WebSocketPolyfill: Ws as never, disableBc: true });
	await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
	return { doc, destroy: () => provider.destroy() };
}
