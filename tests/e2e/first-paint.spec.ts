import { expect, test } from '@playwright/test';
import { policyViolations, signInAt, watchPolicy } from './session.ts';

/**
 * The deal page's first paint: the stored room is in the HTML (rich text and every live block,
 * drawn by the blocks' own components, read-only), so a person reads the deal before any script
 * or socket; then the editor takes over in the same place.
 */
test('the deal is in the page before any script runs, and the editor takes over in place', async ({ browser }) => {
	const base = test.info().project.use.baseURL;
	const noScript = await browser.newContext({ baseURL: base, javaScriptEnabled: false });
	const reader = await noScript.newPage();
	await reader.goto('/login');
	await signInAt(reader, 'alice@demo.test');
	const href = (await reader.getByRole('link', { name: 'Recruiting platform upgrade' }).getAttribute('href'))!;
	await reader.goto(href);
	const paint = reader.getByTestId('deal-paint');
	await expect(paint).toBeVisible();
	await expect(reader.getByTestId('doc-loading')).toHaveCount(0);
	// Rich text, and each block with its data, from the server's copy.
	await expect(paint).toContainText('Huayuan wants to replace its in-house recruiting tools');
	await expect(paint.getByTestId('objective-sentence')).toContainText('Sell 300 seats of recruiting platform upgrade');
	await expect(paint.locator('[data-row-id=chen] [data-field=name]')).toHaveValue('陈经理');
	await expect(paint.locator('[data-row-id=chen] [data-field=support]')).toHaveValue('-1');
	await expect(paint.getByTestId('resources').locator('[data-field=who]')).toHaveValue('Chen’s former employer 陈经理老东家');
	await expect(paint.getByTestId('live-block')).toHaveCount(8);
	// Read-only until the editor is up.
	await expect(paint.locator('[data-row-id=chen] [data-field=name]')).toBeDisabled();
	const paintedAt = await paint.getByTestId('role-table').evaluate((el) => el.getBoundingClientRect().top + scrollY);
	await noScript.close();

	const context = await browser.newContext({ baseURL: base });
	await watchPolicy(context);
	const alice = await context.newPage();
	await alice.goto('/login');
	await signInAt(alice, 'alice@demo.test');
	await alice.goto(href);
	await expect(alice.getByTestId('deal-paint')).toHaveCount(0);
	const table = alice.getByTestId('deal-editor').getByTestId('role-table');
	await expect(table.locator('[data-row-id=chen] [data-field=name]')).toBeEnabled();
	const editorAt = await table.evaluate((el) => el.getBoundingClientRect().top + scrollY);
	// The editor puts the blocks where the paint had them (the toolbar above it aside).
	console.log(`role table at ${paintedAt.toFixed(0)} px painted, ${editorAt.toFixed(0)} px in the editor`);
	expect(Math.abs(editorAt - paintedAt)).toBeLessThan(24);
	expect(policyViolations(alice)).toEqual([]);
	await context.close();
});
