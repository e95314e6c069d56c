import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { dealIdByTitle, signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';

/**
 * The pipeline review's rules, enforced by the server and not only by the page: managers save
 * review snapshots and set the fallback win rates; members see the page but cannot; people of
 * another workspace see none of its deals.
 */
const decodeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('pipeline review: who may do what', () => {
	let app: AppProcess;
	let alice: HttpSession, maya: HttpSession, outsider: HttpSession;
	const rates = { lead: '5', opportunity: '12', needsConfirmed: '25', customerAcceptance: '40', solutionConfirmed: '55', riskAssessment: '75', orderConfirmed: '92' };

	beforeAll(async () => {
		app = await startApp(24311);
		[alice, maya] = await Promise.all(['alice', 'maya'].map((n) => signInHttp(app.baseUrl, `${n}@demo.test`)));
		outsider = await signUpHttp(app.baseUrl, 'otto@elsewhere.test', 'Otto Outside');
	}, 240_000);
	afterAll(async () => app?.stop());

	const snapshotCount = async (s: HttpSession) => ((await s.html('/pipeline')).match(/Review of /g) ?? []).length;

	it('lets a manager save a review snapshot, and refuses a member', async () => {
		const before = await snapshotCount(maya);
		expect(before).toBeGreaterThan(0);
		expect((await alice.form('/pipeline?/snapshot', {})).status).toBe(403);
		expect(await snapshotCount(maya)).toBe(before);
		expect((await maya.form('/pipeline?/snapshot', {})).status).toBe(200);
		expect(await snapshotCount(maya)).toBe(before + 1);
	});

	it('lets a manager set the workspace’s usual resources and competitors, which deal pages offer; refuses a member and a malformed list', async () => {
		const page = await maya.html('/settings/template');
		const criteria = JSON.parse(decodeHtml(page.match(/name="criteria" value="([^"]*)"/)![1]!)) as unknown[];
		const catalog = { resources: [{ kind: 'partner', who: 'Partner SI 集成商 ' }, { kind: null, who: '' }, { kind: 'partner', who: 'Partner SI 集成商' }], competitors: ['Workday', ' ', 'Workday', '金蝶 Kingdee'] };
		const fields = { criteria: JSON.stringify(criteria), catalog: JSON.stringify(catalog) };
		expect((await alice.form('/settings/template', fields)).status).toBe(403);
		expect((await maya.form('/settings/template', { ...fields, catalog: JSON.stringify({ resources: [{ kind: 'wizard', who: 'x' }], competitors: [] }) })).status).toBe(400);
		expect((await maya.form('/settings/template', { ...fields, catalog: '{not json' })).status).toBe(400);
		expect(await maya.html('/settings/template')).not.toContain('Workday');
		expect((await maya.form('/settings/template', fields)).status).toBe(200);
		// Blank lines and repeats are dropped; the exit criteria are kept as they were.
		const saved = await maya.html('/settings/template');
		const stored = JSON.parse(decodeHtml(saved.match(/name="catalog" value="([^"]*)"/)![1]!));
		expect(stored).toEqual({ resources: [{ kind: 'partner', who: 'Partner SI 集成商' }], competitors: ['Workday', '金蝶 Kingdee'] });
		expect(JSON.parse(decodeHtml(saved.match(/name="criteria" value="([^"]*)"/)![1]!))).toEqual(criteria);
		// The deal page hands the list to its blocks (in the page's data).
		expect(await alice.html(`/deals/${await dealIdByTitle(alice, 'Recruiting platform upgrade')}`)).toContain('金蝶 Kingdee');
		// The outsider's workspace has its own (empty) list.
		expect(await outsider.html('/settings/template')).not.toContain('Workday');
	});

	it('lets a manager set the fallback win rates, refuses a member, and rejects rates out of range', async () => {
		expect((await alice.form('/pipeline?/winRates', rates)).status).toBe(403);
		expect((await maya.form('/pipeline?/winRates', { ...rates, lead: '140' })).status).toBe(400);
		expect((await maya.form('/pipeline?/winRates', rates)).status).toBe(200);
		// Leads have too little history in the demo, so the page shows the rate maya set.
		expect(await maya.html('/pipeline')).toMatch(/name="opportunity" value="12"/);
	});

	it('shows another workspace none of the demo pipeline', async () => {
		const page = await outsider.html('/pipeline');
		expect(page).not.toMatch(/Recruiting platform upgrade|Warehouse staffing suite/);
		expect(await maya.html('/pipeline')).toMatch(/Warehouse staffing suite/);
		const res = await outsider.request('GET', '/api/deals/aaaaaaaaaaaaaaaa/outline');
		expect(res.status).toBe(404);
	});
});
