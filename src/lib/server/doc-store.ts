import { eq, inArray, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Database } from './db/client.ts';
import { docSnapshots, docUpdates } from './db/schema.ts';

/**
 * Storage of Yjs documents: an append-only `doc_update` log plus one compacted `doc_snapshot`
 * per document. Written for several server instances on one database: loading reads snapshot
 * and log in one statement, and compaction deletes only the rows it folded in.
 */

export interface StoredDoc {
	/** The snapshot first (if any), then the log rows in the order they were written. */
	updates: Uint8Array[];
	/** How many of them are log rows (not the snapshot). */
	logRows: number;
}

export async function loadDoc(db: Database, docId: string): Promise<StoredDoc> {
	// One statement, so a compaction committing in between cannot make us miss rows.
	const result = await db.execute(sql`
		select data, 0::bigint as seq from ${docSnapshots} where doc_id = ${docId}
		union all
		select data, id as seq from ${docUpdates} where doc_id = ${docId}
		order by seq`);
	const list = rowsOf<{ data: Uint8Array | Buffer; seq: string | number }>(result);
	const updates = list.map((r) => toBytes(r.data));
	const logRows = list.filter((r) => Number(r.seq) !== 0).length;
	return { updates, logRows };
}

/** Applies stored updates to a fresh document, in one transaction. */
export function docFromUpdates(updates: Uint8Array[], origin: unknown = 'load'): Y.Doc {
	const doc = new Y.Doc({ gc: true });
	doc.transact(() => {
		for (const u of updates) Y.applyUpdate(doc, u);
	}, origin);
	return doc;
}

/** Appends updates to the log in one transaction; resolves once they are committed. */
export async function appendUpdates(
	db: Database,
	rows: { docId: string; data: Uint8Array }[]
): Promise<void> {
	if (rows.length === 0) return;
	await db.insert(docUpdates).values(rows);
}

/** Writes the first state of a new document (used when a deal is created). */
export async function writeInitialSnapshot(db: Database, docId: string, state: Uint8Array): Promise<void> {
	await db.insert(docSnapshots).values({ docId, data: state }).onConflictDoNothing();
}

export interface CompactionResult {
	mergedRows: number;
	snapshotBytes: number;
}

/**
 * Folds the log into the snapshot under a transaction-scoped advisory lock on the document.
 * Deletes exactly the rows it read, so rows committed meanwhile by another instance stay.
 * Loads into a Y.Doc and re-encodes rather than `Y.mergeUpdates`, which is super-linear on
 * long logs of tiny updates.
 */
export async function compactDoc(db: Database, docId: string): Promise<CompactionResult> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'doc:' + docId}))`);
		const [snapshot] = await tx
			.select({ data: docSnapshots.data, mergedRows: docSnapshots.mergedRows })
			.from(docSnapshots)
			.where(eq(docSnapshots.docId, docId));
		const log = await tx
			.select({ id: docUpdates.id, data: docUpdates.data })
			.from(docUpdates)
			.where(eq(docUpdates.docId, docId))
			.orderBy(docUpdates.id);
		if (log.length === 0) return { mergedRows: 0, snapshotBytes: snapshot?.data.byteLength ?? 0 };
		const doc = docFromUpdates([...(snapshot ? [snapshot.data] : []), ...log.map((r) => r.data)]);
		const state = Y.encodeStateAsUpdate(doc);
		doc.destroy();
		const mergedRows = (snapshot?.mergedRows ?? 0) + log.length;
		await tx
			.insert(docSnapshots)
			.values({ docId, data: state, mergedRows })
			.onConflictDoUpdate({
				target: docSnapshots.docId,
				set: { data: state, mergedRows, updatedAt: sql`now()` }
			});
		const ids = log.map((r) => r.id);
		for (let i = 0; i < ids.length; i += 5000) {
			await tx.delete(docUpdates).where(inArray(docUpdates.id, ids.slice(i, i + 5000)));
		}
		return { mergedRows: log.length, snapshotBytes: state.byteLength };
	});
}

export async function countLogRows(db: Database, docId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(docUpdates)
		.where(eq(docUpdates.docId, docId));
	return row?.n ?? 0;
}

/** postgres.js returns the rows as an array, PGlite as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function toBytes(value: Uint8Array | Buffer): Uint8Array {
	return value.constructor === Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
