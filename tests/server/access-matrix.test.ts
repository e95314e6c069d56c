import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRoleRow, setSupport } from '../../src/lib/sync/blocks.ts';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { dealIdByTitle, inviteLinkIn, postSignedOut, signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';
import { connectClient, waitFor } from '../support/sync-clients.ts';
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from '../support/test-database.ts';

const PORTS = { pglite: 24331, postgres: 24332 } as const;
const PRIVATE = 'Board-only expansion';
const PRIVATE_NOTE = 'secret board-only reason';

/**
 * One access filter behind every read: for each page and API, a member with a role on a deal,
 * a member without one, a manager and an outsider see exactly the deals (and what hangs off
 * them: saved reviews, account history, inbox, comments) that they may open.
 */
describe.each(TEST_DRIVERS)('who sees which deals, on %s', (driver) => {
	let app: AppProcess;
	let database: TestDatabase | undefined;
	let olivia: HttpSession, alice: HttpSession, maya: HttpSession, nina: HttpSession, otto: HttpSession;
	let privateId: string, accountId: string, demoId: string;

	beforeAll(async () => {
		database = driver === 'postgres' ? await createTestDatabase('postgres') : undefined;
		app = await startApp(PORTS[driver], { databaseUrl: database?.url });
		[olivia, alice, maya] = await Promise.all(['olivia', 'alice', 'maya'].map((n) => signInHttp(app.baseUrl, `${n}@demo.test`)));
		otto = await signUpHttp(app.baseUrl, 'otto@elsewhere.test', 'Otto Outside');
		const link = inviteLinkIn((await olivia.form('/settings/members?/invite', { email: 'nina@newco.test', role: 'member' })).text)!;
		nina = (await postSignedOut(app.baseUrl, new URL(link).pathname, { name: 'Nina Xu', email: 'nina@newco.test', password: 'nina-password-1' })).session!;

		// Olivia opens a deal at the demo account with no team: members cannot open it, managers can.
		demoId = await dealIdByTitle(olivia, 'Recruiting platform upgrade');
		accountId = /href="\/accounts\/([a-z2-7]{16})"/.exec(await olivia.html(`/deals/${demoId}`))![1]!;
		const ownerId = /name="ownerId"[\s\S]*?<option value="([a-z2-7]{16})"[^>]*>Olivia Sun/.exec(await olivia.html('/deals/new'))?.[1];
		const created = await olivia.form('/deals/new', { title: PRIVATE, accountId, amount: '900000', currency: 'CNY', expectedCloseDate: '2027-06-30', ownerId: ownerId! });
		expect(created.status).toBe(303);
		privateId = await dealIdByTitle(olivia, PRIVATE);

		// A support change in it: it may not reach a member through the account page.
		const client = connectClient({ syncUrl: `${app.baseUrl.replace('http', 'ws')}/sync`, origin: app.baseUrl, demoDealId: privateId }, olivia.cookie.slice('session='.length));
		await waitFor(() => client.provider.synced);
		addRoleRow(client.doc, 'demo-roles', 'board', { name: '董事长 Chairman', title: 'Chairman', role: 'EB', influence: 2 });
		setSupport(client.doc, 'demo-roles', 'board', 1, 'ignored', PRIVATE_NOTE);
		await client.whenSaved();
		client.destroy();
		// Maya saves a review that holds the private deal.
		expect((await maya.form('/pipeline?/snapshot', {})).status).toBe(200);
	}, 240_000);
	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	it('lists in /deals and /pipeline only the deals each may open, saved reviews included', async () => {
		for (const page of ['/deals', '/pipeline']) {
			expect(await olivia.html(page)).toContain(PRIVATE);
			expect(await maya.html(page)).toContain(PRIVATE);
			expect(await alice.html(page)).not.toContain(PRIVATE);
			expect(await alice.html(page)).toContain('Recruiting platform upgrade');
			expect(await nina.html(page)).not.toMatch(/Recruiting platform upgrade|Warehouse staffing suite/);
			expect(await otto.html(page)).not.toMatch(/Recruiting platform upgrade|Warehouse staffing suite/);
		}
		// The newest review is compared by default; an older one on request: never a deal the reader cannot open.
		const reviews = [...(await maya.html("/pipeline")).matchAll(/<option value="([a-z2-7]{16})"/g)].map((m) => m[1]!);
		expect(reviews.length).toBeGreaterThan(1);
		for (const id of reviews) {
			expect(await alice.html(`/pipeline?compare=${id}`)).not.toContain(PRIVATE);
			expect(await nina.html(`/pipeline?compare=${id}`)).not.toMatch(/Recruiting platform upgrade|Warehouse staffing suite/);
		}
		expect(await otto.html(`/pipeline?compare=${reviews[0]}`)).not.toMatch(/Recruiting platform upgrade|Board-only/);
	});

	it('shows on the account page only the readable deals and their support history; contacts for everyone in the workspace', async () => {
		const byOlivia = await olivia.html(`/accounts/${accountId}`);
		expect(byOlivia).toContain(PRIVATE);
		expect(byOlivia).toContain(PRIVATE_NOTE);
		for (const reader of [alice, nina]) {
			const page = await reader.html(`/accounts/${accountId}`);
			expect(page).not.toContain(PRIVATE);
			expect(page).not.toContain(PRIVATE_NOTE);
			expect(page).not.toContain('董事长');
			expect(page).toContain('孙经理');
		}
		expect(await nina.html(`/accounts/${accountId}`)).not.toContain('After the proposal');
		expect(await alice.html(`/accounts/${accountId}`)).toContain('After the proposal');
		expect((await fetch(`${app.baseUrl}/accounts/${accountId}`, { headers: { cookie: otto.cookie } })).status).toBe(404);
	});

	it('keeps comments and the inbox to the deals each may open, also after access is lost', async () => {
		expect((await alice.request('GET', `/api/deals/${privateId}/comments`)).status).toBe(404);
		expect((await alice.request('POST', `/api/deals/${privateId}/comments`, { id: 'alicetriesaaaaaa', body: 'hello', anchor: { kind: 'deal' } })).status).toBe(404);
		expect((await nina.request('GET', `/api/deals/${demoId}/comments`)).status).toBe(404);
		expect((await otto.request('GET', `/api/deals/${demoId}/comments`)).status).toBe(404);
		expect((await maya.request('GET', `/api/deals/${privateId}/comments`)).status).toBe(200);

		// Nina is put on the board deal and mentioned there: her inbox has it ...
		const ninaId = new RegExp(`data-email="nina@newco.test"[\\s\\S]*?name="userId" value="([a-z2-7]{16})"`).exec(await olivia.html('/settings/members'))![1]!;
		expect((await olivia.form(`/deals/${privateId}?/setMember`, { userId: ninaId, role: 'viewer' })).status).toBe(200);
		const posted = await olivia.request('POST', `/api/deals/${privateId}/comments`, { id: 'privcommentaaaaa', body: '@Nina Xu please look at the board deal', anchor: { kind: 'deal' } });
		expect(posted.status).toBeLessThan(300);
		const before = await nina.request('GET', '/api/inbox');
		expect(JSON.stringify(before.json)).toContain('board deal');
		expect(before.json.unread).toBe(1);
		// ... until she leaves the workspace: then nothing of that deal, not even its count.
		expect((await olivia.form('/settings/members?/remove', { userId: ninaId })).status).toBe(200);
		const after = await nina.request('GET', '/api/inbox');
		expect(after.status).toBe(200);
		expect(JSON.stringify(after.json)).not.toContain('board deal');
		expect(after.json.unread).toBe(0);
	});
});
