import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_COMMENTS_CHANGED } from '../../src/lib/sync/protocol.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { dealIdByTitle, signInHttp, signUpHttp, type HttpSession } from '../support/http-session.ts';
import { connectClient, waitFor } from '../support/sync-clients.ts';

/**
 * Every role × action on comments, through the HTTP API of the real app (built, on its
 * embedded database), as the browser calls it: alice and bob edit the demo deal, maya (a
 * manager) comments, victor views, and an outsider from another workspace has no role.
 */
describe('comments API: who may do what', () => {
	let app: AppProcess;
	let alice: HttpSession, bob: HttpSession, maya: HttpSession, victor: HttpSession, outsider: HttpSession;
	let dealId: string;
	let seq = 0;
	const newId = () => `c${Date.now().toString(36)}${(seq++).toString(36).padStart(4, '0')}`.padEnd(16, '0');
	const post = (s: HttpSession, body: Record<string, unknown>) => s.request('POST', `/api/deals/${dealId}/comments`, body);
	const thread = (s: HttpSession, body: string, anchor: Record<string, unknown> = { kind: 'row', blockId: 'demo-roles', rowId: 'chen', label: '陈经理' }) =>
		post(s, { id: newId(), body, anchor });

	beforeAll(async () => {
		app = await startApp(24310);
		[alice, bob, maya, victor] = await Promise.all(['alice', 'bob', 'maya', 'victor'].map((n) => signInHttp(app.baseUrl, `${n}@demo.test`)));
		outsider = await signUpHttp(app.baseUrl, 'olga@elsewhere.test', 'Olga Outside');
		dealId = await dealIdByTitle(alice, 'Recruiting platform upgrade');
	}, 240_000);
	afterAll(async () => app?.stop());

	it('lets everyone with a role read, and nobody else', async () => {
		for (const s of [alice, bob, maya, victor]) expect((await s.request('GET', `/api/deals/${dealId}/comments`)).status, s.email).toBe(200);
		expect((await outsider.request('GET', `/api/deals/${dealId}/comments`)).status).toBe(404);
		const anonymous = await fetch(`${app.baseUrl}/api/deals/${dealId}/comments`, { headers: { accept: 'application/json' } });
		expect(anonymous.status).toBe(401);
		expect(((await anonymous.json()) as { message: string }).message).toMatch(/sign in/i);
	});

	it('lets editors and commenters start threads and reply; refuses viewers and outsiders', async () => {
		const byMaya = await thread(maya, 'Why is 陈经理 still opposed?');
		expect(byMaya.status).toBe(201);
		expect((await thread(alice, 'Plan the reference visit', { kind: 'block', blockId: 'demo-roles', label: 'Roles' })).status).toBe(201);
		const threadId = byMaya.json.id as string;
		expect((await post(bob, { id: newId(), body: 'He wants more vendors', threadId })).status).toBe(201);

		const refusedThread = await thread(victor, 'I should not be able to say this');
		expect(refusedThread.status).toBe(403);
		expect(refusedThread.json.message).toMatch(/read comments, not write/);
		expect((await post(victor, { id: newId(), body: 'nor this', threadId })).status).toBe(403);
		expect((await thread(outsider, 'nor this')).status).toBe(404);

		const { json } = await victor.request('GET', `/api/deals/${dealId}/comments`);
		const bodies = (json.threads as { comments: { body: string }[] }[]).flatMap((t) => t.comments.map((c) => c.body));
		expect(bodies).toContain('He wants more vendors');
		expect(bodies.join()).not.toMatch(/should not|nor this/);
	});

	it('takes a thread on one of the nine questions from a commenter, refuses a question that does not exist and a viewer', async () => {
		const q9 = { kind: 'question', question: 9, label: '9. What do we do about the competition?' };
		const byMaya = await thread(maya, 'Who is TalentSoft’s coach here?', q9);
		expect(byMaya.status).toBe(201);
		for (const question of [0, 10, 2.5, '9']) {
			const refused = await thread(maya, 'no such question', { ...q9, question });
			expect(refused.status, String(question)).toBe(400);
		}
		expect((await thread(victor, 'not mine to say', q9)).status).toBe(403);
		const { json } = await alice.request('GET', `/api/deals/${dealId}/comments`);
		const found = (json.threads as { id: string; anchor: unknown }[]).find((t) => t.id === byMaya.json.id);
		expect(found?.anchor).toEqual(q9);
	});

	it('lets only the author edit or delete a comment', async () => {
		const { json } = await thread(maya, 'First draft');
		const id = json.id as string;
		for (const s of [alice, bob, victor]) {
			expect((await s.request('PATCH', `/api/comments/${id}`, { body: 'hijacked' })).status, s.email).toBe(403);
			expect((await s.request('DELETE', `/api/comments/${id}`)).status, s.email).toBe(403);
		}
		expect((await outsider.request('PATCH', `/api/comments/${id}`, { body: 'hijacked' })).status).toBe(404);
		expect((await maya.request('PATCH', `/api/comments/${id}`, { body: 'Second draft' })).status).toBe(200);
		const after = await maya.request('GET', `/api/deals/${dealId}/comments`);
		const mine = (after.json.threads as { id: string; comments: { body: string; editedAt: string | null }[] }[]).find((t) => t.id === id)!;
		expect(mine.comments[0]).toMatchObject({ body: 'Second draft' });
		expect(mine.comments[0]!.editedAt).not.toBeNull();
		expect((await maya.request('DELETE', `/api/comments/${id}`)).status).toBe(200);
		expect((await maya.request('PATCH', `/api/comments/${id}`, { body: 'back' })).status).toBe(409);
	});

	it('lets editors and commenters resolve and reopen threads, not viewers; replies are not resolved alone', async () => {
		const { json } = await thread(alice, 'Resolve me');
		const id = json.id as string;
		const reply = await post(maya, { id: newId(), body: 'a reply', threadId: id });
		expect((await victor.request('PATCH', `/api/comments/${id}`, { resolved: true })).status).toBe(403);
		expect((await maya.request('PATCH', `/api/comments/${id}`, { resolved: true })).status).toBe(200);
		const resolved = await bob.request('GET', `/api/deals/${dealId}/comments`);
		const t = (resolved.json.threads as { id: string; resolvedAt: string | null; resolvedByName: string }[]).find((x) => x.id === id)!;
		expect(t.resolvedAt).not.toBeNull();
		expect(t.resolvedByName).toBe('Maya Chen');
		expect((await bob.request('PATCH', `/api/comments/${id}`, { resolved: false })).status).toBe(200);
		expect((await alice.request('PATCH', `/api/comments/${reply.json.id as string}`, { resolved: true })).status).toBe(400);
	});

	it('stores a resent comment once; the same id from another author is another comment', async () => {
		const body = { id: newId(), body: 'Sent twice from the outbox', anchor: { kind: 'deal' } };
		const first = await post(maya, body);
		expect(first.status).toBe(201);
		const again = await post(maya, body);
		expect(again.status).toBe(200);
		expect(again.json.created).toBe(false);
		expect(again.json.id).toBe(first.json.id);
		// Ids are scoped to their author and deal: Alice cannot take Maya's, nor learn it exists.
		const alices = await post(alice, { ...body, body: 'Alice, same client id' });
		expect(alices.status).toBe(201);
		expect(alices.json.id).not.toBe(first.json.id);

		const { json } = await maya.request('GET', `/api/deals/${dealId}/comments`);
		const all = (json.threads as { comments: { body: string }[] }[]).flatMap((t) => t.comments);
		expect(all.filter((c) => c.body === body.body)).toHaveLength(1);

	});

	it('answers bad input with 400 and a message that says what is wrong', async () => {
		const cases: [unknown, RegExp][] = [
			['{not json', /not valid JSON/],
			[{ id: newId(), body: '   ', anchor: { kind: 'deal' } }, /needs some text/],
			[{ id: newId(), body: 'x'.repeat(5001), anchor: { kind: 'deal' } }, /at most 5000/],
			[{ id: newId(), body: 'both', anchor: { kind: 'deal' }, threadId: newId() }, /either starts a thread/],
			[{ id: 'NOT AN ID', body: 'x', anchor: { kind: 'deal' } }, /id is not valid/],
			[{ id: newId(), body: 'x', anchor: { kind: 'text', start: '<script>', end: 'AAAA', quote: '' } }, /./]
		];
		for (const [body, message] of cases) {
			const res = await post(alice, body as Record<string, unknown>);
			expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
			expect(res.json.message).toMatch(message);
		}
		expect((await post(alice, { id: newId(), body: 'to nowhere', threadId: newId() })).status).toBe(404);
	});

	it('puts a mention in the mentioned member’s inbox, and a reply in the thread author’s', async () => {
		const before = await alice.request('GET', '/api/inbox');
		const { json } = await thread(maya, '@Alice Wang can you book the reference visit? @Olga Outside too');
		const id = json.id as string;
		const inboxOf = async (s: HttpSession) => (await s.request('GET', '/api/inbox')).json as { unread: number; items: { commentId: string; kind: string; read: boolean }[] };
		const aliceInbox = await inboxOf(alice);
		expect(aliceInbox.unread).toBe((before.json.unread as number) + 1);
		expect(aliceInbox.items[0]).toMatchObject({ commentId: id, kind: 'mention', read: false });
		expect((await inboxOf(outsider)).items).toEqual([]);

		const reply = await post(bob, { id: newId(), body: 'On it with Alice', threadId: id });
		expect((await inboxOf(maya)).items[0]).toMatchObject({ commentId: reply.json.id, kind: 'reply' });

		expect((await alice.request('POST', `/api/deals/${dealId}/comments/read`)).status).toBe(200);
		expect((await inboxOf(alice)).unread).toBe(0);
		const threads = (await alice.request('GET', `/api/deals/${dealId}/comments`)).json.threads as { unread: boolean }[];
		expect(threads.every((t) => !t.unread)).toBe(true);
		expect((await outsider.request('POST', `/api/deals/${dealId}/comments/read`)).status).toBe(404);
	});

	it('tells every open copy of the deal at once, and a commenter still cannot write the document', async () => {
		const cookie = (s: HttpSession) => s.cookie.slice('session='.length);
		const server = { syncUrl: app.baseUrl.replace('http', 'ws') + '/sync', origin: app.baseUrl, demoDealId: dealId };
		const aliceDoc = connectClient(server, cookie(alice));
		const mayaDoc = connectClient(server, cookie(maya));
		try {
			let heard = 0;
			aliceDoc.provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => void (heard += 1);
			mayaDoc.provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => {};
			await waitFor(() => aliceDoc.provider.synced && mayaDoc.provider.synced);
			expect((await thread(maya, 'Live to alice')).status).toBe(201);
			await waitFor(() => heard === 1, 5000, 'comments-changed message');

			appendParagraph(mayaDoc.doc, 'maya tries to write');
			await waitFor(() => mayaDoc.permissionDenied.length > 0, 5000, 'write refused');
		} finally {
			aliceDoc.destroy();
			mayaDoc.destroy();
		}
	});
});
