import type { BlockContent, List, ListItem, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import * as Y from 'yjs';
import { BUYING_ROLE_INFO, INFLUENCE_LABELS, RESPONSE_MODE_LABELS } from '$lib/domain/buying-roles';
import type { DomainLocale, Localized } from '$lib/domain/localized';
import { COMPETITIVE_TEXT, objectiveSentence, temperatureText, URGENCY_TEXT } from '$lib/domain/position';
import { competitorResponses, HOME_COURT_TEXT, nineQuestions, nineQuestionScore, RESOURCE_STATUS_TEXT, RESOURCE_TEXT, TENDER_TEXT } from '$lib/domain/nine-questions';
import { BUYING_CHAIN, CHAIN_NAMES, CORE_QUESTIONS, TACTIC_TEXT } from '$lib/domain/pull-back';
import { DIAGNOSIS_TEXT, diagnoseRoles } from '$lib/domain/role-diagnosis';
import { QUALIFICATION_TEXT, SALES_STAGE_INFO, SALES_STAGES, criterionMet, pseudoOpportunityGaps } from '$lib/domain/sales-stages';
import { supportTimeline } from '$lib/domain/support-heat';
import { SUPPORT_LABELS } from '$lib/domain/support-scale';
import { isSafeHref } from '$lib/editor/safe-href';
import { m } from '$lib/paraglide/messages.js';
import { blockType, heatmapSource, readRoleRows, readSupportEvents, roleTableScale, type BlockType } from '$lib/sync/blocks';
import { getBody } from '$lib/sync/deal-doc';
import { readObjective, readPosition } from '$lib/sync/position-blocks';
import { readNineQuestionsInput } from '$lib/sync/nine-questions-input';
import { readCompetitors, readResources } from '$lib/sync/review-blocks';
import { readChecklist, readPullBack } from '$lib/sync/sales-blocks';
import type { WitnessIndex } from '$lib/sync/witness';

/**
 * A deal room as a document outside the app: its facts, its rich text and every live block as
 * real Markdown structures (mdast), in sections (one per run of text, one per block), so the
 * Markdown export and the print page are made from one model and say the same.
 */

export interface DealFacts {
	title: string;
	accountName: string;
	amount: string | number | null;
	currency: string;
	expectedCloseDate: string | null;
	status: 'open' | 'won' | 'lost';
	ownerName: string;
}

export interface ExportOptions {
	locale: DomainLocale;
	/** Teammates by user id: owners of next actions and actions. */
	people: Map<string, string>;
	/** The server's record of who ticked what; without it, what the document says. */
	witness?: WitnessIndex;
	/**
	 * Markdown cannot merge table cells: spanned cells are written out empty so columns stay
	 * aligned. HTML keeps the spans.
	 */
	target: 'markdown' | 'html';
}

export interface DealSection {
	kind: 'facts' | 'text' | BlockType;
	blockId?: string;
	nodes: RootContent[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const para = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3 | 4, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const item = (children: BlockContent[], checked?: boolean): ListItem => ({ type: 'listItem', spread: false, checked: checked ?? null, children });
const list = (items: ListItem[], ordered = false): List => ({ type: 'list', ordered, spread: false, children: items });
const cell = (value: string | PhrasingContent[]): TableCell => ({ type: 'tableCell', children: typeof value === 'string' ? [text(value)] : value });
const row = (cells: (string | PhrasingContent[])[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
const table = (header: string[], rows: (string | PhrasingContent[])[][]): Table => ({ type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] });
/** "Label: value" as a paragraph, the label in bold. */
const field = (label: string, value: string): BlockContent => para(strong(`${label}:`), text(` ${value}`));

export function dealSections(doc: Y.Doc, facts: DealFacts, options: ExportOptions): DealSection[] {
	const { locale } = options;
	const l = (t: Localized) => t[locale] ?? t.en;
	const o = { locale };
	const blank = m.rt_blank({}, o);
	const day = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : blank);
	const moment = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms));
	const person = (id: string | null) => (id ? (options.people.get(id) ?? blank) : blank);
	const signed = (v: number | null) => (v === null ? blank : v > 0 ? `+${v}` : String(v));

	const sections: DealSection[] = [];
	const amount =
		facts.amount === null || facts.amount === ''
			? blank
			: (() => {
					try {
						return new Intl.NumberFormat(locale, { style: 'currency', currency: facts.currency, maximumFractionDigits: 0 }).format(Number(facts.amount));
					} catch {
						return `${facts.amount} ${facts.currency}`;
					}
				})();
	const status = { open: m.status_open, won: m.status_won, lost: m.status_lost }[facts.status]({}, o);
	sections.push({
		kind: 'facts',
		nodes: [
			heading(1, facts.title),
			list(
				[
					[m.export_account({}, o), facts.accountName],
					[m.export_amount({}, o), amount],
					[m.export_close_date({}, o), day(facts.expectedCloseDate)],
					[m.export_status({}, o), status],
					[m.export_owner({}, o), facts.ownerName],
					[m.nq_open({}, o), m.nq_score({ score: nineQuestionScore(nineQuestions(readNineQuestionsInput(doc))), total: 9 }, o)]
				].map(([label, value]) => item([field(label!, value!)]))
			)
		]
	});

	// ---- rich text ----
	const inline = (node: Y.XmlElement): PhrasingContent[] => {
		const out: PhrasingContent[] = [];
		for (const child of node.toArray()) {
			if (child instanceof Y.XmlText) {
				for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, { href?: string } | undefined> }[]) {
					if (typeof op.insert !== 'string' || op.insert === '') continue;
					const marks = op.attributes ?? {};
					const has = (name: string) => Object.keys(marks).some((k) => k === name || k.startsWith(`${name}--`));
					let content: PhrasingContent = has('code') ? { type: 'inlineCode', value: op.insert } : text(op.insert);
					if (has('italic')) content = { type: 'emphasis', children: [content] };
					if (has('bold')) content = { type: 'strong', children: [content] };
					if (has('strike')) content = { type: 'delete', children: [content] };
					const link = Object.entries(marks).find(([k]) => k === 'link' || k.startsWith('link--'))?.[1];
					if (link?.href && isSafeHref(link.href)) content = { type: 'link', url: link.href, children: [content] };
					out.push(content);
				}
			} else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
				out.push({ type: 'break' });
			}
		}
		return out;
	};
	const plain = (node: Y.XmlElement | Y.XmlText): string =>
		node instanceof Y.XmlText ? node.toString().replace(/<[^>]+>/g, '') : node.toArray().map((c) => plain(c as Y.XmlElement | Y.XmlText)).join('');
	const elements = (node: Y.XmlElement | Y.XmlFragment) => node.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
	const cellInline = (c: Y.XmlElement): PhrasingContent[] => {
		const parts: PhrasingContent[] = [];
		for (const [i, p] of elements(c).entries()) {
			if (i > 0) parts.push({ type: 'break' });
			parts.push(...inline(p));
		}
		return parts;
	};
	const tableOf = (node: Y.XmlElement): Table => {
		// A grid with every span expanded: Markdown has no merged cells.
		const grid: TableCell[][] = [];
		for (const [r, tr] of elements(node).entries()) {
			grid[r] ??= [];
			let c = 0;
			for (const td of elements(tr)) {
				while (grid[r]![c]) c++;
				const colspan = Number(td.getAttribute('colspan')) || 1;
				const rowspan = Number(td.getAttribute('rowspan')) || 1;
				const content: TableCell = cell(cellInline(td));
				if (options.target === 'html' && (colspan > 1 || rowspan > 1)) content.data = { hProperties: { colSpan: colspan, rowSpan: rowspan } };
				for (let dr = 0; dr < rowspan; dr++) {
					grid[r + dr] ??= [];
					for (let dc = 0; dc < colspan; dc++) {
						const filler: TableCell = options.target === 'html' ? { type: 'tableCell', children: [], data: { hName: 'x-spanned' } } : cell('');
						grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? content : filler;
					}
				}
				c += colspan;
			}
		}
		const width = Math.max(1, ...grid.map((r) => r.length));
		const rows = grid.map((cells): TableRow => ({ type: 'tableRow', children: Array.from({ length: width }, (_, i) => cells[i] ?? cell('')) }));
		return { type: 'table', align: Array.from({ length: width }, () => null), children: rows };
	};
	const blockOf = (node: Y.XmlElement): BlockContent[] => {
		switch (node.nodeName) {
			case 'paragraph':
				return [para(...inline(node))];
			case 'heading': {
				const level = Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 2));
				// The deal's title is the one level-1 heading: the text's headings go one down.
				return [{ type: 'heading', depth: Math.min(6, level + 1) as 2, children: inline(node) }];
			}
			case 'bulletList':
			case 'orderedList':
			case 'taskList': {
				const start = Number(node.getAttribute('start'));
				const out = list(
					elements(node).map((li) => item(elements(li).flatMap(blockOf), node.nodeName === 'taskList' ? li.getAttribute('checked') === (true as never) || String(li.getAttribute('checked')) === 'true' : undefined)),
					node.nodeName === 'orderedList'
				);
				if (node.nodeName === 'orderedList' && start > 1) out.start = start;
				return [out];
			}
			case 'blockquote':
				return [{ type: 'blockquote', children: elements(node).flatMap(blockOf) }];
			case 'codeBlock': {
				const lang = node.getAttribute('language');
				return [{ type: 'code', lang: typeof lang === 'string' && /^[\w+-]{1,30}$/.test(lang) ? lang : null, value: plain(node) }];
			}
			case 'horizontalRule':
				return [{ type: 'thematicBreak' }];
			case 'table':
				return [tableOf(node)];
			default: {
				const t = plain(node);
				return t ? [para(text(t))] : [];
			}
		}
	};

	// ---- live blocks ----
	const blockTitle = (type: BlockType) =>
		({ roleTable: m.block_role_table, heatmap: m.block_heatmap, stageChecklist: m.block_checklist, pullBack: m.block_pull_back, position: m.block_position, objective: m.block_objective, resources: m.block_resources, competition: m.block_competition })[type]({}, o);
	// Every role-table person's name by row id, read once when a block first needs it.
	let names: Map<string, string> | null = null;
	const roleNames = () =>
		(names ??= new Map([...doc.getMap('blocks').keys()].filter((id) => blockType(doc, id) === 'roleTable').flatMap((id) => readRoleRows(doc, id).map((r) => [r.id, r.name] as const))));
	const liveBlock = (blockId: string, type: BlockType): RootContent[] => {
		const out: RootContent[] = [heading(2, blockTitle(type))];
		switch (type) {
			case 'roleTable': {
				const rows = readRoleRows(doc, blockId);
				const scale = roleTableScale(doc, blockId);
				if (rows.length === 0) return [...out, para(text(m.rt_empty({}, o)))];
				out.push(
					table(
						[m.rt_person, m.rt_title, m.rt_role, m.rt_influence, m.rt_support, m.rt_mode, m.rt_next_action, m.rt_owner, m.rt_due].map((f) => f({}, o)),
						rows.map((r) => [
							r.name || blank,
							r.title || blank,
							r.role ? `${r.role} · ${l(BUYING_ROLE_INFO[r.role].name)}` : blank,
							r.influence === null ? blank : `${r.influence} · ${l(INFLUENCE_LABELS[r.influence])}`,
							r.support === null ? blank : `${signed(r.support)} · ${l(SUPPORT_LABELS[scale][r.support] ?? { en: '', 'zh-CN': '' })}`,
							r.responseMode ? `${r.responseMode} · ${l(RESPONSE_MODE_LABELS[r.responseMode])}` : blank,
							r.nextAction || blank,
							person(r.actionOwner),
							day(r.actionDue)
						])
					)
				);
				// The long fields, per person, where written.
				const details = rows
					.map((r) => ({ r, parts: [[m.rt_pains, r.pains], [m.rt_org_result, r.orgResult], [m.rt_personal_win, r.personalWin], [m.rt_why, r.whyThere]] as const }))
					.filter(({ parts }) => parts.some(([, v]) => v.trim() !== ''));
				if (details.length > 0) {
					out.push(heading(3, m.rt_details({}, o)));
					out.push(list(details.map(({ r, parts }) => item([para(strong(r.name || blank)), list(parts.filter(([, v]) => v.trim()).map(([f, v]) => item([field(f({}, o), v)])))]))));
				}
				const diagnosis = diagnoseRoles(rows, scale);
				out.push(heading(3, m.diag_title({}, o)));
				out.push(field(m.diag_weighted({}, o), diagnosis.weightedSupport === null ? blank : `${Math.round(diagnosis.weightedSupport * 100)} %`));
				if (diagnosis.flags.length === 0) out.push(para(text(m.diag_all_clear({}, o))));
				const byId = new Map(rows.map((r) => [r.id, r]));
				out.push(
					list(
						diagnosis.flags.map((flag) => {
							const people = flag.personIds.map((id) => byId.get(id)).filter((r) => r !== undefined);
							const content: BlockContent[] = [para(strong(l(DIAGNOSIS_TEXT[flag.kind].title)), text(` — ${l(DIAGNOSIS_TEXT[flag.kind].advice)}`))];
							if (people.length > 0) {
								content.push(list(people.map((r) => item([para(strong(r.name || blank), text(` — ${m.diag_remedy({}, o)}: ${r.nextAction || m.diag_no_remedy({}, o)}`))]))));
							}
							return item(content);
						})
					)
				);
				return out;
			}
			case 'heatmap': {
				const source = heatmapSource(doc, blockId);
				if (!source) return [...out, para(text(m.hm_no_source({}, o)))];
				const rows = readRoleRows(doc, source);
				const timeline = supportTimeline(rows, readSupportEvents(doc, source, options.witness), 'day');
				out.push(heading(3, m.hm_timeline({}, o)));
				if (timeline.columns.length === 0) return [...out, para(text(m.hm_no_history({}, o)))];
				out.push(
					table(
						[m.rt_person({}, o), ...timeline.columns.map((c) => moment(c.at))],
						rows.map((r) => [r.name || blank, ...(timeline.cells[r.id] ?? []).map(signed)])
					)
				);
				return out;
			}
			case 'stageChecklist': {
				const data = readChecklist(doc, blockId, options.witness);
				for (const stage of SALES_STAGES) {
					const items = data.criteria.filter((c) => c.stage === stage);
					if (items.length === 0) continue;
					const name = l(SALES_STAGE_INFO[stage].name);
					out.push(heading(3, stage === data.stage ? `${name} · ${m.sc_current({}, o)}` : name));
					out.push(
						list(
							items.map((c) => {
								const state = data.states[c.id];
								const notes: string[] = [];
								if (!c.required) notes.push(m.sc_optional({}, o));
								if (c.needsCustomerConfirmation) notes.push(state?.customerConfirmed ? m.sc_customer_confirmed({}, o) : m.sc_needs_confirmation({}, o));
								if (state?.done && state.doneBy) notes.push(m.sc_ticked_by({ name: person(state.doneBy) === blank ? state.doneBy : person(state.doneBy), date: state.doneAt ? moment(state.doneAt) : blank }, o));
								return item([para(text(l(c.text)), ...(notes.length ? [text(` (${notes.join('; ')})`)] : []))], criterionMet(c, state) || Boolean(state?.done));
							})
						)
					);
				}
				const gaps = pseudoOpportunityGaps(data.qualification);
				out.push(
					field(
						m.sc_qualification({}, o),
						gaps.length === 0 ? m.sc_real({}, o) : m.sc_pseudo({ missing: gaps.map((g) => l(QUALIFICATION_TEXT[g])).join(', ') }, o)
					)
				);
				return out;
			}
			case 'pullBack': {
				const data = readPullBack(doc, blockId);
				const chain = (s: (typeof BUYING_CHAIN)[number] | null) => (s ? l(CHAIN_NAMES[s]) : m.pb_not_set({}, o));
				out.push(field(m.pb_current({}, o), chain(data.current)));
				out.push(field(m.pb_target({}, o), chain(data.target)));
				if (data.targetCheck && !data.targetCheck.ok) out.push(para({ type: 'emphasis', children: [text(l(data.targetCheck.reason))] }));
				const shaped = BUYING_CHAIN.filter((s) => data.shapedBy[s]);
				if (shaped.length > 0) {
					out.push(heading(3, m.pb_shaped_by({}, o)));
					out.push(
						list(
							shaped.map((s) => {
								const by = data.shapedBy[s]!;
								const who = by.kind === 'us' ? m.pb_us({}, o) : by.kind === 'buyer' ? m.pb_buyer({}, o) : `${m.pb_competitor({}, o)}${by.name ? `: ${by.name}` : ''}`;
								return item([field(l(CHAIN_NAMES[s]), who)]);
							})
						)
					);
				}
				out.push(heading(3, m.pb_tactics({}, o)));
				out.push(data.tactics.length ? list(data.tactics.map((t) => item([para(strong(l(TACTIC_TEXT[t].name)), text(` — ${l(TACTIC_TEXT[t].meaning)}`))]))) : para(text(m.pb_not_set({}, o))));
				if (data.keyPeople.length > 0) {
					out.push(heading(3, m.pb_key_people({}, o)));
					out.push(list(data.keyPeople.map((k) => item([para(strong(roleNames().get(k.rowId) || blank)), list(CORE_QUESTIONS.map((q, i) => item([field(l(q), k.answers[i] || blank)])))]))));
				}
				if (data.actions.length > 0) {
					out.push(heading(3, m.pb_actions({}, o)));
					out.push(list(data.actions.map((a) => item([para(text(a.text || blank), text(` (${m.rt_owner({}, o)}: ${person(a.owner)}; ${m.rt_due({}, o)}: ${day(a.due)})`))], a.status === 'done'))));
				}
				return out;
			}
			case 'position': {
				const p = readPosition(doc, blockId);
				const stage = [...doc.getMap('blocks').keys()].find((id) => blockType(doc, id) === 'stageChecklist');
				out.push(field(m.pos_stage({}, o), stage ? l(SALES_STAGE_INFO[readChecklist(doc, stage).stage].name) : m.pos_no_checklist({}, o)));
				out.push(field(m.pos_urgency({}, o), p.urgency ? l(URGENCY_TEXT[p.urgency]) : m.pb_not_set({}, o)));
				out.push(field(m.pos_competitive({}, o), p.competitive ? `${l(COMPETITIVE_TEXT[p.competitive])}${p.competitor ? ` (${p.competitor})` : ''}` : m.pb_not_set({}, o)));
				out.push(field(m.pos_temperature({}, o), `${p.temperature} · ${l(temperatureText(p.temperature))}`));
				return out;
			}
			case 'objective': {
				const objective = readObjective(doc, blockId);
				const sentence = objectiveSentence(objective);
				out.push(para(strong(l(sentence.text))));
				if (!sentence.complete) out.push(para({ type: 'emphasis', children: [text(m.obj_incomplete({}, o))] }));
				return out;
			}
			case 'resources': {
				const items = readResources(doc, blockId);
				if (items.length === 0) return [...out, para(text(m.res_empty({}, o)))];
				out.push(
					table(
						[m.res_kind, m.res_who, m.res_for, m.res_when, m.res_their_win, m.res_status].map((f) => f({}, o)),
						items.map((r) => [
							r.kind ? l(RESOURCE_TEXT[r.kind]) : blank,
							r.who || blank,
							(r.forPersonId && roleNames().get(r.forPersonId)) || blank,
							day(r.when),
							r.theirWin || blank,
							l(RESOURCE_STATUS_TEXT[r.status])
						])
					)
				);
				return out;
			}
			case 'competition': {
				const rivals = readCompetitors(doc, blockId);
				if (rivals.length === 0) return [...out, para(text(m.comp_empty({}, o)))];
				out.push(
					list(
						rivals.map((c) => {
							const facts = [c.homeCourt ? l(HOME_COURT_TEXT[c.homeCourt]) : `${m.comp_home_court({}, o)}: ${blank}`, l(TENDER_TEXT[c.tender])];
							if (c.pricePressure) facts.push(m.comp_price({}, o));
							const advice = competitorResponses(c);
							return item([
								para(strong(c.name || blank), text(` — ${facts.join('; ')}`)),
								...(c.notes ? [field(m.comp_notes({}, o), c.notes)] : []),
								...(advice.length ? [field(m.comp_response({}, o), advice.map(l).join(' '))] : [])
							]);
						})
					)
				);
				return out;
			}
		}
	};

	let run: RootContent[] = [];
	const flush = () => {
		if (run.length > 0) sections.push({ kind: 'text', nodes: run });
		run = [];
	};
	for (const node of elements(getBody(doc))) {
		if (node.nodeName === 'liveBlock') {
			const blockId = String(node.getAttribute('blockId') ?? '');
			const type = blockType(doc, blockId);
			flush();
			sections.push(type ? { kind: type, blockId, nodes: liveBlock(blockId, type) } : { kind: 'text', nodes: [para({ type: 'emphasis', children: [text(m.block_missing({}, o))] })] });
		} else {
			run.push(...blockOf(node));
		}
	}
	flush();
	return sections;
}
