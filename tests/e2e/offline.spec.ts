import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { editorText, policyViolations, signInAt } from './session.ts';
import {
	appendLine,
	commentOnDeal,
	countInEditor,
	expectKeptOffline,
	expectSaved,
	launchProfile,
	newProfileDir,
	openDealFromList,
	typeAfter,
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
	const stamp = Date.now().toString(36);
	await commentOnDeal(page, `Before the flight ${stamp}`);
	await expect(page.getByTestId('outbox-count')).toHaveCount(0);

	// The network goes, and the server with it.
	await context.setOffline(true);
	await app.stop();
	await expect(page.getByTestId('offline-banner')).toBeVisible();
	await appendLine(page, `Offline one ${stamp}`);
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'disconnected');
	const pendingOne = await unsavedCount(page);
	expect(pendingOne).toBeGreaterThanOrEqual(`Offline one ${stamp}`.length);
	await expect(page.getByTestId('save-status')).toContainText(`${pendingOne} changes on this device`);
	// A comment written offline waits in the outbox.
	await commentOnDeal(page, `On the plane ${stamp}`);
	await expect(page.getByTestId('comment-pending')).toBeVisible();

	// A reload offline: the page comes from the service worker, the text from this device.
	await page.reload();
	await expect.poll(() => editorText(page)).toContain(`Offline one ${stamp}`);
	await expect(page.getByTestId('save-status')).toContainText(`${pendingOne} changes on this device`);

	// Close the browser; reopen it the next day, still offline.
	expect(policyViolations(page)).toEqual([]);
	await context.close();
	context = await launchProfile(playwright.chromium, launchOptions, dir, app.baseUrl);
	await context.setOffline(true);
	page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/deals');
	await expect(page.getByRole('link', { name: 'Recruiting platform upgrade' })).toBeVisible();
	await page.getByRole('link', { name: 'Recruiting platform upgrade' }).click();
	await expect.poll(() => editorText(page)).toContain(`Offline one ${stamp}`);
	// The threads read before, and the comment still waiting to be sent, are on the device.
	await expect(page.getByTestId('comment-body').filter({ hasText: `Before the flight ${stamp}` })).toBeVisible();
	await expect(page.locator('[data-testid="comment"][data-pending]').filter({ hasText: `On the plane ${stamp}` })).toBeVisible();
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
	await expect(page.getByTestId('outbox-count')).toHaveCount(0, { timeout: 20_000 });
	// The service worker, the device store and the socket all work under the app's policy.
	expect(policyViolations(page)).toEqual([]);

	// Bob sees both lines, once each; and again after the server restarts.
	const bobContext = await browser.newContext({ baseURL: app.baseUrl });
	const bob = await bobContext.newPage();
	await signInAt(bob, 'bob@demo.test');
	await openDealFromList(bob);
	for (const line of [`Offline one ${stamp}`, `Offline two ${stamp}`]) {
		await expect.poll(() => countInEditor(bob, line)).toBe(1);
	}
	for (const comment of [`Before the flight ${stamp}`, `On the plane ${stamp}`]) {
		await expect(bob.getByTestId('comment-body').filter({ hasText: comment })).toHaveCount(1);
	}
	await app.stop();
	app = await startApp(PORT, { dataDir });
	await bob.reload();
	await expect.poll(() => countInEditor(bob, `Offline two ${stamp}`)).toBe(1);
	await expect.poll(() => countInEditor(bob, `Offline one ${stamp}`)).toBe(1);
	await bobContext.close();
	await context.close();
});

