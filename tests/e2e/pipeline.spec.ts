import { expect, test } from '@playwright/test';
import { signIn } from './session';

test('maya reviews the pipeline: filters, board, funnel with leads above it, forecast by month, her own win rate, and a saved review to compare with', async ({ browser }) => {
	const maya = await signIn(browser, 'maya@demo.test');
	await maya.goto('/pipeline');
	const rows = maya.getByTestId('pipeline-deal');
	const all = await rows.count();
	expect(all).toBeGreaterThanOrEqual(6);

	// Flow since last week's review, from the demo's saved snapshot.
	await expect(rows.filter({ hasText: 'Warehouse staffing suite' }).getByTestId('deal-flow')).toHaveText(/advanced from Solution confirmed/);
	await expect(rows.filter({ hasText: 'Branch talent review' }).getByTestId('deal-flow')).toHaveText(/slipped back/);
	await expect(rows.filter({ hasText: 'Store manager onboarding' }).getByTestId('deal-flow')).toHaveText(/stalled 4\d days/);

	// Leads are above the funnel, not in it.
	await expect(maya.getByTestId('funnel-stage')).toHaveCount(6);
	await expect(maya.locator('[data-testid="funnel-stage"][data-stage="lead"]')).toHaveCount(0);
	await expect(maya.getByTestId('funnel-leads')).toContainText(/^Lead/);

	// Filters.
	await maya.getByTestId('filter-owner').selectOption({ label: 'Bob Li' });
	await expect(rows).not.toHaveCount(all);
	for (const owner of await rows.locator('td:nth-child(5)').allTextContents()) expect(owner).toBe('Bob Li');
	await maya.getByTestId('filter-owner').selectOption({ label: 'Everyone' });
	await maya.getByTestId('filter-stage').selectOption({ label: 'Lead' });
	await expect(rows.filter({ hasText: 'Graduate programme 2027' })).toHaveCount(1);
	for (const stage of await rows.locator('td:nth-child(2)').allTextContents()) expect(stage).toBe('Lead');
	await maya.getByTestId('filter-stage').selectOption({ label: 'All stages' });

	// The board groups the same deals by stage.
	await maya.getByTestId('view-board').click();
	await expect(maya.getByTestId('board-card')).toHaveCount(all);
	await expect(maya.locator('[data-testid="board-column"][data-stage="riskAssessment"]')).toContainText('Warehouse staffing suite');

	// Forecast by month has more periods than by quarter.
	const quarters = await maya.getByTestId('forecast-period').count();
	await maya.getByTestId('forecast-period-select').selectOption('month');
	await expect.poll(() => maya.getByTestId('forecast-period').count()).toBeGreaterThan(quarters);

	// A stage with too little history uses the rate maya sets.
	const acceptance = maya.locator('[data-testid="win-rates"] tr[data-stage="customerAcceptance"]');
	await acceptance.locator('input').fill('80');
	await maya.getByRole('button', { name: 'Save rates' }).click();
	await expect(maya.getByText('Rates saved.')).toBeVisible();
	await expect(acceptance.getByTestId('win-rate')).toHaveText('80%');

	// Save today's review; compared with it, nothing has moved.
	const before = await maya.getByTestId('compare-select').locator('option').count();
	await maya.getByTestId('save-snapshot').click();
	await expect(maya.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await expect(maya.getByTestId('compare-select').locator('option')).toHaveCount(before + 1);
	await maya.getByTestId('compare-select').selectOption({ index: 0 });
	await expect(maya.getByText('Nothing moved since that review.')).toBeVisible();
	await maya.context().close();
});

test('alice, a member, sees the pipeline but not the manager’s controls', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await alice.goto('/pipeline');
	await expect(alice.getByTestId('pipeline-deal').first()).toBeVisible();
	await expect(alice.getByTestId('save-snapshot')).toHaveCount(0);
	await expect(alice.getByRole('button', { name: 'Save rates' })).toHaveCount(0);
	await alice.context().close();
});
