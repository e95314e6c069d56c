import { and, asc, desc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { detectDateOrder, detectNumberFormat, guessMapping, guessStage, IMPORT_FIELDS } from '../../domain/import-mapping.ts';
import { countPlan, emptyCounts, ImportIndex, planRow, readRow, type ImportMapping, type PlanCounts, type RowPlan } from '../../domain/import-plan.ts';
import { SALES_STAGES } from '../../domain/sales-stages.ts';
import { newId } from '../../ids.ts';
import type { Database } from '../db/client.ts';
import { accounts, contacts, deals, importBatches, importRows, users, workspaceMembers } from '../db/schema.ts';
import { ImportFileError, parseCsv } from './parse-csv.ts';
import { z } from 'zod';

export type ImportBatch = typeof importBatches.$inferSelect;

/** Reads an uploaded CSV into a new batch; nothing is kept of a file that cannot be read. */
export async function createBatch(
	db: Database,
	owner: { workspaceId: string; userId: string; fileName: string },
	source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	delimiter?: string
): Promise<ImportBatch> {
	const id = newId();
	await db.insert(importBatches).values({ id, workspaceId: owner.workspaceId, createdBy: owner.userId, fileName: owner.fileName.slice(0, 200), encoding: '', delimiter: '', headers: [], rowCount: 0 });
	try {
		const parsed = await parseCsv(source, {
			delimiter,
			store: async (rows, first) => {
				await db.insert(importRows).values(rows.map((cells, i) => ({ batchId: id, rowNo: first + i, cells: cells.map((c) => c.slice(0, 10_000)) })));
			}
		});
		const [batch] = await db
			.update(importBatches)
			.set({ encoding: parsed.encoding, delimiter: parsed.delimiter, headers: parsed.headers, rowCount: parsed.rowCount, updatedAt: sql`now()` })
			.where(eq(importBatches.id, id))
			.returning();
		return batch!;
	} catch (error) {
		await db.delete(importBatches).where(eq(importBatches.id, id));
		throw error;
	}
}

export { ImportFileError };

/** A batch by id (whoever asks must be checked against its workspace). */
export async function getBatch(db: Database, id: string): Promise<ImportBatch | null> {
	const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, id));
	return batch && batch.rowCount > 0 ? batch : null;
}

export async function recentBatches(db: Database, workspaceId: string): Promise<(ImportBatch & { createdByName: string })[]> {
	const rows = await db
		.select({ batch: importBatches, createdByName: users.name })
		.from(importBatches)
		.innerJoin(users, eq(users.id, importBatches.createdBy))
		.where(and(eq(importBatches.workspaceId, workspaceId), gt(importBatches.rowCount, 0)))
		.orderBy(desc(importBatches.createdAt))
		.limit(20);
	return rows.map((r) => ({ ...r.batch, createdByName: r.createdByName }));
}

const firstRows = (db: Database, batchId: string, limit: number) =>
	db.select({ cells: importRows.cells }).from(importRows).where(eq(importRows.batchId, batchId)).orderBy(asc(importRows.rowNo)).limit(limit);

/** Each distinct value of one column over the whole file, most frequent first (for the stage mapping). */
export async function columnValues(db: Database, batchId: string, column: number): Promise<{ value: string; count: number }[]> {
	if (!Number.isInteger(column) || column < 0) return [];
	// Inlined (an integer, checked): the same expression in select and group by.
	const value = sql<string>`btrim(${importRows.cells}->>${sql.raw(String(column))})`;
	const rows = await db
		.select({ value, count: sql<number>`count(*)::int` })
		.from(importRows)
		.where(and(eq(importRows.batchId, batchId), sql`coalesce(${value}, '') <> ''`))
		.groupBy(value)
		.orderBy(desc(sql`count(*)`))
		.limit(200);
	return rows.map((r) => ({ value: r.value, count: Number(r.count) }));
}

/** What the mapping page starts from: a sample of each column, and a mapping guessed from the headers and values. */
export async function suggestMapping(db: Database, batch: ImportBatch): Promise<{ samples: string[][]; mapping: ImportMapping; stageValues: { value: string; count: number }[] }> {
	const rows = await firstRows(db, batch.id, 200);
	const samples = batch.headers.map((_, i) => [...new Set(rows.map((r) => (r.cells[i] ?? '').trim()).filter(Boolean))].slice(0, 5));
	const saved = batch.mapping ? MappingInput.safeParse(batch.mapping) : null;
	const columns = saved?.success ? saved.data.columns : guessMapping(batch.headers);
	const column = (field: string) => columns.indexOf(field as never);
	const values = (field: string) => (column(field) < 0 ? [] : rows.map((r) => (r.cells[column(field)] ?? '').trim()).filter(Boolean));
	const stageValues = column('deal.stage') < 0 ? [] : await columnValues(db, batch.id, column('deal.stage'));
	const stages: ImportMapping['stages'] = {};
	for (const { value } of stageValues) {
		const guess = guessStage(value);
		if (guess) stages[value] = guess;
	}
	const [currency] = await db
		.select({ currency: deals.currency })
		.from(deals)
		.where(eq(deals.workspaceId, batch.workspaceId))
		.groupBy(deals.currency)
		.orderBy(desc(sql`count(*)`))
		.limit(1);
	const mapping: ImportMapping = saved?.success
		? saved.data
		: { columns, numberFormat: detectNumberFormat(values('deal.amount')), dateOrder: detectDateOrder(values('deal.closeDate')), stages, defaultCurrency: currency?.currency ?? 'USD' };
	return { samples, mapping, stageValues };
}

