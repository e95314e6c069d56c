import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { getBody } from '../../src/lib/sync/deal-doc.ts';
import { addRoleRow, readRoleRows, removeRoleRow, setRowField, setSupport } from '../../src/lib/sync/blocks.ts';
import { readChecklist, setCriterionDone } from '../../src/lib/sync/sales-blocks.ts';
import { faultySocketClass, type Faults } from '../support/faulty-socket.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Short in CI; `FUZZ_SEEDS=50 FUZZ_STEPS=2000 npx vitest run tests/server/fuzz.test.ts` for long. */
const SEEDS = Number(process.env.FUZZ_SEEDS ?? 2);
const STEPS = Number(process.env.FUZZ_STEPS ?? 250);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const ROLES = 'demo-roles';
const CHECKLIST = 'stage-checklist';
const VIEWER_MARK = 'VIEWER';

/** JSON with object keys sorted: a Y.Map's key order depends on the order updates arrived. */
const canonical = (value: unknown): unknown =>
	Array.isArray(value)
		? value.map(canonical)
		: value && typeof value === 'object'
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
			: value;

/** Everything a user sees of a deal: body, blocks, meta. Equal snapshots mean equal documents. */
const content = (doc: Y.Doc) =>
	JSON.stringify(canonical({ body: getBody(doc).toJSON(), blocks: doc.getMap('blocks').toJSON(), meta: doc.getMap('meta').toJSON() }));

/** One random edit: text typed or deleted, a paragraph added, a role row or checklist changed. */
function randomEdit(doc: Y.Doc, random: prng.PRNG, tag: string): void {
	const body = getBody(doc);
	const roll = prng.int32(random, 0, 9);
	const paragraphs = body.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
	const text = paragraphs.length > 0 ? (prng.oneOf(random, paragraphs).get(0) as Y.XmlText | undefined) : undefined;
	if (roll <= 3 && text instanceof Y.XmlText) {
		text.insert(prng.int32(random, 0, text.length), `${tag}${prng.word(random, 1, 4)}`);
	} else if (roll === 4 && text instanceof Y.XmlText && text.length > 0) {
		const at = prng.int32(random, 0, text.length - 1);
		text.delete(at, Math.min(text.length - at, prng.int32(random, 1, 5)));
	} else if (roll === 5) {
		const p = new Y.XmlElement('paragraph');
		p.insert(0, [new Y.XmlText(`${tag} new paragraph`)]);
		body.insert(prng.int32(random, 0, body.length), [p]);
	} else if (roll <= 7) {
		const rows = readRoleRows(doc, ROLES);
		const row = rows.length > 0 ? prng.oneOf(random, rows) : null;
		const choice = prng.int32(random, 0, 3);
		if (!row || choice === 0) addRoleRow(doc, ROLES, `${tag}-${prng.uint32(random, 0, 1e9)}`, { name: `${tag} person` });
		else if (choice === 1) setRowField(doc, ROLES, row.id, 'nextAction', `${tag} action`);
		else if (choice === 2) setSupport(doc, ROLES, row.id, prng.int32(random, -2, 2), tag, '', 1_700_000_000_000);
		else if (rows.length > 3) removeRoleRow(doc, ROLES, row.id);
	} else {
		const criteria = readChecklist(doc, CHECKLIST).criteria;
		if (criteria.length > 0) setCriterionDone(doc, CHECKLIST, prng.oneOf(random, criteria).id, prng.bool(random), tag, 1_700_000_000_000);
	}
}

describe.each(TEST_DRIVERS)('convergence with a faulty network, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	const seeds = Array.from({ length: SEEDS }, (_, i) => FIRST_SEED + i);
	it.each(seeds)('seed %i: clients, server and storage agree; the viewer’s edits are nowhere', async (seed) => {
		console.log(`fuzz seed ${seed} (${driver}, ${STEPS} steps); re-run with FUZZ_SEED=${seed} FUZZ_SEEDS=1`);
		const random = prng.create(seed);
		const faults: Faults = { on: false, random, dropRate: 0.03, delayRate: 0.2, maxDelayMs: 40, dropped: 0, delayed: 0 };
		server = await startTestServer(driver);
		const socketClass = (headers: Record<string, string>) => faultySocketClass(headers, faults);
		const users = ['alice', 'bob', 'alice', 'victor'];
		for (const user of users) clients.push(connectClient(server, await server.signIn(`${user}@demo.test`), server.demoDealId, { socketClass }));
		const viewer = clients[3]!;
		faults.on = false;
		await waitFor(() => clients.every((c) => c.provider.synced), 20_000, 'first sync');
		faults.on = true;

		let disconnects = 0;
		for (let step = 0; step < STEPS; step++) {
			const i = prng.int32(random, 0, clients.length - 1);
			const client = clients[i]!;
			randomEdit(client.doc, random, client === viewer ? VIEWER_MARK : `c${i}s${step}`);
			if (prng.real53(random) < 0.02) {
				client.provider.ws?.close();
				disconnects++;
			}
			if (prng.real53(random) < 0.3) await new Promise((r) => setTimeout(r, prng.int32(random, 0, 8)));
		}

		// The network heals; every client reconnects, resyncs and has its edits committed.
		faults.on = false;
		for (const c of clients) {
			c.provider.disconnect();
			c.provider.connect();
		}
		const editors = clients.slice(0, 3);
		await waitFor(() => clients.every((c) => c.provider.synced && c.provider.wsconnected), 20_000, 'resync');
		for (const c of editors) await c.whenSaved(20_000);
		const serverDoc = server.sync.registry.get(server.demoDealId)!.ydoc;
		await waitFor(() => editors.every((c) => content(c.doc) === content(serverDoc)), 20_000, 'editors to converge');
		const stored = docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates);
		const fresh = connectClient(server, await server.signIn('victor@demo.test'));
		clients.push(fresh);
		await waitFor(() => fresh.provider.synced, 10_000, 'fresh viewer');

		const expected = content(serverDoc);
		for (const doc of [...editors.map((c) => c.doc), stored, fresh.doc]) expect(content(doc)).toBe(expected);
		for (const c of editors) expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(serverDoc));
		expect(expected).not.toContain(VIEWER_MARK);
		console.log(`seed ${seed}: ${faults.dropped} messages dropped, ${faults.delayed} delayed, ${disconnects} disconnects; converged`);
	}, 90_000 + STEPS * 50);
});
