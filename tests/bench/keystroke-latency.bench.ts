/**
 * Keystroke-to-peer latency between two real browsers: alice types, bob's editor shows it.
 * Both pages run in one Chromium on this machine, so their clocks agree.
 * Run: npx tsx tests/bench/keystroke-latency.bench.ts [keystrokes]
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startApp } from '../support/app-process.ts';
import { median, ms, percentile } from './bench-stats.ts';

const KEYSTROKES = Number(process.argv[2] ?? 50);
const MARK = '~';

async function openAs(browser: Browser, baseUrl: string, email: string): Promise<Page> {
	const page = await (await browser.newContext({ baseURL: baseUrl })).newPage();
	await page.goto('/login');
	await page.fill('input[name=email]', email);
	await page.fill('input[name=password]', 'demo-password');
	await page.click('button[type=submit], form button');
	await page.waitForURL('**/deals');
	await page.click('text=Recruiting platform upgrade');
	await page.waitForSelector('[data-testid=deal-editor]');
	await page.waitForSelector('[data-testid=doc-loading]', { state: 'detached' });
	return page;
}

const app = await startApp(4280);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
try {
	const alice = await openAs(browser, app.baseUrl, 'alice@demo.test');
	const bob = await openAs(browser, app.baseUrl, 'bob@demo.test');
	// Scripts as strings: tsx would wrap functions with helpers the page does not have.
	await alice.evaluate(`
		window.sent = [];
		document.querySelector('[data-testid=deal-editor]')
			.addEventListener('beforeinput', () => window.sent.push(Date.now()), true);
	`);
	await bob.evaluate(`
		window.received = [];
		{
			const editor = document.querySelector('[data-testid=deal-editor]');
			const count = () => (editor.textContent || '').split(${JSON.stringify(MARK)}).length - 1;
			let seen = count();
			new MutationObserver(() => {
				const now = count();
				for (; seen < now; seen++) window.received.push(Date.now());
			}).observe(editor, { subtree: true, childList: true, characterData: true });
		}
	`);
	await alice.click('[data-testid=deal-editor] p >> nth=-1');
	await alice.keyboard.press('End');
	for (let i = 0; i < KEYSTROKES; i++) {
		await alice.keyboard.type(MARK);
		await bob.waitForFunction(`window.received.length >= ${i + 1}`, undefined, { timeout: 10_000 });
		await new Promise((r) => setTimeout(r, 50));
	}
	const sent = (await alice.evaluate('window.sent')) as number[];
	const received = (await bob.evaluate('window.received')) as number[];
	const latencies = received.slice(0, KEYSTROKES).map((t, i) => t - sent[i]!);
	console.log(`\nKeystroke → peer's editor, two Chromium pages through the sync server (${KEYSTROKES} keystrokes)`);
	console.log(`  median ${ms(median(latencies))}   p95 ${ms(percentile(latencies, 95))}   max ${ms(Math.max(...latencies))}`);
} finally {
	await browser.close();
	await app.stop();
}
