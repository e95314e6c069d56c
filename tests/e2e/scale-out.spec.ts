import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { withDatabase } from '../support/postgres-url.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
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

// As the README runs them in production: both instances behind one balancer (a TCP proxy that
// sends each connection to the next instance and fails over when one refuses), one ORIGIN.
test.describe('two instances behind one proxy', () => {
	test.skip(!REDIS_URL || !POSTGRES, 'set TEST_DATABASE_URL and TEST_REDIS_URL to run (.ci/run does)');
	const name = `deal_rooms_e2e_lb_${Date.now().toString(36)}`;
	const PROXY_PORT = 4185;
	const origin = `http://127.0.0.1:${PROXY_PORT}`;
	let admin: ReturnType<typeof postgres>;
	let proxy: TcpProxy;
	const apps: AppProcess[] = [];
	test.beforeAll(async () => {
		admin = postgres(POSTGRES!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const env = { REDIS_URL: REDIS_URL!, SEED_DEMO: '1', ORIGIN: origin };
		apps.push(await startApp(4186, { databaseUrl: withDatabase(POSTGRES!, name), env }));
		apps.push(await startApp(4187, { databaseUrl: withDatabase(POSTGRES!, name), env }));
		proxy = await startTcpProxy([4186, 4187].map((port) => ({ host: '127.0.0.1', port })), PROXY_PORT);
	});
	test.afterAll(async () => {
		await proxy?.close();
		for (const app of apps) {
			if (app.child.exitCode === null) app.child.kill('SIGKILL');
		}
		await new Promise((r) => setTimeout(r, 500));
		await admin?.unsafe(`drop database if exists ${name} with (force)`);
		await admin?.end();
	});

	test('alice and bob edit live through the proxy; each instance is killed in turn and nothing is lost', async ({ browser }) => {
		const alice = await signIn(browser, 'alice@demo.test', origin);
		const bob = await signIn(browser, 'bob@demo.test', origin);
		await openDemoDeal(alice);
		await openDemoDeal(bob);
		const stamp = Date.now().toString(36);
		// At the very end of a block (End alone stops at the end of a wrapped line).
		const type = async (page: typeof alice, text: string, where: string) => {
			await page.getByTestId('deal-editor').locator(where).click();
			await page.keyboard.press(where.includes('h2') ? 'End' : 'Control+End');
			await page.keyboard.type(text);
		};
		const both = async (text: string) => {
			await expect.poll(() => editorText(alice), { timeout: 20_000 }).toContain(text);
			await expect.poll(() => editorText(bob), { timeout: 20_000 }).toContain(text);
		};
		await type(alice, ` A0-${stamp}`, ':scope > p >> nth=-1');
		await type(bob, ` B0-${stamp}`, ':scope > h2 >> nth=0');
		await both(`A0-${stamp}`);
		await both(`B0-${stamp}`);
		for (const [round, victim] of apps.entries()) {
			await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');
			await expect(bob.getByTestId('save-status')).toHaveAttribute('data-saved', 'true');
			// Whoever was on it reconnects through the proxy to the other; both go on typing.
			victim.child.kill('SIGKILL');
			await type(alice, ` A${round + 1}-${stamp}`, ':scope > p >> nth=-1');
			await type(bob, ` B${round + 1}-${stamp}`, ':scope > h2 >> nth=0');
			await both(`A${round + 1}-${stamp}`);
			await both(`B${round + 1}-${stamp}`);
			await expect(alice.getByTestId('save-status')).toHaveAttribute('data-saved', 'true', { timeout: 20_000 });
			await expect(bob.getByTestId('save-status')).toHaveAttribute('data-saved', 'true', { timeout: 20_000 });
			// The killed one comes back on its port before the other goes.
			apps[round] = await startApp(4186 + round, { databaseUrl: withDatabase(POSTGRES!, name), env: { REDIS_URL: REDIS_URL!, SEED_DEMO: '1', ORIGIN: origin } });
		}
		// A fresh page reads everything from storage.
		await bob.reload();
		await expect(bob.getByTestId('doc-loading')).toHaveCount(0);
		for (const n of [0, 1, 2]) {
			await expect.poll(() => editorText(bob)).toContain(`A${n}-${stamp}`);
			await expect.poll(() => editorText(bob)).toContain(`B${n}-${stamp}`);
		}
		await alice.context().close();
		await bob.context().close();
	});
});
