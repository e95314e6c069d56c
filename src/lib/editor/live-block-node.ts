import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { mount, unmount } from 'svelte';
import LiveBlock from '$lib/components/blocks/LiveBlock.svelte';
import type { BlockHost } from './block-host.svelte.ts';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		liveBlock: {
			/** Inserts a live block whose data already exists under `blockId`. */
			insertLiveBlock: (blockId: string) => ReturnType;
		};
	}
}

const INTERACTIVE = 'input, select, textarea, button, a, [data-block-interactive]';
const INTERACTIVE_FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * A live block in the deal document: an atom that carries only `blockId`; its data lives in
 * the Y.Doc's blocks map and a Svelte component renders it.
 */
export const LiveBlockNode = Node.create<{ host: BlockHost | null }>({
	name: 'liveBlock',
	group: 'block',
	atom: true,
	draggable: true,
	selectable: true,

	addOptions() {
		return { host: null };
	},

	addAttributes() {
		return {
			blockId: {
				default: null,
				parseHTML: (el) => el.getAttribute('data-block-id'),
				renderHTML: (attrs) => ({ 'data-block-id': attrs.blockId })
			}
		};
	},

	parseHTML() {
		return [{ tag: 'div[data-live-block]' }];
	},

	renderHTML({ HTMLAttributes }) {
		return ['div', { 'data-live-block': '', ...HTMLAttributes }];
	},

	addCommands() {
		return {
			insertLiveBlock:
				(blockId) =>
				({ commands }) =>
					commands.insertContent({ type: this.name, attrs: { blockId } })
		};
	},

	addKeyboardShortcuts() {
		return {
			// Enter on a selected block steps into it: focus its first control.
			Enter: ({ editor }) => {
				const { selection } = editor.state;
				if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
				const dom = editor.view.nodeDOM(selection.from);
				const target = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(INTERACTIVE_FOCUSABLE) : null;
				target?.focus();
				return !!target;
			}
		};
	},

	addNodeView() {
		const host = this.options.host;
		return ({ node, getPos, editor }) => {
			const dom = document.createElement('div');
			dom.className = 'live-block';
			dom.contentEditable = 'false';
			dom.dataset.blockId = String(node.attrs.blockId);
			// Escape inside the block steps out of it: the block is selected in the text again.
			dom.addEventListener('keydown', (event) => {
				if (event.key !== 'Escape') return;
				const pos = getPos();
				if (typeof pos !== 'number') return;
				editor.chain().setNodeSelection(pos).focus().run();
			});
			const component = host ? mount(LiveBlock, { target: dom, props: { blockId: String(node.attrs.blockId), host } }) : null;
			return {
				dom,
				// Typing and clicking inside the block's own controls is theirs, not the editor's.
				stopEvent: (event) => event.target instanceof Element && !!event.target.closest(INTERACTIVE),
				ignoreMutation: () => true,
				update: (updated) => updated.type === node.type && updated.attrs.blockId === node.attrs.blockId,
				destroy: () => {
					if (component) void unmount(component);
				}
			};
		};
	}
});
