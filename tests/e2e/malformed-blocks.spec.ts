import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { getBlocks } from '../../src/lib/sync/blocks.ts';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { editorText, rawDealClient, signIn } from './session.ts';

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
