/**
 * Time to open a deal this device has opened before, with the server gone: the page comes
 * from the service worker's cache, the document from IndexedDB. The same deal opened online,
 * in the same run, is the reference. Timed from navigation start to the deal's text on screen.
 * Run: npx tsx tests/bench/offline-open.bench.ts [runs]
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../support/app-process.ts';
import { median, ms, percentile } from './bench-stats.ts';

const RUNS = Number(process.argv[2] ?? 20);
const PORT = 4281;
const MARK = 'Huayuan wants to replace';

// Records when the deal's text first shows, on every page load (a string: see keystroke bench).
const RECORD_CONTENT = `
	new MutationObserver((_, observer) => {
		const editor = document.querySelector('[data-testid=deal-editor]');
		if (editor && editor.textContent.includes(${JSON.stringify(MARK)})) {
			window.__contentAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { childList: true, subtree: true, characterData: true });
`;

async function timeOpens(page: Page, url: string): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		await page.goto(url);
		await page.waitForFunction('window.__contentAt !== undefined', undefined, { timeout: 30_000 });
		times.push(Number(await page.evaluate('window.__contentAt')));
	}
	return times;
}

const report = (label: string, t: number[]) =>
	console.log(`${label.padEnd(34)} median ${ms(median(t))}  p95 ${ms(percentile(t, 95))}  (n=${t.length})`);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-bench-offline-'));
const profile = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-bench-profile-'));
let app = await startApp(PORT, { dataDir });
const context = await chromium.launchPersistentContext(profile, {
	executablePath: '/usr/bin/chromium',
	baseURL: app.baseUrl,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
try {
	const page = context.pages()[0] ?? (await context.newPage());
	await context.addInitScript(RECORD_CONTENT);
	await page.goto('/login');
	await page.fill('input[name=email]', 'alice@demo.test');
	await page.fill('input[name=password]', 'demo-password');
	await page.click('form button');
	await page.waitForURL('**/deals');
	await page.click('text=Recruiting platform upgrade');
	await page.waitForSelector('[data-testid=save-status][data-saved=true]');
	const dealUrl = page.url();
	await page.evaluate('navigator.serviceWorker.ready');

	const online = await timeOpens(page, dealUrl);
	await app.stop();
	await context.setOffline(true);
	const offline = await timeOpens(page, dealUrl);
	console.log(`Open a deal opened before (${RUNS} loads each, Chromium, ${os.cpus().length} cores):`);
	report('online (server + device copy)', online);
	report('offline (cache + IndexedDB)', offline);
	console.log(`ratio offline/online: ${(median(offline) / median(online)).toFixed(2)}`);
	app = await startApp(PORT, { dataDir });
} finally {
	await context.close();
	await app.stop();
	rmSync(dataDir, { recursive: true, force: true });
	rmSync(profile, { recursive: true, force: true });
}
