import { expect, test, type Page } from '@playwright/test';
import { signIn } from './session.ts';

async function openDeal(page: Page, title: string) {
	await page.goto('/deals');
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expect(page.getByTestId('role-table')).toBeVisible();
}

const flags = (page: Page) => page.getByTestId('diagnosis').getByTestId('diagnosis-flag');

test('a support change by alice moves bob’s heatmap chip, adds a timeline column and clears the flag; victor cannot edit', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	const bob = await signIn(browser, 'bob@demo.test');
	const victor = await signIn(browser, 'victor@demo.test');
	for (const page of [alice, bob, victor]) await openDeal(page, 'Recruiting platform upgrade');

	// The reference scenario as the article tells it.
	await expect(flags(bob)).toHaveCount(2);
	await expect(bob.locator('[data-kind=decisionMakerAlone]')).toContainText('陈经理');
	await expect(bob.locator('[data-kind=keyInfluencerOpposed]')).toContainText('方总');
	const chenChip = bob.getByTestId('heatmap-grid').locator('[data-person=chen]');
	await expect(chenChip).toHaveCount(1);
	await expect(bob.locator('[data-cell="2:-1"] [data-person=chen]')).toBeVisible();
	const columns = bob.getByTestId('heatmap-timeline').getByTestId('timeline-column');
	await expect(columns).toHaveCount(2);

	await alice.locator('[data-row-id=chen] [data-field=support]').selectOption('1');
	await expect(bob.locator('[data-cell="2:1"] [data-person=chen]')).toBeVisible();
	await expect(bob.locator('[data-cell="2:-1"] [data-person=chen]')).toHaveCount(0);
	await expect(columns).toHaveCount(3);
	await expect(bob.locator('[data-kind=decisionMakerAlone]')).not.toContainText('陈经理');

	await alice.locator('[data-row-id=fang] [data-field=support]').selectOption('1');
	await expect(flags(bob)).toHaveCount(0);
	await expect(bob.getByTestId('diagnosis-clear')).toBeVisible();
	await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');

	// Victor sees it all, live, and can change none of it.
	await expect(victor.locator('[data-cell="2:1"] [data-person=fang]')).toBeVisible();
	await expect(victor.locator('[data-row-id=chen] [data-field=support]')).toBeDisabled();
	await expect(victor.locator('[data-row-id=chen] [data-field=name]')).toBeDisabled();
	await expect(victor.getByTestId('add-row')).toHaveCount(0);

	// Clicking a chip focuses that person's row in the table.
	await bob.locator('[data-cell="2:2"] [data-person=liang]').click();
	await expect(bob.locator('[data-row-id=liang] [data-field=name]')).toBeFocused();
	for (const page of [alice, bob, victor]) await page.context().close();
});

test('the slash menu inserts a live block, and undo and redo cover blocks and their data', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await openDeal(alice, 'Campus hiring pilot');
	const heatmaps = alice.locator('[data-testid=live-block][data-block-type=heatmap]');
	await expect(heatmaps).toHaveCount(1);

	await alice.getByTestId('deal-editor').locator(':scope > p').first().click();
	await alice.keyboard.press('End');
	await alice.keyboard.press('Enter');
	await alice.keyboard.type('/heat');
	await expect(alice.getByTestId('slash-menu')).toContainText('Support heatmap');
	await alice.keyboard.press('Enter');
	await expect(heatmaps).toHaveCount(2);
	await expect(alice.getByTestId('slash-menu')).toHaveCount(0);

	await alice.getByRole('button', { name: 'Undo' }).click();
	await expect(heatmaps).toHaveCount(1);
	await alice.getByRole('button', { name: 'Redo' }).click();
	await expect(heatmaps).toHaveCount(2);

	// A row added in a block is undone by the same history.
	const rows = alice.getByTestId('role-row');
	await expect(rows).toHaveCount(1);
	await alice.getByTestId('add-row').click();
	await expect(rows).toHaveCount(2);
	const name = alice.locator('[data-testid=role-row]').nth(1).locator('[data-field=name]');
	await expect(name).toBeFocused();
	await name.fill('孙经理');
	await name.press('Enter');
	await alice.getByRole('button', { name: 'Undo' }).click();
	await alice.getByRole('button', { name: 'Undo' }).click();
	await expect(rows).toHaveCount(1);
	await alice.getByRole('button', { name: 'Redo' }).click();
	await alice.getByRole('button', { name: 'Redo' }).click();
	await expect(rows).toHaveCount(2);
	await alice.context().close();
});
