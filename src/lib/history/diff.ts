import { diffArrays, diffChars } from 'diff';
import type * as Y from 'yjs';
import { BUYING_ROLE_INFO, INFLUENCE_LABELS, RESPONSE_MODE_LABELS } from '$lib/domain/buying-roles';
import type { DomainLocale, Localized } from '$lib/domain/localized';
import { COMPETITIVE_TEXT, URGENCY_TEXT } from '$lib/domain/position';
import { CHAIN_NAMES, TACTIC_TEXT, type ChainStage } from '$lib/domain/pull-back';
import type { RoleRow } from '$lib/domain/role-row';
import { SALES_STAGE_INFO } from '$lib/domain/sales-stages';
import { m } from '$lib/paraglide/messages.js';
import { blockType, getBlocks, readRoleRows, type BlockType } from '$lib/sync/blocks';
import { bodyText } from '$lib/sync/deal-doc';
import { readObjective, readPosition } from '$lib/sync/position-blocks';
import { readCompetitors, readResources } from '$lib/sync/review-blocks';
import { readChecklist, readPullBack } from '$lib/sync/sales-blocks';

/**
 * What changed between a version and now, for people: the text with insertions and deletions
 * marked, and for blocks each change of a field in words ("陈经理 support −1 → +1").
 */

export interface TextSegment {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

/** One line per text block of the body; lines changed in place are diffed by character (CJK too). */
export function textDiff(before: Y.Doc, after: Y.Doc): TextSegment[][] {
	const a = bodyText(before).split('\n');
	const b = bodyText(after).split('\n');
	const lines: TextSegment[][] = [];
	const parts = diffArrays(a, b);
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		const next = parts[i + 1];
		if (part.removed && next?.added) {
			// Lines edited in place: pair them up and mark the characters.
			const n = Math.max(part.value.length, next.value.length);
			for (let j = 0; j < n; j++) {
				const was = part.value[j];
				const is = next.value[j];
				if (was !== undefined && is !== undefined) lines.push(diffChars(was, is).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })));
				else if (was !== undefined) lines.push([{ kind: 'removed', text: was }]);
				else lines.push([{ kind: 'added', text: is! }]);
			}
			i++;
			continue;
		}
		for (const line of part.value) lines.push([{ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: line }]);
	}
	return lines;
}

export interface BlockChange {
	blockId: string;
	type: BlockType;
	/** Each change in words, in the reader's language. */
	changes: string[];
}

