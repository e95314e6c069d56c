import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { BODY_FIELD } from '$lib/sync/deal-doc';
import { isSafeHref } from './safe-href.ts';

export interface DealEditorBinding {
	doc: Y.Doc;
	awareness: Awareness;
	user: { name: string; color: string };
}

/** The deal document's schema and behaviour; bound to the Y.Doc, never given `content`. */
export function dealExtensions(binding: DealEditorBinding): Extensions {
	return [
		StarterKit.configure({
			// Undo history comes from Yjs (Collaboration), so it covers only this user's edits.
			undoRedo: false,
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
		Collaboration.configure({ document: binding.doc, field: BODY_FIELD }),
		CollaborationCaret.configure({ provider: { awareness: binding.awareness }, user: binding.user })
	];
}
