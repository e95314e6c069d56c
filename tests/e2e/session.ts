import { expect, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

/** Signs in through the form, from /login or from wherever the app sent the user to sign in. */
export async function signInAt(page: Page, email: string, expectedUrl: RegExp = /\/deals$/): Promise<void> {
	if (!page.url().includes('/login')) await page.goto('/login');
	await page.getByLabel(/email/i).fill(email);
	await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: /sign in/i }).click();
	await expect(page).toHaveURL(expectedUrl);
}

/** Signs a demo user in through the real /login form, in a context of their own. */
export async function signIn(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
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
