import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { getBody } from '../../src/lib/sync/deal-doc.ts';
import { openDemoDeal, rawDealClient, signIn } from './session.ts';

const UNSAFE = ['javascript:alert(1)', '  javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

test('links written straight into the document by a client are live only for http, https and mailto', async ({ browser, baseURL }) => {
	const alice = await signIn(browser, 'alice@demo.test');
	await openDemoDeal(alice);
	// A client that bypasses the editor and writes link marks into the Y.Doc itself.
	const { doc, destroy } = await rawDealClient(alice, baseURL!);
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
	destroy();
	await alice.context().close();
});
