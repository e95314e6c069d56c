import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { countPlan, emptyCounts, planRow, readRow, type PlanCounts, type PlannedAction, type RowPlan } from '../../domain/import-plan.ts';
import { newId } from '../../ids.ts';
import type { Database, Transaction } from '../db/client.ts';
import { accountEvents, accounts, comments, contacts, dealMembers, deals, docEdits, docSnapshots, docUpdates, docVersions, importBatches, importRows, searchEntries, supportEvents, users, workspaces } from '../db/schema.ts';
import { workspaceExitCriteria } from '../deal-template.ts';
import { writeInitialSnapshot } from '../doc-store.ts';
import { replaceManyEntries, type SearchEntryInput } from '../search.ts';
import { importedDealState } from './imported-deal.ts';
import { loadIndex, MappingInput, pause, type ImportBatch } from './imports.ts';

/** Rows committed per transaction: small enough that other requests never wait long for the database. */
const CHUNK_ROWS = 25;
/** A runner that has not written for this long is taken to be gone: another may take its batch. */
const STALE_SECONDS = 30;

type Outcome = RowPlan & { undone?: { removed: string[]; kept: string[] } };

/**
 * Commits and undoes batches in the background, a chunk of rows per transaction: the page can be
 * closed, the server restarted; whichever instance finds the batch's runner gone goes on from the
 * first row not done. Every row is done exactly once (marked in the transaction that writes it).
 */
export class ImportRunner {
	readonly id = randomUUID();
	private readonly running = new Map<string, Promise<void>>();
	private closed = false;
	private timer: NodeJS.Timeout | undefined;

	constructor(
		private readonly db: Database,
		private readonly log: (line: string) => void,
		private readonly onDealsRemoved: (ids: string[]) => void = () => {},
		/** Whether a deal's room is open on this instance (an edit may be on its way to storage). */
		private readonly isOpen: (dealId: string) => boolean = () => false
	) {}

	/** Looks for batches whose runner is gone now and every few seconds (another instance died, a run failed). */
	start(everyMs = 15_000): void {
		// An upload cut off by a crash (its batch never got its rows counted) is dropped after a while.
		void this.db
			.delete(importBatches)
			.where(and(eq(importBatches.rowCount, 0), lt(importBatches.createdAt, sql`now() - interval '1 hour'`)))
			.catch((error) => this.log(`could not drop unfinished uploads: ${String(error)}`));
		const look = () => void this.resumeStale().catch((error) => this.log(`could not resume imports: ${String(error)}`));
		look();
		this.timer = setInterval(look, everyMs);
		this.timer.unref();
	}

	/** Starts (or goes on with) a batch's commit or undo here, unless a live runner elsewhere has it. */
	kick(batchId: string): Promise<void> {
		const running = this.running.get(batchId);
		if (running) return running;
		const job = this.run(batchId)
			.catch((error) => this.log(`import ${batchId} stopped: ${String(error)}`))
			.finally(() => this.running.delete(batchId));
		this.running.set(batchId, job);
		return job;
	}

	/** Batches left half-done by a runner that is gone (a restart): taken up again. */
	async resumeStale(): Promise<void> {
		if (this.closed) return;
		const stale = await this.db
			.select({ id: importBatches.id })
			.from(importBatches)
			.where(and(inArray(importBatches.status, ['importing', 'undoing']), or(isNull(importBatches.heartbeatAt), lt(importBatches.heartbeatAt, sql`now() - make_interval(secs => ${STALE_SECONDS})`))));
		for (const { id } of stale) void this.kick(id);
	}

	/** Whether this batch needs a runner (half-done and nobody heard from for a while). */
	isStale(batch: ImportBatch): boolean {
		if (batch.status !== 'importing' && batch.status !== 'undoing') return false;
		return !batch.heartbeatAt || Date.now() - batch.heartbeatAt.getTime() > STALE_SECONDS * 1000;
	}

	/** Stops after the chunk under way and lets go of its batches: another instance (or a restart) goes on at once. */
	async close(): Promise<void> {
		this.closed = true;
		clearInterval(this.timer);
		const ids = [...this.running.keys()];
		await Promise.allSettled([...this.running.values()]);
		if (ids.length > 0) await this.db.update(importBatches).set({ runner: null, heartbeatAt: null }).where(and(inArray(importBatches.id, ids), eq(importBatches.runner, this.id))).catch(() => {});
	}

