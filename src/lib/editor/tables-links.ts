import { Mark, Node, callOrReturn, getExtensionField, mergeAttributes, type Editor, type Extensions } from '@tiptap/core';
import type {} from '@tiptap/extension-table';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { isSafeHref } from './safe-href.ts';

/*
 * Tables and links of the deal text, in two halves. Their schema is here and loads with the
 * editor: a deal that holds a table or a link shows and syncs it from the first frame, and the
 * schema is the one Tiptap's TableKit and Link give (a test compares them field by field).
 * Their behaviour (cell selection and Tab between cells from prosemirror-tables; autolink and
 * link-on-paste from Tiptap's Link, with linkifyjs) is in `tables-links-behaviour.ts`, loaded
 * once the deal is editable. Together they are about 23 KB gzipped of the deal page's first load.
 *
 * Each half-extension carries an empty "slot" plugin where Tiptap would have put the full one's
 * plugins (its place in the priority order), and the behaviour is put in at the slot: Link's
 * before the tables', both after the slash menu, whichever loads first.
 */

/** Where the Link extension's plugins would be, and where its behaviour goes. */
export const LINK_SLOT = new PluginKey('linkBehaviour');
/** Where the Table extension's plugins would be, and where its behaviour goes. */
export const TABLE_SLOT = new PluginKey('tableBehaviour');

/** Tiptap Link's options for the deal text: the protocols it accepts; anything else is refused by `isSafeHref`. */
export const LINK_OPTIONS = { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], isAllowedUri: (url: string) => isSafeHref(url) };

/** `link`, as Tiptap's Link mark defines it (priority, attributes, parsing, rendering). */
export const LinkMark = Mark.create<{ HTMLAttributes: Record<string, string | null> }>({
	name: 'link',
	priority: 1000,
	keepOnSplit: false,
	exitable: true,
	// As Link: with autolink on, typing at a link's end extends it.
	inclusive: LINK_OPTIONS.autolink,
	addOptions: () => ({ HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer nofollow', class: null } }),
	addAttributes() {
		return {
			href: { default: null, parseHTML: (element) => element.getAttribute('href') },
			target: { default: this.options.HTMLAttributes.target ?? null },
			rel: { default: this.options.HTMLAttributes.rel ?? null },
			class: { default: this.options.HTMLAttributes.class ?? null },
			title: { default: null }
		};
	},
	parseHTML: () => [{ tag: 'a[href]', getAttrs: (dom) => (isSafeHref(dom.getAttribute('href')) ? null : false) }],
	addProseMirrorPlugins: () => [new Plugin({ key: LINK_SLOT })],
	renderHTML({ HTMLAttributes }) {
		const href = isSafeHref(HTMLAttributes.href) ? HTMLAttributes.href : '';
		return ['a', mergeAttributes(this.options.HTMLAttributes, { ...HTMLAttributes, href }), 0];
	}
});

/** Sets a link on the selection (extended over a link the cursor is in); false for an unsafe address. */
export function setLink(editor: Editor, href: string): boolean {
	if (!isSafeHref(href)) return false;
	return editor.chain().focus().extendMarkRange('link').setMark('link', { href }).setMeta('preventAutolink', true).run();
}

/** Removes the link the cursor or selection is in. */
export function unsetLink(editor: Editor): boolean {
	return editor.chain().focus().extendMarkRange('link').unsetMark('link', { extendEmptyMarkRange: true }).setMeta('preventAutolink', true).run();
}

const alignAttribute = {
	default: null,
	// The style first, then the old `align` attribute.
	parseHTML: (element: HTMLElement) => {
		const align = ((element.style.textAlign || '').trim() || (element.getAttribute('align') || '').trim()).toLowerCase();
		return align === 'left' || align === 'center' || align === 'right' ? align : null;
	},
	renderHTML: (attributes: Record<string, unknown>) => (attributes.align ? { style: `text-align: ${attributes.align}` } : {})
};

function colwidth(element: HTMLElement): number[] | null {
	const own = element.getAttribute('colwidth');
	if (own) return own.split(',').map((width) => parseInt(width, 10));
	const row = element.parentElement;
	const width = row && element.closest('table')?.querySelectorAll('colgroup > col')[Array.from(row.children).indexOf(element)]?.getAttribute('width');
	return width ? [parseInt(width, 10)] : null;
}

/** No elements and only collapsible white space (not `&nbsp;`, which is content). */
const isEmptyCell = (element: HTMLElement) => element.children.length === 0 && (element.textContent ?? '').replace(/[ \t\r\n\f]+/g, '') === '';

const CELL_MIN_WIDTH = 25;

/** The table's `<col>`s and width, from its first row's cell widths, as TableKit draws them. */
function columns(table: PMNode): { colgroup: ['colgroup', object, ...unknown[]]; style: string } {
	const cols: ['col', { style: string }][] = [];
	let total = 0;
	let fixed = true;
	const row = table.firstChild;
	for (let i = 0; row && i < row.childCount; i++) {
		const { colspan, colwidth } = row.child(i).attrs as { colspan: number; colwidth: number[] | null };
		for (let j = 0; j < colspan; j++) {
			const width: number | undefined = colwidth?.[j];
			total += width || CELL_MIN_WIDTH;
			if (!width) fixed = false;
			cols.push(['col', { style: width ? `width: ${Math.max(width, CELL_MIN_WIDTH)}px` : `min-width: ${CELL_MIN_WIDTH}px` }]);
		}
	}
	return { colgroup: ['colgroup', {}, ...cols], style: fixed ? `width: ${total}px` : `min-width: ${total}px` };
}

function cell(name: 'tableCell' | 'tableHeader', tag: 'td' | 'th', tableRole: 'cell' | 'header_cell') {
	return Node.create({
		name,
		content: 'block+',
		tableRole,
		isolating: true,
		addAttributes: () => ({ colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null, parseHTML: colwidth }, align: alignAttribute }),
		parseHTML() {
			return [{ tag, getAttrs: (node) => (isEmptyCell(node) ? {} : false), getContent: (_node, schema) => schema.nodes[name]!.createAndFill()!.content }, { tag }];
		},
		renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0]
	});
}

