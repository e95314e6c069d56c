import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, contacts } from '$lib/server/db/schema';
import { jsonBody } from '$lib/server/comment-api';
import { ID_PATTERN, newId } from '$lib/ids';
import { membershipIn } from '$lib/server/workspace';
import type { RequestHandler } from './$types';

const NewContact = z.object({ name: z.string().trim().min(1, 'A contact needs a name.').max(200), title: z.string().trim().max(200).default('') });

/** Creates a contact at an account of the caller's workspace (inline, from a role table). */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) error(401, 'Sign in again to keep working.');
	if (!ID_PATTERN.test(params.accountId)) error(404, 'No such account.');
	const db = locals.context.database.db;
	const [account] = await db.select({ id: accounts.id, workspaceId: accounts.workspaceId }).from(accounts).where(eq(accounts.id, params.accountId));
	if (!account || !(await membershipIn(db, locals.user.id, account.workspaceId))) error(404, 'No such account.');
	const input = await jsonBody(request, NewContact);
	const contact = { id: newId(), accountId: account.id, ...input };
	await db.insert(contacts).values(contact);
	return json({ id: contact.id, name: contact.name, title: contact.title }, { status: 201 });
};