test('two reps edit the same deal offline; both see one merged result after reconnecting', async ({ browser }) => {
	test.setTimeout(120_000);
	const contexts = await Promise.all([browser.newContext({ baseURL: app.baseUrl }), browser.newContext({ baseURL: app.baseUrl })]);
	const [alice, bob] = await Promise.all(contexts.map((c) => c.newPage()));
	await signInAt(alice, 'alice@demo.test');
	await signInAt(bob, 'bob@demo.test');
	await openDealFromList(alice);
	await openDealFromList(bob);
	const stamp = Date.now().toString(36);
	for (const c of contexts) await c.setOffline(true);
	await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-state', 'disconnected');
	await expect(bob.getByTestId('connection-status')).toHaveAttribute('data-state', 'disconnected');

	// The same paragraph, different fields of the same role-table row, the same checklist.
	await typeAfter(alice, 'Huayuan wants to replace', ` A-${stamp}`);
	await typeAfter(bob, 'Huayuan wants to replace', ` B-${stamp}`);
	await alice.locator('[data-row-id=chen] [data-field=title]').fill(`Title A ${stamp}`);
	await alice.locator('[data-row-id=chen] [data-field=title]').press('Enter');
	await bob.locator('[data-row-id=chen] [data-field=nextAction]').fill(`Action B ${stamp}`);
	await bob.locator('[data-row-id=chen] [data-field=nextAction]').press('Enter');
	const items = (page: typeof alice) => page.getByTestId('stage-checklist').locator('li[data-criterion] [data-field=done]');
	const firstOpen = await items(alice).evaluateAll((boxes) => boxes.findIndex((b) => !(b as HTMLInputElement).checked));
	await items(alice).nth(firstOpen).check();
	await items(bob).nth(firstOpen + 1).check();
	for (const page of [alice, bob]) {
		expect(await unsavedCount(page)).toBeGreaterThan(0);
		await expect(page.getByTestId('save-status')).toContainText('changes on this device');
	}

	for (const c of contexts) await c.setOffline(false);
	for (const page of [alice, bob]) {
		await expectSaved(page);
		await expect.poll(() => countInEditor(page, `A-${stamp}`)).toBe(1);
		await expect.poll(() => countInEditor(page, `B-${stamp}`)).toBe(1);
		await expect(page.locator('[data-row-id=chen] [data-field=title]')).toHaveValue(`Title A ${stamp}`);
		await expect(page.locator('[data-row-id=chen] [data-field=nextAction]')).toHaveValue(`Action B ${stamp}`);
		await expect(items(page).nth(firstOpen)).toBeChecked();
		await expect(items(page).nth(firstOpen + 1)).toBeChecked();
		await expect(page.locator('[data-row-id=chen]')).toHaveCount(1);
	}
	// Both paragraphs of the same text still exist once: nothing was duplicated by the merge.
	expect(await countInEditor(alice, 'Huayuan wants to replace')).toBe(1);
	expect(await editorText(alice)).toBe(await editorText(bob));
	for (const c of contexts) await c.close();
});

test('a session that expired while offline keeps the changes; they sync after signing in again', async ({ browser, playwright }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ baseURL: app.baseUrl });
	const alice = await context.newPage();
	await signInAt(alice, 'alice@demo.test');
	const dealUrl = await openDealFromList(alice);
	await context.setOffline(true);
	const line = `While signed out ${Date.now().toString(36)}`;
	await appendLine(alice, line);

	// Meanwhile the session ends on the server (expired, or signed out elsewhere).
	const token = (await context.cookies()).find((c) => c.name === 'session')!.value;
	const elsewhere = await playwright.request.newContext({ baseURL: app.baseUrl, extraHTTPHeaders: { Cookie: `session=${token}`, Origin: app.baseUrl, Accept: 'text/html' } });
	expect((await elsewhere.post('/logout', { form: {}, maxRedirects: 0 })).status()).toBe(303);
	await elsewhere.dispose();

	await context.setOffline(false);
	await expect(alice.getByTestId('sync-problem')).toContainText('Your session ended');
	await expect.poll(() => editorText(alice)).toContain(line);
	expect(await unsavedCount(alice)).toBeGreaterThan(0);
	await alice.getByTestId('sync-problem').getByRole('link', { name: 'Sign in' }).click();
	await expect(alice).toHaveURL(/\/login\?redirectTo=/);
	await signInAt(alice, 'alice@demo.test', new RegExp(`${dealUrl}$`));
	await expectSaved(alice);

	const bob = await (await browser.newContext({ baseURL: app.baseUrl })).newPage();
	await signInAt(bob, 'bob@demo.test');
	await openDealFromList(bob);
	await expect.poll(() => countInEditor(bob, line)).toBe(1);
	await bob.context().close();
	await context.close();
});

