import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { getBody } from '../../src/lib/sync/deal-doc.ts';
import { openDemoDeal, signIn } from './session.ts';

const UNSAFE = ['javascript:alert(1)', '  javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

test('links written straight into the document by a client are live only for http, https and mailto', async ({ browser, baseURL }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	const dealId = new URL(alice.url()).pathname.split('/').pop()!;
	const token = (await alice.context().cookies()).find((c) => c.name === 'session')!.value;

	// A client that bypasses the editor and writes link marks into the Y.Doc itself.
	const doc = new Y.Doc();
	const Ws = class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers: { Origin: baseURL!, Cookie: `session=${token}` } });
		}
	};
	const provider = new WebsocketProvider(baseURL!.replace('http', 'ws') + '/sync', dealId, doc, { WebSocketPolyfill: Ws as never, disableBc: true });
	await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
	doc.transact(() => {
		for (const href of [...UNSAFE, 'https://example.com/safe']) {
			const p = new Y.XmlElement('paragraph');
			const text = new Y.XmlText();
			text.insert(0, `link to ${href.trim().slice(0, 10)}`, { link: { href, target: null, rel: null, class: null, title: null } });
			p.insert(0, [text]);
			getBody(doc).push([p]);
		}
	});

	const editor = alice.getByTestId('deal-editor');
	await expect(editor.locator('a[href="https://example.com/safe"]')).toHaveCount(1);
	await expect(editor.getByText('link to javascript').first()).toBeVisible();
	const hrefs = await editor.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	for (const href of hrefs) expect(href, href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
	expect(hrefs.filter((h) => h !== '')).toEqual(['https://example.com/safe']);
	provider.destroy();
	await alice.context().close();
});
