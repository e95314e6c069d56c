import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { inviteLinkIn, postSignedOut, signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail-catcher.ts';
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from '../support/test-database.ts';

const PASSWORD = 'a-new-password-42';
const PORTS = { pglite: 24321, postgres: 24322 } as const;

/** The user ids on the members page, by email (the forms carry them as hidden fields). */
async function memberIds(s: HttpSession): Promise<Record<string, string>> {
	const html = await s.html('/settings/members');
	const ids: Record<string, string> = {};
	for (const row of html.split('data-testid="member-row"').slice(1)) {
		const email = /data-email="([^"]+)"/.exec(row)?.[1];
		const id = /name="userId" value="([a-z2-7]{16})"/.exec(row)?.[1];
		if (email && id) ids[email] = id;
	}
	return ids;
}

/** A page as it would read for any address: the address it names and its per-response nonce taken out. */
const pageWithout = (html: string, email: string) => html.replaceAll(email, 'EMAIL').replace(/nonce="[^"]+"/g, '');

const roleOf = async (s: HttpSession, email: string) => {
	const row = (await s.html('/settings/members')).split('data-testid="member-row"').find((r) => r.includes(`data-email="${email}"`));
	return row ? (/<option value="(owner|manager|member)"[^>]*selected/.exec(row)?.[1] ?? /<td class="px-2">(Owner|Manager|Member)<\/td>/.exec(row)?.[1]?.toLowerCase() ?? 'unknown') : null;
};

/**
 * Teams over HTTP, as the browser posts them, against the built app with a real SMTP server:
 * who may invite, accept, change, remove and reset, on both databases.
 */
