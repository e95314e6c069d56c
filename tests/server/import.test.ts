import { and, eq, inArray, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guessMapping } from '../../src/lib/domain/import-mapping.ts';
import { mappingProblems, type ImportMapping } from '../../src/lib/domain/import-plan.ts';
import { accountEvents, accounts, comments, contacts, dealMembers, deals, importBatches, importRows, users, workspaceMembers } from '../../src/lib/server/db/schema.ts';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { createBatch, ImportFileError, previewBatch, startImport, startUndo, suggestMapping, type ImportBatch } from '../../src/lib/server/import/imports.ts';
import { ImportRunner } from '../../src/lib/server/import/import-runner.ts';
import { MAX_IMPORT_ROWS } from '../../src/lib/server/import/parse-csv.ts';
import { search } from '../../src/lib/server/search.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { FIXTURES_DIR, salesforceOpportunitiesCsv, toGbk } from '../support/import-fixtures.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const chunks = (bytes: Uint8Array, size = 16 * 1024): Uint8Array[] => {
	const out: Uint8Array[] = [];
	for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
	return out;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));

/**
 * CSV import on both databases: files as Salesforce and HubSpot export them, read as they
 * arrive; a preview that says per row what will happen; a commit in chunks that a restart
 * resumes; dedupe against the workspace and within the file; undo that keeps others' work.
 */
