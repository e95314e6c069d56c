import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { SALES_STAGES } from '$lib/domain/sales-stages';
import { RESOURCE_KINDS } from '$lib/domain/nine-questions';
import { saveWorkspaceCatalog, saveWorkspaceExitCriteria, workspaceTemplate } from '$lib/server/deal-template';
import { requireMember } from '$lib/server/require-user';
import { managesWorkspace } from '$lib/server/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { workspace } = await requireMember(locals, url);
	const template = await workspaceTemplate(locals.context.database.db, workspace.id);
	return { criteria: template.exitCriteria, catalog: template.catalog, canEdit: managesWorkspace(workspace) };
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

/** Blank entries are dropped and names kept once, so a half-filled line does not become a suggestion. */
const Catalog = z.object({
	resources: z
		.array(z.object({ kind: z.enum(RESOURCE_KINDS).nullable(), who: z.string().trim().max(200) }))
		.max(100)
		.transform((list) => list.filter((r) => r.who !== '').filter((r, i, all) => all.findIndex((x) => x.who === r.who) === i)),
	competitors: z
		.array(z.string().trim().max(200))
		.max(100)
		.transform((list) => [...new Set(list.filter(Boolean))])
});

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { workspace } = await requireMember(locals, url);
		if (!managesWorkspace(workspace)) return fail(403, { error: 'forbidden' as const });
		const form = await request.formData();
		let raw: unknown;
		let rawCatalog: unknown;
		try {
			raw = JSON.parse(String(form.get('criteria') ?? ''));
			// Older pages post the criteria alone: the catalog is then left as it is.
			rawCatalog = form.has('catalog') ? JSON.parse(String(form.get('catalog'))) : undefined;
		} catch {
			return fail(400, { error: 'invalid' as const });
		}
		const parsed = Criteria.safeParse(raw);
		const catalog = rawCatalog === undefined ? null : Catalog.safeParse(rawCatalog);
		if (!parsed.success || (catalog && !catalog.success)) return fail(400, { error: 'invalid' as const });
		// A blank language falls back to the other one, so no item shows empty.
		const criteria = parsed.data.map((c) => ({ ...c, text: { en: c.text.en || c.text['zh-CN'], 'zh-CN': c.text['zh-CN'] || c.text.en } }));
		await saveWorkspaceExitCriteria(locals.context.database.db, workspace.id, criteria);
		if (catalog?.success) await saveWorkspaceCatalog(locals.context.database.db, workspace.id, catalog.data);
		return { saved: true };
	}
};
