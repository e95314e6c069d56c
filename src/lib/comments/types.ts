/**
 * What a comment thread is about. A text anchor holds two Yjs relative positions (base64) so
 * it follows the words as others edit around and inside them; `quote` is the text as it was
 * when the thread began, shown when the words are gone.
 */
export type CommentAnchor =
	| { kind: 'text'; start: string; end: string; quote: string }
	| { kind: 'block'; blockId: string; label: string }
	| { kind: 'row'; blockId: string; rowId: string; label: string }
	/** One of the nine questions (赢单九问), 1–9: a manager's remark in a review. */
	| { kind: 'question'; question: number; label: string }
	| { kind: 'deal' };

export interface CommentView {
	id: string;
	threadId: string;
	authorId: string;
	authorName: string;
	body: string;
	createdAt: string;
	editedAt: string | null;
	deleted: boolean;
	/** Not yet acknowledged by the server: written offline, waiting in the outbox. */
	pending?: boolean;
}

export interface ThreadView {
	id: string;
	anchor: CommentAnchor;
	resolvedAt: string | null;
	resolvedByName: string | null;
	comments: CommentView[];
	/** Has a comment by someone else since the reader last read this deal's comments. */
	unread: boolean;
}

export interface InboxItem {
	commentId: string;
	threadId: string;
	dealId: string;
	dealTitle: string;
	kind: 'mention' | 'reply';
	authorName: string;
	body: string;
	createdAt: string;
	read: boolean;
}

/** The longest comment body the server stores. */
export const MAX_COMMENT_LENGTH = 5000;

/**
 * Comment ids: what a device makes (`newId`; older outboxes hold 24 hex digits) and what the
 * server stores (`scopedCommentId`, 24 base32 characters).
 */
export const COMMENT_ID_PATTERN = /^[a-z0-9]{16,32}$/;

/** `@Name` mentions in a body: the members whose full name follows an @. */
export function mentionedMembers<T extends { name: string }>(body: string, members: readonly T[]): T[] {
	return members.filter((m) => m.name.trim() !== '' && body.includes(`@${m.name}`));
}
