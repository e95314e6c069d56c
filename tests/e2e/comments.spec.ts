import { expect, test, type Page } from '@playwright/test';
import { editorText, openDemoDeal, signIn } from './session';

const DEAL = 'Recruiting platform upgrade';

/**
 * Selects `needle` in the editor as a mouse drag would (a DOM selection the editor reads), or
 * puts the caret just before it when `caret` is set. Home/End are per visual line, so they
 * cannot find the start of a wrapped paragraph.
 */
async function selectInEditor(page: Page, needle: string, caret = false): Promise<void> {
	await page.getByTestId('deal-editor').focus();
	await page.evaluate(
		([needle, caret]) => {
			const root = document.querySelector('[data-testid="deal-editor"]')!;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(needle as string);
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, caret ? at : at + (needle as string).length);
				const selection = getSelection()!;
				selection.removeAllRanges();
				selection.addRange(range);
				return;
			}
			throw new Error(`no text ${needle as string}`);
		},
		[needle, caret] as const
	);
}

/** Selects `needle` by dragging the mouse over it, as a reader of a read-only document would. */
async function dragSelect(page: Page, needle: string): Promise<void> {
	const [start, end] = await page.evaluate((needle) => {
		const root = document.querySelector('[data-testid="deal-editor"]')!;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(needle);
			if (at < 0) continue;
			node.parentElement!.scrollIntoView({ block: 'center' });
			const rect = (from: number) => {
				const r = document.createRange();
				r.setStart(node, from);
				r.setEnd(node, from + 1);
				const b = r.getBoundingClientRect();
				return { x: b.left, y: b.top + b.height / 2, w: b.width };
			};
			return [rect(at), rect(at + needle.length - 1)];
		}
		throw new Error(`no text ${needle}`);
	}, needle);
	await page.mouse.move(start!.x + 1, start!.y);
	await page.mouse.down();
	await page.mouse.move(end!.x + end!.w - 1, end!.y);
	await page.mouse.up();
}

async function openThreadsFromPipeline(page: Page): Promise<void> {
	await page.goto('/pipeline');
	await page.getByTestId('pipeline-deal').filter({ hasText: DEAL }).getByTestId('open-threads').click();
	await expect(page.getByTestId('deal-threads')).toBeVisible();
}

test('maya comments on a role-table row from the pipeline, alice sees it live, replies offline, and it arrives after reconnecting', async ({ browser }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	const panel = alice.getByTestId('comments-panel');
	await expect(panel).toBeVisible();

	const maya = await signIn(browser, 'maya@demo.test');
	await openThreadsFromPipeline(maya);
	const drawer = maya.getByTestId('deal-threads');
	await drawer.getByTestId('comment-target').selectOption({ label: 'Person: 陈经理 (UB)' });
	await drawer.getByTestId('comment-input').fill('Why is 陈经理 still opposed? Set up the reference visit @Alice Wang');
	await drawer.getByTestId('comment-submit').click();
	await expect(drawer.getByTestId('comment')).toHaveText(/still opposed/);
	await expect(drawer.locator('[data-pending]')).toHaveCount(0);

	// Alice, in the deal, gets it without reloading: the thread, its unread marker, the row badge.
	const thread = panel.getByTestId('comment-thread').filter({ hasText: 'still opposed' });
	await expect(thread).toBeVisible();
	await expect(thread).toHaveAttribute('data-anchor-kind', 'row');
	await expect(thread.getByTestId('thread-anchor')).toContainText('陈经理');
	await expect(thread.getByTestId('unread-marker')).toBeVisible();
	const chenRow = alice.locator('[data-testid="role-row"][data-row-id="chen"]');
	await expect(chenRow.getByTestId('comment-count')).toHaveText('1');
	// The mention reached her inbox.
	await alice.goto('/inbox');
	await expect(alice.getByTestId('inbox-item').filter({ hasText: 'still opposed' })).toHaveAttribute('data-kind', 'mention');
	await alice.getByTestId('inbox-item').filter({ hasText: 'still opposed' }).click();
	await expect(alice.getByTestId('comment-thread').filter({ hasText: 'still opposed' })).toHaveAttribute('data-active', 'true');

	// Alice loses the network and replies: the reply waits on her device.
	await alice.context().setOffline(true);
	const aliceThread = alice.getByTestId('comment-thread').filter({ hasText: 'still opposed' });
	await aliceThread.getByTestId('reply-button').click();
	await aliceThread.getByTestId('comment-input').fill('Booked for Thursday with his former employer');
	await aliceThread.getByTestId('comment-submit').click();
	await expect(aliceThread.getByTestId('comment-pending')).toBeVisible();
	await expect(alice.getByTestId('outbox-count')).toBeVisible();

	// Maya looks again: not there yet.
	await maya.keyboard.press('Escape');
	await maya.getByTestId('pipeline-deal').filter({ hasText: DEAL }).getByTestId('open-threads').click();
	await expect(drawer.getByTestId('comment')).toHaveCount(1);

	// Back online: the outbox empties and maya sees the reply, once.
	await alice.context().setOffline(false);
	await expect(alice.getByTestId('outbox-count')).toHaveCount(0, { timeout: 20_000 });
	await expect(aliceThread.getByTestId('comment-pending')).toHaveCount(0);
	await maya.keyboard.press('Escape');
	await maya.getByTestId('pipeline-deal').filter({ hasText: DEAL }).getByTestId('open-threads').click();
	await expect(drawer.getByTestId('comment-body')).toHaveText(['Why is 陈经理 still opposed? Set up the reference visit @Alice Wang', 'Booked for Thursday with his former employer']);
	// The reply is in maya's inbox (she started the thread), already read: she has seen it.
	await maya.goto('/inbox');
	await expect(maya.getByTestId('inbox-item').filter({ hasText: 'Booked for Thursday' })).toHaveAttribute('data-kind', 'reply');

	await alice.context().close();
	await maya.context().close();
});

