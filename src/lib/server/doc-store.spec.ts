import { describe, expect, it } from 'vitest';
import { coalesceEdits, EDIT_MERGE_MS, type EditRow } from './doc-store.ts';

const t0 = Date.parse('2026-12-07T10:00:00Z');
const edit = (over: Partial<EditRow>): EditRow => ({ docId: 'd', userId: 'u', at: new Date(t0), client: 1, clock: 0, len: 1, deleted: false, ...over });

describe('coalesceEdits', () => {
	it('joins a run of typing into one row with the time of its last keystroke', () => {
		const typed = Array.from({ length: 50 }, (_, i) => edit({ clock: i, at: new Date(t0 + i * 10) }));
		expect(coalesceEdits(typed)).toEqual([edit({ clock: 0, len: 50, at: new Date(t0 + 490) })]);
	});

	it('joins backspacing, which deletes ids from right to left', () => {
		const deleted = [5, 4, 3].map((clock, i) => edit({ clock, deleted: true, at: new Date(t0 + i) }));
		expect(coalesceEdits(deleted)).toEqual([edit({ clock: 3, len: 3, deleted: true, at: new Date(t0 + 2) })]);
	});

	it('keeps apart what differs in author, document, client, kind, adjacency or second', () => {
		const rows = [
			edit({ clock: 0 }),
			edit({ clock: 1, userId: 'v' }),
			edit({ clock: 1, docId: 'e' }),
			edit({ clock: 1, client: 2 }),
			edit({ clock: 1, deleted: true }),
			edit({ clock: 3 }),
			edit({ clock: 4, at: new Date(t0 + EDIT_MERGE_MS + 1) })
		];
		expect(coalesceEdits(rows)).toHaveLength(rows.length);
	});

	it('keeps each author’s runs whole while their edits interleave, and covers exactly the same ids', () => {
		const rows: EditRow[] = [];
		for (let i = 0; i < 20; i++) {
			rows.push(edit({ userId: 'a', client: 1, clock: i, at: new Date(t0 + i) }));
			rows.push(edit({ userId: 'b', client: 2, clock: 100 + i, at: new Date(t0 + i) }));
		}
		const merged = coalesceEdits(rows);
		expect(merged).toEqual([edit({ userId: 'a', client: 1, clock: 0, len: 20, at: new Date(t0 + 19) }), edit({ userId: 'b', client: 2, clock: 100, len: 20, at: new Date(t0 + 19) })]);
	});
});
