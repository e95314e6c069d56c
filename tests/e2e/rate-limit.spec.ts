import { expect, test } from '@playwright/test';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { editorText, signIn } from './session.ts';

/**
 * The real editor driven into the server's rate limit: the server closes it with a retryable
 * code, the page says what happened, and the editor comes back and saves by itself.
 */
let app: AppProcess;
test.beforeAll(async () => {
	// One message a second on average, bursts of ten: fast typing trips it at once.
	app = await startApp(4181, { env: { SYNC_MESSAGES_PER_SECOND: '1' } });
});
test.afterAll(async () => app?.stop());

test('typing past the rate limit pauses the connection, says so, then reconnects and saves', async ({ browser }) => {
	const page = await signIn(browser, 'alice@demo.test', app.baseUrl);
	await page.getByRole('link', { name: 'Recruiting platform upgrade' }).click();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expect(page.getByTestId('deal-editor')).toContainText('Recruiting platform upgrade');

	const stamp = `burst-${Date.now().toString(36)}`;
	await page.getByTestId('deal-editor').locator(':scope > p').last().click();
	await page.keyboard.press('End');
	await page.keyboard.type(` ${stamp} ${'typed fast '.repeat(4)}`);
	await expect(page.getByTestId('sync-pause')).toContainText('Too many changes at once');
	// Back by itself, with nothing lost.
	await expect(page.getByTestId('sync-pause')).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByTestId('save-status')).toHaveAttribute('data-saved', 'true', { timeout: 30_000 });
	await expect(page.getByTestId('sync-problem')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expect.poll(() => editorText(page)).toContain(`${stamp} ${'typed fast '.repeat(4).trim()}`);
	await page.context().close();
});
