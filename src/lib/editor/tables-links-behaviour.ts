import { findParentNodeClosestToPos, getExtensionField, pasteRulesPlugin, type Editor, type PasteRule } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { Table } from '@tiptap/extension-table';
import { CellSelection, addRowAfter, deleteTable, goToNextCell } from '@tiptap/pm/tables';
import { keymap } from '@tiptap/pm/keymap';
import type { Plugin } from '@tiptap/pm/state';
import { LINK_OPTIONS } from './tables-links.ts';

/**
 * What tables and links do once the deal is editable, on the schema `tables-links.ts` gave the
 * editor: Tiptap's own Table and Link plugins (cell selection, table fixing, autolink, a URL
 * pasted over a selection, URLs in pasted text), run with the live editor as their context, and
 * TableKit's keys (Tab and Shift-Tab between cells, a new row from the last cell, deleting a
 * table whose cells are all selected).
 */
export function tablesAndLinksBehaviour(editor: Editor): { link: Plugin[]; table: Plugin[]; destroy: () => void } {
	const link = Link.configure(LINK_OPTIONS);
	const table = Table.configure({ resizable: false });
	const context = (extension: typeof link | typeof table, type: unknown) => ({ name: extension.name, options: extension.options, storage: {}, editor, type, parent: undefined });
	const linkContext = context(link, editor.schema.marks.link);
	// Registers the protocols with linkify, as the Link extension does when an editor is created.
	getExtensionField<() => void>(link, 'onCreate', linkContext)?.();
	const linkPlugins = getExtensionField<() => Plugin[]>(link, 'addProseMirrorPlugins', linkContext)?.() ?? [];
	const pasteRules = getExtensionField<() => PasteRule[]>(link, 'addPasteRules', linkContext)?.() ?? [];
	const tablePlugins = getExtensionField<() => Plugin[]>(table, 'addProseMirrorPlugins', context(table, editor.schema.nodes.table))?.() ?? [];
	return {
		// In the order Tiptap gives an extension's plugins: keys, paste rules, its own plugins.
		link: [...pasteRulesPlugin({ editor, rules: pasteRules }), ...linkPlugins],
		table: [tableKeys(editor), ...tablePlugins],
		// Resets linkify, as Link does when its editor goes: the next deal's editor registers again.
		destroy: () => getExtensionField<() => void>(link, 'onDestroy', linkContext)?.()
	};
}

/** TableKit's keyboard shortcuts, with prosemirror-tables' commands. */
function tableKeys(editor: Editor): Plugin {
	const deleteWhenAllSelected = () => {
		const { selection } = editor.state;
		if (!(selection instanceof CellSelection)) return false;
		let cells = 0;
		findParentNodeClosestToPos(selection.ranges[0]!.$from, (node) => node.type.name === 'table')?.node.descendants((node) => {
			if (node.type.name === 'table') return false;
			if (node.type.name === 'tableCell' || node.type.name === 'tableHeader') cells += 1;
		});
		return cells === selection.ranges.length && deleteTable(editor.state, editor.view.dispatch);
	};
	return keymap({
		Tab: (state, dispatch) => {
			if (goToNextCell(1)(state, dispatch)) return true;
			if (!addRowAfter(state)) return false;
			return editor
				.chain()
				.command(({ state: s, dispatch: d }) => addRowAfter(s, d))
				.command(({ state: s, dispatch: d }) => goToNextCell(1)(s, d))
				.run();
		},
		'Shift-Tab': goToNextCell(-1),
		Backspace: deleteWhenAllSelected,
		'Mod-Backspace': deleteWhenAllSelected,
		Delete: deleteWhenAllSelected,
		'Mod-Delete': deleteWhenAllSelected
	});
}
