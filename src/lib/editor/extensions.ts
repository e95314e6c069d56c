import type { Editor, Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Code } from '@tiptap/extension-code';
import { CodeBlock } from '@tiptap/extension-code-block';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { HorizontalRule } from '@tiptap/extension-horizontal-rule';
import { Italic } from '@tiptap/extension-italic';
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { OrderedList } from '@tiptap/extension-list/ordered-list';
import { TaskItem } from '@tiptap/extension-list/task-item';
import { TaskList } from '@tiptap/extension-list/task-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { BLOCK_EDIT_ORIGIN, getBlocks } from '$lib/sync/blocks';
import { BODY_FIELD, getBody } from '$lib/sync/deal-doc';
import type { BlockHost } from './block-host.svelte.ts';
import { LiveBlockNode } from './live-block-node.ts';
import { LinkMark, TableNodes } from './tables-links.ts';

export interface DealEditorBinding {
	doc: Y.Doc;
	awareness: Awareness;
	user: { name: string; color: string };
	host: BlockHost;
	undoManager: Y.UndoManager;
}

/**
 * One undo history for the text and the blocks' data, so undo after deleting a block and
 * undo of a cell edit both work; it covers only this user's own edits.
 */
export function createDealUndoManager(doc: Y.Doc): Y.UndoManager {
	return new Y.UndoManager([getBody(doc), getBlocks(doc)], {
		trackedOrigins: new Set([ySyncPluginKey, BLOCK_EDIT_ORIGIN]),
		captureTransaction: (tr) => tr.meta.get('addToHistory') !== false
	});
}

/**
 * The deal text's schema and the behaviour that loads with the editor: Tiptap's StarterKit,
 * taken extension by extension in its order, so that the first load carries neither its undo
 * history (undo comes from Yjs: Collaboration, so it covers only this user's edits) nor its
 * trailing node (each replica would append its own trailing paragraph on load; seeds end with
 * one); task lists; and tables and links, whose behaviour loads later (`tables-links.ts`).
 */
export function textExtensions(): Extensions {
	return [
		Bold,
		Blockquote,
		BulletList,
		Code,
		CodeBlock,
		Document,
		Dropcursor,
		Gapcursor,
		HardBreak,
		Heading,
		HorizontalRule,
		Italic,
		ListItem,
		ListKeymap,
		LinkMark,
		OrderedList,
		Paragraph,
		Strike,
		Text,
		Underline,
		TaskList,
		TaskItem.configure({ nested: true }),
		...TableNodes
	];
}

/** The deal document's schema and behaviour; bound to the Y.Doc, never given `content`. */
export function dealExtensions(binding: DealEditorBinding): Extensions {
	return [
		...textExtensions(),
		LiveBlockNode.configure({ host: binding.host }),
		Collaboration.configure({ document: binding.doc, field: BODY_FIELD, yUndoOptions: { undoManager: binding.undoManager } }),
		CollaborationCaret.configure({ provider: { awareness: binding.awareness }, user: binding.user })
	];
}

/**
 * The "/" menu, added once the editor is up: it, its items and the suggestion library it uses are
 * loaded on demand, not before the deal can be edited. Returns how to take it away again.
 */
export async function addSlashMenu(editor: Editor, host: BlockHost): Promise<() => void> {
	const [{ slashMenuPlugin }, { slashItems }] = await Promise.all([import('./slash-menu.svelte.ts'), import('./slash-items.ts')]);
	if (editor.isDestroyed) return () => {};
	const plugin = slashMenuPlugin(editor, () => slashItems(host));
	// First, as an extension's plugin would be: an open menu takes Enter and the arrows before the keymaps.
	editor.registerPlugin(plugin, (added, plugins) => [added, ...plugins]);
	return () => {
		if (!editor.isDestroyed) editor.unregisterPlugin(plugin.spec.key!);
	};
}

/**
 * The drag handle, added once the editor is up: it and its positioning library are loaded on
 * demand, not before the deal can be edited. Returns how to take it away again.
 */
export async function addDragHandle(editor: Editor): Promise<() => void> {
	const { DragHandlePlugin, defaultComputePositionConfig, normalizeNestedOptions } = await import('@tiptap/extension-drag-handle');
	if (editor.isDestroyed) return () => {};
	const { plugin, unbind } = DragHandlePlugin({ editor, element: renderDragHandle(), computePositionConfig: defaultComputePositionConfig, nestedOptions: normalizeNestedOptions(false) });
	editor.registerPlugin(plugin);
	return () => {
		unbind();
		if (!editor.isDestroyed) editor.unregisterPlugin(plugin.spec.key!);
	};
}

/** The grip shown beside the hovered block; drag it to move the block (text or live). */
function renderDragHandle(): HTMLElement {
	const el = document.createElement('div');
	el.className = 'drag-handle';
	el.textContent = '⋮⋮';
	el.setAttribute('data-testid', 'drag-handle');
	el.setAttribute('aria-hidden', 'true');
	return el;
}
