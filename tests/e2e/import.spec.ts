import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { FIXTURES_DIR, salesforceOpportunitiesCsv } from '../support/import-fixtures.ts';
import { policyViolations, signIn as signInAt } from './session.ts';

// An app of its own: 500 imported deals would change what other tests count in the demo workspace.
let app: AppProcess;
test.beforeAll(async () => {
	app = await startApp(4196);
});
test.afterAll(async () => app?.stop());
const signIn = (browser: import('@playwright/test').Browser, email: string) => signInAt(browser, email, app.baseUrl);

test('a manager imports a Salesforce export of 500 deals, finds one by its Chinese name in the palette and opens it; then undoes the import', async ({ browser }) => {
	test.setTimeout(180_000);
	const csv = salesforceOpportunitiesCsv(500, 42);
	const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
	// A deal in the middle of the file, with a Chinese account: found by its Chinese name.
	const wanted = rows.slice(200).find((r) => /[\u4e00-\u9fff]{2,}/.test(r[1]!) && !r[1]!.startsWith('华远科技'))!;
	const chineseName = wanted[1]!.match(/[\u4e00-\u9fff]+/g)!.join(' ');

	const page = await signIn(browser, 'olivia@demo.test');
	await page.getByTestId('nav-import').click();
	await expect(page).toHaveURL(/\/import$/);
	await page.getByTestId('import-file').setInputFiles({ name: 'opportunities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByTestId('import-upload').click();

	// The columns as guessed from Salesforce's headers, with real values beside them.
	await expect(page.getByTestId('import-file-facts')).toContainText('500');
	await expect(page.getByLabel('What the column “Opportunity Name” holds')).toHaveValue('deal.title');
	await expect(page.getByLabel('What the column “Account Name” holds')).toHaveValue('account.name');
	await expect(page.getByLabel('What the column “Owner Email” holds')).toHaveValue('deal.ownerEmail');
	await expect(page.getByLabel('Our stage for “Negotiation/Review”')).toHaveValue('riskAssessment:open');
	await expect(page.getByLabel('Our stage for “Closed Won”')).toHaveValue('orderConfirmed:won');
	// Unmapping the account says what is missing, and the preview waits for it.
	await page.getByLabel('What the column “Account Name” holds').selectOption('');
	await expect(page.getByTestId('import-mapping-problems')).toContainText('Deals need an account');
	await expect(page.getByTestId('import-preview')).toBeDisabled();
	await page.getByLabel('What the column “Account Name” holds').selectOption('account.name');

	await page.getByTestId('import-preview').click();
	await expect(page.getByTestId('import-count-deals')).toContainText('500 new');
	await expect(page.getByTestId('import-count-errors')).toContainText('0 rows');
	await page.getByTestId('import-commit').click();
	await expect(page.getByTestId('import-status')).toHaveText('Imported', { timeout: 120_000 });
	await expect(page.getByTestId('import-summary')).toContainText('500 new');

	// Ctrl+K finds it by its Chinese name; Enter opens it.
	const palette = page.getByTestId('command-palette');
	await expect(async () => {
		await page.keyboard.press('Control+k');
		await expect(palette).toBeVisible({ timeout: 1000 });
	}).toPass();
	await page.getByTestId('palette-input').fill(chineseName);
	const result = palette.getByTestId('search-result').filter({ hasText: wanted[1]! }).first();
	await expect(result).toBeVisible();
	await result.click();
	await expect(page.getByTestId('deal-title')).toHaveText(wanted[1]!);
	// The room has the template and says where it came from.
	await expect(page.getByTestId('deal-editor')).toContainText('Imported from opportunities.csv');

	// Back on the import page (the address keeps the batch), the whole import is undone.
	await page.goBack();
	await expect(page.getByTestId('import-status')).toHaveText('Imported');
	page.once('dialog', (d) => void d.accept());
	await page.getByTestId('import-undo').click();
	await expect(page.getByTestId('import-status')).toHaveText('Undone', { timeout: 120_000 });
	await expect(page.getByTestId('import-undo-summary')).toContainText('removed');
	expect(policyViolations(page)).toEqual([]);
	await page.context().close();
});

test('a broken file is refused with the row to fix; a member is told who can import', async ({ browser }) => {
	const page = await signIn(browser, 'olivia@demo.test');
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES_DIR, 'broken-quote.csv'));
	await page.getByTestId('import-upload').click();
	await expect(page.getByTestId('import-problem')).toContainText('Row 3 opens a quote that is never closed');
	// Read with the wrong separator: one column, and what to do about it.
	await page.getByTestId('import-file').setInputFiles({ name: 'eu.csv', mimeType: 'text/csv', buffer: readFileSync(path.join(FIXTURES_DIR, 'semicolon-european.csv')) });
	await page.getByTestId('import-delimiter').selectOption('|');
	await page.getByTestId('import-upload').click();
	await expect(page.getByTestId('import-problem')).toContainText('Only one column was found');
	await page.getByTestId('import-delimiter').selectOption('');
	await page.getByTestId('import-upload').click();
	await expect(page.getByTestId('import-file-facts')).toContainText('separated by “;”');
	await page.context().close();

	const member = await signIn(browser, 'alice@demo.test');
	await expect(member.getByTestId('nav-import')).toHaveCount(0);
	await member.goto('/import');
	await expect(member.getByTestId('import-not-allowed')).toBeVisible();
	await member.context().close();
});
