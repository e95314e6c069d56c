import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { editorText } from './session.ts';
import {
	appendLine,
	countInEditor,
	expectKeptOffline,
	expectSaved,
	launchProfile,
	newProfileDir,
	openDealFromList,
	signInAt,
	unsavedCount
} from './offline-support.ts';

// An app of its own: going offline here means the server is really unreachable (stopped), not
// only that the browser says so. Playwright's offline switch does not reach service workers.
const PORT = 4175;
let app: AppProcess;
let dataDir: string;
const profiles: string[] = [];

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dataDir = newProfileDir();
	app = await startApp(PORT, { dataDir });
});

test.afterAll(async () => {
	await app?.stop();
	for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true });
});

const profile = () => {
	const dir = newProfileDir();
	profiles.push(dir);
	return dir;
};

test('a deal opened once opens offline after a browser restart, and offline edits reach the server', async ({ playwright, launchOptions, browser }) => {
	test.setTimeout(240_000);
	const dir = profile();
	let context = await launchProfile(playwright.chromium, launchOptions, dir, app.baseUrl);
	let page = context.pages()[0] ?? (await context.newPage());
	await signInAt(page, 'alice@demo.test');
	const dealUrl = await openDealFromList(page);
	await expectKeptOffline(page);
	await page.goto('/deals');
	await expectKeptOffline(page);
	await page.goto(dealUrl);
	await expectSaved(page);

	// The network goes, and the server with it.
	const stamp = Date.now().toString(36);
	await context.setOffline(true);
	await app.stop();
	await expect(page.getByTestId('offline-banner')).toBeVisible();
	await appendLine(page, `Offline one ${stamp}`);
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'disconnected');
	const pendingOne = await unsavedCount(page);
	expect(pendingOne).toBeGreaterThanOrEqual(`Offline one ${stamp}`.length);
	await expect(page.getByTestId('save-status')).toContainText(`${pendingOne} changes on this device`);

	// A reload offline: the page comes from the service worker, the text from this device.
	await page.reload();
	await expect.poll(() => editorText(page)).toContain(`Offline one ${stamp}`);
	await expect(page.getByTestId('save-status')).toContainText(`${pendingOne} changes on this device`);

	// Close the browser; reopen it the next day, still offline.
	await context.close();
	context = await launchProfile(playwright.chromium, launchOptions, dir, app.baseUrl);
	await context.setOffline(true);
	page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/deals');
	await expect(page.getByRole('link', { name: 'Recruiting platform upgrade' })).toBeVisible();
	await page.getByRole('link', { name: 'Recruiting platform upgrade' }).click();
	await expect.poll(() => editorText(page)).toContain(`Offline one ${stamp}`);
	await appendLine(page, `Offline two ${stamp}`);
	// Each typed character is one change, plus the new paragraph itself.
	expect(await unsavedCount(page)).toBeGreaterThan(pendingOne + `Offline two ${stamp}`.length);
	// A page that needs the server says so instead of failing.
	await page.goto('/deals/new');
	await expect(page.getByTestId('offline-page')).toBeVisible();
	await page.goBack();
	await expect.poll(() => editorText(page)).toContain(`Offline two ${stamp}`);

	// The network returns.
	app = await startApp(PORT, { dataDir });
	await context.setOffline(false);
	await expectSaved(page);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	expect(await unsavedCount(page)).toBe(0);

	// Bob sees both lines, once each; and again after the server restarts.
	const bobContext = await browser.newContext({ baseURL: app.baseUrl });
	const bob = await bobContext.newPage();
	await signInAt(bob, 'bob@demo.test');
	await openDealFromList(bob);
	for (const line of [`Offline one ${stamp}`, `Offline two ${stamp}`]) {
		await expect.poll(() => countInEditor(bob, line)).toBe(1);
	}
	await app.stop();
	app = await startApp(PORT, { dataDir });
	await bob.reload();
	await expect.poll(() => countInEditor(bob, `Offline two ${stamp}`)).toBe(1);
	await expect.poll(() => countInEditor(bob, `Offline one ${stamp}`)).toBe(1);
	await bobContext.close();
	await context.close();
});
