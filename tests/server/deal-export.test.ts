import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { dealIdByTitle, signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient } from '../support/sync-clients.ts';
import * as Y from 'yjs';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';

/**
 * `GET /deals/<id>/export.md` of the real app (built, embedded database): the demo deal as
 * Markdown in both languages (snapshots), and the deal page's access rules, asked directly.
 */
describe('deal export and history over HTTP', () => {
	let app: AppProcess;
	let alice: HttpSession, bob: HttpSession, maya: HttpSession, victor: HttpSession, outsider: HttpSession;
	let dealId: string;
	const get = (s: HttpSession | null, path: string, lang?: string) =>
		fetch(app.baseUrl + path, { headers: { ...(s ? { cookie: s.cookie } : {}), ...(lang ? { cookie: `${s ? `${s.cookie}; ` : ''}PARAGLIDE_LOCALE=${lang}` } : {}) }, redirect: 'manual' });

	beforeAll(async () => {
		app = await startApp(24330);
		[alice, bob, maya, victor] = await Promise.all(['alice', 'bob', 'maya', 'victor'].map((n) => signInHttp(app.baseUrl, `${n}@demo.test`)));
		outsider = await signUpHttp(app.baseUrl, 'oscar@elsewhere.test', 'Oscar Outside');
		dealId = await dealIdByTitle(alice, 'Recruiting platform upgrade');
	}, 240_000);
	afterAll(async () => app?.stop());

	it('gives editors, commenters and viewers the file; nobody else', async () => {
		for (const s of [alice, maya, victor]) {
			const res = await get(s, `/deals/${dealId}/export.md`);
			expect(res.status, s.email).toBe(200);
			expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
			expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Recruiting platform upgrade.md"`);
		}
		expect((await get(outsider, `/deals/${dealId}/export.md`)).status).toBe(404);
		expect((await get(null, `/deals/${dealId}/export.md`)).status).toBe(401);
		expect((await get(alice, `/deals/nonexistent-deal-id0/export.md`)).status).toBe(404);
		expect((await get(alice, `/deals/..%2F..%2Fetc/export.md`)).status).toBe(404);
	});

	it('writes the demo deal as Markdown in English and in Chinese', async () => {
		const en = await (await get(alice, `/deals/${dealId}/export.md`, 'en')).text();
		const zh = await (await get(alice, `/deals/${dealId}/export.md`, 'zh-CN')).text();
		// The role table is a real table with every column, the diagnosis follows it.
		expect(en).toMatch(/^\| Person +\| Title +\| Buying role +\| Influence +\| Support +\| Response mode +\| Next action +\| Owner +\| Due +\|$/m);
		expect(en).toMatch(/^\| 陈经理 +\| HR manager HR经理 +\| UB · User buyer +\|/m);
		expect(en).toContain('### Diagnosis');
		expect(en).toMatch(/^- \[x\] /m);
		expect(zh).toMatch(/^\| 人员 +\|/m);
		expect(zh).toContain('### 诊断');
		// The two blocks of the nine questions, and the score in the facts.
		expect(en).toMatch(/^\| Kind +\| Who or what +\| For whom +\| When +\| Their own win +\| Status +\|$/m);
		expect(en).toMatch(/^\| Reference customer +\| Chen’s former employer 陈经理老东家 +\| 陈经理 +\|/m);
		expect(en).toContain('## Competition');
		expect(en).toMatch(/^- \*\*Nine questions:\*\* \d of 9 answered$/m);
		expect(zh).toContain('## 资源计划');
		await expect(en).toMatchFileSnapshot('__snapshots__/demo-deal.en.md');
		await expect(zh).toMatchFileSnapshot('__snapshots__/demo-deal.zh-CN.md');
	});

	it('exports what was just saved, and escapes what would be Markdown', async () => {
		const client = connectClient({ syncUrl: `${app.baseUrl.replace('http', 'ws')}/sync`, origin: app.baseUrl, demoDealId: dealId }, alice.cookie.slice('session='.length));
		try {
			appendParagraph(client.doc, 'Saved *not emphasis* | not a cell <script>x</script>');
			await client.whenSaved(20_000);
		} finally {
			client.destroy();
		}
		const md = await (await get(victor, `/deals/${dealId}/export.md`)).text();
		expect(md).toContain('Saved \\*not emphasis\\* | not a cell \\<script>x\\</script>');
	});

	it('exports the pipeline as CSV with the page’s filters, to whoever may see those deals', async () => {
		const csv = async (s: HttpSession | null, query = '', lang?: string) => {
			const res = await get(s, `/pipeline/export.csv${query}`, lang);
			const bytes = new Uint8Array(await res.arrayBuffer());
			// A UTF-8 byte order mark first (decoding drops it from the text).
			const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
			return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bom, text: new TextDecoder().decode(bytes) };
		};
		const all = await csv(maya);
		expect(all.status).toBe(200);
		expect(all.type).toBe('text/csv; charset=utf-8');
		expect(all.disposition).toMatch(/^attachment; filename=".*pipeline \d{4}-\d{2}-\d{2}\.csv"/);
		expect(all.bom).toBe(true);
		const rows = Papa.parse<string[]>(all.text.trim()).data;
		expect(rows[0]).toEqual(['Deal', 'Account', 'Stage', 'Amount', 'Currency', 'Close date', 'Owner', 'Temp.', 'Warnings', 'Nine questions answered (赢单九问)', 'Open comment threads', 'URL']);
		const demo = rows.find((r) => r[0] === 'Recruiting platform upgrade');
		expect(demo?.slice(1, 5)).toEqual(['Huayuan Group 华远集团', 'Solution confirmed', '480000', 'CNY']);
		// The score the server derived from its own copy of the room, as the outline answers it.
		const outline = (await (await get(maya, `/api/deals/${dealId}/outline`)).json()) as { questions: { status: string }[] };
		expect(demo?.[9]).toBe(String(outline.questions.filter((q) => q.status === 'answered').length));
		expect(demo?.[11]).toBe(`${app.baseUrl}/deals/${dealId}`);
		expect(rows.length).toBeGreaterThan(2);
		// The stage filter, as the page applies it.
		const solution = Papa.parse<string[]>((await csv(maya, '?stage=solutionConfirmed')).text.trim()).data.slice(1);
		expect(solution.length).toBeGreaterThan(0);
		expect(solution.every((r) => r[2] === 'Solution confirmed')).toBe(true);
		expect(solution.length).toBeLessThan(rows.length - 1);
		expect((await csv(maya, '?stage=nonsense')).status).toBe(400);
		// In Chinese for a Chinese reader.
		expect((await csv(maya, '', 'zh-CN')).text).toMatch(/^项目,/);
		// The outsider's workspace has no such deal; no session, no file.
		expect((await csv(outsider)).text).not.toContain('Recruiting platform upgrade');
		expect((await csv(null)).status).toBe(401);
	});

	it('lets editors name a version; everyone with a role reads history; nobody else', async () => {
		const path = `/api/deals/${dealId}/versions`;
		const named = await alice.request('POST', path, { name: 'Before QBR 季度复盘前' });
		expect(named.status).toBe(201);
		expect((await bob.request('POST', path, { name: 'Bob’s' })).status).toBe(201);
		for (const s of [maya, victor]) {
			const refused = await s.request('POST', path, { name: 'not mine to name' });
			expect(refused.status, s.email).toBe(403);
			expect(String(refused.json.message)).toMatch(/only editors/i);
		}
		expect((await outsider.request('POST', path, { name: 'x' })).status).toBe(404);
		expect((await alice.request('POST', path, { name: '   ' })).status).toBe(400);
		expect((await alice.request('POST', path, { name: 'x'.repeat(201) })).status).toBe(400);

		for (const s of [alice, maya, victor]) expect((await s.request('GET', path)).status, s.email).toBe(200);
		expect((await outsider.request('GET', path)).status).toBe(404);
		const { versions } = (await victor.request('GET', path)).json as { versions: { id: string; kind: string; name: string; createdBy: { name: string } | null }[] };
		const qbr = versions.find((v) => v.name === 'Before QBR 季度复盘前')!;
		expect(qbr).toMatchObject({ kind: 'named', createdBy: { name: 'Alice Wang' } });
		// Its state is the deal as stored when it was named.
		const res = await fetch(`${app.baseUrl}${path}/${qbr.id}`, { headers: { cookie: victor.cookie } });
		expect(res.status).toBe(200);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
		expect(bodyText(doc)).toContain('Huayuan wants to replace');
		expect((await fetch(`${app.baseUrl}${path}/${qbr.id}`, { headers: { cookie: outsider.cookie } })).status).toBe(404);
		// The version as Markdown, for whoever may read the deal.
		const exported = await get(victor, `/deals/${dealId}/export.md?version=${qbr.id}`);
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-disposition')).toBe('attachment; filename="Recruiting platform upgrade (version).md"');
		expect(await exported.text()).toContain('| 陈经理 ');
		expect((await get(victor, `/deals/${dealId}/export.md?version=nonexistent0000000`)).status).toBe(404);
		expect((await get(outsider, `/deals/${dealId}/export.md?version=${qbr.id}`)).status).toBe(404);
		expect((await fetch(`${app.baseUrl}${path}/nonexistent0000000`, { headers: { cookie: victor.cookie } })).status).toBe(404);
	});

	it('restores only for editors of an open deal, as a change in the restorer’s name', async () => {
		const path = `/api/deals/${dealId}/versions`;
		const { versions } = (await alice.request('GET', path)).json as { versions: { id: string; name: string | null }[] };
		const version = versions.find((v) => v.name === 'Before QBR 季度复盘前')!;
		const restore = (s: HttpSession, body: Record<string, unknown> = {}) => s.request('POST', `${path}/${version.id}/restore`, body);
		for (const s of [maya, victor]) expect((await restore(s)).status, s.email).toBe(403);
		expect((await restore(outsider)).status).toBe(404);
		expect((await restore(alice, { blockId: 'no-such-block' })).status).toBe(404);
		const done = await restore(bob, { blockId: 'demo-roles' });
		expect(done.status).toBe(200);
		const after = (await alice.request('GET', path)).json as { versions: { id: string; kind: string; authors: { name: string }[]; createdBy: { name: string } | null }[] };
		expect(after.versions.find((v) => v.id === done.json.restore)).toMatchObject({ kind: 'restore', createdBy: { name: 'Bob Li' } });
		expect(after.versions.find((v) => v.id === done.json.before)).toMatchObject({ kind: 'beforeRestore' });
		// A closed deal keeps its history readable and refuses restores.
		expect((await alice.form(`/deals/${dealId}?/setStatus`, { status: 'won' })).status).toBeLessThan(400);
		expect((await alice.request('GET', path)).status).toBe(200);
		const refused = await restore(alice);
		expect(refused.status).toBe(409);
		expect(String(refused.json.message)).toMatch(/closed/);
	});
});