	private async claim(batchId: string): Promise<ImportBatch | null> {
		const [batch] = await this.db
			.update(importBatches)
			.set({ runner: this.id, heartbeatAt: sql`now()` })
			.where(
				and(
					eq(importBatches.id, batchId),
					inArray(importBatches.status, ['importing', 'undoing']),
					or(isNull(importBatches.runner), eq(importBatches.runner, this.id), isNull(importBatches.heartbeatAt), lt(importBatches.heartbeatAt, sql`now() - make_interval(secs => ${STALE_SECONDS})`))
				)
			)
			.returning();
		return batch ?? null;
	}

	private async run(batchId: string): Promise<void> {
		if (this.closed) return;
		const batch = await this.claim(batchId);
		if (!batch) return;
		try {
			if (batch.status === 'importing') await this.commit(batch);
			else await this.undo(batch);
		} catch (error) {
			await this.db.update(importBatches).set({ problem: String(error).slice(0, 500), runner: null, heartbeatAt: null }).where(and(eq(importBatches.id, batchId), eq(importBatches.runner, this.id)));
			throw error;
		}
	}

	/** Inside a chunk's transaction: still ours (no other runner took over), and progress so far. */
	private async stillOurs(tx: Transaction, batchId: string, set: Partial<typeof importBatches.$inferInsert>): Promise<void> {
		const [row] = await tx
			.update(importBatches)
			.set({ ...set, heartbeatAt: sql`now()`, updatedAt: sql`now()`, problem: null })
			.where(and(eq(importBatches.id, batchId), eq(importBatches.runner, this.id)))
			.returning({ id: importBatches.id });
		if (!row) throw new Error('another runner took this import over');
	}

	private async commit(batch: ImportBatch): Promise<void> {
		const mapping = MappingInput.parse(batch.mapping);
		const db = this.db;
		const [[workspace], [importer], criteria] = await Promise.all([
			db.select({ supportScale: workspaces.supportScale }).from(workspaces).where(eq(workspaces.id, batch.workspaceId)),
			db.select({ name: users.name }).from(users).where(eq(users.id, batch.createdBy)),
			workspaceExitCriteria(db, batch.workspaceId)
		]);
		const index = await loadIndex(db, batch.workspaceId);
		const counts = { ...emptyCounts(), ...(batch.counts as Partial<PlanCounts>) } as PlanCounts;
		let done = batch.doneRows;
		while (!this.closed) {
			const rows = await db
				.select({ rowNo: importRows.rowNo, cells: importRows.cells })
				.from(importRows)
				.where(and(eq(importRows.batchId, batch.id), eq(importRows.done, false)))
				.orderBy(asc(importRows.rowNo))
				.limit(CHUNK_ROWS);
			if (rows.length === 0) break;
			const created: { id: string; title: string; entries: SearchEntryInput[] }[] = [];
			const chunkCounts = structuredClone(counts);
			await db.transaction(async (tx) => {
				for (const r of rows) {
					const plan = planRow(r.rowNo, readRow(r.cells, batch.headers.length, mapping), index, { importerId: batch.createdBy, newId });
					for (const action of plan.actions) {
						const made = await execute(tx, action, { workspaceId: batch.workspaceId, source: batch.fileName, importer: importer?.name ?? '', row: r.rowNo, scale: workspace!.supportScale, criteria });
						if (made) created.push(made);
					}
					countPlan(chunkCounts, plan);
					// What was done, as done (an update someone else's edit got to first is not one): undo reads it.
					await tx.update(importRows).set({ done: true, outcome: plan }).where(and(eq(importRows.batchId, batch.id), eq(importRows.rowNo, r.rowNo)));
				}
				// Findable as soon as they exist: the chunk's new deals are indexed with them.
				await replaceManyEntries(tx, created.map((d) => ({ source: `doc:${d.id}`, owner: { workspaceId: batch.workspaceId, dealId: d.id, href: `/deals/${d.id}`, title: d.title }, entries: d.entries })));
				await this.stillOurs(tx, batch.id, { doneRows: done + rows.length, counts: chunkCounts as unknown as Record<string, unknown> });
			});
			// (Should the transaction fail, this run stops: what the planner added for the chunk is not
			// in the database, so the next run loads the index again and starts from the chunk.)
			done += rows.length;
			Object.assign(counts, chunkCounts);
			await pause();
		}
		if (this.closed) return;
		await db.update(importBatches).set({ status: 'imported', runner: null, heartbeatAt: null, updatedAt: sql`now()` }).where(and(eq(importBatches.id, batch.id), eq(importBatches.runner, this.id)));
		this.log(`import ${batch.id}: ${done} rows done`);
	}

