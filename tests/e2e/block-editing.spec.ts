import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('the keyboard steps into a live block with Enter and back out with Escape', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await alice.getByRole('link', { name: 'Campus hiring pilot' }).click();
	await expect(alice.getByTestId('doc-loading')).toHaveCount(0);
	const editor = alice.getByTestId('deal-editor');
	await editor.locator(':scope > h1').click();
	await alice.keyboard.press('End');
	await alice.keyboard.press('ArrowDown');
	const objective = editor.locator('.live-block', { has: alice.getByTestId('objective') });
	await expect(objective).toHaveClass(/ProseMirror-selectednode/);
	await alice.keyboard.press('Enter');
	const quantity = alice.getByTestId('objective').locator('[data-field=quantity]');
	await expect(quantity).toBeFocused();
	await alice.keyboard.type('40 seats');
	await alice.keyboard.press('Tab');
	await expect(alice.getByTestId('objective-sentence')).toContainText('Sell 40 seats');
	await alice.keyboard.press('Escape');
	await expect(objective).toHaveClass(/ProseMirror-selectednode/);
	await expect(editor).toBeFocused();
	await alice.context().close();
});

test('hovering a block shows its drag handle, for text and live blocks alike', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await alice.getByRole('link', { name: 'Campus hiring pilot' }).click();
	await expect(alice.getByTestId('doc-loading')).toHaveCount(0);
	const editor = alice.getByTestId('deal-editor');
	const handle = alice.getByTestId('drag-handle');
	await editor.locator(':scope > h2', { hasText: 'Notes' }).hover();
	await expect(handle).toBeVisible();
	const nearHeading = await handle.boundingBox();
	await alice.getByTestId('position').hover();
	await expect(handle).toBeVisible();
	await expect.poll(async () => (await handle.boundingBox())?.y).not.toBe(nearHeading?.y);
	await alice.context().close();
});

test('tables and links: Tab walks the cells and adds a row from the last one; a typed address becomes a link; the link button sets one', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await alice.getByRole('link', { name: 'Campus hiring pilot' }).click();
	await expect(alice.getByTestId('doc-loading')).toHaveCount(0);
	// Their behaviour loads once the deal is editable; the schema came with the editor.
	await expect(alice.locator('.deal-editor')).toHaveAttribute('data-all-loaded', 'true');
	const editor = alice.getByTestId('deal-editor');
	await editor.locator(':scope > p').last().click();
	await alice.keyboard.press('End');
	await alice.keyboard.press('Enter');
	await alice.keyboard.type('Pricing: https://example.com/pricing then more');
	await expect(editor.locator('a[href="https://example.com/pricing"]')).toHaveText('https://example.com/pricing');

	await alice.keyboard.press('Enter');
	await alice.getByRole('button', { name: 'Table', exact: true }).click();
	const table = editor.locator('.tableWrapper > table');
	await expect(table.locator('tr')).toHaveCount(3);
	for (const word of ['Name', 'Role', 'Owner', 'Li Wei']) {
		await alice.keyboard.type(word);
		await alice.keyboard.press('Tab');
	}
	await expect(table.locator('th')).toHaveText(['Name', 'Role', 'Owner']);
	await expect(table.locator('tr').nth(1).locator('td').first()).toHaveText('Li Wei');
	// From the second cell of row 2 to the last cell of row 3, then one more Tab: a fourth row.
	for (let i = 0; i < 4; i++) await alice.keyboard.press('Tab');
	await expect(table.locator('tr')).toHaveCount(3);
	await alice.keyboard.press('Tab');
	await expect(table.locator('tr')).toHaveCount(4);
	await alice.keyboard.type('new row');
	await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('new row');
	// In a cell the "/" menu keeps the arrows and Tab: they move in it and pick, not between cells.
	await alice.keyboard.press('Tab');
	await alice.keyboard.type('/head');
	await expect(alice.getByTestId('slash-menu')).toBeVisible();
	await alice.keyboard.press('ArrowDown');
	await alice.keyboard.press('Tab');
	await expect(alice.getByTestId('slash-menu')).toHaveCount(0);
	await expect(table.locator('tr').nth(3).locator('td').nth(1).locator('h2')).toHaveCount(1);

	await table.locator('th').first().dblclick();
	alice.once('dialog', (dialog) => void dialog.accept('https://example.com/people'));
	await alice.getByRole('button', { name: 'Link', exact: true }).click();
	await expect(table.locator('th a[href="https://example.com/people"]')).toHaveText('Name');

	// The next deal, opened without a page load, has them too: the first editor's went with it.
	const warnings: string[] = [];
	alice.on('console', (msg) => void (msg.type() === 'warning' || msg.type() === 'error' ? warnings.push(msg.text()) : undefined));
	await alice.getByRole('link', { name: 'Deals', exact: true }).first().click();
	// A deal no other test reads the text of.
	await alice.getByRole('link', { name: 'Graduate programme 2027' }).click();
	await expect(alice.locator('.deal-editor')).toHaveAttribute('data-all-loaded', 'true');
	await alice.getByTestId('deal-editor').locator(':scope > p').last().click();
	await alice.keyboard.press('End');
	await alice.keyboard.press('Enter');
	await alice.keyboard.type('Terms: https://example.org/terms next');
	await expect(alice.getByTestId('deal-editor').locator('a[href="https://example.org/terms"]')).toHaveText('https://example.org/terms');
	expect(warnings.filter((w) => /linkify/i.test(w))).toEqual([]);
	await alice.context().close();
});
