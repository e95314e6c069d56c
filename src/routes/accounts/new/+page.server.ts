import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { accounts } from '$lib/server/db/schema';
import { newId } from '$lib/ids';
import { requireMember } from '$lib/server/require-user';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	await requireMember(locals, url);
};

const NewAccount = z.object({ name: z.string().trim().min(1).max(200), industry: z.string().trim().max(120).default('') });

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { workspace } = await requireMember(locals, url);
		const form = Object.fromEntries(await request.formData());
		const parsed = NewAccount.safeParse(form);
		if (!parsed.success) return fail(400, { name: String(form.name ?? ''), industry: String(form.industry ?? ''), error: 'name' as const });
		const id = newId();
		await locals.context.database.db.insert(accounts).values({ id, workspaceId: workspace.id, ...parsed.data });
		redirect(303, `/deals/new?account=${id}`);
	}
};