	private async undo(batch: ImportBatch): Promise<void> {
		const db = this.db;
		const counts = (batch.counts ?? {}) as Record<string, unknown>;
		const undo = { removed: 0, kept: 0, restored: 0, ...((counts.undo as object) ?? {}) } as { removed: number; kept: number; restored: number };
		let left = batch.doneRows;
		while (!this.closed) {
			const rows = await db
				.select({ rowNo: importRows.rowNo, outcome: importRows.outcome })
				.from(importRows)
				.where(and(eq(importRows.batchId, batch.id), eq(importRows.done, true)))
				.orderBy(desc(importRows.rowNo))
				.limit(CHUNK_ROWS);
			if (rows.length === 0) break;
			const removedDeals: string[] = [];
			const chunk = { ...undo };
			await db.transaction(async (tx) => {
				for (const r of rows) {
					const outcome = r.outcome as Outcome;
					const result = { removed: [] as string[], kept: [] as string[] };
					for (const action of [...(outcome?.actions ?? [])].reverse()) {
						const what = await reverse(tx, action, this.isOpen);
						if (what === 'removed') {
							result.removed.push(action.id);
							if (action.kind === 'deal') removedDeals.push(action.id);
						}
						if (what === 'kept') result.kept.push(action.id);
						if (what) chunk[what] += 1;
					}
					await tx.update(importRows).set({ done: false, outcome: { ...outcome, undone: result } }).where(and(eq(importRows.batchId, batch.id), eq(importRows.rowNo, r.rowNo)));
				}
				await this.stillOurs(tx, batch.id, { doneRows: left - rows.length, counts: { ...counts, undo: chunk } });
			});
			left -= rows.length;
			Object.assign(undo, chunk);
			if (removedDeals.length > 0) this.onDealsRemoved(removedDeals);
			await pause();
		}
		if (this.closed) return;
		await db.update(importBatches).set({ status: 'undone', runner: null, heartbeatAt: null, updatedAt: sql`now()` }).where(and(eq(importBatches.id, batch.id), eq(importBatches.runner, this.id)));
	}
}

interface ExecuteContext {
	workspaceId: string;
	source: string;
	importer: string;
	row: number;
	scale: (typeof workspaces.$inferSelect)['supportScale'];
	criteria: Awaited<ReturnType<typeof workspaceExitCriteria>>;
}

const dealColumn = { title: 'title', amount: 'amount', currency: 'currency', closeDate: 'expectedCloseDate', externalId: 'externalId' } as const;
const dealValue = (field: string, value: string) => (field === 'amount' ? Number(value).toFixed(2) : field === 'closeDate' || field === 'externalId' ? value || null : value);

const tableOf = { account: accounts, contact: contacts, deal: deals } as const;

/** Sets one field of an account, contact or deal from `from` to `to`, only if it still holds `from`; whether it did. */
async function setIfStill(tx: Transaction, kind: keyof typeof tableOf, id: string, field: string, from: string, to: string): Promise<boolean> {
	const table = tableOf[kind];
	const column = kind === 'deal' ? dealColumn[field as keyof typeof dealColumn] : field;
	const col = (table as unknown as Record<string, Parameters<typeof eq>[0]>)[column];
	if (!col) return false;
	const [before, after] = kind === 'deal' ? [dealValue(field, from), dealValue(field, to)] : [from, to];
	const done = await tx
		.update(table)
		.set({ [column]: after, ...(kind === 'deal' ? { updatedAt: sql`now()` } : {}) } as never)
		.where(and(eq(table.id, id), before === null ? isNull(col) : eq(col, before)))
		.returning({ id: table.id });
	return done.length > 0;
}

/** Writes one planned action; a created deal is returned to be indexed after the commit. */
async function execute(tx: Transaction, action: PlannedAction, context: ExecuteContext): Promise<{ id: string; title: string; entries: SearchEntryInput[] } | null> {
	if (action.op === 'unchanged') return null;
	if (action.op !== 'create') {
		// Each field only while it still holds what the plan saw: someone may have changed it since.
		const update = action;
		const applied = [];
		for (const c of update.changes) if (await setIfStill(tx, update.kind, update.id, c.field, c.from, c.to)) applied.push(c);
		update.changes = applied;
		if (applied.length === 0) update.op = 'unchanged';
		return null;
	}
	if (action.kind === 'account') {
		await tx.insert(accounts).values({ id: action.id, workspaceId: context.workspaceId, ...action.values });
		return null;
	}
	if (action.kind === 'contact') {
		await tx.insert(contacts).values({ id: action.id, accountId: action.accountId, ...action.values });
		return null;
	}
	const v = action.values;
	const { state, derived, entries } = importedDealState({ title: v.title, stage: v.stage, source: `${context.source} (row ${context.row})`, importer: context.importer, at: Date.now() }, context.scale, context.criteria);
	await tx.insert(deals).values({
		id: action.id,
		workspaceId: context.workspaceId,
		accountId: action.accountId,
		title: v.title,
		amount: v.amount.toFixed(2),
		currency: v.currency,
		expectedCloseDate: v.closeDate,
		ownerId: action.ownerId,
		status: v.stage?.status ?? 'open',
		externalId: v.externalId,
		stage: derived.stage,
		stageEnteredAt: sql`now()`,
		temperature: derived.temperature,
		flags: derived.flags,
		nineScore: derived.nineScore
	});
	await writeInitialSnapshot(tx, action.id, state);
	return { id: action.id, title: v.title, entries };
}

