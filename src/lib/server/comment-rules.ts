import { z } from 'zod';
import { COMMENT_ID_PATTERN, MAX_COMMENT_LENGTH, type CommentAnchor } from '../comments/types.ts';
import type { DealRole } from './db/schema.ts';

/** Who may do what with comments. Pure, so the UI shows exactly what the server allows. */
export type CommentAction = 'read' | 'comment' | 'resolve' | 'edit-own' | 'delete-own';

export function commentAllowed(role: DealRole | null, action: CommentAction): boolean {
	if (!role) return false;
	if (action === 'read') return true;
	return role === 'editor' || role === 'commenter';
}

/** A refusal with the HTTP status the API answers with and a message the user can act on. */
export class CommentError extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409,
		message: string
	) {
		super(message);
	}
}

const shortId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const base64 = z.string().min(4).max(400).regex(/^[A-Za-z0-9+/]+=*$/);

export const AnchorInput: z.ZodType<CommentAnchor> = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('text'), start: base64, end: base64, quote: z.string().max(500) }),
	z.object({ kind: z.literal('block'), blockId: shortId, label: z.string().max(200) }),
	z.object({ kind: z.literal('row'), blockId: shortId, rowId: shortId, label: z.string().max(200) }),
	z.object({ kind: z.literal('question'), question: z.number().int().min(1).max(9), label: z.string().max(200) }),
	z.object({ kind: z.literal('deal') })
]);

const Body = z.string().trim().min(1, 'A comment needs some text.').max(MAX_COMMENT_LENGTH, `A comment can be at most ${MAX_COMMENT_LENGTH} characters.`);

const one = (a: unknown, b: unknown) => (a === undefined) !== (b === undefined);

export const NewCommentInput = z
	.object({ id: z.string().regex(COMMENT_ID_PATTERN, 'The comment id is not valid.'), body: Body, anchor: AnchorInput.optional(), threadId: z.string().regex(COMMENT_ID_PATTERN).optional() })
	.refine((c) => one(c.anchor, c.threadId), 'A comment either starts a thread (with an anchor) or replies to one (with a threadId).');
export type NewCommentInput = z.infer<typeof NewCommentInput>;

export const CommentPatchInput = z
	.object({ body: Body.optional(), resolved: z.boolean().optional() })
	.refine((p) => one(p.body, p.resolved), 'Change either the text or whether the thread is resolved.');
export type CommentPatchInput = z.infer<typeof CommentPatchInput>;

/** The first problem zod found, as a sentence for the user. */
export function inputProblem(error: z.ZodError): string {
	return error.issues[0]?.message ?? 'The comment is not valid.';
}
