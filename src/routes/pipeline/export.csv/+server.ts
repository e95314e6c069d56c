import { error } from '@sveltejs/kit';
import contentDisposition from 'content-disposition';
import Papa from 'papaparse';
import { DIAGNOSIS_TEXT, type DiagnosisKind } from '$lib/domain/role-diagnosis';
import { shownDeals } from '$lib/domain/pipeline-filter';
import { SALES_STAGE_INFO, SALES_STAGES, type SalesStage } from '$lib/domain/sales-stages';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { pipelineDeals } from '$lib/server/pipeline';
import { currentWorkspace } from '$lib/server/workspace';
import type { RequestHandler } from './$types';

/**
 * The deals the pipeline shows, with its filters (`owner`, `stage`), as CSV in the reader's
 * language: UTF-8 with a BOM (Excel reads Chinese right), and no cell a spreadsheet would run
 * as a formula.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.user) error(401, 'Sign in to export the pipeline.');
	const db = locals.context.database.db;
	const workspace = await currentWorkspace(db, locals.user.id);
	if (!workspace) error(403, 'You are in no workspace.');
	const stage = url.searchParams.get('stage') ?? '';
	if (stage && !(SALES_STAGES as readonly string[]).includes(stage)) error(400, `Unknown stage "${stage.slice(0, 40)}".`);
	const deals = shownDeals(await pipelineDeals(db, locals.user.id, workspace), { owner: url.searchParams.get('owner') ?? '', stage: stage as SalesStage | '' });
	const locale = getLocale();
	const o = { locale };
	const name = (s: SalesStage | null) => (s ? SALES_STAGE_INFO[s].name[locale] : '');
	const flag = (f: string) => DIAGNOSIS_TEXT[f as DiagnosisKind]?.title[locale] ?? f;
	const csv = Papa.unparse(
		{
			fields: [m.pl_deal({}, o), m.export_account({}, o), m.pl_stage({}, o), m.pl_amount({}, o), m.export_currency({}, o), m.pl_close({}, o), m.pl_owner({}, o), m.deals_col_temperature({}, o), m.deals_col_flags({}, o), m.pl_nine_title({}, o), m.export_open_threads({}, o), 'URL'],
			data: deals.map((d) => [d.title, d.accountName, name(d.stage), d.amount, d.currency, d.expectedCloseDate ?? '', d.ownerName, d.temperature ?? '', d.flags.map(flag).join('; '), d.nineScore ?? '', d.openThreads, `${url.origin}/deals/${d.id}`])
		},
		{ escapeFormulae: true, newline: '\r\n' }
	);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(`\uFEFF${csv}\r\n`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': contentDisposition(`${workspace.name} pipeline ${day}.csv`),
			'cache-control': 'private, no-store'
		}
	});
};
