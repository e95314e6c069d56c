import { Redis } from 'ioredis';
import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const REDIS_URL = process.env.TEST_REDIS_URL;
const POSTGRES = process.env.TEST_DATABASE_URL;
const SEED = Number(process.env.REDIS_OUTAGE_SEED ?? Date.now() % 1_000_000);
const occurrences = (text: string, token: string) => text.split(`${token}\n`).length - 1 + (text.endsWith(token) ? 1 : 0);

/**
 * Redis goes away under load (cut through a proxy, as a restart does): each instance keeps
 * serving its own clients, reconnects by itself, catches up from the log; nothing is lost.
 * Junk on the channels is logged and ignored.
 */
describe.runIf(REDIS_URL && POSTGRES)('Redis cut while two instances serve one deal', () => {
	let database: TestDatabase;
	let proxy: TcpProxy;
	const instances: SyncProcess[] = [];
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await Promise.all(instances.splice(0).map((p) => p.kill()));
		await proxy?.close();
		await database?.drop();
	});

	it('keeps serving each instance’s clients, then converges with nothing lost', async () => {
		console.log(`redis outage seed ${SEED}; re-run with REDIS_OUTAGE_SEED=${SEED}`);
		const random = prng.create(SEED);
		database = await createTestDatabase('postgres');
		const redis = new URL(REDIS_URL!);
		proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
		const viaProxy = `redis://127.0.0.1:${proxy.port}`;
		for (let i = 0; i < 2; i++) {
			instances.push(await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL: viaProxy, SYNC_QUIET: '1', PORT: String(20_000 + prng.int32(random, 0, 9_999)) }));
		}
		const [a, b] = instances as [SyncProcess, SyncProcess];
		const at = (p: SyncProcess) => {
			const c = connectClient({ syncUrl: p.syncUrl, origin: p.origin, demoDealId: p.demoDealId }, p.tokens.alice!);
			clients.push(c);
			return c;
		};
		const [a1, a2, b1] = [at(a), at(a), at(b)];
		await waitFor(() => [a1, a2, b1].every((c) => c.provider.synced), 20_000, 'first sync');

		const tokens: string[] = [];
		let typing = true;
		const typeLoop = (async () => {
			for (let n = 0; typing; n++) {
				const text = `tok-${SEED}-${n}`;
				appendParagraph([a1, a2, b1][n % 3]!.doc, text);
				tokens.push(text);
				await new Promise((r) => setTimeout(r, prng.int32(random, 5, 25)));
			}
		})();
		await new Promise((r) => setTimeout(r, 500));
		await proxy.cut();
		// Without Redis, one instance's clients still work together, live.
		appendParagraph(a1.doc, `during-${SEED}`);
		tokens.push(`during-${SEED}`);
		await waitFor(() => bodyText(a2.doc).includes(`during-${SEED}`), 10_000, 'a client on the same instance during the outage');
		await new Promise((r) => setTimeout(r, 1500));
		await proxy.restore();
		await new Promise((r) => setTimeout(r, 500));
		typing = false;
		await typeLoop;

		// Junk on the channels is logged and ignored; the instances keep working.
		const junk = new Redis(REDIS_URL!);
		await junk.publish(`dealrooms:doc:${a.demoDealId}`, 'not json');
		await junk.publish(`dealrooms:doc:${a.demoDealId}`, JSON.stringify({ t: 'u', i: 'x', doc: a.demoDealId, u: '!!!', w: [] }));
		await junk.publish('dealrooms:events', JSON.stringify({ t: 'e', i: 'x', name: '__proto__', arg: 'x' }));
		await junk.quit();
		appendParagraph(b1.doc, `after-${SEED}`);
		tokens.push(`after-${SEED}`);
		await waitFor(() => bodyText(a1.doc).includes(`after-${SEED}`), 15_000, 'fan-out after Redis came back');

		for (const c of [a1, a2, b1]) await c.whenSaved(30_000);
		const db = openDatabase({ kind: 'postgres', url: database.url! });
		const stored = bodyText(docFromUpdates((await loadDoc(db.db, a.demoDealId)).updates));
		await db.close();
		for (const t of tokens) expect(occurrences(stored, t), t).toBe(1);
		await waitFor(() => [a1, a2, b1].every((c) => bodyText(c.doc) === stored), 20_000, 'every replica to converge');
		console.log(`${tokens.length} tokens through a Redis outage: stored once each, all replicas agree`);
	}, 90_000);
});
