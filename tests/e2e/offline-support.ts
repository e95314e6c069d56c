import { expect, type BrowserContext, type BrowserType, type LaunchOptions, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editorText, watchPolicy } from './session.ts';

/** A browser profile on disk: closing and relaunching it is a browser restart. */
export function newProfileDir(): string {
	return mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-profile-'));
}

export async function launchProfile(browserType: BrowserType, launchOptions: LaunchOptions, profile: string, baseURL: string): Promise<BrowserContext> {
	const context = await browserType.launchPersistentContext(profile, { ...launchOptions, baseURL });
	await watchPolicy(context);
	return context;
}

export async function openDealFromList(page: Page, title = 'Recruiting platform upgrade'): Promise<string> {
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByTestId('deal-title')).toHaveText(title);
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expectSaved(page);
	return page.url();
}

export const expectSaved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-saved', 'true', { timeout: 20_000 });

/** How many changes the status says this device holds that the server has not committed. */
export const unsavedCount = async (page: Page) => Number(await page.getByTestId('save-status').getAttribute('data-unsaved'));

/** Resolves once the service worker runs and this page is kept for offline reading. */
export async function expectKeptOffline(page: Page): Promise<void> {
	await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
	await expect
		.poll(() =>
			page.evaluate(`(async () => {
				for (const name of await caches.keys()) {
					if (!name.includes('-pages-')) continue;
					if (await (await caches.open(name)).match(location.href, { ignoreVary: true })) return true;
				}
				return false;
			})()`)
		)
		.toBe(true);
}

/** Types at the end of the first paragraph that contains `anchor`. */
export async function typeAfter(page: Page, anchor: string, text: string): Promise<void> {
	await page.getByTestId('deal-editor').locator(':scope > p', { hasText: anchor }).first().click();
	await page.keyboard.press('End');
	await page.keyboard.type(text);
	await expect.poll(() => editorText(page)).toContain(text.trim());
}

/** Appends a new paragraph at the end of the notes. */
export async function appendLine(page: Page, text: string): Promise<void> {
	await page.getByTestId('deal-editor').locator(':scope > p').last().click();
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	await page.keyboard.type(text);
	await expect.poll(() => editorText(page)).toContain(text);
}

/** Occurrences of `needle` in the editor's text. */
export async function countInEditor(page: Page, needle: string): Promise<number> {
	return (await editorText(page)).split(needle).length - 1;
}

/** Starts a thread on the whole deal from the deal's comments panel. */
export async function commentOnDeal(page: Page, text: string): Promise<void> {
	await page.getByTestId('comment-deal').click();
	await page.getByTestId('comment-draft').getByTestId('comment-input').fill(text);
	await page.getByTestId('comment-draft').getByTestId('comment-submit').click();
	await expect(page.getByTestId('comment-body').filter({ hasText: text })).toBeVisible();
}