const StageChoice = z.object({ stage: z.enum(SALES_STAGES), status: z.enum(['open', 'won', 'lost']) });
/** A mapping as the page sends it: checked here, never trusted. */
export const MappingInput = z.object({
	columns: z.array(z.enum(IMPORT_FIELDS).nullable()).max(200),
	numberFormat: z.enum(['dot', 'comma']),
	dateOrder: z.enum(['ymd', 'mdy', 'dmy']),
	stages: z.record(z.string().max(500), StageChoice),
	defaultCurrency: z.string().regex(/^[A-Z]{3}$/)
});

export async function loadIndex(db: Database, workspaceId: string): Promise<ImportIndex> {
	const [accountRows, contactRows, dealRows, memberRows] = await Promise.all([
		db.select({ id: accounts.id, name: accounts.name, domain: accounts.domain, industry: accounts.industry }).from(accounts).where(eq(accounts.workspaceId, workspaceId)),
		db
			.select({ id: contacts.id, accountId: contacts.accountId, name: contacts.name, email: contacts.email, title: contacts.title })
			.from(contacts)
			.innerJoin(accounts, eq(accounts.id, contacts.accountId))
			.where(eq(accounts.workspaceId, workspaceId)),
		db
			.select({ id: deals.id, accountId: deals.accountId, title: deals.title, externalId: deals.externalId, amount: deals.amount, currency: deals.currency, closeDate: deals.expectedCloseDate })
			.from(deals)
			.where(eq(deals.workspaceId, workspaceId)),
		db.select({ id: users.id, email: users.email }).from(workspaceMembers).innerJoin(users, eq(users.id, workspaceMembers.userId)).where(eq(workspaceMembers.workspaceId, workspaceId))
	]);
	return new ImportIndex({
		accounts: accountRows,
		contacts: contactRows.map((c) => ({ ...c, email: c.email.toLowerCase() })),
		deals: dealRows.map((d) => ({ ...d, amount: Number(d.amount) })),
		members: new Map(memberRows.map((m) => [m.email.toLowerCase(), m.id]))
	});
}

/** Lets other work run between pieces of a long job. */
export const pause = () => new Promise((r) => setImmediate(r));

export interface Preview {
	counts: PlanCounts;
	/** The first rows as planned, then every row with an error or warning (up to a limit). */
	rows: RowPlan[];
	rowCount: number;
}

/** Plans every row against the workspace as it is now, writing nothing. */
export async function previewBatch(db: Database, batch: ImportBatch, mapping: ImportMapping, importerId: string): Promise<Preview> {
	const index = await loadIndex(db, batch.workspaceId);
	const counts = emptyCounts();
	const shown: RowPlan[] = [];
	let fake = 0;
	const context = { importerId, newId: () => `new-${++fake}` };
	for (let from = 0; from < batch.rowCount; from += 5000) {
		const rows = await db
			.select({ rowNo: importRows.rowNo, cells: importRows.cells })
			.from(importRows)
			.where(and(eq(importRows.batchId, batch.id), gt(importRows.rowNo, from), sql`${importRows.rowNo} <= ${from + 5000}`))
			.orderBy(asc(importRows.rowNo));
		for (const r of rows) {
			const plan = planRow(r.rowNo, readRow(r.cells, batch.headers.length, mapping), index, context);
			countPlan(counts, plan);
			const notable = plan.errors.length > 0 || plan.warnings.length > 0;
			if (shown.length < 50 || (notable && shown.length < 500)) shown.push(plan);
		}
		await pause();
	}
	return { counts, rows: shown, rowCount: batch.rowCount };
}

/**
 * Moves a batch from one status to the next, unless another batch of the workspace is being
 * imported or undone: one at a time per workspace, so each plans against what the last one did.
 * Serialised by a lock on the workspace, on every instance.
 */
async function transition(db: Database, batch: ImportBatch, from: ImportBatch['status'], set: Partial<typeof importBatches.$inferInsert>): Promise<'started' | 'busy' | 'wrongStatus'> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'import:' + batch.workspaceId}))`);
		const [busy] = await tx
			.select({ id: importBatches.id })
			.from(importBatches)
			.where(and(eq(importBatches.workspaceId, batch.workspaceId), inArray(importBatches.status, ['importing', 'undoing'])))
			.limit(1);
		if (busy) return busy.id === batch.id ? 'wrongStatus' : 'busy';
		const started = await tx
			.update(importBatches)
			.set({ ...set, runner: null, heartbeatAt: null, problem: null, updatedAt: sql`now()` })
			.where(and(eq(importBatches.id, batch.id), eq(importBatches.status, from)))
			.returning({ id: importBatches.id });
		return started.length > 0 ? 'started' : 'wrongStatus';
	});
}

/** Starts committing a batch with this mapping (once: a batch already started is left as it is). */
export function startImport(db: Database, batch: ImportBatch, mapping: ImportMapping): Promise<'started' | 'busy' | 'wrongStatus'> {
	return transition(db, batch, 'uploaded', { status: 'importing', mapping, counts: {}, doneRows: 0 });
}

export function startUndo(db: Database, batch: ImportBatch): Promise<'started' | 'busy' | 'wrongStatus'> {
	return transition(db, batch, 'imported', { status: 'undoing' });
}

/** Saves the mapping chosen so far (the page can be left and come back to it). */
export async function saveMapping(db: Database, batch: ImportBatch, mapping: ImportMapping): Promise<void> {
	await db.update(importBatches).set({ mapping, updatedAt: sql`now()` }).where(and(eq(importBatches.id, batch.id), eq(importBatches.status, 'uploaded')));
}

/** Drops a batch that was uploaded but never imported. */
export async function discardBatch(db: Database, batch: ImportBatch): Promise<boolean> {
	const gone = await db.delete(importBatches).where(and(eq(importBatches.id, batch.id), eq(importBatches.status, 'uploaded'))).returning({ id: importBatches.id });
	return gone.length > 0;
}
