// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import { DOMParser, DOMSerializer, type AttributeSpec, type MarkType, type NodeType, type ParseRule, type Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { textExtensions } from './extensions.ts';
import { LINK_OPTIONS } from './tables-links.ts';

/**
 * The deal text's schema is what the editor was built from before its first load was trimmed:
 * StarterKit, task lists and TableKit, configured as the deal page configured them. Stored
 * documents and every replica, old or new, depend on it: a node or attribute that differs would
 * be dropped by the Yjs binding of one of them.
 */
const reference = () =>
	getSchema([
		StarterKit.configure({ undoRedo: false, trailingNode: false, link: LINK_OPTIONS }),
		TaskList,
		TaskItem.configure({ nested: true }),
		// The wrapper: the table view the editor drew tables with wraps them so.
		TableKit.configure({ table: { resizable: false, renderWrapper: true } })
	]);

const attrs = (spec: { [name: string]: AttributeSpec } | undefined) => Object.fromEntries(Object.entries(spec ?? {}).map(([name, a]) => [name, a.default]));
const rules = (list: readonly ParseRule[] | undefined) => (list ?? []).map((r) => ('tag' in r ? r.tag : r.style) + `@${r.priority ?? ''}`);

function describeType(type: NodeType | MarkType) {
	const { parseDOM, toDOM, attrs: a, ...rest } = type.spec as Record<string, unknown> & { parseDOM?: ParseRule[]; attrs?: Record<string, AttributeSpec> };
	void toDOM;
	return { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v !== 'function')), attrs: attrs(a), parseDOM: rules(parseDOM) };
}
/** The document pasted HTML becomes under `schema`. */
function parseHtml(schema: Schema, html: string) {
	const element = document.createElement('div');
	element.innerHTML = html;
	return DOMParser.fromSchema(schema).parse(element);
}
const ours = getSchema(textExtensions());
const theirs = reference();

const describeSchema = (schema: Schema) => ({
	nodes: Object.values(schema.nodes).map((n) => [n.name, describeType(n)]),
	marks: Object.values(schema.marks).map((m) => [m.name, describeType(m)])
});

describe('the deal text schema', () => {
	it('has the nodes and marks of StarterKit, task lists and TableKit, in their order, with their specs', () => {
		expect(describeSchema(ours)).toEqual(describeSchema(reference()));
		expect(ours.nodes.table!.spec.tableRole).toBe('table');
		expect(ours.nodes.tableHeader!.spec.tableRole).toBe('header_cell');
	});

	it('renders links as Link does, an unsafe address as an empty one', () => {
		for (const href of ['https://example.com/x', 'mailto:a@example.com', 'javascript:alert(1)']) {
			const render = (schema: Schema) => schema.marks.link!.spec.toDOM!(schema.marks.link!.create({ href }), true);
			expect(render(ours), href).toEqual(render(theirs));
		}
	});

	it('renders cells with their attributes as TableKit does', () => {
		for (const name of ['tableCell', 'tableHeader', 'tableRow']) {
			const render = (schema: Schema) => schema.nodes[name]!.spec.toDOM!(schema.nodes[name]!.createAndFill({ colspan: 2, colwidth: [120], align: 'center' })!);
			expect(render(ours), name).toEqual(render(theirs));
		}
	});

	it('reads pasted HTML into the same document as StarterKit and TableKit do', () => {
		const samples = [
			'<p>See <a href="https://example.com/a" title="A">the offer</a>, <a href="javascript:alert(1)">this</a> and <a href="mailto:b@example.com">mail</a>.</p>',
			'<table><colgroup><col width="120"><col></colgroup><tr><th align="center">Name</th><th style="text-align: right">Role</th></tr><tr><td>&nbsp;</td><td> </td></tr><tr><td colspan="2" colwidth="80,40"><p>Both</p></td></tr></table>',
			'<table><tr><td style="text-align: JUSTIFY" align=" Left ">x</td><td style="text-align: right" align="left">y</td><td rowspan="2"><ul><li>one</li></ul></td></tr><tr><td></td></tr></table>'
		];
		for (const html of samples) {
			expect(parseHtml(ours, html).toJSON(), html).toEqual(parseHtml(theirs, html).toJSON());
		}
	});

	it('draws a table as the table view of TableKit does: wrapper, widths, columns', () => {
		for (const html of ['<table><tr><td colwidth="120">a</td><td colwidth="80">b</td></tr></table>', '<table><tr><td colspan="2" colwidth="100">a</td><td>b</td></tr></table>']) {
			const draw = (schema: Schema) => {
				const out = document.createElement('div');
				out.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(parseHtml(schema, html).content));
				return out.innerHTML;
			};
			expect(draw(ours), html).toEqual(draw(theirs));
			expect(draw(ours)).toMatch(/^<div class="tableWrapper"><table style="[^"]*width: \d+px[^"]*"><colgroup><col/);
		}
	});
});