test('a rep who lost the right to edit while offline is told; the local copy stays readable and can be copied out', async ({ browser }) => {
	test.setTimeout(120_000);
	const title = 'Campus hiring pilot';
	const bobContext = await browser.newContext({ baseURL: app.baseUrl, permissions: ['clipboard-read', 'clipboard-write'] });
	const bob = await bobContext.newPage();
	await signInAt(bob, 'bob@demo.test');
	await openDealFromList(bob, title);
	await bobContext.setOffline(true);
	const line = `Refused later ${Date.now().toString(36)}`;
	await appendLine(bob, line);

	// Maya, a manager, makes bob a viewer of this deal while he is offline.
	const maya = await (await browser.newContext({ baseURL: app.baseUrl })).newPage();
	await signInAt(maya, 'maya@demo.test');
	await openDealFromList(maya, title);
	await maya.locator('select[name=userId]').selectOption({ label: 'Bob Li' });
	await maya.locator('select[name=role]').selectOption('viewer');
	await maya.getByRole('button', { name: 'Add to deal' }).click();
	await expect(maya.getByTestId('deal-team')).toContainText('Viewer');

	await bobContext.setOffline(false);
	await expect(bob.getByTestId('sync-problem')).toContainText('can no longer edit');
	await expect(bob.getByTestId('deal-editor')).toHaveAttribute('contenteditable', 'false');
	await expect.poll(() => editorText(bob)).toContain(line);
	await bob.getByTestId('copy-local').click();
	await expect(bob.getByTestId('local-copy')).toHaveValue(new RegExp(line));
	expect(await bob.evaluate('navigator.clipboard.readText()')).toContain(line);

	// Reopened later, bob's copy is still readable here, and still refused by the server.
	await bob.reload();
	await expect(bob.getByTestId('read-only-notice')).toBeVisible();
	await expect.poll(() => editorText(bob)).toContain(line);
	await expect(bob.getByTestId('sync-problem')).toContainText('can no longer edit');
	await maya.reload();
	await expect(maya.getByTestId('doc-loading')).toHaveCount(0);
	expect(await editorText(maya)).not.toContain(line);
	await maya.context().close();
	await bobContext.close();
});

test('signing out warns about changes the server has not committed, then clears this device', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ baseURL: app.baseUrl });
	const alice = await context.newPage();
	await signInAt(alice, 'alice@demo.test');
	await openDealFromList(alice);
	await expectKeptOffline(alice);
	// The server goes away while the browser still thinks it is online.
	await app.stop();
	await appendLine(alice, `Not yet committed ${Date.now().toString(36)}`);
	const pending = await unsavedCount(alice);
	expect(pending).toBeGreaterThan(0);
	await alice.getByTestId('sign-out').click();
	await expect(alice.getByTestId('sign-out-dialog')).toBeVisible();
	await expect(alice.getByTestId('sign-out-dialog')).toContainText(`${pending} changes on this device`);
	await alice.getByRole('button', { name: 'Stay signed in' }).click();
	await expect(alice.getByTestId('sign-out-dialog')).toBeHidden();

	app = await startApp(PORT, { dataDir });
	await expectSaved(alice);
	await alice.getByTestId('sign-out').click();
	await expect(alice).toHaveURL(/\/login/);
	const left = await alice.evaluate(`(async () => ({
		databases: (await indexedDB.databases()).map((d) => d.name).filter((n) => n.startsWith('deal-rooms:')),
		pages: (await caches.keys()).filter((k) => k.includes('-pages-'))
	}))()`);
	expect(left).toEqual({ databases: [], pages: [] });
	await context.close();
});

test('the device copy is folded into one entry when a deal is opened again, so it does not grow with every edit', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ baseURL: app.baseUrl });
	const alice = await context.newPage();
	await signInAt(alice, 'alice@demo.test');
	const dealUrl = await openDealFromList(alice);
	const dealId = dealUrl.split('/').pop()!;
	const entries = () =>
		alice.evaluate(`(async () => {
			const info = (await indexedDB.databases()).find((d) => d.name.startsWith('deal-rooms:') && d.name.endsWith(':${dealId}'));
			const db = await new Promise((resolve, reject) => {
				const open = indexedDB.open(info.name);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const count = await new Promise((resolve) => {
				const request = db.transaction('updates').objectStore('updates').count();
				request.onsuccess = () => resolve(request.result);
			});
			db.close();
			return count;
		})()`);
	const line = `Keystroke by keystroke ${Date.now().toString(36)}`;
	await appendLine(alice, line);
	await expectSaved(alice);
	expect(await entries()).toBeGreaterThan(line.length);
	for (let i = 0; i < 3; i++) {
		await alice.reload();
		await expect.poll(() => editorText(alice)).toContain(line);
		await expectSaved(alice);
		await expect.poll(entries).toBeLessThan(5);
	}
	await context.close();
});
