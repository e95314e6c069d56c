import { expect, test } from '@playwright/test';
import { editorText, openDemoDeal, policyViolations, signIn } from './session.ts';

test('alice and bob type in the same deal and see each other’s text and carets', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	const bob = await signIn(browser, 'bob@demo.test');
	await openDemoDeal(alice);
	await openDemoDeal(bob);

	const stamp = Date.now().toString(36);
	await alice.getByTestId('deal-editor').locator(':scope > p').last().click();
	await alice.keyboard.press('End');
	await alice.keyboard.type(` Alice-${stamp}`);
	await bob.getByTestId('deal-editor').locator(':scope > h2').first().click();
	await bob.keyboard.press('End');
	await bob.keyboard.type(` Bob-${stamp}`);

	await expect.poll(() => editorText(bob)).toContain(`Alice-${stamp}`);
	await expect.poll(() => editorText(alice)).toContain(`Bob-${stamp}`);
	// Each sees the other's caret, labelled with the name the server stamped.
	await expect(alice.locator('.collaboration-carets__label', { hasText: 'Bob Li' })).toBeVisible();
	await expect(bob.locator('.collaboration-carets__label', { hasText: 'Alice Wang' })).toBeVisible();
	await expect(alice.getByTestId('presence').getByTestId('avatar')).toHaveCount(2);
	await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');
	await expect(bob.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');

	// After a reload the text comes back from the server.
	await alice.reload();
	await expect(alice.getByTestId('doc-loading')).toHaveCount(0);
	await expect.poll(() => editorText(alice)).toContain(`Alice-${stamp}`);
	await expect.poll(() => editorText(alice)).toContain(`Bob-${stamp}`);
	// The editor, carets and the sync socket all work under the app's Content-Security-Policy.
	expect([...policyViolations(alice), ...policyViolations(bob)]).toEqual([]);
	await alice.context().close();
	await bob.context().close();
});

test('victor, a viewer, sees the text live but cannot change it', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	const victor = await signIn(browser, 'victor@demo.test');
	await openDemoDeal(alice);
	await openDemoDeal(victor);
	await expect(victor.getByTestId('read-only-notice')).toBeVisible();
	await expect(victor.getByTestId('deal-editor')).toHaveAttribute('contenteditable', 'false');
	await expect(victor.getByTestId('toolbar')).toHaveCount(0);

	const before = await editorText(victor);
	await victor.getByTestId('deal-editor').locator(':scope > p').first().click();
	await victor.keyboard.type('victor tries to type');
	expect(await editorText(victor)).toBe(before);

	const stamp = `live-${Date.now().toString(36)}`;
	await alice.getByTestId('deal-editor').locator(':scope > p').first().click();
	await alice.keyboard.press('End');
	await alice.keyboard.type(` ${stamp}`);
	await expect.poll(() => editorText(victor)).toContain(stamp);
	expect(await editorText(victor)).not.toContain('victor tries to type');
	await alice.context().close();
	await victor.context().close();
});

test('the language switch shows the app in 简体中文', async ({ browser }) => {
	const page = await signIn(browser, 'maya@demo.test');
	await page.getByTestId('language').selectOption('zh-CN');
	await expect(page.getByRole('heading', { name: '商机' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '客户' })).toBeVisible();
	await page.getByTestId('language').selectOption('en');
	await expect(page.getByRole('heading', { name: 'Deals' })).toBeVisible();
	await page.context().close();
});