/** `table`, `tableRow`, `tableCell` and `tableHeader`, as Tiptap's TableKit defines them. */
export const TableNodes: Extensions = [
	Node.create({
		name: 'table',
		content: 'tableRow+',
		tableRole: 'table',
		isolating: true,
		group: 'block',
		parseHTML: () => [{ tag: 'table' }],
		// As TableKit's table view draws it: a wrapper, the table, its columns, its body.
		renderHTML: ({ node, HTMLAttributes }) => {
			const { colgroup, style } = columns(node);
			return ['div', { class: 'tableWrapper' }, ['table', mergeAttributes(HTMLAttributes, { style: HTMLAttributes.style || style }), colgroup, ['tbody', 0]]];
		},
		addProseMirrorPlugins: () => [new Plugin({ key: TABLE_SLOT })],
		// prosemirror-tables finds the table's parts by this role in the schema.
		extendNodeSchema: (extension) => ({ tableRole: callOrReturn(getExtensionField(extension, 'tableRole', { name: extension.name, options: extension.options, storage: extension.storage })) })
	}),
	cell('tableCell', 'td', 'cell'),
	cell('tableHeader', 'th', 'header_cell'),
	Node.create({ name: 'tableRow', content: '(tableCell | tableHeader)*', tableRole: 'row', parseHTML: () => [{ tag: 'tr' }], renderHTML: ({ HTMLAttributes }) => ['tr', HTMLAttributes, 0] })
];

/** Inserts an empty table (a header row, then body rows) at the selection, the cursor in its first cell. */
export function insertTable(editor: Editor, rows = 3, cols = 3): boolean {
	return editor
		.chain()
		.focus()
		.command(({ tr, state, dispatch }) => {
			const { table, tableRow, tableCell, tableHeader } = state.schema.nodes;
			const row = (type: typeof tableCell) => tableRow!.create(null, Array.from({ length: cols }, () => type!.createAndFill()!));
			const node = table!.create(null, [row(tableHeader), ...Array.from({ length: rows - 1 }, () => row(tableCell))]);
			if (dispatch) {
				const offset = tr.selection.from + 1;
				tr.replaceSelectionWith(node).scrollIntoView().setSelection(TextSelection.near(tr.doc.resolve(offset)));
			}
			return true;
		})
		.run();
}

/** Loads and adds the behaviour of tables and links. Returns how to take it away again. */
export async function addTablesAndLinksBehaviour(editor: Editor): Promise<() => void> {
	const { tablesAndLinksBehaviour } = await import('./tables-links-behaviour.ts');
	if (editor.isDestroyed) return () => {};
	const { link, table, destroy } = tablesAndLinksBehaviour(editor);
	const added = [...link, ...table];
	const plugins = editor.state.plugins.flatMap((p) => (p.spec.key === LINK_SLOT ? [p, ...link] : p.spec.key === TABLE_SLOT ? [p, ...table] : [p]));
	editor.view.updateState(editor.state.reconfigure({ plugins }));
	return () => {
		if (!editor.isDestroyed) editor.view.updateState(editor.state.reconfigure({ plugins: editor.state.plugins.filter((p) => !added.includes(p)) }));
		destroy();
	};
}
