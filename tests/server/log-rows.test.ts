import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docEdits, docUpdates, users } from '../../src/lib/server/db/schema.ts';
import { docFromUpdates, EDIT_MERGE_MS, loadDoc, rowsOf } from '../../src/lib/server/doc-store.ts';
import { silentLogger } from '../../server/logger.ts';
import { Persistence, transactionChanges, type PersistedDoc } from '../../server/persistence.ts';
import { TEST_DRIVERS, createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * A run of typing is stored as one log row (and one record row) per author per second, not one
 * per keystroke; loading the log gives the document exactly, and the record still says who
 * wrote which ids and when.
 */
describe.each(TEST_DRIVERS)('log rows on %s', (driver) => {
	let database: TestDatabase | null = null;
	afterEach(async () => {
		await database?.drop();
		database = null;
	});

	it('stores consecutive updates of one author as one row, keeps authors and seconds apart, and loses nothing', async () => {
		database = await createTestDatabase(driver);
		const { db } = database.handle;
		await db.insert(users).values([
			{ id: 'ua', email: 'a@x.test', name: 'A', passwordHash: 'x' },
			{ id: 'ub', email: 'b@x.test', name: 'B', passwordHash: 'x' }
		]);
		const server = new Y.Doc();
		const doc: PersistedDoc = { name: 'log-rows-doc', ydoc: server, rowsSinceCompaction: 0, logBytesSinceCompaction: 0, snapshotBytes: 0 };
		let committed = 0;
		const persistence = new Persistence(db, { onPersisted: () => void committed++, log: silentLogger, compactEvery: 1_000_000 });
		const t0 = Date.parse('2026-12-07T10:00:00Z');
		let clock = t0;
		let author = 'ua';
		server.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
			const { inserted, deletes } = transactionChanges(tr);
			persistence.enqueue(doc, update, { userId: author, name: author, at: clock, shown: false }, inserted, deletes);
		});
		const a = new Y.Doc();
		const b = new Y.Doc();
		const type = (client: Y.Doc, who: string, text: string) => {
			author = who;
			for (const ch of text) {
				const before = Y.encodeStateVector(server);
				client.getText('t').insert(client.getText('t').length, ch);
				Y.applyUpdate(server, Y.encodeStateAsUpdate(client, before));
				clock += 10;
			}
		};
		type(a, 'ua', 'hello'); // 5 updates: one row
		type(b, 'ub', 'world'); // another author: one row
		// a again: a row of its own after b's (each document's rows keep the order of its updates)
		author = 'ua';
		const before = Y.encodeStateVector(server);
		a.getText('t').delete(0, 2);
		Y.applyUpdate(server, Y.encodeStateAsUpdate(a, before));
		clock += EDIT_MERGE_MS + 1;
		type(a, 'ua', '!!'); // more than a second after that run began: a row of its own
		await persistence.whenFlushed(doc);

		const rows = rowsOf<{ user_id: string; n: number }>(
			await db.execute(sql`select user_id, count(*)::int as n from ${docUpdates} where doc_id = ${doc.name} group by user_id order by user_id`)
		);
		expect(rows).toEqual([
			{ user_id: 'ua', n: 3 },
			{ user_id: 'ub', n: 1 }
		]);
		const loaded = docFromUpdates((await loadDoc(db, doc.name)).updates);
		expect(loaded.getText('t').toString()).toBe(server.getText('t').toString());
		expect(Y.encodeStateVector(loaded)).toEqual(Y.encodeStateVector(server));
		// The record: a's typing as one range per run, the deletion, b's typing.
		const edits = rowsOf<{ user_id: string; client: string; clock: number; len: number; deleted: boolean }>(
			await db.execute(sql`select user_id, client::text as client, clock, len, deleted from ${docEdits} where doc_id = ${doc.name} order by id`)
		);
		expect(edits.map((e) => [e.user_id, Number(e.client) === a.clientID ? 'a' : 'b', e.clock, e.len, e.deleted])).toEqual([
			['ua', 'a', 0, 5, false],
			['ub', 'b', 0, 5, false],
			['ua', 'a', 0, 2, true],
			['ua', 'a', 5, 2, false]
		]);
		expect(committed).toBeGreaterThan(0);
		persistence.close();
	});
});
