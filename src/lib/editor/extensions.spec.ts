import { getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import type { AttributeSpec, MarkType, NodeType, ParseRule, Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { textExtensions } from './extensions.ts';
import { isSafeHref } from './safe-href.ts';
import { LINK_PROTOCOLS } from './tables-links.ts';

/**
 * The deal text's schema is what the editor was built from before its first load was trimmed:
 * StarterKit, task lists and TableKit, configured as the deal page configured them. Stored
 * documents and every replica, old or new, depend on it: a node or attribute that differs would
 * be dropped by the Yjs binding of one of them.
 */
const reference = () =>
	getSchema([
		StarterKit.configure({
			undoRedo: false,
			trailingNode: false,
			link: { openOnClick: false, autolink: true, protocols: LINK_PROTOCOLS, isAllowedUri: (url) => isSafeHref(url) }
		}),
		TaskList,
		TaskItem.configure({ nested: true }),
		TableKit.configure({ table: { resizable: false } })
	]);

const attrs = (spec: { [name: string]: AttributeSpec } | undefined) => Object.fromEntries(Object.entries(spec ?? {}).map(([name, a]) => [name, a.default]));
const rules = (list: readonly ParseRule[] | undefined) => (list ?? []).map((r) => ('tag' in r ? r.tag : r.style) + `@${r.priority ?? ''}`);

function describeType(type: NodeType | MarkType) {
	const { parseDOM, toDOM, attrs: a, ...rest } = type.spec as Record<string, unknown> & { parseDOM?: ParseRule[]; attrs?: Record<string, AttributeSpec> };
	void toDOM;
	return { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v !== 'function')), attrs: attrs(a), parseDOM: rules(parseDOM) };
}
const describeSchema = (schema: Schema) => ({
	nodes: Object.values(schema.nodes).map((n) => [n.name, describeType(n)]),
	marks: Object.values(schema.marks).map((m) => [m.name, describeType(m)])
});

describe('the deal text schema', () => {
	it('has the nodes and marks of StarterKit, task lists and TableKit, in their order, with their specs', () => {
		const ours = getSchema(textExtensions());
		expect(describeSchema(ours)).toEqual(describeSchema(reference()));
		expect(ours.nodes.table!.spec.tableRole).toBe('table');
		expect(ours.nodes.tableHeader!.spec.tableRole).toBe('header_cell');
	});

	it('renders links as Link does, an unsafe address as an empty one', () => {
		const ours = getSchema(textExtensions());
		const theirs = reference();
		for (const href of ['https://example.com/x', 'mailto:a@example.com', 'javascript:alert(1)']) {
			const render = (schema: Schema) => schema.marks.link!.spec.toDOM!(schema.marks.link!.create({ href }), true);
			expect(render(ours), href).toEqual(render(theirs));
		}
	});

	it('renders cells with their attributes as TableKit does', () => {
		const ours = getSchema(textExtensions());
		const theirs = reference();
		for (const name of ['tableCell', 'tableHeader', 'tableRow']) {
			const render = (schema: Schema) => schema.nodes[name]!.spec.toDOM!(schema.nodes[name]!.createAndFill({ colspan: 2, colwidth: [120], align: 'center' })!);
			expect(render(ours), name).toEqual(render(theirs));
		}
	});
});
