import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDemoDeal, policyViolations, signIn } from './session.ts';

/** Text of a PDF, as another tool reads it (poppler's pdftotext). */
function pdfText(pdf: Buffer): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'deal-pdf-'));
	try {
		writeFileSync(path.join(dir, 'deal.pdf'), pdf);
		execFileSync('pdftotext', ['-layout', path.join(dir, 'deal.pdf'), path.join(dir, 'deal.txt')]);
		return readFileSync(path.join(dir, 'deal.txt'), 'utf8');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

test('a viewer exports the deal as Markdown and prints it to a PDF that holds Chinese and English', async ({ browser }) => {
	const page = await signIn(browser, 'victor@demo.test');
	await openDemoDeal(page);
	await page.getByTestId('export-menu').locator('summary').click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Markdown (.md)' }).click()]);
	expect(download.suggestedFilename()).toBe('Recruiting platform upgrade.md');
	const markdown = readFileSync((await download.path())!, 'utf8');
	expect(markdown).toContain('## Role analysis table');
	expect(markdown).toMatch(/\| 方总 +\| Technical lead 技术负责人 +\|/);

	await page.getByTestId('export-menu').locator('summary').click();
	await page.getByRole('link', { name: 'PDF (print)' }).click();
	await expect(page.getByTestId('deal-print')).toBeVisible();
	await expect(page.getByTestId('deal-print').locator('table').first()).toBeVisible();
	// No editor chrome on paper: the navigation and the print button are screen-only.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.getByTestId('print-button')).toBeHidden();
	const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
	for (const expected of ['Recruiting platform upgrade', 'Role analysis table', '陈经理', '华远集团', 'Decision maker alone', '笔记', 'Support over time'])
		expect(text, expected).toContain(expected);
	expect(policyViolations(page)).toEqual([]);
	await page.context().close();
});

test('the print page speaks Chinese to a Chinese reader', async ({ browser }) => {
	const page = await signIn(browser, 'alice@demo.test');
	await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'zh-CN', url: page.url() }]);
	await openDemoDeal(page);
	await page.goto(page.url().replace(/\/?$/, '/print'));
	await expect(page.getByTestId('deal-print')).toContainText('角色进阶分析表');
	const text = pdfText(await page.pdf({ format: 'A4' }));
	for (const expected of ['角色进阶分析表', '诊断', '决策者孤立', 'Huayuan']) expect(text, expected).toContain(expected);
	await page.context().close();
});

test('someone without access gets no export', async ({ browser }) => {
	const page = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(page);
	const dealUrl = page.url();
	const other = await browser.newContext();
	const res = await other.request.get(`${dealUrl}/export.md`, { maxRedirects: 0 });
	expect(res.status()).toBe(401);
	await other.close();
	await page.context().close();
});
