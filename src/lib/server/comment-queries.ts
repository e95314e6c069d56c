import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { CommentAnchor, CommentView, InboxItem, ThreadView } from '../comments/types.ts';
import type { Database } from './db/client.ts';
import { commentReads, comments, deals, inboxItems, users } from './db/schema.ts';
import { accessFor } from './comments.ts';
import { dealReadableBy } from './access.ts';

/** Every thread of a deal with its replies, oldest first; unread relative to the reader. */
export async function listThreads(db: Database, userId: string, dealId: string): Promise<ThreadView[]> {
	await accessFor(db, userId, dealId, 'read');
	const rows = await db
			.select({
				id: comments.id,
				threadId: comments.threadId,
				authorId: comments.authorId,
				authorName: users.name,
				body: comments.body,
				anchor: comments.anchor,
				createdAt: comments.createdAt,
				editedAt: comments.editedAt,
				deletedAt: comments.deletedAt,
				resolvedAt: comments.resolvedAt,
				resolvedByName: sql<string | null>`(select r.name from ${users} r where r.id = ${comments.resolvedBy})`
			})
			.from(comments)
			.innerJoin(users, eq(users.id, comments.authorId))
			.where(eq(comments.dealId, dealId))
			.orderBy(asc(comments.createdAt), asc(comments.id));
	const [read] = await db
		.select({ readAt: commentReads.readAt })
		.from(commentReads)
		.where(and(eq(commentReads.userId, userId), eq(commentReads.dealId, dealId)));
	const readAt = read?.readAt?.getTime() ?? 0;
	const threads = new Map<string, ThreadView>();
	for (const row of rows) {
		const view: CommentView = {
			id: row.id,
			threadId: row.threadId,
			authorId: row.authorId,
			authorName: row.authorName,
			body: row.body,
			createdAt: row.createdAt.toISOString(),
			editedAt: row.editedAt?.toISOString() ?? null,
			deleted: row.deletedAt !== null
		};
		if (row.id === row.threadId) {
			threads.set(row.id, {
				id: row.id,
				anchor: (row.anchor ?? { kind: 'deal' }) as CommentAnchor,
				resolvedAt: row.resolvedAt?.toISOString() ?? null,
				resolvedByName: row.resolvedByName,
				comments: [],
				unread: false
			});
		}
		const thread = threads.get(row.threadId);
		if (!thread) continue;
		thread.comments.push(view);
		if (row.authorId !== userId && row.createdAt.getTime() > readAt) thread.unread = true;
	}
	return [...threads.values()];
}

/** The reader has seen the deal's comments up to now; its inbox items are read too. */
export async function markRead(db: Database, userId: string, dealId: string): Promise<void> {
	await accessFor(db, userId, dealId, 'read');
	const now = new Date();
	await db
		.insert(commentReads)
		.values({ userId, dealId, readAt: now })
		.onConflictDoUpdate({ target: [commentReads.userId, commentReads.dealId], set: { readAt: now } });
	await db
		.update(inboxItems)
		.set({ readAt: now })
		.where(
			and(
				eq(inboxItems.userId, userId),
				isNull(inboxItems.readAt),
				sql`${inboxItems.commentId} in (select ${comments.id} from ${comments} where ${comments.dealId} = ${dealId})`
			)
		);
}

/** Mentions of the user and replies to their threads, across deals, newest first. */
export async function inbox(db: Database, userId: string, limit = 100): Promise<InboxItem[]> {
	const rows = await db
		.select({
			commentId: comments.id,
			threadId: comments.threadId,
			dealId: deals.id,
			dealTitle: deals.title,
			kind: inboxItems.kind,
			authorName: users.name,
			body: comments.body,
			createdAt: comments.createdAt,
			readAt: inboxItems.readAt
		})
		.from(inboxItems)
		.innerJoin(comments, eq(comments.id, inboxItems.commentId))
		.innerJoin(deals, eq(deals.id, comments.dealId))
		.innerJoin(users, eq(users.id, comments.authorId))
		.where(and(eq(inboxItems.userId, userId), dealReadableBy(userId)))
		.orderBy(desc(inboxItems.createdAt))
		.limit(limit);
	return rows.map(({ readAt, createdAt, ...r }) => ({ ...r, createdAt: createdAt.toISOString(), read: readAt !== null }));
}

export async function unreadInboxCount(db: Database, userId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(inboxItems)
		.innerJoin(comments, eq(comments.id, inboxItems.commentId))
		.innerJoin(deals, eq(deals.id, comments.dealId))
		.where(and(eq(inboxItems.userId, userId), isNull(inboxItems.readAt), dealReadableBy(userId)));
	return row?.n ?? 0;
}
