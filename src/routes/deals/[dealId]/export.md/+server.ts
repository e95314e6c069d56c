import { error } from '@sveltejs/kit';
import contentDisposition from 'content-disposition';
import { sectionsToMarkdown } from '$lib/export/render';
import { getLocale } from '$lib/paraglide/runtime.js';
import { exportDeal, exportFileName } from '$lib/server/deal-export';
import type { RequestHandler } from './$types';

/** The whole deal room as GitHub-flavoured Markdown, in the reader's language; viewers too. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) error(401, 'Sign in to export this deal.');
	const deal = await exportDeal(locals.context.database.db, locals.user.id, params.dealId, getLocale(), 'markdown');
	if (!deal) error(404, 'No such deal, or you have no access to it.');
	return new Response(sectionsToMarkdown(deal.sections), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': contentDisposition(exportFileName(deal.facts.title, 'md')),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
