import * as prng from 'lib0/prng';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { dealMembers, users } from '../../src/lib/server/db/schema.ts';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { CloseCode } from '../../src/lib/sync/protocol.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { faultySocketClass, noFaults, roundRobin, type Faults } from '../support/faulty-socket.ts';
import { content, randomEdit, VIEWER_MARK } from '../support/random-edits.ts';
import { launchSyncProcess, type SyncProcess } from '../support/sync-process-launcher.ts';
import { connectClient, waitFor, type SocketClassFactory, type TestClient } from '../support/sync-clients.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const REDIS_URL = process.env.TEST_REDIS_URL;
const POSTGRES = process.env.TEST_DATABASE_URL;
if (!REDIS_URL || !POSTGRES) {
	console.log('scale-out tests skipped: set TEST_REDIS_URL=redis://127.0.0.1:6379 and TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them (.ci/run does)');
}
const SEED = Number(process.env.SCALE_SEED ?? Date.now() % 1_000_000);
/** Short in CI; `SCALE_KILLS=30` (npm run chaos) for the long run. */
const KILLS = Number(process.env.SCALE_KILLS ?? 3);
/** Steps of the 3-instance fuzz; `SCALE_FUZZ_STEPS=3000` (npm run chaos) for the long run. */
const FUZZ_STEPS = Number(process.env.SCALE_FUZZ_STEPS ?? 300);
const occurrences = (text: string, token: string) => text.split(`${token}\n`).length - 1 + (text.endsWith(token) ? 1 : 0);

/**
 * Several instances as real processes on one Postgres and the real Redis: a client may be on
 * any of them; updates, carets and access events cross between them; the log is the truth.
 */
