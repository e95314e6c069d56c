import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { CommentAnchor } from '../../comments/types.ts';
import type { SnapshotDeal } from '../../domain/pipeline-compare.ts';
import type { WinRates } from '../../domain/funnel.ts';
import { deals, users, workspaces } from './schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Comments on a deal. A thread is its root comment (thread_id = id, with the anchor) and its
 * replies (thread_id = the root). The id is made by the client so an outbox can resend a
 * comment written offline without ever storing it twice.
 */
export const comments = pgTable(
	'comments',
	{
		id: text('id').primaryKey(),
		dealId: text('deal_id')
			.notNull()
			.references(() => deals.id, { onDelete: 'cascade' }),
		threadId: text('thread_id').notNull(),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'restrict' }),
		body: text('body').notNull(),
		/** Only on a thread's root: what the thread is about. */
		anchor: jsonb('anchor').$type<CommentAnchor>(),
		mentions: text('mentions').array().notNull().default(sql`'{}'::text[]`),
		resolvedAt: at('resolved_at'),
		resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: at('created_at').notNull().defaultNow(),
		editedAt: at('edited_at'),
		deletedAt: at('deleted_at')
	},
	(t) => [index('comments_deal_idx').on(t.dealId, t.createdAt), index('comments_thread_idx').on(t.threadId)]
);

export const INBOX_KINDS = ['mention', 'reply'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** What a user is told about: a mention of them, or a reply in a thread they took part in. */
export const inboxItems = pgTable(
	'inbox_items',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		commentId: text('comment_id')
			.notNull()
			.references(() => comments.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: INBOX_KINDS }).notNull(),
		readAt: at('read_at'),
		createdAt: at('created_at').notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.commentId] }),
		index('inbox_items_user_idx').on(t.userId, t.createdAt),
		check('inbox_items_kind_check', sql`${t.kind} in ('mention', 'reply')`)
	]
);

/** When a user last read a deal's comments: later comments by others are unread. */
export const commentReads = pgTable(
	'comment_reads',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		dealId: text('deal_id')
			.notNull()
			.references(() => deals.id, { onDelete: 'cascade' }),
		readAt: at('read_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.dealId] })]
);

/** The pipeline as a manager saved it at a review, to compare later reviews against. */
export const pipelineSnapshots = pgTable(
	'pipeline_snapshots',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		takenBy: text('taken_by')
			.notNull()
			.references(() => users.id, { onDelete: 'restrict' }),
		takenAt: at('taken_at').notNull().defaultNow(),
		deals: jsonb('deals').$type<SnapshotDeal[]>().notNull()
	},
	(t) => [index('pipeline_snapshots_workspace_idx').on(t.workspaceId, t.takenAt)]
);

/** A workspace's own stage win rates, used where its won/lost history is too thin. */
export const workspaceWinRates = pgTable('workspace_win_rates', {
	workspaceId: text('workspace_id')
		.primaryKey()
		.references(() => workspaces.id, { onDelete: 'cascade' }),
	rates: jsonb('rates').$type<WinRates>().notNull(),
	updatedAt: at('updated_at').notNull().defaultNow()
});
