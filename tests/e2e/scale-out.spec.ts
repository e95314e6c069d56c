import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { withDatabase } from '../support/postgres-url.ts';
import { editorText, openDemoDeal, signIn } from './session.ts';

const REDIS_URL = process.env.TEST_REDIS_URL;
const POSTGRES = process.env.TEST_DATABASE_URL;

// Two instances as the README starts them (`npm start` with DATABASE_URL and REDIS_URL), one
// Postgres, the real Redis: alice on one, bob on the other.
test.describe('two instances', () => {
	test.skip(!REDIS_URL || !POSTGRES, 'set TEST_DATABASE_URL and TEST_REDIS_URL to run (.ci/run does)');
	const name = `deal_rooms_e2e_${Date.now().toString(36)}`;
	let admin: ReturnType<typeof postgres>;
	const apps: AppProcess[] = [];
	test.beforeAll(async () => {
		admin = postgres(POSTGRES!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const env = { REDIS_URL: REDIS_URL!, SEED_DEMO: '1' };
		// One after the other: the first migrates and seeds.
		apps.push(await startApp(4183, { databaseUrl: withDatabase(POSTGRES!, name), env }));
		apps.push(await startApp(4184, { databaseUrl: withDatabase(POSTGRES!, name), env }));
	});
	test.afterAll(async () => {
		for (const app of apps) {
			if (app.child.exitCode === null) app.child.kill('SIGKILL');
		}
		await new Promise((r) => setTimeout(r, 500));
		await admin?.unsafe(`drop database if exists ${name} with (force)`);
		await admin?.end();
	});

	test('alice on one instance and bob on the other edit together live; killing one loses nothing', async ({ browser }) => {
		const [one, two] = apps as [AppProcess, AppProcess];
		const alice = await signIn(browser, 'alice@demo.test', one.baseUrl);
		const bob = await signIn(browser, 'bob@demo.test', two.baseUrl);
		await openDemoDeal(alice);
		await openDemoDeal(bob);
		const stamp = Date.now().toString(36);
		await alice.getByTestId('deal-editor').locator(':scope > p').last().click();
		await alice.keyboard.press('End');
		await alice.keyboard.type(` Alice-${stamp}`);
		await bob.getByTestId('deal-editor').locator(':scope > h2').first().click();
		await bob.keyboard.press('End');
		await bob.keyboard.type(` Bob-${stamp}`);
		await expect.poll(() => editorText(bob)).toContain(`Alice-${stamp}`);
		await expect.poll(() => editorText(alice)).toContain(`Bob-${stamp}`);
		// Each sees the other's caret, across instances.
		await expect(alice.locator('.collaboration-carets__label', { hasText: 'Bob Li' })).toBeVisible();
		await expect(bob.locator('.collaboration-carets__label', { hasText: 'Alice Wang' })).toBeVisible();
		await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');

		// Alice's instance dies: what it reported saved is there for bob, after a reload too.
		one.child.kill('SIGKILL');
		await bob.reload();
		await expect(bob.getByTestId('doc-loading')).toHaveCount(0);
		await expect.poll(() => editorText(bob)).toContain(`Alice-${stamp}`);
		await expect.poll(() => editorText(bob)).toContain(`Bob-${stamp}`);
		// Alice's caret goes from bob's page once her instance is silent.
		await expect(bob.locator('.collaboration-carets__label', { hasText: 'Alice Wang' })).toHaveCount(0, { timeout: 20_000 });
		await alice.context().close();
		await bob.context().close();
	});
});
