import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { getBlocks } from '../../src/lib/sync/blocks.ts';
import { setCriterionDone } from '../../src/lib/sync/sales-blocks.ts';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { editorText, openDemoDeal, rawDealClient, signIn, signInAt } from './session.ts';

// An app of its own: the damaged deal must not show up in other tests' lists.
let app: AppProcess;
test.beforeAll(async () => {
	app = await startApp(4182);
});
test.afterAll(async () => app?.stop());

test('a block a client damaged shows "could not be shown"; the rest of the deal keeps working', async ({ browser }) => {
	const olivia = await signIn(browser, 'olivia@demo.test', app.baseUrl);
	await olivia.goto('/deals/new');
	await olivia.locator('input[name="title"]').fill('Damaged block deal');
	await olivia.locator('form button.btn').click();
	await expect(olivia).toHaveURL(/\/deals\/[a-z2-7]{16}$/);
	await expect(olivia.getByTestId('doc-loading')).toHaveCount(0);
	await expect(olivia.locator('[data-block-type="roleTable"]')).toBeVisible();
	// A client that bypasses the editor and puts the wrong Yjs type where the rows belong.
	const { doc, destroy } = await rawDealClient(olivia, app.baseUrl);
	(getBlocks(doc).get('demo-roles') as Y.Map<unknown>).set('rows', 'not a map of rows');

	await expect(olivia.locator('[data-block-type="roleTable"]').getByTestId('block-failed')).toContainText('This block could not be shown');
	// The other blocks and the text still work, and save.
	await expect(olivia.locator('[data-block-type="stageChecklist"]').getByTestId('block-failed')).toHaveCount(0);
	await olivia.getByTestId('deal-editor').locator(':scope > p').last().click();
	await olivia.keyboard.type(' still editing');
	await expect.poll(() => editorText(olivia)).toContain('still editing');
	await expect(olivia.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');
	destroy();
	await olivia.context().close();
});

test('a tick a client credits to someone else, backdated, shows who really ticked it and when', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test', app.baseUrl);
	await openDemoDeal(alice);
	const bob = await signIn(browser, 'bob@demo.test', app.baseUrl);
	await openDemoDeal(bob);
	const aliceId = await alice.evaluate(async () => (await (await fetch('/api/session')).json()).user.id as string);
	// Bob's own session, bypassing the editor: "Alice ticked it on 1 January 2001".
	const { doc, destroy } = await rawDealClient(bob, app.baseUrl);
	setCriterionDone(doc, 'stage-checklist', 'order-signed', true, aliceId, Date.parse('2001-01-01T00:00:00Z'));
	const item = alice.locator('[data-criterion="order-signed"]');
	await expect(item.locator('input[data-field="done"]')).toBeChecked();
	const today = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(new Date());
	await expect(item).toContainText(`Bob Li, ${today}`);
	await expect(item).not.toContainText('Jan 1');
	await expect(item).not.toContainText('Alice');
	// The page's first paint, made by the server before any script, says the same.
	const noScript = await browser.newContext({ baseURL: app.baseUrl, javaScriptEnabled: false });
	const reader = await noScript.newPage();
	await reader.goto('/login');
	await signInAt(reader, 'victor@demo.test');
	await expect(async () => {
		await reader.goto(alice.url());
		await expect(reader.locator('[data-testid=deal-paint] [data-criterion="order-signed"] input[data-field="done"]')).toBeChecked({ timeout: 1000 });
	}).toPass({ timeout: 15_000 });
	const painted = reader.locator('[data-testid=deal-paint] [data-criterion="order-signed"]');
	await expect(painted).toContainText(`Bob Li, ${today}`);
	await expect(painted).not.toContainText('Alice');
	await noScript.close();
	destroy();
	await alice.context().close();
	await bob.context().close();
});
