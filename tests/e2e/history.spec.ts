import { expect, test } from '@playwright/test';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { editorText, openDemoDeal, signIn as signInAt } from './session.ts';

// An app of its own: support changes only add to the heatmap's history, which other tests of
// the shared demo deal count.
let app: AppProcess;
test.beforeAll(async () => {
	app = await startApp(4195);
});
test.afterAll(async () => app?.stop());
const signIn = (browser: import('@playwright/test').Browser, email: string) => signInAt(browser, email, app.baseUrl);

const PARAGRAPH = 'Huayuan wants to replace its in-house recruiting tools';
const chenSupport = (page: import('@playwright/test').Page) => page.locator('[data-row-id=chen] [data-field=support]');

test('bob deletes a paragraph and changes 陈经理’s support; alice sees it in history, restores the role table, then the whole deal; victor reads history only', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	// A version to come back to.
	await alice.getByTestId('open-history').click();
	const panel = alice.getByTestId('history-panel');
	await expect(panel).toBeVisible();
	await panel.getByTestId('version-name').fill('Before the review 复盘前');
	await panel.getByRole('button', { name: 'Save version' }).click();
	await expect(panel.getByTestId('version-item').first()).toContainText('Before the review 复盘前');
	await alice.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);

	const bob = await signIn(browser, 'bob@demo.test');
	await openDemoDeal(bob);
	await bob.getByTestId('deal-editor').locator('p', { hasText: PARAGRAPH }).click({ clickCount: 3 });
	await bob.keyboard.press('Backspace');
	await chenSupport(bob).selectOption('1');
	await expect(bob.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');
	await expect.poll(() => editorText(alice)).not.toContain(PARAGRAPH);
	await expect(chenSupport(alice)).toHaveValue('1');

	// Alice opens the version: the diff says what bob did, in words and in marked text.
	await alice.getByTestId('open-history').click();
	await panel.getByTestId('version-item').filter({ hasText: 'Before the review' }).click();
	await expect(panel.getByTestId('text-diff').locator('del')).toContainText(PARAGRAPH);
	const roles = panel.getByTestId('block-diff').filter({ hasText: 'Role analysis table' });
	await expect(roles).toContainText('陈经理 support −1 → +1');
	await expect(panel.getByTestId('version-render')).toContainText(PARAGRAPH);

	// Only the role table: 陈经理 is back at −1 for everyone, the paragraph is still gone.
	await roles.getByTestId('restore-block').click();
	await expect(panel.getByTestId('history-notice')).toContainText('Restored');
	await expect(chenSupport(bob)).toHaveValue('-1');
	await expect(chenSupport(alice)).toHaveValue('-1');
	expect(await editorText(bob)).not.toContain(PARAGRAPH);
	await expect(panel.getByTestId('block-diff').filter({ hasText: 'Role analysis table' })).toHaveCount(0);

	// Then the whole deal: the paragraph comes back, live on bob's page.
	await panel.getByTestId('restore-all').click();
	await panel.getByTestId('restore-confirm').click();
	await expect(panel.getByTestId('history-notice')).toContainText('Restored');
	await expect.poll(() => editorText(bob)).toContain(PARAGRAPH);
	await expect(panel.getByTestId('version-diff')).toContainText('Nothing differs from now.');
	// The restores are versions too, with the server's record of who did them.
	await expect(panel.getByTestId('version-item').filter({ hasText: 'Restore' }).first()).toContainText('Alice Wang');

	// Victor reads history, but nothing offers him a restore.
	const victor = await signIn(browser, 'victor@demo.test');
	await openDemoDeal(victor);
	await victor.getByTestId('open-history').click();
	const his = victor.getByTestId('history-panel');
	await his.getByTestId('version-item').filter({ hasText: 'Before the review' }).click();
	await expect(his.getByTestId('version-diff')).toBeVisible();
	await expect(his.getByTestId('restore-all')).toHaveCount(0);
	await expect(his.getByTestId('restore-block')).toHaveCount(0);
	await expect(his.getByTestId('version-name')).toHaveCount(0);
	for (const p of [alice, bob, victor]) await p.context().close();
});
