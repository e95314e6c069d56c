import { expect, test } from '@playwright/test';
import { expectKeptOffline, openDealFromList } from './offline-support.ts';
import { policyViolations, signIn } from './session.ts';

test('Ctrl+K finds 方总’s deal from any page and opens it; /search shows where each result was found', async ({ browser }) => {
	const page = await signIn(browser, 'alice@demo.test');
	await page.goto('/pipeline');
	const palette = page.getByTestId('command-palette');
	await expect(async () => {
		await page.keyboard.press('Control+k');
		await expect(palette).toBeVisible({ timeout: 1000 });
	}).toPass();
	await page.getByTestId('palette-input').fill('方总');
	const person = palette.getByTestId('search-result').filter({ hasText: 'Role table · 方总' });
	await expect(person).toBeVisible();
	await expect(person.locator('mark').first()).toHaveText('方总');
	await person.click();
	await expect(page).toHaveURL(/\/deals\/[A-Za-z0-9_-]+$/);
	await expect(page.getByTestId('deal-title')).toHaveText('Recruiting platform upgrade');
	await expect(palette).toHaveCount(0);

	// From the keyboard alone: deals come first, the arrows move, Enter opens.
	await page.goto('/deals');
	// Once the page has come alive (hydrated), the shortcut works.
	await expect(async () => {
		await page.keyboard.press('Control+k');
		await expect(palette).toBeVisible({ timeout: 1000 });
	}).toPass();
	await page.getByTestId('palette-input').fill('Huay');
	await expect(palette.getByTestId('search-result').first()).toHaveAttribute('data-kind', 'deal');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('deal-title')).toBeVisible();
	await expect(palette).toHaveCount(0);

	await page.goto('/search?q=talent%20pool');
	const results = page.getByTestId('search-results').getByTestId('search-result');
	await expect(results.first()).toBeVisible();
	await expect(page.getByTestId('search-results')).toContainText('Recruiting platform upgrade');
	await page.goto('/search?q=zzzznothing');
	await expect(page.getByTestId('search-empty')).toBeVisible();
	// Escape closes the palette.
	await page.keyboard.press('Control+k');
	await expect(palette).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(palette).toHaveCount(0);
	expect(policyViolations(page)).toEqual([]);
	await page.context().close();
});

test('offline, the palette searches the deals kept on this device and says so', async ({ browser }) => {
	const page = await signIn(browser, 'alice@demo.test');
	await openDealFromList(page);
	await expectKeptOffline(page);
	await page.context().setOffline(true);
	await expect(page.getByTestId('offline-banner')).toBeVisible();
	const palette = page.getByTestId('command-palette');
	await page.keyboard.press('Control+k');
	await expect(palette).toBeVisible();
	await page.getByTestId('palette-input').fill('人才库');
	await expect(palette.getByTestId('palette-local')).toBeVisible();
	await expect(palette.getByTestId('search-result').first()).toContainText('Recruiting platform upgrade');
	await expect(palette.getByTestId('search-result').filter({ hasText: 'Role table · 方总' })).toBeVisible();
	await page.context().setOffline(false);
	await page.context().close();
});
