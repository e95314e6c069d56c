import type { Editor, Range } from '@tiptap/core';
import { m } from '$lib/paraglide/messages.js';
import { createHeatmap, createRoleTable, firstRoleTableId } from '$lib/sync/blocks';
import { newLocalId, type BlockHost } from './block-host.svelte.ts';

export interface SlashItem {
	id: string;
	label: () => string;
	/** Extra words the filter matches (English and Chinese names, abbreviations). */
	keywords: string;
	run: (editor: Editor, range: Range) => void;
}

const text = (id: string, label: () => string, keywords: string, apply: (e: Editor) => void): SlashItem => ({
	id,
	label,
	keywords,
	run: (editor, range) => {
		editor.chain().focus().deleteRange(range).run();
		apply(editor);
	}
});

/** Every block the slash menu offers, text blocks first, then live blocks. */
export function slashItems(host: BlockHost): SlashItem[] {
	return [
		text('paragraph', m.block_text, 'text paragraph 正文 段落', (e) => e.chain().focus().setParagraph().run()),
		text('h1', m.tb_h1, 'heading title h1 标题', (e) => e.chain().focus().toggleHeading({ level: 1 }).run()),
		text('h2', m.tb_h2, 'heading h2 标题', (e) => e.chain().focus().toggleHeading({ level: 2 }).run()),
		text('h3', m.tb_h3, 'heading h3 标题', (e) => e.chain().focus().toggleHeading({ level: 3 }).run()),
		text('bullets', m.tb_bullets, 'bullet list ul 列表', (e) => e.chain().focus().toggleBulletList().run()),
		text('numbers', m.tb_numbers, 'numbered ordered list ol 列表', (e) => e.chain().focus().toggleOrderedList().run()),
		text('tasks', m.tb_tasks, 'task todo checkbox 任务 待办', (e) => e.chain().focus().toggleTaskList().run()),
		text('quote', m.tb_quote, 'quote blockquote 引用', (e) => e.chain().focus().toggleBlockquote().run()),
		text('code', m.tb_code_block, 'code block 代码', (e) => e.chain().focus().toggleCodeBlock().run()),
		text('divider', m.tb_rule, 'divider rule hr 分隔线', (e) => e.chain().focus().setHorizontalRule().run()),
		text('table', m.tb_table, 'table grid 表格', (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()),
		{
			id: 'roleTable',
			label: m.block_role_table,
			keywords: 'role analysis table people buyers eb ub tb coach 角色 进阶 分析 决策',
			run: (editor, range) => {
				const id = newLocalId();
				createRoleTable(host.doc, id, host.defaultScale);
				editor.chain().focus().deleteRange(range).insertLiveBlock(id).run();
			}
		},
		{
			id: 'heatmap',
			label: m.block_heatmap,
			keywords: 'support heatmap influence map timeline 支持度 热力图',
			run: (editor, range) => {
				const id = newLocalId();
				createHeatmap(host.doc, id, firstRoleTableId(host.doc));
				editor.chain().focus().deleteRange(range).insertLiveBlock(id).run();
			}
		}
	];
}

export function filterSlashItems(items: SlashItem[], query: string): SlashItem[] {
	const q = query.trim().toLowerCase();
	if (!q) return items;
	return items.filter((item) => `${item.label()} ${item.keywords} ${item.id}`.toLowerCase().includes(q));
}
