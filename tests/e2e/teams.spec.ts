import { expect, test, type Browser, type Page } from '@playwright/test';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail-catcher.ts';
import { editorText, signIn } from './session.ts';

/**
 * A team forms as a new user would do it, with a real SMTP server: the owner invites a
 * colleague by mail, the colleague signs up through the link, is put on a deal, co-edits with
 * alice, and is removed; their access ends at once.
 */
let app: AppProcess;
let mail: MailCatcher;

test.beforeAll(async () => {
	mail = await startMailCatcher();
	app = await startApp(4180, { env: { SMTP_URL: mail.url } });
});
test.afterAll(async () => {
	await app?.stop();
	await mail?.close();
});

const signInOnApp = (browser: Browser, email: string) => signIn(browser, email, app.baseUrl);

async function openDeal(page: Page): Promise<void> {
	await page.goto(`${app.baseUrl}/deals`);
	await page.getByRole('link', { name: 'Recruiting platform upgrade' }).click();
	await expect(page.getByTestId('doc-loading')).toHaveCount(0);
	await expect(page.getByTestId('deal-editor')).toContainText('Recruiting platform upgrade');
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
	await page.getByTestId('deal-editor').locator(':scope > p').last().click();
	await page.keyboard.press('End');
	await page.keyboard.type(text);
}

test('olivia invites nina by mail; nina joins, co-edits with alice, and loses access when removed', async ({ browser }) => {
	const olivia = await signInOnApp(browser, 'olivia@demo.test');
	await olivia.getByTestId('workspace-switcher').locator('summary').click();
	await olivia.getByRole('link', { name: 'Members' }).click();
	await expect(olivia.getByTestId('member-row')).toHaveCount(5);
	await olivia.getByTestId('invite-email').fill('nina@newco.test');
	await olivia.getByTestId('invite-submit').click();
	await expect(olivia.getByTestId('invite-result')).toContainText('We mailed it the link');
	const shownLink = await olivia.getByTestId('invite-link').inputValue();
	await expect(olivia.getByTestId('invitation-row')).toContainText(['nina@newco.test']);

	const invitation = await mail.waitFor('nina@newco.test');
	const link = linkIn(invitation, '/invite/');
	expect(link).toBe(shownLink);

	const nina = await (await browser.newContext()).newPage();
	await nina.goto(link);
	await expect(nina.getByRole('heading', { name: 'Join Demo Sales' })).toBeVisible();
	await expect(nina.getByText('Olivia Sun invited you as Member.')).toBeVisible();
	await nina.getByLabel('Your name').fill('Nina Xu');
	await nina.getByLabel('Password').fill('nina-password-1');
	await nina.getByTestId('invite-signup').click();
	await expect(nina).toHaveURL(/\/deals$/);
	await expect(nina.getByTestId('workspace-switcher')).toContainText('Demo Sales');
	// A member with no deal role sees none of the team's deals yet.
	await expect(nina.getByRole('link', { name: 'Recruiting platform upgrade' })).toHaveCount(0);

	// Olivia puts her on the demo deal as an editor.
	await openDeal(olivia);
	await olivia.locator('select[name="userId"]').selectOption({ label: 'Nina Xu' });
	await olivia.locator('select[name="role"]').selectOption('editor');
	await olivia.getByRole('button', { name: 'Add to deal' }).click();
	await expect(olivia.getByTestId('deal-team')).toContainText('Nina Xu');

	const alice = await signInOnApp(browser, 'alice@demo.test');
	await openDeal(nina);
	await openDeal(alice);
	const stamp = Date.now().toString(36);
	await typeAtEnd(nina, ` Nina-${stamp}`);
	await expect.poll(() => editorText(alice)).toContain(`Nina-${stamp}`);
	await typeAtEnd(alice, ` Alice-${stamp}`);
	await expect.poll(() => editorText(nina)).toContain(`Alice-${stamp}`);
	await expect(nina.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');

	// Olivia removes her: the socket closes at once and nina is told.
	await olivia.goto(`${app.baseUrl}/settings/members`);
	olivia.once('dialog', (dialog) => void dialog.accept());
	await olivia.getByTestId('member-row').filter({ hasText: 'nina@newco.test' }).getByTestId('remove-member').click();
	await expect(olivia.getByTestId('member-row').filter({ hasText: 'nina@newco.test' })).toHaveCount(0);
	await expect(nina.getByTestId('sync-problem')).toContainText('You no longer have access to this deal.');

	// What she types now stays on her device and never reaches alice.
	await typeAtEnd(nina, ` after-removal-${stamp}`);
	await expect.poll(() => editorText(nina)).toContain(`after-removal-${stamp}`);
	await expect(nina.getByTestId('save-status')).toHaveAttribute('data-saved', 'false');
	await typeAtEnd(alice, ` still-here-${stamp}`);
	await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');
	expect(await editorText(alice)).not.toContain(`after-removal-${stamp}`);

	// Out of her only workspace, the app says so.
	await nina.goto(`${app.baseUrl}/deals`);
	await expect(nina.getByTestId('no-workspace')).toBeVisible();
	for (const page of [olivia, nina, alice]) await page.context().close();
});

test('an invitation link that is not valid says so without naming the workspace', async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${app.baseUrl}/invite/${'a'.repeat(32)}`);
	await expect(page.getByTestId('invite-gone')).toContainText('This invitation link is not valid');
	await expect(page.getByText('Ask the person who invited you')).toBeVisible();
	await expect(page.getByText('Demo Sales')).toHaveCount(0);
	await page.context().close();
});

test('a new workspace from the switcher, and back', async ({ browser }) => {
	const maya = await signInOnApp(browser, 'maya@demo.test');
	await maya.getByTestId('workspace-switcher').locator('summary').click();
	await maya.getByRole('link', { name: 'New workspace' }).click();
	await maya.getByTestId('new-workspace-name').fill('Maya’s side project');
	await maya.getByRole('button', { name: 'New workspace' }).click();
	await expect(maya).toHaveURL(/\/settings\/members$/);
	await expect(maya.getByTestId('workspace-switcher')).toContainText('Maya’s side project');
	await expect(maya.getByTestId('member-row')).toHaveCount(1);
	await maya.goto(`${app.baseUrl}/deals`);
	await expect(maya.getByRole('link', { name: 'Recruiting platform upgrade' })).toHaveCount(0);

	await maya.getByTestId('workspace-switcher').locator('summary').click();
	await maya.getByTestId('switch-workspace').filter({ hasText: 'Demo Sales' }).click();
	await expect(maya.getByRole('link', { name: 'Recruiting platform upgrade' })).toBeVisible();
	await expect(maya.getByTestId('workspace-switcher')).toContainText('Demo Sales');
	await maya.context().close();
});
