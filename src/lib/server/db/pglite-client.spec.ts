import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client.ts';
import { users } from './schema.ts';

// The real thing: PGlite in its worker thread, on a data directory, through drizzle.
/** What went wrong underneath drizzle's "Failed query" wrapper. */
const reason = (error: unknown) => {
	const { message, cause } = error as { message: string; cause?: { message?: string } };
	return cause?.message ?? message;
};
const failure = (promise: Promise<unknown>) => promise.then(() => 'no error', reason);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-pglite-worker-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the embedded database in a worker thread', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = openDatabase({ kind: 'pglite', dataDir: path.join(scratch, 'db') });
		await database.migrate();
	}, 60_000);
	afterAll(() => database.close());

	const newUser = (email: string) => ({ id: crypto.randomUUID(), email, name: email, passwordHash: 'x' });

	it('answers drizzle as PGlite on this thread would: rows, bytes, dates as text', async () => {
		const result = await database.db.execute(sql`select 1::int as one, '\\x0102'::bytea as bytes, '2026-01-02 03:04:05+00'::timestamptz as at`);
		const [row] = (result as unknown as { rows: { one: number; bytes: Uint8Array; at: string }[] }).rows;
		expect(row).toEqual({ one: 1, bytes: new Uint8Array([1, 2]), at: '2026-01-02 03:04:05+00' });
		const user = newUser('rows@example.test');
		await database.db.insert(users).values(user);
		const [read] = await database.db.select({ email: users.email, createdAt: users.createdAt }).from(users).where(eq(users.id, user.id));
		expect(read!.email).toBe('rows@example.test');
		expect(read!.createdAt).toBeInstanceOf(Date);
	});

	it('commits a transaction, and rolls back one that throws (savepoints too)', async () => {
		const kept = newUser('kept@example.test');
		const dropped = newUser('dropped@example.test');
		const inner = newUser('inner@example.test');
		await database.db.transaction(async (tx) => {
			await tx.insert(users).values(kept);
			await tx
				.transaction(async (nested) => {
					await nested.insert(users).values(inner);
					throw new Error('undo the savepoint');
				})
				.catch(() => {});
		});
		await expect(
			database.db.transaction(async (tx) => {
				await tx.insert(users).values(dropped);
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		const emails = (await database.db.select({ email: users.email }).from(users)).map((u) => u.email);
		expect(emails).toContain('kept@example.test');
		expect(emails).not.toContain('dropped@example.test');
		expect(emails).not.toContain('inner@example.test');
	});

	it('keeps Postgres error fields across the thread (a unique violation is 23505)', async () => {
		const user = newUser('twice@example.test');
		await database.db.insert(users).values(user);
		const error = await database.db
			.insert(users)
			.values({ ...user, id: crypto.randomUUID() })
			.then(() => null, (e: unknown) => e);
		expect((error as { cause?: { code?: string; constraint?: string } }).cause).toMatchObject({ code: '23505' });
	});

	it('makes other callers wait while a transaction is open, as one connection does', async () => {
		const user = newUser('waits@example.test');
		let outsideSaw: number | null = null;
		let outside: Promise<unknown> = Promise.resolve();
		await database.db.transaction(async (tx) => {
			await tx.insert(users).values(user);
			outside = database.db.$count(users, eq(users.email, 'waits@example.test')).then((n) => (outsideSaw = n));
			// Asked after the outside query, answered first: the outside one waits for the transaction.
			await tx.execute(sql`select 1`);
			expect(outsideSaw).toBeNull();
		});
		await outside;
		expect(outsideSaw).toBe(1);
	});

	it('keeps the event loop free while Postgres works', async () => {
		let ticks = 0;
		const timer = setInterval(() => ticks++, 5);
		// Seconds of work inside Postgres: on this thread, no timer could fire until it ends.
		await database.db.execute(sql`select count(*) from generate_series(1, 1000000) g where md5(g::text) like '0%'`);
		clearInterval(timer);
		expect(ticks).toBeGreaterThan(5);
	}, 60_000);
});

describe('a new data directory', () => {
	// The test run's dump of a migrated database: the same kind of file the build makes.
	const template = inject('pgliteTemplate');

	it('starts as the template, migrated, and keeps what was written across a restart', async () => {
		const dataDir = path.join(scratch, 'from-template');
		const first = openDatabase({ kind: 'pglite', dataDir, template });
		await first.migrate();
		await first.db.insert(users).values({ id: crypto.randomUUID(), email: 'persist@example.test', name: 'P', passwordHash: 'x' });
		await first.close();
		const again = openDatabase({ kind: 'pglite', dataDir, template });
		expect(await again.db.$count(users, eq(users.email, 'persist@example.test'))).toBe(1);
		await again.close();
	}, 60_000);

	it('says what to do when the directory holds something that is not a database', async () => {
		const dataDir = path.join(scratch, 'not-a-database');
		rmSync(dataDir, { recursive: true, force: true });
		mkdirSync(dataDir);
		writeFileSync(path.join(dataDir, 'notes.txt'), 'mine');
		const database = openDatabase({ kind: 'pglite', dataDir, template });
		expect(await failure(database.db.execute(sql`select 1`))).toMatch(/not empty but holds no database.*DATA_DIR/s);
		await database.close();
	});

	it('fails every call with the reason when the database cannot open', async () => {
		const blocked = path.join(scratch, 'a-file');
		writeFileSync(blocked, 'not a directory');
		const database = openDatabase({ kind: 'pglite', dataDir: path.join(blocked, 'db') });
		expect(await failure(database.db.execute(sql`select 1`))).toMatch(/embedded database is unavailable/);
		expect(await failure(database.db.execute(sql`select 2`))).toMatch(/embedded database is unavailable/);
		await database.close();
	});
});
