import { and, eq, inArray, ne } from 'drizzle-orm';
import { scopedCommentId } from '../comments/comment-id.ts';
import { mentionedMembers, type CommentAnchor } from '../comments/types.ts';
import { dealAccessFor, type DealAccess } from './access.ts';
import type { Database } from './db/client.ts';
import { comments, inboxItems, users, workspaceMembers } from './db/schema.ts';
import { CommentError, commentAllowed, type CommentAction, type CommentPatchInput, type NewCommentInput } from './comment-rules.ts';

/** The caller's access to a deal, refused with the status the API answers with. */
export async function accessFor(db: Database, userId: string, dealId: string, action: CommentAction): Promise<DealAccess> {
	const access = await dealAccessFor(db, userId, dealId);
	if (!access) throw new CommentError(404, 'No such deal, or you have no access to it.');
	if (!commentAllowed(access.role, action)) {
		throw new CommentError(403, action === 'read' ? 'You cannot read comments on this deal.' : 'Your role on this deal lets you read comments, not write them.');
	}
	return access;
}

/** Members of the deal's workspace named with @ in the body who can see the deal. */
async function mentionsIn(db: Database, access: DealAccess, body: string, authorId: string): Promise<string[]> {
	const members = await db
		.select({ id: users.id, name: users.name })
		.from(workspaceMembers)
		.innerJoin(users, eq(users.id, workspaceMembers.userId))
		.where(eq(workspaceMembers.workspaceId, access.workspaceId));
	const named = mentionedMembers(body, members).filter((m) => m.id !== authorId);
	const seeing = await Promise.all(named.map(async (m) => ((await dealAccessFor(db, m.id, access.dealId)) ? m.id : null)));
	return seeing.filter((id): id is string => id !== null);
}

export interface StoredComment {
	id: string;
	dealId: string;
	threadId: string;
	/** False when the id was already stored by this author (an outbox resend): nothing new. */
	created: boolean;
}

/**
 * Stores a new thread or reply. Idempotent on the client's id: a resend of the same comment
 * by the same author returns the stored one.
 */
export async function createComment(db: Database, userId: string, dealId: string, input: NewCommentInput): Promise<StoredComment> {
	const access = await accessFor(db, userId, dealId, 'comment');
	// The client's id is scoped to its author and deal: the same id from anyone else is another comment.
	const id = scopedCommentId(userId, dealId, input.id);
	const resent = async (): Promise<StoredComment | null> => {
		const [existing] = await db.select().from(comments).where(eq(comments.id, id));
		if (!existing) return null;
		return { id: existing.id, dealId, threadId: existing.threadId, created: false };
	};
	const earlier = await resent();
	if (earlier) return earlier;
	let threadId = id;
	let anchor: CommentAnchor | null = input.anchor ?? null;
	if (input.threadId) {
		const [root] = await db.select().from(comments).where(eq(comments.id, input.threadId));
		if (!root || root.dealId !== dealId || root.threadId !== root.id) throw new CommentError(404, 'The thread you replied to no longer exists.');
		threadId = root.id;
		anchor = null;
	}
	const mentions = await mentionsIn(db, access, input.body, userId);
	const inserted = await db.transaction(async (tx) => {
		// Two sends of one outbox entry can race: the second inserts nothing and is a resend.
		const rows = await tx
			.insert(comments)
			.values({ id, dealId, threadId, authorId: userId, body: input.body, anchor, mentions })
			.onConflictDoNothing()
			.returning({ id: comments.id });
		if (rows.length === 0) return false;
		const notify = new Map<string, 'mention' | 'reply'>(mentions.map((id) => [id, 'mention']));
		if (threadId !== id) {
			const earlier = await tx
				.selectDistinct({ authorId: comments.authorId })
				.from(comments)
				.where(and(eq(comments.threadId, threadId), ne(comments.authorId, userId)));
			for (const { authorId } of earlier) if (!notify.has(authorId)) notify.set(authorId, 'reply');
		}
		const items = [...notify].map(([uid, kind]) => ({ userId: uid, commentId: id, kind }));
		if (items.length) await tx.insert(inboxItems).values(items).onConflictDoNothing();
		return true;
	});
	if (!inserted) return (await resent()) ?? { id, dealId, threadId, created: false };
	return { id, dealId, threadId, created: true };
}

async function ownComment(db: Database, userId: string, commentId: string, action: CommentAction) {
	const [row] = await db.select().from(comments).where(eq(comments.id, commentId));
	if (!row) throw new CommentError(404, 'No such comment.');
	const access = await accessFor(db, userId, row.dealId, action);
	if (action !== 'resolve' && row.authorId !== userId) throw new CommentError(403, 'Only its author can change or delete a comment.');
	if (row.deletedAt && action !== 'delete-own') throw new CommentError(409, 'This comment was deleted.');
	return { row, access };
}

/** Edits the author's own text, or resolves / reopens a thread (anyone who may comment). */
export async function patchComment(db: Database, userId: string, commentId: string, patch: CommentPatchInput): Promise<{ dealId: string }> {
	if (patch.resolved !== undefined) {
		const { row } = await ownComment(db, userId, commentId, 'resolve');
		if (row.threadId !== row.id) throw new CommentError(400, 'Resolve the thread, not a reply.');
		await db
			.update(comments)
			.set(patch.resolved ? { resolvedAt: new Date(), resolvedBy: userId } : { resolvedAt: null, resolvedBy: null })
			.where(eq(comments.id, row.id));
		return { dealId: row.dealId };
	}
	const { row, access } = await ownComment(db, userId, commentId, 'edit-own');
	const body = patch.body!;
	const mentions = await mentionsIn(db, access, body, userId);
	await db.transaction(async (tx) => {
		await tx.update(comments).set({ body, mentions, editedAt: new Date() }).where(eq(comments.id, row.id));
		const added = mentions.filter((id) => !row.mentions.includes(id));
		if (added.length) await tx.insert(inboxItems).values(added.map((uid) => ({ userId: uid, commentId: row.id, kind: 'mention' as const }))).onConflictDoNothing();
	});
	return { dealId: row.dealId };
}

/** Deletes the author's own comment: its text goes, its place in the thread stays. */
export async function deleteComment(db: Database, userId: string, commentId: string): Promise<{ dealId: string }> {
	const { row } = await ownComment(db, userId, commentId, 'delete-own');
	if (!row.deletedAt) {
		await db.transaction(async (tx) => {
			await tx.update(comments).set({ body: '', mentions: [], deletedAt: new Date() }).where(eq(comments.id, row.id));
			await tx.delete(inboxItems).where(inArray(inboxItems.commentId, [row.id]));
		});
	}
	return { dealId: row.dealId };
}
