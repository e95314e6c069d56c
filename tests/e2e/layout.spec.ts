import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { policyViolations, signInAt, watchPolicy } from './session.ts';

/**
 * Every page, at 1280 px and on a 390 px phone, in English and in Chinese: nothing wider than
 * the screen, and no serious or critical accessibility violation axe-core can find. Each
 * page's screenshot is attached to the report.
 */

const VIEWPORTS = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
] as const;
const LOCALES = ['en', 'zh-CN'] as const;

interface PageCase {
	path: string | ((page: Page) => Promise<string>);
	/** Something that shows when the page has loaded what it shows. */
	ready?: (page: Page) => Promise<void>;
}

const demoDeal = async (page: Page) => {
	await page.goto('/deals');
	return (await page.getByRole('link', { name: 'Recruiting platform upgrade' }).getAttribute('href'))!;
};
const dealReady = async (page: Page) => {
	await expect(page.getByTestId('deal-editor')).toBeVisible();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expect(page.getByTestId('live-block').first()).toBeVisible();
};

const SIGNED_OUT: PageCase[] = [{ path: '/login' }, { path: '/signup' }, { path: '/forgot' }];
const SIGNED_IN: PageCase[] = [
	{ path: '/deals' },
	{ path: demoDeal, ready: dealReady },
	{ path: '/deals/new' },
	{ path: '/accounts/new' },
	{ path: '/pipeline' },
	{ path: '/inbox' },
	{ path: '/search?q=陈' },
	{ path: '/import' },
	{ path: '/account' },
	{ path: '/workspaces' },
	{ path: '/settings' },
	{ path: '/settings/members' },
	{ path: '/settings/template' }
];

async function contextFor(browser: Browser, viewport: (typeof VIEWPORTS)[number]) {
	const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, baseURL: test.info().project.use.baseURL });
	await watchPolicy(context);
	return context;
}
const speak = (context: import('@playwright/test').BrowserContext, locale: string) =>
	context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: test.info().project.use.baseURL! }]);

