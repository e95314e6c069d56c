import { describe, expect, it } from 'vitest';
import { scopedCommentId } from './comment-id.ts';
import { COMMENT_ID_PATTERN } from './types.ts';

describe('scoped comment ids', () => {
	it('are the same for one author, deal and device id, and differ when any of them does', () => {
		const id = scopedCommentId('alice', 'deal1', 'k1');
		expect(id).toMatch(COMMENT_ID_PATTERN);
		expect(id).toHaveLength(24);
		expect(scopedCommentId('alice', 'deal1', 'k1')).toBe(id);
		expect(new Set([id, scopedCommentId('bob', 'deal1', 'k1'), scopedCommentId('alice', 'deal2', 'k1'), scopedCommentId('alice', 'deal1', 'k2')]).size).toBe(4);
		// The parts cannot run into each other.
		expect(scopedCommentId('a', 'b\nc', 'd')).not.toBe(scopedCommentId('a\nb', 'c', 'd'));
	});
});
