import * as prng from 'lib0/prng';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { docFromUpdates, loadDoc, rowsOf } from '../../src/lib/server/doc-store.ts';
import { CloseCode } from '../../src/lib/sync/protocol.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from '../support/test-database.ts';

const RESTARTS = Number(process.env.RESTARTS ?? 3);
const SEED = Number(process.env.RESTART_SEED ?? Date.now() % 1_000_000);
const occurrences = (text: string, token: string) => text.split(`${token}\n`).length - 1 + (text.endsWith(token) ? 1 : 0);

/**
 * A deploy: SIGTERM while three editors type. The server stops taking changes, commits what it
 * took (each client hears it saved), closes every socket with 1012 and exits; the clients come
 * back to the next process and send what it had not taken. Nothing is lost, nothing is stored
 * twice (the witness record has no overlapping item ranges), everyone converges.
 */
describe.each(TEST_DRIVERS)('graceful restart while editing, on %s', (driver) => {
	let server: SyncProcess | undefined;
	let database: TestDatabase | undefined;
	let dataDir: string | undefined;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.kill();
		await database?.drop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	it(`commits what it took, says 1012, and stores every edit once (${RESTARTS} restarts)`, async () => {
		console.log(`graceful restart seed ${SEED} (${driver}); re-run with RESTART_SEED=${SEED}`);
		const random = prng.create(SEED);
		let env: Record<string, string | undefined>;
		let storage: () => DatabaseHandle;
		if (driver === 'postgres') {
			database = await createTestDatabase('postgres');
			env = { DATABASE_URL: database.url, SYNC_QUIET: '1' };
			storage = () => openDatabase({ kind: 'postgres', url: database!.url! });
		} else {
			dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-restart-'));
			env = { DATA_DIR: dataDir, DATABASE_URL: undefined, SYNC_QUIET: '1' };
			storage = () => openDatabase({ kind: 'pglite', dataDir: dataDir! });
		}
		env = { ...env, PORT: String(20_000 + prng.int32(random, 0, 9_999)) };
		server = await launchSyncProcess(env);
		const { tokens: sessions, demoDealId } = server;
		const target = { syncUrl: server.syncUrl, origin: server.origin, demoDealId };
		for (let i = 0; i < 3; i++) clients.push(connectClient(target, sessions.alice!));
		await waitFor(() => clients.every((c) => c.provider.synced), 20_000, 'first sync');

		const tokens: string[] = [];
		let typing = true;
		const typeLoop = (async () => {
			for (let n = 0; typing; n++) {
				const text = `tok-${SEED}-${n}`;
				appendParagraph(clients[n % clients.length]!.doc, text);
				tokens.push(text);
				await new Promise((r) => setTimeout(r, prng.int32(random, 2, 25)));
			}
		})();
		try {
			for (let restart = 0; restart < RESTARTS; restart++) {
				await new Promise((r) => setTimeout(r, prng.int32(random, 200, 700)));
				// A rolling restart waits for the clients to be back before stopping the next one.
				await waitFor(() => clients.every((c) => c.provider.wsconnected && c.provider.synced), 20_000, 'clients back');
				const closesBefore = clients.map((c) => c.closeEvents.length);
				await server.stop();
				// Every client was told to reconnect with "service restart", none with an error (a
				// reconnect tried while the old process is still going fails to connect: 1006).
				for (const [i, c] of clients.entries()) {
					const codes = c.closeEvents.slice(closesBefore[i]).map((e) => e.code);
					expect(codes[0], `client ${i} after restart ${restart}: ${codes}`).toBe(CloseCode.Restarting);
					expect(codes.filter((code) => code !== CloseCode.Restarting && code !== 1006), `client ${i}`).toEqual([]);
				}
				server = await launchSyncProcess(env);
			}
		} finally {
			typing = false;
			await typeLoop;
		}
		for (const c of clients) await c.whenSaved(30_000);
		await server.stop();

		const db = storage();
		const stored = bodyText(docFromUpdates((await loadDoc(db.db, demoDealId)).updates));
		// Stored once: no item id was inserted by two stored updates.
		const overlaps = rowsOf<{ n: number }>(
			await db.db.execute(sql`
				select count(*)::int as n from doc_edit a join doc_edit b
					on a.doc_id = b.doc_id and a.client = b.client and a.id < b.id and not a.deleted and not b.deleted
					and a.clock < b.clock + b.len and b.clock < a.clock + a.len
				where a.doc_id = ${demoDealId}`)
		)[0]!.n;
		await db.close();
		expect(overlaps).toBe(0);
		for (const t of tokens) expect(occurrences(stored, t), t).toBe(1);
		for (const c of clients) expect(bodyText(c.doc)).toBe(stored);
		console.log(`${RESTARTS} restarts, ${tokens.length} tokens stored once each`);
	}, 120_000);
});