describe.each(TEST_DRIVERS)('CSV import, on %s', (driver) => {
	let server: TestServer;
	afterEach(async () => {
		await server?.close();
	});
	const setup = async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const [manager] = await db.select({ id: users.id, workspaceId: workspaceMembers.workspaceId }).from(users).innerJoin(workspaceMembers, eq(workspaceMembers.userId, users.id)).where(eq(users.email, 'olivia@demo.test'));
		return { db, manager: manager! };
	};
	const upload = (db: TestServer['database']['handle']['db'], owner: { id: string; workspaceId: string }, bytes: Uint8Array, fileName = 'export.csv', delimiter?: string) =>
		createBatch(db, { workspaceId: owner.workspaceId, userId: owner.id, fileName }, chunks(bytes), delimiter);
	const problemOf = async (run: Promise<unknown>) => {
		try {
			await run;
			return null;
		} catch (error) {
			if (error instanceof ImportFileError) return error.problem;
			throw error;
		}
	};
	const suggested = async (db: TestServer['database']['handle']['db'], batch: ImportBatch) => (await suggestMapping(db, batch)).mapping;

	it('reads Salesforce (UTF-8 with BOM), GBK and semicolon files; refuses broken ones with what is wrong and keeps nothing of them', async () => {
		const { db, manager } = await setup();
		const sf = await upload(db, manager, fixture('salesforce-opportunities.csv'));
		expect(sf.encoding).toBe('utf-8');
		expect(sf.headers[0]).toBe('Opportunity ID');
		const rows = await db.select({ cells: importRows.cells }).from(importRows).where(eq(importRows.batchId, sf.id));
		expect(rows.length).toBe(sf.rowCount);
		// A quoted value with a comma, a doubled quote and a line break stays one value.
		expect(rows.some((r) => r.cells.some((c) => c.includes('\n') && c.includes('"')))).toBe(true);

		const text = salesforceOpportunitiesCsv(30, 7);
		const gbk = await upload(db, manager, toGbk(text));
		expect(gbk.encoding).toBe('gb18030');
		const [first] = await db.select({ cells: importRows.cells }).from(importRows).where(and(eq(importRows.batchId, gbk.id), eq(importRows.rowNo, 1)));
		expect(first!.cells).toContain('华远科技 Huayuan Tech');

		const semicolon = await upload(db, manager, fixture('semicolon-european.csv'));
		expect(semicolon.delimiter).toBe(';');
		const mapping = await suggested(db, semicolon);
		expect(mapping.numberFormat).toBe('comma');
		expect(mapping.dateOrder).toBe('dmy');

		expect(await problemOf(upload(db, manager, fixture('broken-quote.csv')))).toMatchObject({ code: 'unclosedQuote', row: 3 });
		expect(await problemOf(upload(db, manager, utf8('just one column\nvalue\n')))).toMatchObject({ code: 'oneColumn' });
		expect(await problemOf(upload(db, manager, utf8('')))).toMatchObject({ code: 'empty' });
		expect(await problemOf(upload(db, manager, utf8('a,b\n')))).toMatchObject({ code: 'noRows' });
		// The wrong delimiter chosen: one column.
		expect(await problemOf(upload(db, manager, fixture('semicolon-european.csv'), 'x.csv', '|'))).toMatchObject({ code: 'oneColumn' });
		const missing = await upload(db, manager, fixture('missing-columns.csv'));
		expect(mappingProblems(await suggested(db, missing))).toEqual(['nothingMapped']);

		let many = 'Account Name,Opportunity Name\n';
		for (let i = 0; i <= MAX_IMPORT_ROWS; i++) many += `A${i},D${i}\n`;
		expect(await problemOf(upload(db, manager, utf8(many)))).toMatchObject({ code: 'tooManyRows', limit: MAX_IMPORT_ROWS });
		// Over 50 MB of ordinary rows (fewer than the row limit).
		const row = `${'x'.repeat(300)},${'y'.repeat(300)}\n`;
		expect(await problemOf(upload(db, manager, utf8(`a,b\n${row.repeat(90_000)}`)))).toMatchObject({ code: 'tooLarge' });
		// A row that never ends (a quote never closed near the top of a big file) is refused at once.
		expect(await problemOf(upload(db, manager, utf8(`a,b\n1,2\n3,"4\n${'z'.repeat(2_000_000)}`)))).toMatchObject({ code: 'unclosedQuote', row: 2 });
		expect(await problemOf(upload(db, manager, utf8(`a,b\n${'z'.repeat(2_000_000)}`)))).toMatchObject({ code: 'rowTooLong', row: 1 });
		// A quote inside an unquoted value is text; CR-only line ends are line ends; UTF-16 without a mark is found.
		let monitors = 'Account Name\rOpportunity Name\r'.replace('\rO', ',O');
		for (let i = 0; i < 5000; i++) monitors += `Acme,Monitor 27" 4K ${i}${'.'.repeat(300)}\r`;
		expect((await upload(db, manager, utf8(monitors))).rowCount).toBe(5000);
		const utf16 = await upload(db, manager, new Uint8Array(Buffer.from('Account Name,Opportunity Name\n华远,人才库\n', 'utf16le')));
		expect(utf16.encoding).toBe('utf-16le');
		expect(await problemOf(upload(db, manager, utf8('a,b\n1,\u00002\n')))).toMatchObject({ code: 'encoding' });
		// Nothing is kept of a file that could not be read.
		const batches = await db.select({ id: importBatches.id }).from(importBatches);
		expect(batches.length).toBe(6);
		expect(batches.map((b) => b.id)).toEqual(expect.arrayContaining([sf.id, gbk.id, semicolon.id, missing.id, utf16.id]));
	}, 120_000);

	it('previews each row: creates, matches within the file and against the workspace, errors with what to fix', async () => {
		const { db, manager } = await setup();
		const dealCount = async () => Number((await db.select({ n: sql<number>`count(*)::int` }).from(deals))[0]!.n);
		const before = await dealCount();
		const batch = await upload(db, manager, fixture('salesforce-opportunities.csv'));
		const mapping = await suggested(db, batch);
		expect(mapping.columns).toEqual(guessMapping(batch.headers));
		const preview = await previewBatch(db, batch, mapping, manager.id);
		expect(preview.rowCount).toBe(batch.rowCount);
		const errors = preview.rows.filter((r) => r.errors.length > 0);
		expect(errors.flatMap((r) => r.errors.map((e) => e.code)).sort()).toEqual(expect.arrayContaining(['notADate', 'notANumber']));
		expect(preview.counts.errorRows).toBe(errors.length);
		// Two rows of one account: created once, then found by name.
		const accountOps = preview.rows.flatMap((r) => r.actions.filter((a) => a.kind === 'account'));
		expect(accountOps.some((a) => a.op === 'unchanged' && 'match' in a && a.match.row !== undefined)).toBe(true);
		expect(preview.rows.some((r) => r.warnings.some((w) => w.code === 'formula'))).toBe(true);
		expect(preview.rows.some((r) => r.warnings.some((w) => w.code === 'ownerNotMember'))).toBe(true);
		expect(preview.counts.deals.create).toBe(batch.rowCount - preview.counts.errorRows);
		expect(await dealCount()).toBe(before);
	});

	it('imports: deals get the template, the stage and owner the file says, are found by search; a second import changes nothing; undo keeps what was worked on', async () => {
		const { db, manager } = await setup();
		const runner = server.context.imports;
		const batch = await upload(db, manager, utf8(salesforceOpportunitiesCsv(120, 3)));
		const mapping: ImportMapping = await suggested(db, batch);
		const planned = await previewBatch(db, batch, mapping, manager.id);
		expect(await startImport(db, batch, mapping)).toBe('started');
		expect(await startImport(db, batch, mapping)).toBe('wrongStatus');
		// One at a time per workspace: a second batch waits until this one is done.
		const other = await upload(db, manager, utf8(salesforceOpportunitiesCsv(5, 4)));
		expect(await startImport(db, other, await suggested(db, other))).toBe('busy');
		await runner.kick(batch.id);
		const [done] = await db.select().from(importBatches).where(eq(importBatches.id, batch.id));
		expect(done).toMatchObject({ status: 'imported', doneRows: batch.rowCount });
		const imported = await db.select().from(deals).where(sql`${deals.externalId} is not null`);
		expect(imported.length).toBe(planned.counts.deals.create);
		expect(new Set(imported.map((d) => d.externalId)).size).toBe(imported.length);

		// Row 0 of the generator: 华远科技's talent pool deal, owned by alice, found by 方总.
		const [alice] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'alice@demo.test'));
		const huayuan = imported.find((d) => d.title === '华远科技 人才库项目 Huayuan talent pool')!;
		expect(huayuan.ownerId).toBe(alice!.id);
		const doc = docFromUpdates((await loadDoc(db, huayuan.id)).updates);
		expect(bodyText(doc)).toContain('export.csv');
		doc.destroy();
		const found = await search(db, manager.id, manager.workspaceId, '华远科技 人才库');
		expect(found.some((r) => r.href === `/deals/${huayuan.id}`)).toBe(true);
		// The derived stage is the one the file gave.
		expect(imported.filter((d) => d.status === 'won').every((d) => d.stage === 'orderConfirmed')).toBe(true);
		expect(new Set(imported.filter((d) => d.status === 'open').map((d) => d.stage)).size).toBeGreaterThan(2);

		// The same file again: found by external id, nothing new.
		const again = await upload(db, manager, utf8(salesforceOpportunitiesCsv(120, 3)));
		const second = await previewBatch(db, again, await suggested(db, again), manager.id);
		expect(second.counts.deals.create).toBe(0);
		expect(second.counts.accounts.create).toBe(0);

		// People work on imported deals and accounts: undo keeps what they worked on, removes the rest.
		const [bob] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'bob@demo.test'));
		const others = imported.filter((d) => d.id !== huayuan.id);
		const commented = others[0]!;
		await db.insert(comments).values({ id: 'c'.repeat(16), dealId: commented.id, threadId: 'c'.repeat(16), authorId: bob!.id, body: 'keep this deal' });
		const staffed = others.find((d) => d.accountId !== commented.accountId)!;
		await db.insert(dealMembers).values({ dealId: staffed.id, userId: bob!.id, role: 'editor' });
		const closed = others.find((d) => ![commented.accountId, staffed.accountId].includes(d.accountId) && d.status === 'open')!;
		await db.update(deals).set({ status: 'lost', updatedAt: sql`now() + interval '1 minute'` }).where(eq(deals.id, closed.id));
		// An account whose every deal goes: kept for the event a colleague wrote on it.
		const noted = imported.find((d) => ![commented, staffed, closed].some((k) => k.accountId === d.accountId))!;
		await db.insert(accountEvents).values({ id: 'e'.repeat(16), accountId: noted.accountId, authorId: bob!.id, text: 'met the CFO', at: '2026-12-01' });
		expect(await startUndo(db, (await db.select().from(importBatches).where(eq(importBatches.id, batch.id)))[0]!)).toBe('started');
		await runner.kick(batch.id);
		const left = await db.select({ id: deals.id }).from(deals).where(inArray(deals.id, imported.map((d) => d.id)));
		expect(left.map((d) => d.id).sort()).toEqual([commented.id, staffed.id, closed.id].sort());
		const keptAccounts = await db.select({ id: accounts.id }).from(accounts).where(inArray(accounts.id, [commented.accountId, staffed.accountId, closed.accountId, noted.accountId]));
		expect(keptAccounts.length).toBe(new Set([commented.accountId, staffed.accountId, closed.accountId, noted.accountId]).size);
		const [undone] = await db.select().from(importBatches).where(eq(importBatches.id, batch.id));
		expect(undone!.status).toBe('undone');
		expect(undone!.counts.undo).toMatchObject({ kept: expect.any(Number), removed: expect.any(Number) });
		const after = await search(db, manager.id, manager.workspaceId, '华远科技 人才库');
		expect(after.some((r) => r.href === `/deals/${huayuan.id}`)).toBe(false);
	}, 120_000);

	it('goes on where it stopped when its runner goes away mid-import, each row done once', async () => {
		const { db, manager } = await setup();
		const batch = await upload(db, manager, utf8(salesforceOpportunitiesCsv(450, 11)));
		const mapping = await suggested(db, batch);
		const planned = await previewBatch(db, batch, mapping, manager.id);
		await startImport(db, batch, mapping);
		const first = new ImportRunner(db, () => {});
		const job = first.kick(batch.id);
		await new Promise<void>((resolve) => {
			const check = setInterval(async () => {
				const [b] = await db.select({ done: importBatches.doneRows }).from(importBatches).where(eq(importBatches.id, batch.id));
				if (b!.done >= 100) {
					clearInterval(check);
					resolve();
				}
			}, 5);
		});
		// The process stops between chunks (as on SIGTERM) and lets go of the batch.
		await first.close();
		await job;
		const [half] = await db.select().from(importBatches).where(eq(importBatches.id, batch.id));
		expect(half).toMatchObject({ status: 'importing', runner: null });
		expect(half!.doneRows).toBeLessThan(batch.rowCount);
		// Another process takes it up at once (no waiting for a heartbeat to go stale).
		const second = new ImportRunner(db, () => {});
		await second.resumeStale();
		await second.kick(batch.id);
		const imported = await db.select({ externalId: deals.externalId }).from(deals).where(sql`${deals.externalId} is not null`);
		expect(imported.length).toBe(planned.counts.deals.create);
		const [finished] = await db.select().from(importBatches).where(eq(importBatches.id, batch.id));
		expect(finished).toMatchObject({ status: 'imported', doneRows: batch.rowCount });
		// A row done twice would show as unchanged on its second pass: the counts say each was done once.
		expect(finished!.counts).toMatchObject({ deals: planned.counts.deals, accounts: planned.counts.accounts });
		await second.close();
	}, 120_000);

	it('lets one of two runners take a batch, the other waiting, each row done once', async () => {
		const { db, manager } = await setup();
		const batch = await upload(db, manager, utf8(salesforceOpportunitiesCsv(250, 13)));
		const mapping = await suggested(db, batch);
		const planned = await previewBatch(db, batch, mapping, manager.id);
		await startImport(db, batch, mapping);
		const [a, b] = [new ImportRunner(db, () => {}), new ImportRunner(db, () => {})];
		await Promise.all([a.kick(batch.id), b.kick(batch.id)]);
		const [finished] = await db.select().from(importBatches).where(eq(importBatches.id, batch.id));
		expect(finished).toMatchObject({ status: 'imported', doneRows: batch.rowCount, counts: { deals: planned.counts.deals } });
		const imported = await db.select({ externalId: deals.externalId }).from(deals).where(sql`${deals.externalId} is not null`);
		expect(imported.length).toBe(planned.counts.deals.create);
		await Promise.all([a.close(), b.close()]);
	}, 120_000);

	it('imports a file holding accounts, contacts and deals, and HubSpot companies then contacts, matching as it goes', async () => {
		const { db, manager } = await setup();
		const runner = server.context.imports;
		const importFile = async (name: string) => {
			const batch = await upload(db, manager, fixture(name), name);
			const mapping = await suggested(db, batch);
			const preview = await previewBatch(db, batch, mapping, manager.id);
			await startImport(db, batch, mapping);
			await runner.kick(batch.id);
			return preview;
		};
		const all = await importFile('all-in-one.csv');
		expect(all.counts.accounts.create).toBeGreaterThan(0);
		expect(all.counts.contacts.create).toBeGreaterThan(0);
		expect(all.counts.deals.create).toBeGreaterThan(0);
		const companies = await importFile('hubspot-companies.csv');
		// One company is an account of the file before, by name in other case and spacing.
		expect(companies.counts.accounts.update + companies.counts.accounts.unchanged).toBeGreaterThan(0);
		const people = await importFile('hubspot-contacts.csv');
		// The same e-mail twice in one file: one contact.
		expect(people.rows.flatMap((r) => r.actions).some((a) => a.kind === 'contact' && a.op !== 'create' && 'match' in a && a.match.by === 'email')).toBe(true);
		const emails = await db.select({ email: contacts.email }).from(contacts).where(sql`${contacts.email} <> ''`);
		expect(new Set(emails.map((e) => e.email)).size).toBe(emails.length);
	}, 120_000);
});