/**
 * Takes one action back, without undoing anyone's work since. The row is locked first, so nobody
 * changes it between the check and the delete. A created deal is kept when anyone has worked on
 * it (its room has edits, it has comments or team members, it was changed, or its room is open
 * here now); an account when it still has deals, contacts or events; a contact when it was
 * changed since or an event or support record names it. An updated field is set back only
 * while it still holds what the import wrote.
 */
async function reverse(tx: Transaction, action: PlannedAction, isOpen: (dealId: string) => boolean): Promise<'removed' | 'kept' | 'restored' | null> {
	if (action.op === 'unchanged') return null;
	if (action.op !== 'create') {
		let restored = false;
		for (const c of action.changes) restored = (await setIfStill(tx, action.kind, action.id, c.field, c.to, c.from)) || restored;
		return restored ? 'restored' : 'kept';
	}
	if (action.kind === 'deal') {
		const [deal] = await tx.select({ createdAt: deals.createdAt, updatedAt: deals.updatedAt }).from(deals).where(eq(deals.id, action.id)).for('update');
		if (!deal) return null;
		const [worked] = await tx
			.select({ n: sql<number>`1` })
			.from(deals)
			.where(
				and(
					eq(deals.id, action.id),
					or(
						sql`${deals.updatedAt} > ${deals.createdAt} + interval '1 second'`,
						sql`exists (select 1 from ${docUpdates} where ${docUpdates.docId} = ${action.id})`,
						sql`exists (select 1 from ${docEdits} where ${docEdits.docId} = ${action.id})`,
						sql`exists (select 1 from ${comments} where ${comments.dealId} = ${action.id})`,
						sql`exists (select 1 from ${dealMembers} where ${dealMembers.dealId} = ${action.id})`
					)
				)
			);
		if (worked || isOpen(action.id)) return 'kept';
		await tx.delete(deals).where(eq(deals.id, action.id));
		await tx.delete(docSnapshots).where(eq(docSnapshots.docId, action.id));
		await tx.delete(docVersions).where(eq(docVersions.docId, action.id));
		await tx.delete(docEdits).where(eq(docEdits.docId, action.id));
		await tx.delete(searchEntries).where(eq(searchEntries.dealId, action.id));
		return 'removed';
	}
	if (action.kind === 'contact') {
		const [contact] = await tx.select().from(contacts).where(eq(contacts.id, action.id)).for('update');
		if (!contact) return null;
		const v = action.values;
		const changed = contact.name !== v.name || contact.title !== v.title || contact.email !== v.email;
		const [named] = await tx
			.select({ n: sql<number>`1` })
			.from(contacts)
			.where(and(eq(contacts.id, action.id), or(sql`exists (select 1 from ${accountEvents} where ${accountEvents.contactId} = ${action.id})`, sql`exists (select 1 from ${supportEvents} where ${supportEvents.contactId} = ${action.id})`)));
		if (changed || named) return 'kept';
		await tx.delete(contacts).where(eq(contacts.id, action.id));
		return 'removed';
	}
	const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, action.id)).for('update');
	if (!account) return null;
	const [inUse] = await tx
		.select({ n: sql<number>`1` })
		.from(accounts)
		.where(
			and(
				eq(accounts.id, action.id),
				or(
					sql`exists (select 1 from ${deals} where ${deals.accountId} = ${action.id})`,
					sql`exists (select 1 from ${contacts} where ${contacts.accountId} = ${action.id})`,
					sql`exists (select 1 from ${accountEvents} where ${accountEvents.accountId} = ${action.id})`
				)
			)
		);
	if (inUse) return 'kept';
	await tx.delete(accounts).where(eq(accounts.id, action.id));
	return 'removed';
}
