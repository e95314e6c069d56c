/**
 * Opening the demo deal in Chromium, with the server-rendered first paint and without it
 * (the same build, one server started with `DEAL_PAINT=off`), in one run: from navigation start
 * to the first live block on screen, to every block rendered (8 blocks, the role table's 4
 * people), and to editable (the editor up with the document in it). Cold: a new browser
 * context each time (no device copy, no cache); warm: the same page opened again.
 *
 *   npx tsx tests/bench/deal-open.bench.ts [opens]
 */
import { chromium, type Page } from '@playwright/test';
import { startApp } from '../support/app-process.ts';
import { median, ms, percentile } from './bench-stats.ts';

const OPENS = Number(process.argv[2] ?? 8);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/**
 * Marks taken inside the page, from navigation start, on every frame and DOM change: when the
 * first live block is on screen, when every block is, when the editor holds the room.
 */
// A string, not a function: tsx would wrap a function with helpers the page does not have.
const WATCH_MARKS = `(() => {
	const marks = {};
	window.__marks = marks;
	const checks = [
		['first', () => document.querySelector('[data-testid=live-block]') !== null],
		['all', () => document.querySelectorAll('[data-testid=live-block]').length >= 8 && document.querySelectorAll('[data-testid=role-row]').length >= 4],
		['editable', () => document.querySelector('[data-testid=deal-editor][contenteditable=true] [data-testid=role-row]') !== null && !document.querySelector('[data-testid=deal-paint]')]
	];
	const look = () => { for (const [name, check] of checks) if (!(name in marks) && check()) marks[name] = performance.now(); };
	new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
	const frame = () => { look(); if (Object.keys(marks).length < checks.length) requestAnimationFrame(frame); };
	requestAnimationFrame(frame);
})();`;
const marksOf = (page: Page) =>
	page.waitForFunction(() => Object.keys((window as unknown as { __marks?: object }).__marks ?? {}).length >= 3, null, { timeout: 30_000 }).then(() => page.evaluate(() => (window as unknown as { __marks: Record<'first' | 'all' | 'editable', number> }).__marks));

async function measure(label: string, port: number, env: Record<string, string>) {
	const app = await startApp(port, { env });
	const cold = { first: [] as number[], all: [] as number[], editable: [] as number[] };
	const warm = { first: [] as number[], all: [] as number[], editable: [] as number[] };
	try {
		for (let i = 0; i < OPENS; i++) {
			const context = await browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto('/login');
			await page.fill('input[name=email]', 'alice@demo.test');
			await page.fill('input[name=password]', 'demo-password');
			await page.click('form button');
			await page.waitForURL('**/deals');
			const href = (await page.getByRole('link', { name: 'Recruiting platform upgrade' }).getAttribute('href'))!;
			await context.addInitScript({ content: WATCH_MARKS });
			for (const sample of [cold, warm]) {
				// A full page load each time, as opening a link from elsewhere does.
				await page.goto(href);
				const marks = await marksOf(page);
				sample.first.push(marks.first);
				sample.all.push(marks.all);
				sample.editable.push(marks.editable);
			}
			await context.close();
		}
	} finally {
		await app.stop();
	}
	const line = (name: string, s: typeof cold) =>
		console.log(
			`${label.padEnd(18)} ${name}: first block ${ms(median(s.first))} (p90 ${ms(percentile(s.first, 90))}), every block ${ms(median(s.all))}, editable ${ms(median(s.editable))} (p90 ${ms(percentile(s.editable, 90))})`
		);
	line('cold', cold);
	line('warm', warm);
	return { cold, warm };
}

try {
	console.log(`Opening the demo deal, ${OPENS} times each way (medians from navigation start):`);
	const painted = await measure('with first paint', 4293, {});
	const plain = await measure('without', 4294, { DEAL_PAINT: 'off' });
	const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
	console.log(
		`Cold, with/without: first block ${ratio(painted.cold.first, plain.cold.first)}×, every block ${ratio(painted.cold.all, plain.cold.all)}×, editable ${ratio(painted.cold.editable, plain.cold.editable)}×`
	);
} finally {
	await browser.close();
}
