import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Database } from './db/client.ts';
import type { IdRange, Witnessed } from '../sync/witness.ts';
import { docEdits, docSnapshots, docUpdates, users } from './db/schema.ts';

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
	/** Where this read got to: the newest log row, and the snapshot's count of folded rows. */
	position: LogPosition;
}

/** How far a reader has read a document's storage: catching up reads only what came after. */
export interface LogPosition {
	lastId: number;
	mergedRows: number;
}

export async function loadDoc(db: Database, docId: string): Promise<StoredDoc> {
	return loadDocSince(db, docId, { lastId: 0, mergedRows: -1 });
}

/**
 * What was stored after `since`: log rows with a higher id and, when a compaction has run since
 * (it may have folded rows we never read), the snapshot. One statement, so a compaction
 * committing in between cannot make us miss rows.
 */
export async function loadDocSince(db: Database, docId: string, since: LogPosition): Promise<StoredDoc> {
	const result = await db.execute(sql`
		select data, 0::bigint as seq, merged_rows from ${docSnapshots} where doc_id = ${docId} and merged_rows > ${since.mergedRows}
		union all
		select data, id as seq, null from ${docUpdates} where doc_id = ${docId} and id > ${since.lastId}
		order by seq`);
	const list = rowsOf<{ data: Uint8Array | Buffer; seq: string | number; merged_rows: number | null }>(result);
	const updates = list.map((r) => toBytes(r.data));
	const log = list.filter((r) => Number(r.seq) !== 0);
	const snapshot = list.find((r) => Number(r.seq) === 0);
	return {
		updates,
		logRows: log.length,
		position: {
			lastId: log.reduce((max, r) => Math.max(max, Number(r.seq)), since.lastId),
			mergedRows: snapshot ? Number(snapshot.merged_rows) : Math.max(since.mergedRows, 0)
		}
	};
}

/** Applies stored updates to a fresh document, in one transaction. */
export function docFromUpdates(updates: Uint8Array[], origin: unknown = 'load'): Y.Doc {
	const doc = new Y.Doc({ gc: true });
	doc.transact(() => {
		for (const u of updates) Y.applyUpdate(doc, u);
	}, origin);
	return doc;
}

/** One update to store, with what the server witnessed of it. */
export interface UpdateRow {
	docId: string;
	data: Uint8Array;
	/** Who sent it (null or left out: the server itself). */
	userId?: string | null;
	/** When the server applied it (its clock; left out: now). */
	at?: Date;
	/** The item ids it inserted and deleted (left out: nothing recorded). */
	inserted?: IdRange[];
	deleted?: IdRange[];
}

/**
 * Appends updates to the log, and what was witnessed of each to `doc_edit`, in one
 * transaction; resolves once they are committed, with the newest row id per document.
 */
export async function appendUpdates(db: Database, rows: UpdateRow[]): Promise<Map<string, number>> {
	const newest = new Map<string, number>();
	if (rows.length === 0) return newest;
	const now = new Date();
	const edits = coalesceEdits(
		rows.flatMap((r) => {
			const who = { docId: r.docId, userId: r.userId ?? null, at: r.at ?? now };
			return [
				...(r.inserted ?? []).map((range) => ({ ...who, ...range, deleted: false })),
				...(r.deleted ?? []).map((range) => ({ ...who, ...range, deleted: true }))
			];
		})
	);
	// Columns as array parameters, not a statement of thousands of values: drizzle took 60–100 ms
	// of the sync server's thread to build one for a batch of 1,000 updates (trace-replay bench).
	const column = <T>(values: T[]) => sql.param(values);
	await db.transaction(async (tx) => {
		// Bytes as base64 and times as text: through drizzle, postgres.js sends an array of buffers
		// as one bytea, and cannot send arrays of booleans or timestamps (drizzle's date serializers).
		const ids = await tx.execute(sql`
			insert into ${docUpdates} (doc_id, data, user_id, created_at)
			select doc_id, decode(data, 'base64'), user_id, created_at::timestamptz from unnest(
				${column(rows.map((r) => r.docId))}::text[],
				${column(rows.map((r) => Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength).toString('base64')))}::text[],
				${column(rows.map((r) => r.userId ?? null))}::text[],
				${column(rows.map((r) => (r.at ?? now).toISOString()))}::text[]) as u(doc_id, data, user_id, created_at)
			returning id, doc_id`);
		for (const { id, doc_id } of rowsOf<{ id: string | number; doc_id: string }>(ids)) newest.set(doc_id, Math.max(newest.get(doc_id) ?? 0, Number(id)));
		for (let i = 0; i < edits.length; i += 10_000) {
			const part = edits.slice(i, i + 10_000);
			await tx.execute(sql`
				insert into ${docEdits} (doc_id, user_id, at, client, clock, len, deleted)
				select doc_id, user_id, at::timestamptz, client, clock, len, deleted = 1 from unnest(
					${column(part.map((e) => e.docId))}::text[],
					${column(part.map((e) => e.userId))}::text[],
					${column(part.map((e) => e.at.toISOString()))}::text[],
					${column(part.map((e) => e.client))}::bigint[],
					${column(part.map((e) => e.clock))}::integer[],
					${column(part.map((e) => e.len))}::integer[],
					${column(part.map((e) => (e.deleted ? 1 : 0)))}::smallint[]) as e(doc_id, user_id, at, client, clock, len, deleted)`);
		}
	});
	return newest;
}