const signed = (v: number | null) => (v === null ? '—' : v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

/** Field-level changes of every block, version → now; blocks added or removed say so. */
export function blockChanges(before: Y.Doc, after: Y.Doc, locale: DomainLocale, people: Map<string, string> = new Map()): BlockChange[] {
	const l = (t: Localized) => t[locale] ?? t.en;
	const o = { locale };
	const q = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;
	const out: BlockChange[] = [];
	const ids = [...new Set([...getBlocks(before).keys(), ...getBlocks(after).keys()])];
	for (const id of ids) {
		const was = blockType(before, id);
		const is = blockType(after, id);
		const type = (is ?? was)!;
		if (!type) continue;
		const changes: string[] = [];
		if (!was) changes.push(m.hist_block_added({}, o));
		else if (!is) changes.push(m.hist_block_removed({}, o));
		else if (was === is) {
			const said = (from: string, to: string) => `${from} → ${to}`;
			switch (type) {
				case 'roleTable': {
					const a = new Map(readRoleRows(before, id).map((r) => [r.id, r]));
					const b = new Map(readRoleRows(after, id).map((r) => [r.id, r]));
					for (const [rid, r] of b) if (!a.has(rid)) changes.push(m.hist_person_added({ name: r.name || '—' }, o));
					for (const [rid, r] of a) if (!b.has(rid)) changes.push(m.hist_person_removed({ name: r.name || '—' }, o));
					const fields: [keyof RoleRow, () => string, (r: RoleRow) => string][] = [
						['name', () => m.rt_person({}, o), (r) => q(r.name)],
						['title', () => m.rt_title({}, o), (r) => q(r.title)],
						['role', () => m.rt_role({}, o), (r) => (r.role ? `${r.role} (${l(BUYING_ROLE_INFO[r.role].name)})` : '—')],
						['influence', () => m.rt_influence({}, o), (r) => (r.influence === null ? '—' : `${r.influence} (${l(INFLUENCE_LABELS[r.influence])})`)],
						['support', () => m.rt_support({}, o), (r) => signed(r.support)],
						['responseMode', () => m.rt_mode({}, o), (r) => (r.responseMode ? `${r.responseMode} (${l(RESPONSE_MODE_LABELS[r.responseMode])})` : '—')],
						['pains', () => m.rt_pains({}, o), (r) => q(r.pains)],
						['orgResult', () => m.rt_org_result({}, o), (r) => q(r.orgResult)],
						['personalWin', () => m.rt_personal_win({}, o), (r) => q(r.personalWin)],
						['whyThere', () => m.rt_why({}, o), (r) => q(r.whyThere)],
						['nextAction', () => m.rt_next_action({}, o), (r) => q(r.nextAction)],
						['actionOwner', () => m.rt_owner({}, o), (r) => (r.actionOwner ? (people.get(r.actionOwner) ?? '—') : '—')],
						['actionDue', () => m.rt_due({}, o), (r) => r.actionDue ?? '—']
					];
					for (const [rid, r] of b) {
						const p = a.get(rid);
						if (!p) continue;
						for (const [key, label, show] of fields) if (p[key] !== r[key]) changes.push(`${r.name || p.name || '—'} ${label().toLowerCase()} ${said(show(p), show(r))}`);
					}
					break;
				}
				case 'stageChecklist': {
					const a = readChecklist(before, id);
					const b = readChecklist(after, id);
					for (const c of b.criteria) {
						const x = a.states[c.id];
						const y = b.states[c.id];
						if (Boolean(x?.done) !== Boolean(y?.done)) changes.push((y?.done ? m.hist_ticked : m.hist_unticked)({ item: l(c.text) }, o));
						if (Boolean(x?.customerConfirmed) !== Boolean(y?.customerConfirmed)) changes.push((y?.customerConfirmed ? m.hist_confirmed : m.hist_unconfirmed)({ item: l(c.text) }, o));
					}
					if (a.stage !== b.stage) changes.push(`${m.sc_current({}, o)}: ${said(l(SALES_STAGE_INFO[a.stage].name), l(SALES_STAGE_INFO[b.stage].name))}`);
					break;
				}
				case 'pullBack': {
					const a = readPullBack(before, id);
					const b = readPullBack(after, id);
					const chain = (s: ChainStage | null) => (s ? l(CHAIN_NAMES[s]) : '—');
					if (a.current !== b.current) changes.push(`${m.pb_current({}, o)}: ${said(chain(a.current), chain(b.current))}`);
					if (a.target !== b.target) changes.push(`${m.pb_target({}, o)}: ${said(chain(a.target), chain(b.target))}`);
					for (const t of b.tactics) if (!a.tactics.includes(t)) changes.push(m.hist_tactic_on({ tactic: l(TACTIC_TEXT[t].name) }, o));
					for (const t of a.tactics) if (!b.tactics.includes(t)) changes.push(m.hist_tactic_off({ tactic: l(TACTIC_TEXT[t].name) }, o));
					const names = new Map([...readRoleNames(after), ...readRoleNames(before)]);
					for (const k of b.keyPeople) if (!a.keyPeople.some((x) => x.rowId === k.rowId)) changes.push(m.hist_key_person_added({ name: names.get(k.rowId) ?? '—' }, o));
					for (const k of a.keyPeople) if (!b.keyPeople.some((x) => x.rowId === k.rowId)) changes.push(m.hist_key_person_removed({ name: names.get(k.rowId) ?? '—' }, o));
					for (const k of b.keyPeople) {
						const p = a.keyPeople.find((x) => x.rowId === k.rowId);
						if (p && p.answers.join('\u0000') !== k.answers.join('\u0000')) changes.push(m.hist_answers_changed({ name: names.get(k.rowId) ?? '—' }, o));
					}
					for (const x of b.actions) {
						const p = a.actions.find((y) => y.id === x.id);
						if (!p) changes.push(m.hist_action_added({ text: q(x.text) }, o));
						else if (p.status !== x.status) changes.push((x.status === 'done' ? m.hist_action_done : m.hist_action_reopened)({ text: q(x.text) }, o));
						else if (p.text !== x.text) changes.push(`${m.pb_actions({}, o)}: ${said(q(p.text), q(x.text))}`);
					}
					for (const x of a.actions) if (!b.actions.some((y) => y.id === x.id)) changes.push(m.hist_action_removed({ text: q(x.text) }, o));
					break;
				}
				case 'position': {
					const a = readPosition(before, id);
					const b = readPosition(after, id);
					if (a.urgency !== b.urgency) changes.push(`${m.pos_urgency({}, o)}: ${said(a.urgency ? l(URGENCY_TEXT[a.urgency]) : '—', b.urgency ? l(URGENCY_TEXT[b.urgency]) : '—')}`);
					if (a.competitive !== b.competitive || a.competitor !== b.competitor) {
						const show = (p: typeof a) => (p.competitive ? `${l(COMPETITIVE_TEXT[p.competitive])}${p.competitor ? ` (${p.competitor})` : ''}` : '—');
						changes.push(`${m.pos_competitive({}, o)}: ${said(show(a), show(b))}`);
					}
					if (a.temperature !== b.temperature) changes.push(`${m.pos_temperature({}, o)}: ${said(String(a.temperature), String(b.temperature))}`);
					break;
				}
				case 'objective': {
					const a = readObjective(before, id);
					const b = readObjective(after, id);
					const labels = { quantity: m.obj_quantity, what: m.obj_what, whom: m.obj_whom, when: m.obj_when, revenue: m.obj_revenue };
					for (const key of Object.keys(labels) as (keyof typeof labels)[]) if (a[key] !== b[key]) changes.push(`${labels[key]({}, o)}: ${said(q(a[key]), q(b[key]))}`);
					break;
				}
				case 'resources':
					entryChanges(readResources(before, id), readResources(after, id), (r) => q(r.who), { added: m.hist_resource_added, removed: m.hist_resource_removed, changed: m.hist_resource_changed }, (who) => ({ who }), o, changes);
					break;
				case 'competition':
					entryChanges(readCompetitors(before, id), readCompetitors(after, id), (c) => q(c.name), { added: m.hist_competitor_added, removed: m.hist_competitor_removed, changed: m.hist_competitor_changed }, (name) => ({ name }), o, changes);
					break;
				case 'heatmap':
					break;
			}
		}
		if (changes.length > 0) out.push({ blockId: id, type, changes });
	}
	return out;
}

/** Entries of a list block (resources, competitors) added, removed or changed, by id. */
function entryChanges<T extends { id: string }, P>(
	a: T[],
	b: T[],
	name: (entry: T) => string,
	say: Record<'added' | 'removed' | 'changed', (inputs: P, options: { locale: DomainLocale }) => string>,
	inputs: (name: string) => P,
	o: { locale: DomainLocale },
	changes: string[]
): void {
	for (const x of b) {
		const p = a.find((y) => y.id === x.id);
		if (!p) changes.push(say.added(inputs(name(x)), o));
		else if (JSON.stringify(p) !== JSON.stringify(x)) changes.push(say.changed(inputs(name(x)), o));
	}
	for (const x of a) if (!b.some((y) => y.id === x.id)) changes.push(say.removed(inputs(name(x)), o));
}

function readRoleNames(doc: Y.Doc): [string, string][] {
	return [...getBlocks(doc).keys()].filter((id) => blockType(doc, id) === 'roleTable').flatMap((id) => readRoleRows(doc, id).map((r) => [r.id, r.name] as [string, string]));
}
