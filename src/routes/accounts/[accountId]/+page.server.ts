import { error, fail } from '@sveltejs/kit';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { supportTimeline } from '$lib/domain/support-heat';
import { dealReadableBy } from '$lib/server/access';
import { accountEvents, accounts, contacts, deals } from '$lib/server/db/schema';
import { ID_PATTERN, newId } from '$lib/ids';
import { memberOf } from '$lib/server/require-user';
import { accountProfile } from '$lib/server/support-events';
import type { Actions, PageServerLoad } from './$types';

async function accountInWorkspace(locals: App.Locals, url: URL, accountId: string) {
	if (!ID_PATTERN.test(accountId)) error(404, 'Not found');
	const [account] = await locals.context.database.db
		.select({ id: accounts.id, name: accounts.name, industry: accounts.industry, workspaceId: accounts.workspaceId })
		.from(accounts)
		.where(eq(accounts.id, accountId));
	// An account of a workspace the reader is not in is "not found", like one that does not exist.
	const member = await memberOf(locals, url, account?.workspaceId);
	if (!account || !member) error(404, 'Not found');
	return { ...member, account };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { account, user } = await accountInWorkspace(locals, url, params.accountId);
	const db = locals.context.database.db;
	const [profile, contactList, dealList] = await Promise.all([
		accountProfile(db, account.id, user.id),
		db.select({ id: contacts.id, name: contacts.name, title: contacts.title }).from(contacts).where(eq(contacts.accountId, account.id)).orderBy(asc(contacts.name)),
		db.select({ id: deals.id, title: deals.title, status: deals.status }).from(deals).where(and(eq(deals.accountId, account.id), dealReadableBy(user.id))).orderBy(asc(deals.title))
	]);
	// One line per person and deal; a person is their contact when linked, else their name.
	const lineKey = (c: (typeof profile.changes)[number]) => `${c.contactId ?? `name:${c.personName}`}|${c.dealId}`;
	const lines = new Map<string, { key: string; person: string; contactId: string | null; deal: string; dealId: string }>();
	for (const c of profile.changes) {
		const contactName = contactList.find((x) => x.id === c.contactId)?.name;
		lines.set(lineKey(c), { key: lineKey(c), person: contactName ?? c.personName, contactId: c.contactId, deal: c.dealTitle, dealId: c.dealId });
	}
	const asEvents = (pick: (c: (typeof profile.changes)[number]) => number | null) =>
		profile.changes.map((c) => ({ personId: lineKey(c), from: null, to: pick(c), at: c.at.getTime(), by: '', note: '' }));
	const ids = [...lines.values()].map((l) => ({ id: l.key }));
	const values = supportTimeline(ids, asEvents((c) => c.toValue));
	const shades = supportTimeline(ids, asEvents((c) => c.toNormalized));
	const sortedLines = [...lines.values()].sort((a, b) => a.person.localeCompare(b.person) || a.deal.localeCompare(b.deal));
	return {
		account,
		contacts: contactList,
		deals: dealList,
		timeline: {
			columns: values.columns.map((c) => c.at),
			lines: sortedLines.map((l) => ({ ...l, values: values.cells[l.key]!, shades: shades.cells[l.key]! }))
		},
		changes: profile.changes
			.map((c) => ({ at: c.at.toISOString(), person: lines.get(lineKey(c))!.person, deal: c.dealTitle, from: c.fromValue, to: c.toValue, by: c.by, note: c.note }))
			.reverse(),
		log: profile.log.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))
	};
};

const NewEvent = z.object({
	text: z.string().trim().min(1).max(2000),
	at: z.iso.date(),
	contactId: z.union([z.literal(''), z.string().regex(ID_PATTERN)])
});

export const actions: Actions = {
	addEvent: async ({ locals, url, params, request }) => {
		const { user, account } = await accountInWorkspace(locals, url, params.accountId);
		const form = Object.fromEntries(await request.formData());
		const parsed = NewEvent.safeParse(form);
		if (!parsed.success) return fail(400, { error: 'text' as const, text: String(form.text ?? '') });
		const db = locals.context.database.db;
		if (parsed.data.contactId) {
			const [contact] = await db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.id, parsed.data.contactId), eq(contacts.accountId, account.id)));
			if (!contact) return fail(400, { error: 'contact' as const, text: parsed.data.text });
		}
		await db.insert(accountEvents).values({
			id: newId(),
			accountId: account.id,
			contactId: parsed.data.contactId || null,
			at: parsed.data.at,
			authorId: user.id,
			text: parsed.data.text
		});
		return { added: true };
	}
};
