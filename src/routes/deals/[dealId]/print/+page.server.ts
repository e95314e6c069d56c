import { error } from '@sveltejs/kit';
import { sectionToHtml } from '$lib/export/render';
import { getLocale } from '$lib/paraglide/runtime.js';
import { exportDeal } from '$lib/server/deal-export';
import { requireUser } from '$lib/server/require-user';
import type { PageServerLoad } from './$types';

/** The deal room laid out for paper (A4): the same content as the Markdown export. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const me = requireUser(locals, url);
	const deal = await exportDeal(locals.context.database.db, me.id, params.dealId, getLocale(), 'html');
	if (!deal) error(404, 'No such deal, or you have no access to it.');
	return {
		dealId: deal.facts.id,
		title: deal.facts.title,
		exportedAt: new Date().toISOString(),
		sections: deal.sections.map((s) => ({ kind: s.kind, html: sectionToHtml(s) }))
	};
};
