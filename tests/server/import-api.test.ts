import http from 'node:http';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';
import { salesforceOpportunitiesCsv } from '../support/import-fixtures.ts';
import { waitFor } from '../support/sync-clients.ts';

/**
 * The import API of the real app, asked directly: only owners and managers import, only their
 * own workspace's batches; the upload is checked before its body is read; a title that is a
 * formula stays text and leaves the pipeline export as text.
 */
describe('CSV import over HTTP', () => {
	let app: AppProcess;
	let olivia: HttpSession, alice: HttpSession, outsider: HttpSession;

	beforeAll(async () => {
		app = await startApp(24370);
		[olivia, alice] = await Promise.all(['olivia', 'alice'].map((n) => signInHttp(app.baseUrl, `${n}@demo.test`)));
		outsider = await signUpHttp(app.baseUrl, 'ines@elsewhere.test', 'Ines Outside');
	}, 240_000);
	afterAll(async () => app?.stop());

	const upload = (s: HttpSession | null, body: string, headers: Record<string, string> = {}, query = 'name=deals.csv') =>
		fetch(`${app.baseUrl}/api/imports?${query}`, { method: 'POST', headers: { origin: app.baseUrl, ...(s ? { cookie: s.cookie } : {}), ...headers }, body });

	it('takes a file from owners and managers only, from this app’s own pages, and says what is wrong with a bad one', async () => {
		const csv = salesforceOpportunitiesCsv(20, 5);
		expect((await upload(null, csv)).status).toBe(401);
		expect((await upload(alice, csv)).status).toBe(403);
		expect(await (await upload(alice, csv)).json()).toEqual({ error: 'role' });
		expect((await upload(olivia, csv, { origin: 'https://evil.example' })).status).toBe(403);
		// Refused from its length alone: the body is never read.
		const big = await new Promise<{ status: number; body: string }>((resolve, reject) => {
			const req = http.request(`${app.baseUrl}/api/imports?name=big.csv`, { method: 'POST', headers: { origin: app.baseUrl, cookie: olivia.cookie, 'content-length': 60 * 1024 * 1024 } }, (res) => {
				let body = '';
				res.on('data', (c) => (body += c));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
			});
			req.on('error', reject);
			req.write('a,b\n1,2\n');
		});
		expect(big.status).toBe(413);
		expect(JSON.parse(big.body)).toMatchObject({ error: 'tooLarge' });
		expect((await upload(olivia, csv, {}, 'name=x.csv&delimiter=%23')).status).toBe(400);
		const broken = await upload(olivia, 'a,b\n1,"2\n3,4\n');
		expect(broken.status).toBe(422);
		expect(await broken.json()).toMatchObject({ error: 'unclosedQuote', row: 1 });

		const ok = await upload(olivia, csv);
		expect(ok.status).toBe(201);
		const { id, rowCount } = (await ok.json()) as { id: string; rowCount: number };
		expect(rowCount).toBe(20);
		// Nobody outside the workspace's managers sees or touches the batch.
		expect((await alice.request('GET', `/api/imports/${id}`)).status).toBe(403);
		expect((await outsider.request('GET', `/api/imports/${id}`)).status).toBe(404);
		expect((await outsider.request('POST', `/api/imports/${id}/undo`)).status).toBe(404);
		expect((await olivia.request('GET', `/api/imports/not-an-id`)).status).toBe(404);
	});

	it('previews, imports in the background, refuses a second start, and undoes', async () => {
		const csv = salesforceOpportunitiesCsv(60, 9).replace('"华远科技 人才库项目 Huayuan talent pool"', `"=cmd|' /C calc'!A0"`);
		const { id } = (await (await upload(olivia, csv)).json()) as { id: string };
		const opened = await olivia.request('GET', `/api/imports/${id}`);
		expect(opened.status).toBe(200);
		const suggestion = opened.json.suggestion as { mapping: { columns: (string | null)[] }; samples: string[][] };
		expect(suggestion.mapping.columns).toContain('deal.title');
		expect(suggestion.samples[1]!.length).toBeGreaterThan(0);

		expect((await olivia.request('POST', `/api/imports/${id}/preview`, { columns: ['deal.title'] })).status).toBe(400);
		const unmapped = { ...suggestion.mapping, columns: suggestion.mapping.columns.map((c) => (c === 'account.name' ? null : c)) };
		expect((await olivia.request('POST', `/api/imports/${id}/preview`, unmapped)).json).toMatchObject({ problems: ['dealNeedsAccount'], preview: null });
		expect((await olivia.request('POST', `/api/imports/${id}/commit`, unmapped)).status).toBe(400);
		const preview = await olivia.request('POST', `/api/imports/${id}/preview`, suggestion.mapping);
		const planned = preview.json.preview as { counts: { deals: { create: number } }; rows: { warnings: { code: string }[] }[] };
		expect(planned.counts.deals.create).toBe(60);
		expect(planned.rows[0]!.warnings.map((w) => w.code)).toContain('formula');
		expect((await alice.request('POST', `/api/imports/${id}/commit`, suggestion.mapping)).status).toBe(403);

		expect((await olivia.request('POST', `/api/imports/${id}/commit`, suggestion.mapping)).status).toBe(202);
		expect((await olivia.request('POST', `/api/imports/${id}/commit`, suggestion.mapping)).status).toBe(409);
		await waitFor(async () => ((await olivia.request('GET', `/api/imports/${id}`)).json.batch as { status: string }).status === 'imported', 60_000, 'the import to finish');

		// The formula is a deal title like any other; the pipeline's CSV export keeps it text.
		const exported = await (await fetch(`${app.baseUrl}/pipeline/export.csv`, { headers: { cookie: olivia.cookie } })).text();
		const titles = Papa.parse<string[]>(exported.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.map((r) => r[0]);
		expect(titles).toContain(`'=cmd|' /C calc'!A0`);
		expect(titles).not.toContain(`=cmd|' /C calc'!A0`);

		expect((await alice.request('POST', `/api/imports/${id}/undo`)).status).toBe(403);
		expect((await olivia.request('POST', `/api/imports/${id}/undo`)).status).toBe(202);
		expect((await olivia.request('POST', `/api/imports/${id}/undo`)).status).toBe(409);
		await waitFor(async () => ((await olivia.request('GET', `/api/imports/${id}`)).json.batch as { status: string }).status === 'undone', 60_000, 'the undo to finish');
		const after = await (await fetch(`${app.baseUrl}/pipeline/export.csv`, { headers: { cookie: olivia.cookie } })).text();
		expect(after).not.toContain('calc');
	}, 120_000);
});