async function check(page: Page, label: string) {
	const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
	await test.info().attach(`${label}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
	return { overflow, bad };
}

for (const viewport of VIEWPORTS) {
	for (const locale of LOCALES) {
		test(`every page fits a ${viewport.width} px screen and passes axe, in ${locale}`, async ({ browser }) => {
			test.setTimeout(180_000);
			const problems: string[] = [];
			const visit = async (page: Page, c: PageCase) => {
				const path = typeof c.path === 'string' ? c.path : await c.path(page);
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				if (c.ready) await c.ready(page);
				const { overflow, bad } = await check(page, `${viewport.name}-${locale}-${path.replace(/[^a-z0-9]+/gi, '_')}`);
				if (overflow.scroll > overflow.inner) problems.push(`${path}: ${overflow.scroll} px wide on a ${overflow.inner} px screen`);
				for (const b of bad) problems.push(`${path}: ${b}`);
			};

			const out = await contextFor(browser, viewport);
			await speak(out, locale);
			const anonymous = await out.newPage();
			for (const c of SIGNED_OUT) await visit(anonymous, c);
			await out.close();

			const context = await contextFor(browser, viewport);
			const page = await context.newPage();
			await page.goto('/login');
			await signInAt(page, 'olivia@demo.test');
			await speak(context, locale);
			// The deal page is scanned with a comment thread in it, whatever ran before.
			const dealId = (await demoDeal(page)).split('/').pop()!;
			const id = `layout${viewport.width}${locale.replace('-', '')}${Date.now().toString(36)}`.toLowerCase().slice(0, 32);
			const posted = await page.request.post(`/api/deals/${dealId}/comments`, { data: { id: id.padEnd(16, '0'), body: `Scan with a thread 扫描 ${viewport.name}`, anchor: { kind: 'deal' } }, headers: { origin: test.info().project.use.baseURL! } });
			expect(posted.status()).toBe(201);
			for (const c of SIGNED_IN) await visit(page, c);
			await context.close();
			expect(problems).toEqual([]);
		});
	}
}

test('the live blocks work from the keyboard alone: add a person, rate their support, tick a checklist item, with visible focus', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	await watchPolicy(context);
	const alice = await context.newPage();
	await alice.goto('/login');
	await signInAt(alice, 'alice@demo.test');
	// A deal of its own, so the shared demo deal stays as other tests expect it.
	await alice.goto('/deals/new');
	await alice.getByLabel('Title').fill(`Keyboard only ${Date.now().toString(36)}`);
	await alice.getByLabel('Amount').fill('50000');
	await alice.getByLabel('Amount').press('Enter');
	await expect(alice).toHaveURL(/\/deals\/[a-z2-7]{16}$/);
	await expect(alice.getByTestId('doc-loading')).toHaveCount(0);
	await expect(alice.getByTestId('role-table')).toBeVisible();

	const focused = (selector: string) => alice.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
	async function tabTo(selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 400) {
		for (let i = 0; i < limit; i++) {
			if (await focused(selector)) return;
			await alice.keyboard.press(key);
		}
		throw new Error(`${selector} was not reached with ${key} in ${limit} presses`);
	}
	const ringOf = (selector: string) => alice.locator(selector).evaluate((el) => getComputedStyle(el.parentElement!).boxShadow);

	await tabTo('[data-testid=add-row]');
	await alice.keyboard.press('Enter');
	await expect(alice.locator('[data-testid=role-row] [data-field=name]')).toBeFocused();
	await alice.keyboard.type('孙经理');
	await tabTo('[data-testid=role-row] [data-field=support]');
	expect(await ringOf('[data-testid=role-row] [data-field=support]')).not.toBe('none');
	// The five-point scale, from the blank option: −2, −1, 0, +1.
	for (let i = 0; i < 4; i++) await alice.keyboard.press('ArrowDown');
	await expect(alice.locator('[data-testid=role-row] [data-field=support]')).toHaveValue('1');
	await expect(alice.locator('[data-testid=role-row] [data-field=name]')).toHaveValue('孙经理');
	await expect(alice.getByTestId('role-row').locator('[data-field=support]').locator('..')).toContainText('+1');

	await tabTo('[data-criterion=lead-contact] [data-field=done]', 'Shift+Tab');
	await alice.keyboard.press('Space');
	await expect(alice.locator('[data-criterion=lead-contact] [data-field=done]')).toBeChecked();
	await expect(alice.getByTestId('position-stage')).toHaveText('Opportunity');
	await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');

	// Full width, per deal and for everyone on it: the side column moves under the document.
	const editorWidth = () => alice.getByTestId('role-table').evaluate((el) => el.getBoundingClientRect().width);
	const narrow = await editorWidth();
	await alice.getByTestId('full-width').click();
	await expect(alice.getByTestId('full-width')).toHaveAttribute('aria-pressed', 'true');
	await expect(alice.getByTestId('deal-layout')).toHaveAttribute('data-full-width', 'true');
	expect(await editorWidth()).toBeGreaterThan(narrow + 200);
	const other = await context.newPage();
	await other.goto(alice.url());
	await expect(other.getByTestId('deal-layout')).toHaveAttribute('data-full-width', 'true');
	await other.close();
	await alice.getByTestId('full-width').click();
	await expect(alice.getByTestId('deal-layout')).toHaveAttribute('data-full-width', 'false');
	expect(policyViolations(alice)).toEqual([]);

	// A manager in a review meeting, on a phone: the comments are a sheet; she comments and resolves.
	const phone = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
	await watchPolicy(phone);
	const maya = await phone.newPage();
	await maya.goto('/login');
	await signInAt(maya, 'maya@demo.test');
	await maya.goto(alice.url());
	await expect(maya.getByTestId('doc-loading')).toHaveCount(0);
	await expect(maya.getByTestId('comments-panel')).toBeHidden();
	await maya.getByTestId('open-sheet').click();
	await expect(maya.getByTestId('comments-panel')).toBeVisible();
	await maya.getByTestId('comment-deal').click();
	await maya.getByTestId('comment-draft').getByTestId('comment-input').fill('Who signs for 孙经理’s budget? 预算谁签字?');
	await maya.getByTestId('comment-draft').getByTestId('comment-submit').click();
	const thread = maya.getByTestId('comment-thread').filter({ hasText: '预算谁签字' });
	await expect(thread.getByTestId('comment-pending')).toHaveCount(0);
	await expect(maya.getByTestId('thread-count')).toHaveText('1');
	await thread.getByTestId('resolve-thread').click();
	await expect(maya.getByTestId('thread-count')).toHaveText('0');
	expect(await maya.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
	await maya.getByTestId('close-sheet').click();
	await expect(maya.getByTestId('comments-panel')).toBeHidden();
	expect(policyViolations(maya)).toEqual([]);
	await phone.close();
	await context.close();
});
