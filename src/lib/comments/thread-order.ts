import type * as Y from 'yjs';
import { blockType, readRoleRows } from '$lib/sync/blocks';
import { blockPositions, resolveTextAnchor } from '$lib/sync/text-anchor';
import type { ThreadView } from './types';

export interface PlacedThread {
	thread: ThreadView;
	/** Where in the document the thread's subject is: its sort key. */
	at: number;
	/** A text anchor whose words are gone. */
	lost: boolean;
	range: { from: number; to: number } | null;
}

/** Threads in document order: whole-deal threads first, then by where their subject sits. */
export function placeThreads(doc: Y.Doc, threads: ThreadView[]): PlacedThread[] {
	const blocks = blockPositions(doc);
	const placed = threads.map((thread): PlacedThread => {
		const a = thread.anchor;
		if (a.kind === 'deal') return { thread, at: -1, lost: false, range: null };
		// The nine questions review the whole deal: after its own threads, in question order.
		if (a.kind === 'question') return { thread, at: -1 + a.question / 100, lost: false, range: null };
		if (a.kind === 'text') {
			const range = resolveTextAnchor(doc, a);
			return { thread, at: range?.from ?? Number.MAX_SAFE_INTEGER, lost: !range, range };
		}
		const blockAt = blocks.get(a.blockId) ?? Number.MAX_SAFE_INTEGER - 1;
		if (a.kind === 'block') return { thread, at: blockAt, lost: false, range: null };
		// The document may not be loaded yet, or the block gone: such threads sort last.
		const rows = blockType(doc, a.blockId) === 'roleTable' ? readRoleRows(doc, a.blockId) : [];
		const index = rows.findIndex((r) => r.id === a.rowId);
		return { thread, at: blockAt + 0.5 + Math.max(index, 0) / 10_000, lost: false, range: null };
	});
	return placed.sort((x, y) => x.at - y.at || x.thread.comments[0]!.createdAt.localeCompare(y.thread.comments[0]!.createdAt));
}

/** Open threads per block id, per `blockId:rowId` and per `question:N`: the badges on blocks, rows and questions. */
export function openThreadCounts(threads: ThreadView[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const t of threads) {
		if (t.resolvedAt) continue;
		const a = t.anchor;
		const key = a.kind === 'row' ? `${a.blockId}:${a.rowId}` : a.kind === 'block' ? a.blockId : a.kind === 'question' ? `question:${a.question}` : null;
		if (key) counts[key] = (counts[key] ?? 0) + 1;
	}
	return counts;
}
