import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { getBody } from '../../src/lib/sync/deal-doc.ts';
import { addRoleRow, readRoleRows, removeRoleRow, setRowField, setSupport } from '../../src/lib/sync/blocks.ts';
import { readChecklist, setCriterionDone } from '../../src/lib/sync/sales-blocks.ts';

const ROLES = 'demo-roles';
const CHECKLIST = 'stage-checklist';
/** What a viewer types: it must end up nowhere. */
export const VIEWER_MARK = 'VIEWER';

/** JSON with object keys sorted: a Y.Map's key order depends on the order updates arrived. */
export const canonical = (value: unknown): unknown =>
	Array.isArray(value)
		? value.map(canonical)
		: value && typeof value === 'object'
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
			: value;

/** Everything a user sees of a deal: body, blocks, meta. Equal snapshots mean equal documents. */
export const content = (doc: Y.Doc) =>
	JSON.stringify(canonical({ body: getBody(doc).toJSON(), blocks: doc.getMap('blocks').toJSON(), meta: doc.getMap('meta').toJSON() }));

/** One random edit: text typed or deleted, a paragraph added, a role row or checklist changed. */
export function randomEdit(doc: Y.Doc, random: prng.PRNG, tag: string): void {
	const body = getBody(doc);
	const roll = prng.int32(random, 0, 9);
	const paragraphs = body.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
	const text = paragraphs.length > 0 ? (prng.oneOf(random, paragraphs).get(0) as Y.XmlText | undefined) : undefined;
	if (roll <= 3 && text instanceof Y.XmlText) {
		text.insert(prng.int32(random, 0, text.length), `${tag}${prng.word(random, 1, 4)}`);
	} else if (roll === 4 && text instanceof Y.XmlText && text.length > 0) {
		const at = prng.int32(random, 0, text.length - 1);
		text.delete(at, Math.min(text.length - at, prng.int32(random, 1, 5)));
	} else if (roll === 5) {
		const p = new Y.XmlElement('paragraph');
		p.insert(0, [new Y.XmlText(`${tag} new paragraph`)]);
		body.insert(prng.int32(random, 0, body.length), [p]);
	} else if (roll <= 7) {
		const rows = readRoleRows(doc, ROLES);
		const row = rows.length > 0 ? prng.oneOf(random, rows) : null;
		const choice = prng.int32(random, 0, 3);
		if (!row || choice === 0) addRoleRow(doc, ROLES, `${tag}-${prng.uint32(random, 0, 1e9)}`, { name: `${tag} person` });
		else if (choice === 1) setRowField(doc, ROLES, row.id, 'nextAction', `${tag} action`);
		else if (choice === 2) setSupport(doc, ROLES, row.id, prng.int32(random, -2, 2), tag, '', 1_700_000_000_000);
		else if (rows.length > 3) removeRoleRow(doc, ROLES, row.id);
	} else {
		const criteria = readChecklist(doc, CHECKLIST).criteria;
		if (criteria.length > 0) setCriterionDone(doc, CHECKLIST, prng.oneOf(random, criteria).id, prng.bool(random), tag, 1_700_000_000_000);
	}
}
