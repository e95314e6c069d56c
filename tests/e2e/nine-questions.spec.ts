import { expect, test } from '@playwright/test';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { openDemoDeal, policyViolations, signIn as signInAt } from './session.ts';

// An app of its own: the test writes 陈经理's personal win into the shared demo deal.
let app: AppProcess;
test.beforeAll(async () => {
	app = await startApp(4197);
});
test.afterAll(async () => app?.stop());
const signIn = (browser: import('@playwright/test').Browser, email: string) => signInAt(browser, email, app.baseUrl);

test('the nine questions read the room live: maya sees question 1 answered as alice writes the missing personal wins', async ({ browser }) => {
	const maya = await signIn(browser, 'maya@demo.test');
	await openDemoDeal(maya);
	await maya.getByTestId('open-nine-questions').click();
	const panel = maya.getByTestId('nine-questions');
	await expect(panel.getByTestId('nq-question')).toHaveCount(9);
	const q = (n: number) => panel.locator(`[data-question="${n}"]`);
	await expect(q(3)).toHaveAttribute('data-status', 'answered');
	await expect(q(3)).toContainText('Economic buyer: 梁总');
	await expect(q(1)).toHaveAttribute('data-status', 'partly');
	await expect(q(1).getByTestId('nq-gaps')).toContainText('陈经理: no personal win');
	await expect(q(4)).toContainText('spend more of your time on the G and T people');

	// Alice fills in what is missing for everyone; maya's open panel follows.
	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	for (const id of ['sun', 'chen', 'fang']) {
		await alice.locator(`[data-row-id=${id}] button[aria-expanded]`).click();
		for (const field of ['orgResult', 'personalWin']) {
			const box = alice.locator(`tr[data-row-id=${id}] [data-field=${field}]`);
			await box.fill(`${id} ${field} 已确认`);
			await box.blur();
		}
		await alice.locator(`[data-row-id=${id}] button[aria-expanded]`).click();
	}
	await expect(q(1)).toHaveAttribute('data-status', 'answered');
	await expect(q(1).getByTestId('nq-gaps')).toHaveCount(0);
	await expect(q(6)).toHaveAttribute('data-status', 'answered');
	await expect(panel.getByTestId('nq-score')).toContainText('of 9 answered');

	// The pipeline review lists the same score, derived by the server from its own copy.
	const score = (await panel.getByTestId('nq-score').textContent())!.match(/(\d) of 9/)![1]!;
	const pipeline = await maya.context().newPage();
	const row = pipeline.getByTestId('pipeline-deal').filter({ hasText: 'Recruiting platform upgrade' });
	await expect(async () => {
		await pipeline.goto('/pipeline');
		await expect(row.getByTestId('deal-nine-score')).toHaveText(`${score}/9`, { timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	// The review's deal drawer answers them too, from the stored room.
	await row.getByTestId('open-threads').click();
	const drawer = pipeline.getByTestId('drawer-nine-questions');
	await expect(drawer).toContainText(`${score} of 9 answered`);
	await drawer.locator('summary').click();
	await expect(drawer.locator('[data-question="1"]')).toHaveAttribute('data-status', 'answered');
	// The reference visit is planned, but what the reference gets out of it is not written down.
	await expect(drawer.locator('[data-question="8"]')).toHaveAttribute('data-status', 'partly');
	await pipeline.close();

	// Escape closes it, focus back on the button; in Chinese it speaks the seed's words.
	await maya.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(maya.getByTestId('open-nine-questions')).toBeFocused();
	await maya.getByTestId('language').selectOption('zh-CN');
	await openDemoDealAgain(maya);
	await maya.getByTestId('open-nine-questions').click();
	await expect(maya.getByTestId('nine-questions')).toContainText('客户究竟要什么?');
	await expect(maya.getByTestId('nine-questions')).toContainText('已回答');
	expect(policyViolations(maya)).toEqual([]);
	await maya.context().close();
	await alice.context().close();
});

test('maya comments on question 9 from the pipeline; alice lists the competitor the pull-back plan names and question 9 turns answered live', async ({ browser }) => {
	const maya = await signIn(browser, 'maya@demo.test');
	await maya.goto('/pipeline');
	const row = maya.getByTestId('pipeline-deal').filter({ hasText: 'Recruiting platform upgrade' });
	// The score opens the deal's drawer on its nine questions, unfolded.
	await row.getByTestId('deal-nine-score').click();
	const drawer = maya.getByTestId('drawer-nine-questions');
	await expect(drawer).toHaveAttribute('open', '');
	const q9InDrawer = drawer.locator('[data-question="9"]');
	await expect(q9InDrawer).toHaveAttribute('data-status', 'missing');
	await expect(q9InDrawer.getByTestId('nq-gaps')).toContainText('TalentSoft shaped the buying chain');
	await q9InDrawer.getByTestId('nq-comment').click();
	await q9InDrawer.getByTestId('comment-input').fill('Whose home court is this? TalentSoft wrote the requirements.');
	await q9InDrawer.getByTestId('comment-submit').click();
	await expect(q9InDrawer.getByTestId('comment-thread')).toContainText('TalentSoft wrote the requirements');
	await expect(q9InDrawer.getByTestId('comment-pending')).toHaveCount(0);
	await expect(drawer.locator('summary')).toContainText('Comments: 1');
	// A review walks every open deal the page lists, one after the other.
	const threads = maya.getByTestId('deal-threads');
	const position = await threads.getByTestId('review-position').textContent();
	const [, n, total] = position!.match(/Deal (\d+) of (\d+)/)!.map(Number);
	expect(total).toBe(await maya.getByTestId('pipeline-deal').count());
	await threads.getByTestId(n! < total! ? 'review-next' : 'review-prev').click();
	await expect(threads.locator('h2').first()).not.toHaveText('Recruiting platform upgrade');
	await expect(threads.getByTestId('review-position')).toHaveText(`Deal ${n! < total! ? n! + 1 : n! - 1} of ${total}`);
	await expect(maya.getByTestId('drawer-nine-questions').getByTestId('nq-question')).toHaveCount(9);
	await maya.keyboard.press('Escape');

	// In the deal, the question carries maya's remark; alice sees it in her own panel.
	await maya.goto('/deals');
	await openDemoDeal(maya);
	await maya.getByTestId('open-nine-questions').click();
	const q9 = maya.getByTestId('nine-questions').locator('[data-question="9"]');
	await expect(q9.getByTestId('comment-thread')).toContainText('TalentSoft wrote the requirements');
	await expect(q9).toHaveAttribute('data-status', 'missing');
	const q8 = maya.getByTestId('nine-questions').locator('[data-question="8"]');
	await expect(q8).toHaveAttribute('data-status', 'partly');

	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	const competition = alice.getByTestId('competition');
	await expect(competition.getByTestId('competition-empty')).toBeVisible();
	// The pull-back plan and the workspace's list offer the name in one click.
	await competition.getByRole('button', { name: 'Add TalentSoft' }).click();
	const talentSoft = competition.locator('[data-competitor]').filter({ has: alice.locator('input[data-field=name]') });
	await expect(talentSoft.locator('[data-field=name]')).toHaveValue('TalentSoft');
	await expect(q9).toHaveAttribute('data-status', 'partly');
	await expect(q9.getByTestId('nq-gaps')).toContainText('TalentSoft: whose home court?');
	await talentSoft.locator('[data-field=homeCourt]').selectOption('theirs');
	await expect(talentSoft.getByTestId('competition-response')).toContainText('never undercut on price');
	await expect(q9).toHaveAttribute('data-status', 'answered');
	await expect(q9).toContainText('meet more people');

	// And question 8: what the reference customer gets out of the visit.
	const resource = alice.getByTestId('resources').locator('[data-resource="ref-visit"]');
	await resource.locator('[data-field=theirWin]').fill('A case study with their name on it 联合案例');
	await resource.locator('[data-field=theirWin]').blur();
	await expect(q8).toHaveAttribute('data-status', 'answered');

	// Alice's own panel shows maya's remark under question 9.
	await alice.getByTestId('open-nine-questions').click();
	await expect(alice.getByTestId('nine-questions').locator('[data-question="9"]').getByTestId('comment-thread')).toContainText('TalentSoft wrote the requirements');
	expect(policyViolations(maya)).toEqual([]);
	expect(policyViolations(alice)).toEqual([]);
	await maya.context().close();
	await alice.context().close();
});

async function openDemoDealAgain(page: import('@playwright/test').Page) {
	await expect(page.getByTestId('deal-editor')).toBeVisible();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
}
