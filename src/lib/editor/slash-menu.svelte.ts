import type { Editor } from '@tiptap/core';
import type { Plugin } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { mount, unmount } from 'svelte';
import SlashMenu from '$lib/components/SlashMenu.svelte';
import { filterSlashItems, type SlashItem } from './slash-items.ts';

interface MenuState {
	items: SlashItem[];
	selected: number;
	pick: (item: SlashItem) => void;
}

/**
 * "/" opens a menu of every block type; arrows move, Enter inserts, Escape closes. Loaded after
 * the editor is up (see `addSlashMenu`), with the suggestion library it needs.
 */
export function slashMenuPlugin(editor: Editor, items: () => SlashItem[]): Plugin {
	return Suggestion<SlashItem, SlashItem>({
		editor,
		char: '/',
		allowSpaces: false,
		items: ({ query }) => filterSlashItems(items(), query),
		command: ({ editor, range, props }) => props.run(editor, range),
		render: () => {
			let container: HTMLDivElement | null = null;
			let component: ReturnType<typeof mount> | null = null;
			const state: MenuState = $state({ items: [], selected: 0, pick: () => {} });
			const place = (rect: DOMRect | null | undefined) => {
				if (!container || !rect) return;
				container.style.left = `${rect.left + window.scrollX}px`;
				container.style.top = `${rect.bottom + window.scrollY + 4}px`;
			};
			return {
				onStart: (props) => {
					container = document.createElement('div');
					container.className = 'absolute z-50';
					document.body.appendChild(container);
					state.items = props.items;
					state.selected = 0;
					state.pick = (item) => props.command(item);
					component = mount(SlashMenu, { target: container, props: { state } });
					place(props.clientRect?.());
				},
				onUpdate: (props) => {
					state.items = props.items;
					state.selected = Math.min(state.selected, Math.max(0, props.items.length - 1));
					state.pick = (item) => props.command(item);
					place(props.clientRect?.());
				},
				onKeyDown: ({ event }) => {
					if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
						const n = state.items.length;
						if (n > 0) state.selected = (state.selected + (event.key === 'ArrowDown' ? 1 : n - 1)) % n;
						return true;
					}
					if (event.key === 'Enter' || event.key === 'Tab') {
						const item = state.items[state.selected];
						if (item) state.pick(item);
						return !!item;
					}
					return false;
				},
				onExit: () => {
					if (component) void unmount(component);
					container?.remove();
					component = null;
					container = null;
				}
			};
		}
	});
}