/** One row of the witness record: who inserted (or deleted) these item ids of a document, and when. */
export interface EditRow extends IdRange {
	docId: string;
	userId: string | null;
	at: Date;
	deleted: boolean;
}

/** Edits of one author joined into one record row only while they span at most this long. */
export const EDIT_MERGE_MS = 1000;

/**
 * Joins record rows that continue each other: same document, author, client and kind, ids
 * adjacent (typing runs forward, backspacing backward), within `EDIT_MERGE_MS` of the run's
 * first. A run of typing is then one row instead of one per keystroke; which ids someone wrote
 * stays exact, and when is exact to the second (a joined row has the time of its last edit).
 */
export function coalesceEdits(edits: EditRow[]): EditRow[] {
	const out: EditRow[] = [];
	const open = new Map<string, { row: EditRow; since: number }>();
	const keyOf = (e: EditRow) => `${e.docId}\u0000${e.userId}\u0000${e.client}\u0000${e.deleted}`;
	const sameKind = (a: EditRow, b: EditRow) => a.docId === b.docId && a.userId === b.userId && a.client === b.client && a.deleted === b.deleted;
	// The run touched last is usually the one this edit continues (a typist's ranges come in a row).
	let last: { row: EditRow; since: number } | undefined;
	for (const e of edits) {
		const run = last && sameKind(last.row, e) ? last : open.get(keyOf(e));
		const at = e.at.getTime();
		if (run && at - run.since <= EDIT_MERGE_MS && at >= run.row.at.getTime()) {
			const { row } = run;
			const forward = row.clock + row.len === e.clock;
			if (forward || e.clock + e.len === row.clock) {
				if (!forward) row.clock = e.clock;
				row.len += e.len;
				row.at = e.at;
				last = run;
				continue;
			}
		}
		last = { row: { ...e }, since: at };
		out.push(last.row);
		open.set(keyOf(e), last);
	}
	return out;
}

/** `v(client, clock)`: the wanted item ids, joined to `e`, the record rows that inserted them. */
function insertedBy(docId: string, ids: { client: number; clock: number }[]) {
	const wanted = sql.join(
		ids.map((id) => sql`(${id.client}::bigint, ${id.clock}::integer)`),
		sql`, `
	);
	return sql`(values ${wanted}) as v(client, clock)
		join ${docEdits} e on e.doc_id = ${docId} and e.client = v.client and not e.deleted
			and e.clock <= v.clock and v.clock < e.clock + e.len`;
}

/** Which of these item ids (`client:clock`) a stored update of the document inserted, whoever sent it. */
export async function witnessIdsStored(db: Database, docId: string, ids: { client: number; clock: number }[]): Promise<Set<string>> {
	const found = new Set<string>();
	for (let i = 0; i < ids.length; i += 1000) {
		const result = await db.execute(sql`
			select distinct v.client, v.clock from ${insertedBy(docId, ids.slice(i, i + 1000))}`);
		for (const row of rowsOf<{ client: string | number; clock: number }>(result)) found.add(`${Number(row.client)}:${Number(row.clock)}`);
	}
	return found;
}

/**
 * What the record says of these items of a document: who inserted each and when. Items the
 * server wrote itself (or wrote before the record existed) are not in the answer.
 */
export async function witnessOf(db: Database, docId: string, ids: { client: number; clock: number }[]): Promise<{ id: { client: number; clock: number }; witnessed: Witnessed }[]> {
	const out: { id: { client: number; clock: number }; witnessed: Witnessed }[] = [];
	for (let i = 0; i < ids.length; i += 1000) {
		const result = await db.execute(sql`
			select v.client, v.clock, e.user_id, u.name, e.at
			from ${insertedBy(docId, ids.slice(i, i + 1000))}
			join ${users} u on u.id = e.user_id`);
		for (const row of rowsOf<{ client: string | number; clock: number; user_id: string; name: string; at: Date | string }>(result)) {
			out.push({
				id: { client: Number(row.client), clock: Number(row.clock) },
				witnessed: { userId: row.user_id, name: row.name, at: new Date(row.at).getTime() }
			});
		}
	}
	return out;
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
		// Exactly the rows folded in (one array parameter: a list of thousands took drizzle
		// hundreds of ms of the sync thread to build); a row another instance commits meanwhile stays.
		await tx.execute(sql`delete from ${docUpdates} where id = any(${sql.param(log.map((r) => r.id))}::bigint[])`);
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
