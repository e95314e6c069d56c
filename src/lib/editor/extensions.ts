import type { Editor, Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { BLOCK_EDIT_ORIGIN, getBlocks } from '$lib/sync/blocks';
import { BODY_FIELD, getBody } from '$lib/sync/deal-doc';
import type { BlockHost } from './block-host.svelte.ts';
import { LiveBlockNode } from './live-block-node.ts';
import { isSafeHref } from './safe-href.ts';

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

/** The deal document's schema and behaviour; bound to the Y.Doc, never given `content`. */
export function dealExtensions(binding: DealEditorBinding): Extensions {
	return [
		StarterKit.configure({
			// Undo history comes from Yjs (Collaboration), so it covers only this user's edits.
			undoRedo: false,
			// Each replica would append its own trailing paragraph on load; seeds end with one.
			trailingNode: false,
			link: {
				openOnClick: false,
				autolink: true,
				protocols: ['http', 'https', 'mailto'],
				isAllowedUri: (url) => isSafeHref(url)
			}
		}),
		TaskList,
		TaskItem.configure({ nested: true }),
		TableKit.configure({ table: { resizable: false } }),
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
