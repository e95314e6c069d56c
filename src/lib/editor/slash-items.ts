import type { Editor, Range } from '@tiptap/core';
import { m } from '$lib/paraglide/messages.js';
import { createHeatmap, createRoleTable, firstRoleTableId } from '$lib/sync/blocks';
import { createPullBack, createStageChecklist } from '$lib/sync/sales-blocks';
import { createCompetition, createResources } from '$lib/sync/review-blocks';
import { createObjective, createPosition } from '$lib/sync/position-blocks';
import { newId } from '../ids.ts';
import type { BlockHost } from './block-host.svelte.ts';
import { insertTable } from './tables-links.ts';

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

/** A live block: its data is created first, then the node that carries its id. */
const live = (id: string, label: () => string, keywords: string, create: (blockId: string) => void): SlashItem => ({
	id,
	label,
	keywords,
	run: (editor, range) => {
		const blockId = newId();
		create(blockId);
		editor.chain().focus().deleteRange(range).insertLiveBlock(blockId).run();
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
		text('table', m.tb_table, 'table grid 表格', (e) => insertTable(e)),
		live('objective', m.block_objective, 'single sales objective goal 单一销售目标', (id) => createObjective(host.doc, id)),
		live('position', m.block_position, 'position urgency temperature competition 我的位置 温度', (id) => createPosition(host.doc, id)),
		live('stageChecklist', m.block_checklist, 'stage checklist exit criteria funnel 销售阶段 清单', (id) => createStageChecklist(host.doc, id, host.exitCriteria)),
		live('roleTable', m.block_role_table, 'role analysis table people buyers eb ub tb coach 角色 进阶 分析 决策', (id) =>
			createRoleTable(host.doc, id, host.defaultScale)
		),
		live('heatmap', m.block_heatmap, 'support heatmap influence map timeline 支持度 热力图', (id) => createHeatmap(host.doc, id, firstRoleTableId(host.doc))),
		live('pullBack', m.block_pull_back, 'pull back plan competitor scare smash pull 向后拉 竞争', (id) => createPullBack(host.doc, id)),
		live('resources', m.block_resources, 'resources plan expert executive partner reference 资源 专家 高管 样板客户', (id) => createResources(host.doc, id)),
		live('competition', m.block_competition, 'competition competitor rival home court tender rfp price 竞争 对手 主场 招标', (id) => createCompetition(host.doc, id))
	];
}

export function filterSlashItems(items: SlashItem[], query: string): SlashItem[] {
	const q = query.trim().toLowerCase();
	if (!q) return items;
	return items.filter((item) => `${item.label()} ${item.keywords} ${item.id}`.toLowerCase().includes(q));
}