describe.runIf(REDIS_URL && POSTGRES)('several instances through Redis', () => {
	let database: TestDatabase;
	const instances: SyncProcess[] = [];
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await Promise.all(instances.splice(0).map((p) => p.kill()));
		await database?.drop();
	});
	const start = async (count: number, random: prng.PRNG) => {
		database = await createTestDatabase('postgres');
		// One after another: the first seeds the demo workspace.
		for (let i = 0; i < count; i++) {
			instances.push(await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL, SYNC_QUIET: '1', PORT: String(20_000 + prng.int32(random, 0, 9_999)) }));
		}
	};
	const on = (instance: SyncProcess, who: 'alice' | 'bob' | 'victor' = 'alice', socketClass?: SocketClassFactory) => {
		const client = connectClient({ syncUrl: instance.syncUrl, origin: instance.origin, demoDealId: instance.demoDealId }, instance.tokens[who]!, undefined, { socketClass });
		clients.push(client);
		return client;
	};

	it(`spreads edits over 3 instances; clients move to a live one when theirs is killed (${KILLS} kills); nothing committed is lost or doubled`, async () => {
		console.log(`scale-out seed ${SEED}; re-run with SCALE_SEED=${SEED}`);
		const random = prng.create(SEED);
		await start(3, random);
		// Each (re)connection lands on the next live instance, as behind a load balancer.
		const route = roundRobin(instances);
		const editors = Array.from({ length: 6 }, () => on(instances[0]!, 'alice', (headers) => faultySocketClass(headers, noFaults(random), route)));
		await waitFor(() => editors.every((c) => c.provider.synced), 20_000, 'first sync');

		// One edit is seen at once by a client on another instance.
		appendParagraph(editors[0]!.doc, `first-${SEED}`);
		await waitFor(() => bodyText(editors[1]!.doc).includes(`first-${SEED}`), 10_000, 'fan-out to another instance');

		const tokens: { text: string; client: TestClient; clock: number }[] = [];
		let typing = true;
		const typeLoop = (async () => {
			for (let n = 0; typing; n++) {
				const text = `tok-${SEED}-${n}`;
				const client = editors[prng.int32(random, 0, editors.length - 1)]!;
				appendParagraph(client.doc, text);
				tokens.push({ text, client, clock: Y.getState(client.doc.store, client.doc.clientID) });
				await new Promise((r) => setTimeout(r, prng.int32(random, 2, 20)));
			}
		})();
		const db = openDatabase({ kind: 'postgres', url: database.url! });
		const stored = async () => bodyText(docFromUpdates((await loadDoc(db.db, instances[0]!.demoDealId)).updates));
		let checked = 0;
		try {
			for (let kill = 0; kill < KILLS; kill++) {
				await new Promise((r) => setTimeout(r, prng.int32(random, 300, 900)));
				const victim = prng.int32(random, 0, instances.length - 1);
				// What each editor had heard committed, the instant before the kill.
				const committed = tokens.filter((t) => (t.client.committed().get(t.client.doc.clientID) ?? 0) >= t.clock);
				await instances[victim]!.kill();
				const text = await stored();
				for (const t of committed) expect(occurrences(text, t.text), `${t.text} after kill ${kill}`).toBe(1);
				checked += committed.length;
				await new Promise((r) => setTimeout(r, 300));
				instances[victim] = await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL, SYNC_QUIET: '1', PORT: String(instances[victim]!.port) });
			}
		} finally {
			typing = false;
			await typeLoop;
		}

		for (const c of editors) await c.whenSaved(30_000);
		const text = await stored();
		await db.close();
		for (const t of [`first-${SEED}`, ...tokens.map((x) => x.text)]) expect(occurrences(text, t), t).toBe(1);
		await waitFor(() => editors.every((c) => bodyText(c.doc) === text), 20_000, 'every replica to converge');
		expect(checked).toBeGreaterThan(0);
		console.log(`${tokens.length} tokens over 3 instances, ${KILLS} kills (${checked} committed tokens checked at kills): stored once each, all replicas agree`);
	}, 60_000 + KILLS * 20_000);

	it(`converges over 3 instances with drops, delays, disconnects and instance restarts (${FUZZ_STEPS} steps)`, async () => {
		console.log(`scale-out fuzz seed ${SEED} (${FUZZ_STEPS} steps); re-run with SCALE_SEED=${SEED} SCALE_FUZZ_STEPS=${FUZZ_STEPS}`);
		const random = prng.create(SEED);
		await start(3, random);
		const faults: Faults = { on: false, random, dropRate: 0.03, delayRate: 0.2, maxDelayMs: 40, dropped: 0, delayed: 0 };
		const draining = new Set<number>();
		const route = roundRobin(instances, draining);
		const who = ['alice', 'bob', 'alice', 'bob', 'victor'] as const;
		const all = who.map((name) => on(instances[0]!, name, (headers) => faultySocketClass(headers, faults, route)));
		const viewer = all.at(-1)!;
		const editors = all.slice(0, -1);
		await waitFor(() => all.every((c) => c.provider.synced), 20_000, 'first sync');
		faults.on = true;

		// Meanwhile each instance goes down once: stopped (SIGTERM) or killed, and started again.
		let restarts = 0;
		let restarting = true;
		const restartLoop = (async () => {
			for (const victim of [0, 1, 2]) {
				await new Promise((r) => setTimeout(r, prng.int32(random, 200, 600)));
				const instance = instances[victim]!;
				draining.add(instance.port);
				await (prng.bool(random) ? instance.stop() : instance.kill());
				instances[victim] = await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL, SYNC_QUIET: '1', PORT: String(instance.port) });
				draining.delete(instance.port);
				restarts++;
			}
		})().finally(() => (restarting = false));
		let disconnects = 0;
		try {
			for (let step = 0; step < FUZZ_STEPS || restarting; step++) {
				const i = prng.int32(random, 0, all.length - 1);
				const client = all[i]!;
				randomEdit(client.doc, random, client === viewer ? VIEWER_MARK : `c${i}s${step}`);
				if (prng.real53(random) < 0.02) {
					// Off to whichever instance the balancer picks next.
					client.provider.ws?.close();
					disconnects++;
				}
				await new Promise((r) => setTimeout(r, prng.int32(random, 0, 12)));
			}
		} finally {
			await restartLoop;
		}

		// The network heals; everyone reconnects (anywhere), resyncs and has its edits committed.
		faults.on = false;
		for (const c of all) {
			c.provider.disconnect();
			c.provider.connect();
		}
		await waitFor(() => all.every((c) => c.provider.synced && c.provider.wsconnected), 30_000, 'resync');
		for (const c of editors) await c.whenSaved(30_000);
		await waitFor(() => editors.every((c) => content(c.doc) === content(editors[0]!.doc)), 30_000, 'editors to converge');
		const expected = content(editors[0]!.doc);
		// Every instance holds the same document: a fresh client on each reads it.
		const fresh = instances.map((instance) => on(instance, 'victor'));
		await waitFor(() => fresh.every((c) => c.provider.synced && content(c.doc) === expected), 30_000, 'every instance to agree');
		const db = openDatabase({ kind: 'postgres', url: database.url! });
		const stored = docFromUpdates((await loadDoc(db.db, instances[0]!.demoDealId)).updates);
		await db.close();
		expect(content(stored)).toBe(expected);
		for (const c of editors) expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(stored));
		expect(expected).not.toContain(VIEWER_MARK);
		console.log(`scale-out fuzz seed ${SEED}: ${faults.dropped} messages dropped, ${faults.delayed} delayed, ${disconnects} disconnects, ${restarts} instance restarts; clients, 3 instances and storage agree`);
	}, 120_000 + FUZZ_STEPS * 100);

	it('restarts all 3 instances one after another while everyone types: clients move on with 1012 only, every edit stored once', async () => {
		const random = prng.create(SEED);
		await start(3, random);
		const draining = new Set<number>();
		const route = roundRobin(instances, draining);
		const typists = Array.from({ length: 6 }, (_, i) => on(instances[0]!, i % 2 ? 'bob' : 'alice', (headers) => faultySocketClass(headers, noFaults(random), route)));
		await waitFor(() => typists.every((c) => c.provider.synced), 20_000, 'first sync');
		const tokens: string[] = [];
		let typing = true;
		const typeLoop = (async () => {
			for (let n = 0; typing; n++) {
				const text = `roll-${SEED}-${n}`;
				appendParagraph(typists[n % typists.length]!.doc, text);
				tokens.push(text);
				await new Promise((r) => setTimeout(r, prng.int32(random, 2, 20)));
			}
		})();
		const closesBefore = typists.map((c) => c.closeEvents.length);
		try {
			for (let i = 0; i < instances.length; i++) {
				await new Promise((r) => setTimeout(r, prng.int32(random, 200, 500)));
				await waitFor(() => typists.every((c) => c.provider.wsconnected && c.provider.synced), 20_000, 'everyone connected');
				// The balancer takes it out (its health check fails once it drains), then it stops.
				const instance = instances[i]!;
				draining.add(instance.port);
				await instance.stop();
				instances[i] = await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL, SYNC_QUIET: '1', PORT: String(instance.port) });
				draining.delete(instance.port);
			}
		} finally {
			typing = false;
			await typeLoop;
		}
		for (const c of typists) await c.whenSaved(30_000);
		// No error anywhere: every close was "service restart" (1012).
		for (const [i, c] of typists.entries()) expect(c.closeEvents.slice(closesBefore[i]).filter((e) => e.code !== CloseCode.Restarting), `client ${i}`).toEqual([]);
		expect(typists.reduce((n, c, i) => n + c.closeEvents.length - closesBefore[i]!, 0)).toBeGreaterThanOrEqual(typists.length);
		for (const c of typists) expect(c.permissionDenied).toEqual([]);
		const db = openDatabase({ kind: 'postgres', url: database.url! });
		const text = bodyText(docFromUpdates((await loadDoc(db.db, instances[0]!.demoDealId)).updates));
		await db.close();
		for (const t of tokens) expect(occurrences(text, t), t).toBe(1);
		for (const c of typists) expect(bodyText(c.doc)).toBe(text);
		console.log(`rolling restart of 3 instances: ${tokens.length} tokens stored once each, only 1012 closes`);
	}, 120_000);

	it('shows a caret on the other instances and removes it when its client leaves or its instance dies', async () => {
		await start(2, prng.create(SEED));
		const [a, b] = instances as [SyncProcess, SyncProcess];
		const watcher = on(b, 'bob');
		const leaving = on(a);
		const dying = on(a);
		await waitFor(() => [watcher, leaving, dying].every((c) => c.provider.synced), 20_000, 'sync');
		leaving.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
		dying.provider.awareness.setLocalStateField('cursor', { anchor: 2 });
		const seen = (c: TestClient) => watcher.provider.awareness.getStates().has(c.doc.clientID);
		await waitFor(() => seen(leaving) && seen(dying), 10_000, 'carets from instance A on B');
		// The server stamped who it is, on A; B shows the same.
		expect(watcher.provider.awareness.getStates().get(leaving.doc.clientID)?.user?.name).toBe('Alice Wang');

		leaving.destroy();
		await waitFor(() => !seen(leaving), 10_000, 'the caret of a client that left');
		expect(seen(dying)).toBe(true);
		await a.kill();
		await waitFor(() => !seen(dying), 20_000, 'the caret of a client whose instance died');
	}, 90_000);

	it('stores on B what A fanned out but died before committing', async () => {
		const random = prng.create(SEED);
		database = await createTestDatabase('postgres');
		const real = new URL(database.url!);
		const pgProxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
		try {
			const viaProxy = new URL(database.url!);
			viaProxy.port = String(pgProxy.port);
			const port = () => String(20_000 + prng.int32(random, 0, 9_999));
			instances.push(await launchSyncProcess({ DATABASE_URL: viaProxy.toString(), REDIS_URL, SYNC_QUIET: '1', PORT: port() }));
			instances.push(await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL, SYNC_QUIET: '1', PORT: port() }));
			const [a, b] = instances as [SyncProcess, SyncProcess];
			const onA = on(a);
			const onB = on(b, 'bob');
			await waitFor(() => onA.provider.synced && onB.provider.synced, 20_000, 'sync');
			// A loses its database: it applies and fans out, but cannot commit.
			await pgProxy.cut();
			const lines = Array.from({ length: 5 }, (_, i) => `orphan-${SEED}-${i}`);
			for (const line of lines) appendParagraph(onA.doc, line);
			await waitFor(() => lines.every((l) => bodyText(onB.doc).includes(l)), 10_000, 'fan-out from A before any commit');
			// A's client goes away for good, and A dies with the lines uncommitted.
			onA.destroy();
			await a.kill();
			const db = openDatabase({ kind: 'postgres', url: database.url! });
			try {
				await waitFor(
					async () => {
						const stored = bodyText(docFromUpdates((await loadDoc(db.db, b.demoDealId)).updates));
						return lines.every((l) => occurrences(stored, l) === 1);
					},
					30_000,
					'B to store what A never committed'
				);
			} finally {
				await db.close();
			}
		} finally {
			await pgProxy.close();
		}
	}, 90_000);

	it('tells a client on A that what a client on B wrote is saved, with no catch-up from the log to help', async () => {
		const random = prng.create(SEED);
		database = await createTestDatabase('postgres');
		// The periodic catch-up would tell it after a while anyway: off, so only the confirmation can.
		for (let i = 0; i < 2; i++) {
			instances.push(await launchSyncProcess({ DATABASE_URL: database.url, REDIS_URL, SYNC_QUIET: '1', RELAY_CATCH_UP_MS: '3600000', PORT: String(20_000 + prng.int32(random, 0, 9_999)) }));
		}
		const [a, b] = instances as [SyncProcess, SyncProcess];
		const onA = on(a);
		const onB = on(b, 'bob');
		await waitFor(() => onA.provider.synced && onB.provider.synced, 20_000, 'sync');
		await onA.whenSaved();
		const lines = Array.from({ length: 5 }, (_, i) => `from-b-${SEED}-${i}`);
		for (const line of lines) appendParagraph(onB.doc, line);
		await waitFor(() => lines.every((l) => bodyText(onA.doc).includes(l)), 10_000, 'fan-out to A');
		await onB.whenSaved();
		// A committed nothing of its own since: only B's confirmation can tell A's client.
		await onA.whenSaved(15_000);
		expect(onA.unsaved()).toBe(0);
	}, 60_000);

	it('closes on instance B the socket of someone whose role was removed on instance A', async () => {
		await start(2, prng.create(SEED));
		const [a, b] = instances as [SyncProcess, SyncProcess];
		const bob = on(b, 'bob');
		await waitFor(() => bob.provider.synced, 20_000, 'bob syncs on B');
		const db = openDatabase({ kind: 'postgres', url: database.url! });
		const [bobUser] = await db.db.select({ id: users.id }).from(users).where(eq(users.email, 'bob@demo.test'));
		await db.db.delete(dealMembers).where(and(eq(dealMembers.dealId, a.demoDealId), eq(dealMembers.userId, bobUser!.id)));
		await db.close();
		// The HTTP side of instance A raises the event, as the deal page's team panel does.
		a.emit('deal-access-changed', a.demoDealId);
		await waitFor(() => bob.closeEvents.some((e) => e.code === CloseCode.Forbidden), 10_000, 'bob closed with 4403 on B');
	}, 60_000);
});
