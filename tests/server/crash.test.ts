import * as prng from 'lib0/prng';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from '../support/test-database.ts';

/** Short in CI; `CRASH_KILLS=50 npx vitest run tests/server/crash.test.ts` for the long run. */
const KILLS = Number(process.env.CRASH_KILLS ?? 4);
const EDITORS = 3;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

interface Token {
	text: string;
	client: TestClient;
	/** The editor's clock once the token's paragraph was written. */
	clock: number;
}

const occurrences = (text: string, token: string) => text.split(`${token}\n`).length - 1 + (text.endsWith(token) ? 1 : 0);

describe.each(TEST_DRIVERS)('SIGKILL while editing, on %s', (driver) => {
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

	it(`loses nothing the server reported committed, duplicates nothing, and converges (${KILLS} kills)`, async () => {
		console.log(`crash test seed ${SEED} (${driver}); re-run with CRASH_SEED=${SEED}`);
		const random = prng.create(SEED);
		let env: Record<string, string | undefined>;
		let storage: () => DatabaseHandle;
		if (driver === 'postgres') {
			database = await createTestDatabase('postgres');
			env = { DATABASE_URL: database.url, SYNC_QUIET: '1' };
			storage = () => openDatabase({ kind: 'postgres', url: database!.url! });
		} else {
			dataDir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-crash-'));
			env = { DATA_DIR: dataDir, DATABASE_URL: undefined, SYNC_QUIET: '1' };
			storage = () => openDatabase({ kind: 'pglite', dataDir: dataDir! });
		}
		// A port below the ephemeral range: a client reconnecting to a dead server on an ephemeral
		// port can connect to itself (TCP self-connect) and then hold the port.
		env = { ...env, PORT: String(20_000 + prng.int32(random, 0, 9_999)) };
		server = await launchSyncProcess(env);
		const { tokens: sessions, demoDealId } = server;
		const target = { syncUrl: server.syncUrl, origin: server.origin, demoDealId };
		for (let i = 0; i < EDITORS; i++) clients.push(connectClient(target, sessions.alice!));
		await waitFor(() => clients.every((c) => c.provider.synced), 20_000, 'first sync');

		const tokens: Token[] = [];
		let typing = true;
		const typeLoop = (async () => {
			for (let n = 0; typing; n++) {
				const client = clients[n % EDITORS]!;
				const text = `tok-${SEED}-${n}`;
				appendParagraph(client.doc, text);
				tokens.push({ text, client, clock: Y.getState(client.doc.store, client.doc.clientID) });
				await new Promise((r) => setTimeout(r, prng.int32(random, 2, 25)));
			}
		})();

		let checked = 0;
		try {
		for (let kill = 0; kill < KILLS; kill++) {
			await new Promise((r) => setTimeout(r, prng.int32(random, 100, 700)));
			// What each editor had heard committed, the instant before the kill.
			const committed = tokens.filter((t) => (t.client.committed().get(t.client.doc.clientID) ?? 0) >= t.clock);
			await server.kill();
			const db = storage();
			const stored = bodyText(docFromUpdates((await loadDoc(db.db, demoDealId)).updates));
			await db.close();
			for (const t of committed) expect(occurrences(stored, t.text), `${t.text} after kill ${kill}`).toBe(1);
			checked += committed.length;
			server = await launchSyncProcess(env);
		}
		} finally {
			typing = false;
			await typeLoop;
		}

		// Everyone resyncs with the last server; every token is stored once and all agree.
		for (const c of clients) await c.whenSaved(30_000);
		await server.kill();
		const db = storage();
		const stored = bodyText(docFromUpdates((await loadDoc(db.db, demoDealId)).updates));
		await db.close();
		for (const t of tokens) expect(occurrences(stored, t.text), t.text).toBe(1);
		for (const c of clients) expect(bodyText(c.doc)).toBe(stored);
		console.log(`${KILLS} kills survived, ${checked} committed tokens checked after kills, ${tokens.length} tokens checked at the end`);
		expect(checked).toBeGreaterThan(0);
	}, 60_000 + KILLS * 15_000);
});
