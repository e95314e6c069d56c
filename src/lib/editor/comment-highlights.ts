import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { resolveTextAnchor } from '$lib/sync/text-anchor';

export interface HighlightAnchor {
	threadId: string;
	start: string;
	end: string;
	active: boolean;
}

interface HighlightState {
	anchors: HighlightAnchor[];
	set: DecorationSet;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function build(ydoc: Y.Doc, doc: PmNode, anchors: HighlightAnchor[]): DecorationSet {
	const size = doc.content.size;
	const decorations = anchors.flatMap((a) => {
		const range = resolveTextAnchor(ydoc, a);
		if (!range || range.to > size) return [];
		const attrs = { class: a.active ? 'comment-anchor comment-anchor-active' : 'comment-anchor', 'data-thread': a.threadId };
		return [Decoration.inline(range.from, range.to, attrs)];
	});
	return DecorationSet.create(doc, decorations);
}

/**
 * Highlights the words comment threads are about. Positions come from the threads' Yjs
 * relative positions: rebuilt when threads change or a remote change arrives (the Yjs
 * document is then ahead of the editor's mapping), and mapped through local edits.
 */
export function commentHighlights(ydoc: Y.Doc) {
	return Extension.create({
		name: 'commentHighlights',
		addProseMirrorPlugins() {
			return [
				new Plugin<HighlightState>({
					key: commentHighlightsKey,
					state: {
						init: () => ({ anchors: [], set: DecorationSet.empty }),
						apply(tr, old, _before, state: EditorState) {
							const anchors = (tr.getMeta(commentHighlightsKey) as HighlightAnchor[] | undefined) ?? old.anchors;
							const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
							if (anchors !== old.anchors || remote) return { anchors, set: build(ydoc, state.doc, anchors) };
							return { anchors, set: tr.docChanged ? old.set.map(tr.mapping, tr.doc) : old.set };
						}
					},
					props: {
						decorations: (state) => commentHighlightsKey.getState(state)?.set
					}
				})
			];
		}
	});
}
