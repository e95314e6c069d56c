/**
 * Render time of the role table and the support heatmap with 50 people, in Chromium:
 * from opening the deal to every row and chip on screen, and from a support change to the
 * chip standing in its new cell (table, diagnosis and heatmap re-rendered).
 * Run: npx tsx tests/bench/role-table-render.bench.ts [people]
 */
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { addRoleRow, readRoleRows, setSupport } from '../../src/lib/sync/blocks.ts';
import { MESSAGE_PERSISTED } from '../../src/lib/sync/protocol.ts';
import { unpersistedCount } from '../../src/lib/sync/saved-state.ts';
import { startApp } from '../support/app-process.ts';
import { median, ms } from './bench-stats.ts';

const PEOPLE = Number(process.argv[2] ?? 50);
const CHANGES = 10;
const ROLES = ['EB', 'UB', 'TB', 'Coach'] as const;

const app = await startApp(4281);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
	const context = await browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1600, height: 1000 } });
	const page = await context.newPage();
	await page.goto('/login');
	await page.fill('input[name=email]', 'alice@demo.test');
	await page.fill('input[name=password]', 'demo-password');
	await page.click('form button');
	await page.waitForURL('**/deals');
	await page.click('text=Campus hiring pilot');
	await page.waitForSelector('[data-testid=role-table]');
	const dealUrl = page.url();
	const dealId = dealUrl.split('/').pop()!;
	const token = (await context.cookies()).find((c) => c.name === 'session')!.value;

	// Fill the deal's role table to PEOPLE rows through the sync server, as another client would.
	const doc = new Y.Doc();
	const Ws = class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers: { Origin: app.baseUrl, Cookie: `session=${token}` } });
		}
	};
	const provider = new WebsocketProvider(`ws://localhost:${new URL(app.baseUrl).port}/sync`, dealId, doc, { WebSocketPolyfill: Ws as never, disableBc: true });
	let persisted = new Map<number, number>();
	provider.messageHandlers[MESSAGE_PERSISTED] = (_e, decoder) => {
		persisted = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
	};
	await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
	doc.transact(() => {
		for (let i = readRoleRows(doc, 'demo-roles').length; i < PEOPLE; i++) {
			const id = `p${i}`;
			addRoleRow(doc, 'demo-roles', id, { name: `Person ${i}`, role: ROLES[i % 4], influence: (i % 3) as 0 | 1 | 2, nextAction: `Action for ${i}` });
			setSupport(doc, 'demo-roles', id, (i % 5) - 2, 'bench', '', Date.now() - (i % 7) * 86_400_000);
		}
	});
	// Wait until the server has committed the rows, as the app's "Saved" does.
	while (unpersistedCount(Y.decodeStateVector(Y.encodeStateVector(doc)), persisted) > 0) await new Promise((r) => setTimeout(r, 20));
	provider.destroy();

	const loads: number[] = [];
	for (let run = 0; run < 5; run++) {
		await page.goto(dealUrl);
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-testid=role-row]').length >= n && document.querySelectorAll('[data-testid=heatmap-chip]').length >= n,
			PEOPLE,
			{ polling: 'raf', timeout: 30_000 }
		);
		loads.push((await page.evaluate('performance.now()')) as number);
	}

	const changes: number[] = [];
	for (let i = 0; i < CHANGES; i++) {
		const target = String(((i % 5) + 1) % 5 - 2);
		const row = `p${10 + i}`;
		const elapsed = (await page.evaluate(`new Promise((resolve) => {
			const select = document.querySelector('[data-row-id=${row}] [data-field=support]');
			const influence = document.querySelector('[data-row-id=${row}] [data-field=influence]').value;
			const start = performance.now();
			const check = () => document.querySelector('[data-cell="' + influence + ':${target}"] [data-person=${row}]');
			new MutationObserver((_, observer) => { if (check()) { observer.disconnect(); resolve(performance.now() - start); } })
				.observe(document.body, { subtree: true, childList: true, attributes: true });
			select.value = '${target}';
			select.dispatchEvent(new Event('change', { bubbles: true }));
		})`)) as number;
		changes.push(elapsed);
	}
	console.log(`\nRole table + heatmap with ${PEOPLE} people, Chromium (headless)`);
	console.log(`  open the deal → every row and chip rendered: median ${ms(median(loads))} of 5 loads (includes page load and sync)`);
	console.log(`  support change → chip in its new cell:      median ${ms(median(changes))} of ${CHANGES} changes`);
} finally {
	await browser.close();
	await app.stop();
}
// The y-websocket client leaves a handle behind in Node; the figures are printed, so end here.
process.exit(0);
