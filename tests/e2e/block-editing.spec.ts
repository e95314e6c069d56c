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
