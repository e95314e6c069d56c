import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('a manager’s template reaches the next new deal, which shows the whole template; a tick moves the stage for everyone', async ({ browser }) => {
	const stamp = Date.now().toString(36);
	const maya = await signIn(browser, 'maya@demo.test');
	await maya.goto('/settings/template');
	const risk = maya.locator('[data-template-stage=riskAssessment]');
	await risk.getByRole('button', { name: /add item/i }).click();
	await risk.getByLabel('English').last().fill(`Security review passed ${stamp}`);
	await risk.getByLabel('简体中文').last().fill(`安全评审通过 ${stamp}`);
	// The workspace's usual competitors and resources, offered in every deal.
	const rivals = maya.getByTestId('template-competitors');
	await rivals.getByRole('button', { name: /add a competitor/i }).click();
	await rivals.getByLabel('Competitor', { exact: true }).last().fill(`Rival ${stamp}`);
	const resources = maya.getByTestId('template-resources');
	await resources.getByRole('button', { name: /add a resource/i }).click();
	await resources.getByLabel('Kind', { exact: true }).last().selectOption('partner');
	await resources.getByLabel('Who or what', { exact: true }).last().fill(`Partner ${stamp}`);
	await maya.getByRole('button', { name: 'Save' }).click();
	await expect(maya.getByRole('status')).toContainText('Saved');

	const alice = await signIn(browser, 'alice@demo.test');
	await alice.goto('/deals/new');
	await alice.getByLabel('Title').fill(`Template check ${stamp}`);
	await alice.getByLabel('Amount').fill('90000');
	await alice.getByRole('button', { name: 'Create deal' }).click();
	await expect(alice).toHaveURL(/\/deals\/[a-z2-7]{16}$/);
	await expect(alice.getByTestId('doc-loading')).toHaveCount(0);
	const blocks = alice.getByTestId('live-block');
	await expect(blocks).toHaveCount(8);
	expect(await blocks.evaluateAll((els) => els.map((e) => e.getAttribute('data-block-type')))).toEqual([
		'objective',
		'position',
		'stageChecklist',
		'roleTable',
		'heatmap',
		'pullBack',
		'resources',
		'competition'
	]);
	// One click adds what the workspace's lists offer, kind included.
	await alice.getByTestId('competition').getByRole('button', { name: `Add Rival ${stamp}` }).click();
	await expect(alice.getByTestId('competition').locator('[data-field=name]')).toHaveValue(`Rival ${stamp}`);
	await alice.getByTestId('resources-offered').getByRole('button', { name: `+ Partner ${stamp}` }).click();
	await expect(alice.getByTestId('resources').locator('[data-field=kind]')).toHaveValue('partner');
	await expect(alice.getByTestId('resources-offered').getByRole('button', { name: `+ Partner ${stamp}` })).toHaveCount(0);
	await expect(alice.getByTestId('stage-checklist')).toContainText(`Security review passed ${stamp}`);
	await expect(alice.getByTestId('position-stage')).toHaveText('Lead');

	// Bob joins the deal from the list (he owns nothing here, so alice adds him first).
	await alice.locator('select[name=userId]').selectOption({ label: 'Bob Li' });
	await alice.locator('select[name=role]').selectOption('editor');
	await alice.getByRole('button', { name: 'Add to deal' }).click();
	await expect(alice.getByText('Bob Li is now Editor')).toBeVisible();
	const bob = await signIn(browser, 'bob@demo.test');
	await bob.goto(alice.url());
	await expect(bob.getByTestId('position-stage')).toHaveText('Lead');

	await alice.locator('[data-criterion=lead-contact] [data-field=done]').check();
	await expect(bob.getByTestId('position-stage')).toHaveText('Opportunity');
	await expect(bob.locator('[data-testid=sales-stage][data-current=true]')).toHaveText('Opportunity');
	await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');

	// The deal list's stage column comes from the stored document.
	await expect(async () => {
		await bob.goto('/deals');
		await expect(bob.getByRole('row', { name: new RegExp(`Template check ${stamp}`) }).getByTestId('deal-stage')).toHaveText('Opportunity', { timeout: 1000 });
	}).toPass({ timeout: 15_000 });
	// …and the list filters and sorts on it in SQL.
	await bob.getByTestId('deal-filters').locator('select[name=stage]').selectOption('opportunity');
	await expect(bob).toHaveURL(/stage=opportunity/);
	await expect(bob.getByRole('link', { name: `Template check ${stamp}` })).toBeVisible();
	await expect(bob.getByRole('link', { name: 'Recruiting platform upgrade' })).toHaveCount(0);
	await bob.goto('/deals?sort=stage');
	// The demo workspace's won deals stand at the last stage.
	await expect(bob.getByTestId('deal-list').locator('tbody tr').first().getByTestId('deal-stage')).toHaveText('Order confirmed');
	await expect(bob.getByTestId('deal-list').locator('tbody tr').last().getByTestId('deal-stage')).toHaveText('Lead');
	for (const page of [maya, alice, bob]) await page.context().close();
});

test('a pull-back plan refuses to pull the buyer forward and says why', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await alice.getByRole('link', { name: 'Recruiting platform upgrade' }).click();
	const plan = alice.getByTestId('pull-back');
	await expect(plan).toBeVisible();
	await plan.getByLabel('Pull back to').selectOption('cost');
	await expect(plan.getByTestId('pull-back-refused')).toContainText('cannot be skipped');
	await expect(plan.getByLabel('Pull back to')).toHaveValue('requirements');
	await plan.getByLabel('Pull back to').selectOption('pain');
	await expect(plan.getByTestId('pull-back-refused')).toHaveCount(0);
	await expect(plan.getByLabel('Pull back to')).toHaveValue('pain');
	await alice.context().close();
});