test('a comment maya writes offline on the review page is sent when she is back online, even with its panel closed', async ({ browser }) => {
	const maya = await signIn(browser, 'maya@demo.test');
	await maya.goto('/pipeline');
	await maya.context().setOffline(true);
	await maya.getByTestId('pipeline-deal').filter({ hasText: 'Campus hiring pilot' }).getByTestId('open-threads').click();
	const drawer = maya.getByTestId('deal-threads');
	await drawer.getByTestId('comment-input').fill('Budget owner for the pilot? Written on the train');
	await drawer.getByTestId('comment-submit').click();
	await expect(drawer.getByTestId('comment-pending')).toBeVisible();
	await maya.keyboard.press('Escape');
	await expect(drawer).toHaveCount(0);
	await maya.context().setOffline(false);

	const bob = await signIn(browser, 'bob@demo.test');
	await bob.getByRole('link', { name: 'Campus hiring pilot' }).click();
	await expect(bob.getByTestId('comments-panel').getByTestId('comment-body')).toHaveText(['Budget owner for the pilot? Written on the train'], { timeout: 20_000 });
	await maya.context().close();
	await bob.context().close();
});

test('victor, a viewer, reads the threads but cannot comment, in the deal or from the pipeline', async ({ browser }) => {
	const victor = await signIn(browser, 'victor@demo.test');
	await openDemoDeal(victor);
	await expect(victor.getByTestId('comments-panel')).toBeVisible();
	await expect(victor.getByTestId('comments-panel').getByTestId('comment-thread').first()).toBeVisible();
	await expect(victor.getByTestId('comment-selection')).toHaveCount(0);
	await expect(victor.getByTestId('reply-button')).toHaveCount(0);
	await expect(victor.getByTestId('comment-input')).toHaveCount(0);
	await openThreadsFromPipeline(victor);
	await expect(victor.getByTestId('deal-threads').getByTestId('comment')).not.toHaveCount(0);
	await expect(victor.getByTestId('deal-threads').getByTestId('comment-input')).toHaveCount(0);
	await victor.context().close();
});

test('a comment on selected words keeps pointing at them while bob types before and inside them', async ({ browser }) => {
	// Maya comments: the document is read-only to her, but she can select words and comment on them.
	const maya = await signIn(browser, 'maya@demo.test');
	await openDemoDeal(maya);
	await dragSelect(maya, 'still unsigned');
	await maya.getByTestId('selection-comment').click();
	await maya.getByTestId('comment-draft').getByTestId('comment-input').fill('Who holds the pen on the contract?');
	await maya.getByTestId('comment-draft').getByTestId('comment-submit').click();
	await expect.poll(() => maya.locator('.comment-anchor').allTextContents().then((t) => t.join(''))).toBe('still unsigned');

	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	await expect(alice.getByTestId('comment-thread').filter({ hasText: 'holds the pen' }).getByTestId('thread-anchor')).toContainText('“still unsigned”');
	// Alice comments on words of her own, with the keyboard.
	await selectInEditor(alice, 'spring hiring season');
	await alice.keyboard.press('Control+Alt+m');
	await alice.getByTestId('comment-draft').getByTestId('comment-input').fill('When exactly does the season start?');
	await alice.keyboard.press('Control+Enter');
	await expect(alice.locator('.comment-anchor')).toHaveText(['spring hiring season', 'still unsigned']);

	const pen = (await alice.getByTestId('comment-thread').filter({ hasText: 'holds the pen' }).getAttribute('data-thread-id'))!;
	const bob = await signIn(browser, 'bob@demo.test');
	await openDemoDeal(bob);
	await selectInEditor(bob, 'Huayuan wants', true);
	await bob.keyboard.type('Update: ');
	await selectInEditor(bob, 'unsigned', true);
	await bob.keyboard.type('really ');
	// Bob's caret (and its name label) leaves the words.
	await bob.keyboard.press('Control+End');
	await expect.poll(() => editorText(alice)).toContain('Update: Huayuan');
	await expect.poll(() => editorText(alice)).toContain('still really unsigned.');
	// Bob sees the same highlight, as alice does, over the same words and what was typed inside them.
	const highlighted = (page: Page) => page.locator('.comment-anchor[data-thread="' + pen + '"]').allTextContents().then((t) => t.join(''));
	for (const page of [alice, bob, maya]) await expect.poll(() => highlighted(page)).toBe('still really unsigned');
	for (const page of [alice, bob, maya]) await page.context().close();
});
