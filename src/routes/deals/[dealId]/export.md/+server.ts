import { error } from '@sveltejs/kit';
import contentDisposition from 'content-disposition';
import { sectionsToMarkdown } from '$lib/export/render';
import { getLocale } from '$lib/paraglide/runtime.js';
import { exportDeal, exportFileName } from '$lib/server/deal-export';
import type { RequestHandler } from './$types';

/** The whole deal room as GitHub-flavoured Markdown, in the reader's language; viewers too. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user) error(401, 'Sign in to export this deal.');
	// `?version=<id>`: the deal as that version of its history was.
	const version = url.searchParams.get('version') ?? undefined;
	const deal = await exportDeal(locals.context.database.db, locals.user.id, params.dealId, getLocale(), 'markdown', version);
	if (!deal) error(404, version ? 'No such version of this deal, or you have no access to it.' : 'No such deal, or you have no access to it.');
	return new Response(sectionsToMarkdown(deal.sections), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': contentDisposition(exportFileName(version ? `${deal.facts.title} (version)` : deal.facts.title, 'md')),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
