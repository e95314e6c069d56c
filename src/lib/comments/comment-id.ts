import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * The stored id of a comment: derived from its author, its deal and the id the author's device
 * chose (which the outbox resends). Scoped this way, one author's id can neither collide with
 * nor reveal another's, and nobody can take an id before its author's outbox sends it. The
 * server derives it from the signed-in user; the device derives the same, so a reply written
 * offline to a thread written offline names the thread correctly. 120 bits, 24 characters.
 */
export function scopedCommentId(authorId: string, dealId: string, clientId: string): string {
	const digest = sha256(new TextEncoder().encode(JSON.stringify([authorId, dealId, clientId])));
	return encodeBase32LowerCaseNoPadding(digest.slice(0, 15));
}
