import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { SALES_STAGES } from '$lib/domain/sales-stages';
import { saveWorkspaceExitCriteria, workspaceExitCriteria } from '$lib/server/deal-template';
import { requireMember } from '$lib/server/require-user';
import { managesWorkspace } from '$lib/server/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { workspace } = await requireMember(locals, url);
	return { criteria: await workspaceExitCriteria(locals.context.database.db, workspace.id), canEdit: managesWorkspace(workspace) };
};

const Criteria = z
	.array(
		z.object({
			id: z.string().trim().min(1).max(64),
			stage: z.enum(SALES_STAGES),
			text: z.object({ en: z.string().trim().max(300), 'zh-CN': z.string().trim().max(300) }).refine((t) => t.en || t['zh-CN'], 'text'),
			required: z.boolean(),
			needsCustomerConfirmation: z.boolean()
		})
	)
	.max(200)
	.refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'duplicate ids');

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { workspace } = await requireMember(locals, url);
		if (!managesWorkspace(workspace)) return fail(403, { error: 'forbidden' as const });
		let raw: unknown;
		try {
			raw = JSON.parse(String((await request.formData()).get('criteria') ?? ''));
		} catch {
			return fail(400, { error: 'invalid' as const });
		}
		const parsed = Criteria.safeParse(raw);
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		// A blank language falls back to the other one, so no item shows empty.
		const criteria = parsed.data.map((c) => ({ ...c, text: { en: c.text.en || c.text['zh-CN'], 'zh-CN': c.text['zh-CN'] || c.text.en } }));
		await saveWorkspaceExitCriteria(locals.context.database.db, workspace.id, criteria);
		return { saved: true };
	}
};