describe.each(TEST_DRIVERS)('teams on %s', (driver) => {
	let app: AppProcess;
	let mail: MailCatcher;
	let database: TestDatabase | undefined;
	let olivia: HttpSession, maya: HttpSession, alice: HttpSession, outsider: HttpSession;

	beforeAll(async () => {
		mail = await startMailCatcher();
		database = driver === 'postgres' ? await createTestDatabase('postgres') : undefined;
		app = await startApp(PORTS[driver], { databaseUrl: database?.url, env: { SMTP_URL: mail.url, MAIL_FROM: 'Deal rooms <rooms@test.local>' } });
		[olivia, maya, alice] = await Promise.all(['olivia', 'maya', 'alice'].map((n) => signInHttp(app.baseUrl, `${n}@demo.test`)));
		outsider = await signUpHttp(app.baseUrl, `otto-${driver}@elsewhere.test`, 'Otto Outside', mail);
	}, 240_000);
	afterAll(async () => {
		await app?.stop();
		await mail?.close();
		await database?.drop();
	});

	const invite = (s: HttpSession, email: string, role = 'member') => s.form('/settings/members?/invite', { email, role });

	it('lets owners invite managers, managers invite members, and refuses members, forged roles and strangers', async () => {
		expect((await invite(alice, 'nobody@newco.test')).status).toBe(403);
		expect((await invite(maya, 'mgr@newco.test', 'manager')).status).toBe(403);
		expect((await invite(maya, 'mgr@newco.test', 'owner')).status).toBe(400);
		expect((await invite(olivia, 'mgr@newco.test', 'owner')).status).toBe(400);
		const signedOut = await postSignedOut(app.baseUrl, '/settings/members?/invite', { email: 'x@newco.test', role: 'member' });
		expect(signedOut.status).toBe(303);
		expect(signedOut.location).toMatch(/^\/login/);
		const byMaya = await invite(maya, 'nina@newco.test');
		expect(byMaya.status).toBe(200);
		expect(inviteLinkIn(byMaya.text)).toMatch(new RegExp(`^${app.baseUrl}/invite/[a-z2-7]{32}$`));
		expect((await invite(olivia, 'mgr@newco.test', 'manager')).status).toBe(200);
		// Pending invitations, with who sent them; a member sees the team but not the invitations.
		const page = await olivia.html('/settings/members');
		expect(page).toMatch(/nina@newco\.test[\s\S]*Maya Chen/);
		expect(await alice.html('/settings/members')).not.toContain('nina@newco.test');
		expect(await alice.html('/settings/members')).toContain('olivia@demo.test');
		// The outsider's own workspace is theirs to run, and none of the demo's.
		expect(await outsider.html('/settings/members')).not.toContain('alice@demo.test');
	});

	it('mails the invitation with the same link, in the inviter’s language', async () => {
		const since = mail.mails.length;
		const res = await olivia.form('/settings/members?/invite', { email: 'lena@newco.test', role: 'member' });
		const link = inviteLinkIn(res.text);
		const sent = await mail.waitFor('lena@newco.test', { since });
		expect(linkIn(sent, '/invite/')).toBe(link);
		expect(sent.subject).toContain('Olivia Sun');
		expect(sent.subject).toContain('Demo Sales');

		const zh = await fetch(`${app.baseUrl}/settings/members?/invite`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.baseUrl, cookie: `${olivia.cookie}; PARAGLIDE_LOCALE=zh-CN` },
			body: new URLSearchParams({ email: 'wei@newco.test', role: 'member' }).toString()
		});
		expect(zh.status).toBe(200);
		expect((await mail.waitFor('wei@newco.test', { since })).subject).toContain('邀请你加入');
	});

	it('keeps the invitation and says so when the mail cannot be sent', async () => {
		mail.refuse(true);
		try {
			const res = await invite(olivia, 'bounce@newco.test');
			expect(res.status).toBe(200);
			expect(res.text).toContain('data-testid="invite-mail-failed"');
			expect(inviteLinkIn(res.text)).not.toBeNull();
			expect(await olivia.html('/settings/members')).toContain('bounce@newco.test');
		} finally {
			mail.refuse(false);
		}
	});

	it('makes one invitation of a double submission, and refuses inviting a member', async () => {
		const results = await Promise.all([invite(olivia, 'twice@newco.test'), invite(olivia, 'twice@newco.test')]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		expect((await olivia.html('/settings/members')).match(/>twice@newco\.test</g)).toHaveLength(1);
		expect((await invite(olivia, 'alice@demo.test')).status).toBe(409);
	});

	it('signs a new person up through the link into the inviting workspace only, once', async () => {
		const link = inviteLinkIn((await invite(olivia, 'ivy@newco.test')).text)!;
		const path = new URL(link).pathname;
		const stranger = await postSignedOut(app.baseUrl, path, { name: 'Mallory', email: 'mallory@evil.test', password: PASSWORD });
		expect(stranger.status).toBe(403);
		expect(stranger.session).toBeNull();

		const joined = await postSignedOut(app.baseUrl, path, { name: 'Ivy Guo', email: 'ivy@newco.test', password: PASSWORD });
		expect(joined.status).toBe(303);
		expect(joined.location).toBe('/deals');
		const ivy = joined.session!;
		const workspaces = await ivy.html('/workspaces');
		expect(workspaces).toContain('Demo Sales');
		expect(workspaces.match(/data-testid="workspace-item"/g)).toHaveLength(1);
		expect(await roleOf(olivia, 'ivy@newco.test')).toBe('member');

		// Used: the same link again, a second person, or a tampered token, change nothing.
		const replay = await postSignedOut(app.baseUrl, path, { name: 'Ivy Again', email: 'ivy@newco.test', password: PASSWORD });
		expect(replay.status).toBe(410);
		expect(replay.session).toBeNull();
		expect(await (await fetch(link)).text()).toContain('data-testid="invite-gone"');
		const tampered = `${path.slice(0, -4)}aaaa`;
		const page = await (await fetch(app.baseUrl + tampered)).text();
		expect(page).toContain('data-testid="invite-gone"');
		expect(page).not.toContain('Demo Sales');
		expect((await postSignedOut(app.baseUrl, tampered, { name: 'X', email: 'ivy@newco.test', password: PASSWORD })).status).toBe(410);
	});

	it('answers a sign-up the same whether or not the address has an account; the mail tells them apart', async () => {
		const fresh = `nia-${driver}@newco.test`;
		const signUp = (email: string) => postSignedOut(app.baseUrl, '/signup', { name: 'Nia New', email, password: 'a-new-password-1', team: '' });
		const since = mail.mails.length;
		const [taken, free] = [await signUp('alice@demo.test'), await signUp(fresh)];
		// Same status, no session, and the same page but for the address it names (and the page's nonce).
		expect([taken.status, free.status]).toEqual([200, 200]);
		expect([taken.session, free.session]).toEqual([null, null]);
		expect(free.text).toContain('data-testid="signup-sent"');
		expect(pageWithout(taken.text, taken.email)).toBe(pageWithout(free.text, free.email));

		// Alice is told she has an account, and her password is unchanged.
		const toAlice = await mail.waitFor('alice@demo.test', { since });
		expect(toAlice.subject).toMatch(/already have/i);
		expect(toAlice.text).toContain(`${app.baseUrl}/forgot`);
		await signInHttp(app.baseUrl, 'alice@demo.test');
		// The new address gets a link; opening it creates nothing, the button does, once.
		const link = linkIn(await mail.waitFor(fresh, { since }), '/signup/confirm/');
		const path = new URL(link).pathname;
		expect(await (await fetch(app.baseUrl + path)).text()).toContain('data-testid="signup-confirm"');
		const created = await postSignedOut(app.baseUrl, path, {});
		expect(created.status).toBe(303);
		expect(await created.session!.html('/workspaces')).toContain('data-testid="workspace-item"');
		const replay = await postSignedOut(app.baseUrl, path, {});
		expect(replay.status).toBe(410);
		expect(replay.session).toBeNull();
		expect(await (await fetch(app.baseUrl + path)).text()).toContain('data-testid="signup-gone"');
	});

	it('lets an existing account sign in on the link and join, keeping its own workspace', async () => {
		const ext = `ext-${driver}@elsewhere.test`;
		await signUpHttp(app.baseUrl, ext, 'Ext Ernal', mail);
		const link = inviteLinkIn((await invite(olivia, ext)).text)!;
		const path = new URL(link).pathname;
		expect((await postSignedOut(app.baseUrl, path, { intent: 'signin', email: ext, password: 'wrong-password' })).status).toBe(400);
		const res = await postSignedOut(app.baseUrl, path, { intent: 'signin', email: ext, password: 'another-password-123' });
		expect(res.status).toBe(303);
		const workspaces = await res.session!.html('/workspaces');
		expect(workspaces).toContain('Demo Sales');
		expect(workspaces.match(/data-testid="workspace-item"/g)).toHaveLength(2);
		// Joining made Demo Sales current; the switcher goes back.
		expect(await res.session!.html('/settings/members')).toContain('olivia@demo.test');
	});

	it('refuses a signed-in user joining with an invitation for another address', async () => {
		const link = inviteLinkIn((await invite(olivia, 'someone-else@newco.test')).text)!;
		const res = await alice.form(new URL(link).pathname, {});
		expect(res.status).toBe(403);
		expect(await olivia.html('/settings/members')).toContain('someone-else@newco.test');
	});

	it('lets managers and owners revoke invitations; a revoked link says so', async () => {
		const link = inviteLinkIn((await invite(maya, 'revoke-me@newco.test')).text)!;
		const html = await olivia.html('/settings/members');
		const id = new RegExp(`revoke-me@newco\\.test[\\s\\S]*?name="invitationId" value="([a-z2-7]{16})"`).exec(html)![1]!;
		expect((await alice.form('/settings/members?/revoke', { invitationId: id })).status).toBe(403);
		expect((await outsider.form('/settings/members?/revoke', { invitationId: id })).status).toBe(404);
		expect((await maya.form('/settings/members?/revoke', { invitationId: id })).status).toBe(200);
		const page = await (await fetch(link)).text();
		expect(page).toContain('data-testid="invite-gone"');
		expect(page).toContain('This invitation was revoked.');
		expect((await postSignedOut(app.baseUrl, new URL(link).pathname, { name: 'R', email: 'revoke-me@newco.test', password: PASSWORD })).status).toBe(410);
	});

	it('lets only owners change roles, and never leaves the workspace without an owner', async () => {
		const link = inviteLinkIn((await invite(olivia, 'rolf@newco.test')).text)!;
		await postSignedOut(app.baseUrl, new URL(link).pathname, { name: 'Rolf', email: 'rolf@newco.test', password: PASSWORD });
		const ids = await memberIds(olivia);
		expect((await maya.form('/settings/members?/setRole', { userId: ids['rolf@newco.test']!, role: 'manager' })).status).toBe(403);
		expect((await alice.form('/settings/members?/setRole', { userId: ids['rolf@newco.test']!, role: 'owner' })).status).toBe(403);
		expect((await outsider.form('/settings/members?/setRole', { userId: ids['rolf@newco.test']!, role: 'member' })).status).toBe(404);
		expect((await olivia.form('/settings/members?/setRole', { userId: ids['rolf@newco.test']!, role: 'manager' })).status).toBe(200);
		expect(await roleOf(olivia, 'rolf@newco.test')).toBe('manager');
		expect((await olivia.form('/settings/members?/setRole', { userId: ids['olivia@demo.test']!, role: 'member' })).status).toBe(409);
		expect((await olivia.form('/settings/members?/leave', {})).status).toBe(409);
		expect((await olivia.form('/settings/members?/setRole', { userId: ids['rolf@newco.test']!, role: 'superuser' })).status).toBe(400);
		expect(await roleOf(olivia, 'olivia@demo.test')).toBe('owner');
	});

	it('lets managers remove members only, owners anyone but the last owner, and anyone leave', async () => {
		const join = async (email: string) => {
			const link = inviteLinkIn((await invite(olivia, email)).text)!;
			return (await postSignedOut(app.baseUrl, new URL(link).pathname, { name: email.split('@')[0]!, email, password: PASSWORD })).session!;
		};
		const [kim, lou] = [await join('kim@newco.test'), await join('lou@newco.test')];
		const ids = await memberIds(olivia);
		expect((await alice.form('/settings/members?/remove', { userId: ids['kim@newco.test']! })).status).toBe(403);
		expect((await maya.form('/settings/members?/remove', { userId: ids['olivia@demo.test']! })).status).toBe(403);
		expect((await outsider.form('/settings/members?/remove', { userId: ids['kim@newco.test']! })).status).toBe(404);
		expect((await maya.form('/settings/members?/remove', { userId: ids['kim@newco.test']! })).status).toBe(200);
		expect(await roleOf(olivia, 'kim@newco.test')).toBeNull();
		// Out of their last workspace, a person is told so instead of seeing any deal.
		const res = await fetch(`${app.baseUrl}/deals`, { headers: { cookie: kim.cookie }, redirect: 'manual' });
		expect(res.headers.get('location')).toBe('/workspaces?none=1');
		expect((await lou.form('/settings/members?/leave', {})).status).toBe(303);
		expect(await roleOf(olivia, 'lou@newco.test')).toBeNull();
	});

	it('hands ownership over, after which the old owner is a manager', async () => {
		const link = inviteLinkIn((await invite(olivia, 'heir@newco.test', 'manager')).text)!;
		const heir = (await postSignedOut(app.baseUrl, new URL(link).pathname, { name: 'Heir', email: 'heir@newco.test', password: PASSWORD })).session!;
		const ids = await memberIds(olivia);
		expect((await maya.form('/settings/members?/transfer', { userId: ids['heir@newco.test']! })).status).toBe(403);
		expect((await olivia.form('/settings/members?/transfer', { userId: ids['heir@newco.test']! })).status).toBe(200);
		expect(await roleOf(heir, 'heir@newco.test')).toBe('owner');
		expect(await roleOf(heir, 'olivia@demo.test')).toBe('manager');
		// And back, so the demo's owner stays who the README says.
		expect((await heir.form('/settings/members?/transfer', { userId: ids['olivia@demo.test']! })).status).toBe(200);
		expect(await roleOf(olivia, 'olivia@demo.test')).toBe('owner');
	});

	it('lets an owner make a single-use reset link for a member of only their workspaces', async () => {
		const ids = await memberIds(olivia);
		expect((await maya.form('/settings/members?/resetLink', { userId: ids['alice@demo.test']! })).status).toBe(403);
		// Ext also has a workspace of their own: Olivia cannot take over that account.
		expect((await olivia.form('/settings/members?/resetLink', { userId: ids[`ext-${driver}@elsewhere.test`]! })).status).toBe(403);
		const made = await olivia.form('/settings/members?/resetLink', { userId: ids['ivy@newco.test']! });
		expect(made.status).toBe(200);
		const path = /\/reset\/[a-z2-7]{32}/.exec(made.text)![0];
		const ivyBefore = await signInHttp(app.baseUrl, 'ivy@newco.test', PASSWORD);
		const reset = await postSignedOut(app.baseUrl, path, { password: 'ivy-reset-password' });
		expect(reset.status).toBe(303);
		// Every earlier session of that account ended; the new password works; the link is spent.
		expect((await fetch(`${app.baseUrl}/deals`, { headers: { cookie: ivyBefore.cookie }, redirect: 'manual' })).status).toBe(303);
		expect((await signInHttp(app.baseUrl, 'ivy@newco.test', 'ivy-reset-password')).cookie).toMatch(/^session=/);
		expect((await postSignedOut(app.baseUrl, path, { password: 'another-one-123' })).status).toBe(410);
	});

	it('mails a reset link when asked, and answers the same for an address without an account', async () => {
		const since = mail.mails.length;
		const known = await postSignedOut(app.baseUrl, '/forgot', { email: 'victor@demo.test' });
		const unknown = await postSignedOut(app.baseUrl, '/forgot', { email: 'nobody-here@demo.test' });
		expect([known.status, unknown.status]).toEqual([200, 200]);
		expect(pageWithout(known.text, 'victor@demo.test')).toBe(pageWithout(unknown.text, 'nobody-here@demo.test'));
		const sent = await mail.waitFor('victor@demo.test', { since });
		const path = new URL(linkIn(sent, '/reset/')).pathname;
		expect((await postSignedOut(app.baseUrl, path, { password: 'short' })).status).toBe(400);
		expect((await postSignedOut(app.baseUrl, path, { password: 'victor-new-password' })).status).toBe(303);
		expect(mail.mails.slice(since).some((m) => m.to === 'nobody-here@demo.test')).toBe(false);
	});

	it('changes name and password on the account page, signing out the other sessions', async () => {
		const link = inviteLinkIn((await invite(olivia, 'acc@newco.test')).text)!;
		const here = (await postSignedOut(app.baseUrl, new URL(link).pathname, { name: 'Acc', email: 'acc@newco.test', password: PASSWORD })).session!;
		const elsewhere = await signInHttp(app.baseUrl, 'acc@newco.test', PASSWORD);
		expect((await here.form('/account?/password', { current: 'wrong-one', next: 'brand-new-password' })).status).toBe(400);
		expect((await here.form('/account?/password', { current: PASSWORD, next: 'brand-new-password' })).status).toBe(200);
		expect((await fetch(`${app.baseUrl}/account`, { headers: { cookie: elsewhere.cookie }, redirect: 'manual' })).status).toBe(303);
		expect((await fetch(`${app.baseUrl}/account`, { headers: { cookie: here.cookie }, redirect: 'manual' })).status).toBe(200);
		expect((await here.form('/account?/profile', { name: 'Acc Renamed', locale: 'zh-CN' })).status).toBe(200);
		expect(await here.html('/account')).toContain('Acc Renamed');
		expect((await here.form('/account?/profile', { name: 'X', locale: 'fr' })).status).toBe(400);
	});
});
