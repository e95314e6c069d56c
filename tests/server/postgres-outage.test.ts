import { execFileSync } from 'node:child_process';
import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const OUTAGES = Number(process.env.OUTAGES ?? 2);
const OUTAGE_MS = Number(process.env.OUTAGE_MS ?? 3000);
const SEED = Number(process.env.OUTAGE_SEED ?? Date.now() % 1_000_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * By default the outage is a proxy that resets every connection and refuses new ones, which is
 * what the server sees of a restart, without touching other tests. With
 * `OUTAGE_RESTART_CLUSTER="15 main"` the real cluster is stopped and started instead (run this
 * file alone: every other user of that Postgres goes down too).
 */
const CLUSTER = process.env.OUTAGE_RESTART_CLUSTER?.split(' ');
const pgctl = (action: 'stop' | 'start') =>
	execFileSync('pg_ctlcluster', [...CLUSTER!, action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { stdio: 'inherit' });

describe.skipIf(!process.env.TEST_DATABASE_URL)('Postgres going away under load', () => {
	let server: SyncProcess | undefined;
	let database: TestDatabase | undefined;
	let proxy: TcpProxy | undefined;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.kill();
		await proxy?.close();
		await database?.drop();
	});

	it(`reports nothing committed while the database is down, stays bounded, loses nothing (${OUTAGES} outages)`, async () => {
		console.log(`outage test seed ${SEED}; re-run with OUTAGE_SEED=${SEED}`);
		const random = prng.create(SEED);
		database = await createTestDatabase('postgres');
		const real = new URL(database.url!);
		proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
		const viaProxy = new URL(database.url!);
		viaProxy.port = String(proxy.port);
		// A small budget for uncommitted bytes, so the outage reaches it: beyond, writes are refused
		// (4500) and stay on the clients, which is what keeps the server's memory bounded.
		server = await launchSyncProcess({ DATABASE_URL: viaProxy.toString(), SYNC_QUIET: '1', SYNC_MAX_PENDING_BYTES: '4096' });
		const target = { syncUrl: server.syncUrl, origin: server.origin, demoDealId: server.demoDealId };
		for (let i = 0; i < 3; i++) clients.push(connectClient(target, server.tokens.alice!));
		await waitFor(() => clients.every((c) => c.provider.synced), 20_000, 'first sync');

		const tokens: string[] = [];
		let typing = true;
		const typeLoop = (async () => {
			for (let n = 0; typing; n++) {
				const text = `pg-${SEED}-${n}`;
				appendParagraph(clients[n % clients.length]!.doc, text);
				tokens.push(text);
				await sleep(prng.int32(random, 2, 20));
			}
		})();
		const committed = () => clients.map((c) => c.committed().get(c.doc.clientID) ?? 0);
		const baseline = await server.stats();
		let peakRss = baseline.rssBytes;
		try {
			for (let outage = 0; outage < OUTAGES; outage++) {
				await sleep(prng.int32(random, 300, 1000));
				if (CLUSTER) pgctl('stop');
				else await proxy.cut();
				// A commit already on the wire may still be acknowledged; after that, nothing.
				await sleep(300);
				const atCut = committed();
				const written = clients.map((c) => Y.getState(c.doc.store, c.doc.clientID));
				for (let t = 0; t < OUTAGE_MS; t += 250) {
					await sleep(250);
					peakRss = Math.max(peakRss, (await server.stats()).rssBytes);
				}
				expect(committed(), `reports during outage ${outage}`).toEqual(atCut);
				expect(clients.map((c) => Y.getState(c.doc.store, c.doc.clientID)).some((s, i) => s > written[i]!)).toBe(true);
				if (CLUSTER) pgctl('start');
				else await proxy.restore();
				// Once it is back, what was written during the outage is committed and reported.
				await waitFor(() => committed().every((s, i) => s >= written[i]!), 30_000, 'commit after the outage');
			}
		} finally {
			typing = false;
			await typeLoop;
		}
		for (const c of clients) await c.whenSaved(30_000);
		await server.kill();
		const db = openDatabase({ kind: 'postgres', url: database.url! });
		const stored = bodyText(docFromUpdates((await loadDoc(db.db, server.demoDealId)).updates));
		await db.close();
		expect(clients.some((c) => c.closeEvents.some((e) => e.code === 4500))).toBe(true);
		const lines = new Set(stored.split('\n'));
		expect(tokens.filter((t) => !lines.has(t))).toEqual([]);
		expect(stored.split('\n').filter((l) => l.startsWith(`pg-${SEED}-`)).length).toBe(tokens.length);
		const growthMb = (peakRss - baseline.rssBytes) / 1024 / 1024;
		console.log(`${OUTAGES} ${CLUSTER ? 'real Postgres restarts' : 'proxy outages'} of ${OUTAGE_MS} ms, ${tokens.length} tokens checked, server RSS grew at most ${growthMb.toFixed(1)} MB`);
		expect(growthMb).toBeLessThan(200);
	}, 90_000 + OUTAGES * (OUTAGE_MS + 30_000));
});
