import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listVersions, recordVersion, versionState } from '../../src/lib/server/versions.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { dealStage, readChecklist, setCriterionDone, setCustomerConfirmed } from '../../src/lib/sync/sales-blocks.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * The server keeps versions of a deal by itself: after a burst of edits goes quiet, at most
 * every so often while edits go on, and on a stage change; each says who is in it from the
 * server's record, not from the document.
 */
describe.each(TEST_DRIVERS)('automatic versions, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});
	const open = async (email: string) => {
		const c = connectClient(server, await server.signIn(email));
		clients.push(c);
		await waitFor(() => c.provider.synced, 10_000, 'sync');
		return c;
	};
	const versions = () => listVersions(server.database.handle.db, server.demoDealId);

	it('keeps a version when a burst goes quiet, with the people in it from the server’s record', async () => {
		server = await startTestServer(driver, { versionTiming: { quietMs: 300, maxMs: 60_000 } });
		const alice = await open('alice@demo.test');
		for (let i = 0; i < 5; i++) appendParagraph(alice.doc, `alice burst ${i}`);
		await alice.whenSaved(10_000);
		await waitFor(async () => (await versions()).length === 1, 10_000, 'a version after the burst');
		const [first] = await versions();
		expect(first!.kind).toBe('auto');
		expect(first!.authors.map((a) => a.name)).toEqual(['Alice Wang']);
		expect(first!.summary.added).toBeGreaterThanOrEqual('alice burst 0'.length * 5);

		const bob = await open('bob@demo.test');
		appendParagraph(bob.doc, 'bob was here');
		await bob.whenSaved(10_000);
		await waitFor(async () => (await versions()).length === 2, 10_000, 'a second version');
		const [second] = await versions();
		// Only who edited since the version before; the state is the document as it was then.
		expect(second!.authors.map((a) => a.name)).toEqual(['Bob Li']);
		const state = await versionState(server.database.handle.db, server.demoDealId, second!.id);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, state!);
		expect(bodyText(doc)).toContain('bob was here');
		expect(bodyText(doc)).toContain('alice burst 4');
	});

	it('keeps versions while edits go on without a pause, and one at once on a stage change', async () => {
		server = await startTestServer(driver, { versionTiming: { quietMs: 5_000, maxMs: 500 } });
		const alice = await open('alice@demo.test');
		// Typing without a quiet moment: versions still come, at most every maxMs.
		for (let i = 0; i < 30; i++) {
			appendParagraph(alice.doc, `steady ${i}`);
			await new Promise((r) => setTimeout(r, 100));
		}
		await alice.whenSaved(10_000);
		await waitFor(async () => (await versions()).length >= 2, 10_000, 'versions during steady typing');
		const during = (await versions()).length;

		// Tick what the next stage needs: the derived stage changes, a "stage" version follows.
		const before = dealStage(alice.doc);
		const checklist = readChecklist(alice.doc, 'stage-checklist');
		// One change, committed at once (ticks spread over several commits could be taken by an
		// automatic version before the stage moves, leaving the stage version nothing to list).
		alice.doc.transact(() => {
			for (const c of checklist.criteria.filter((c) => (c.stage === 'solutionConfirmed' || c.stage === 'riskAssessment') && c.required)) {
				setCriterionDone(alice.doc, 'stage-checklist', c.id, true, 'alice');
				if (c.needsCustomerConfirmation) setCustomerConfirmed(alice.doc, 'stage-checklist', c.id, true);
			}
		});
		expect(dealStage(alice.doc)).not.toBe(before);
		await alice.whenSaved(10_000);
		await waitFor(async () => (await versions()).some((v) => v.kind === 'stage'), 10_000, 'a stage version');
		expect((await versions()).length).toBeGreaterThan(during);
		expect((await versions()).find((v) => v.kind === 'stage')!.summary.blocks).toContain('stage-checklist');
	});

	it('thins the automatic versions as it keeps new ones; named ones stay for ever', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const doc = new Y.Doc();
		const HOUR = 3600_000;
		const DAY = 24 * HOUR;
		const now = Date.now();
		const hour = Math.floor((now - 3 * DAY) / HOUR) * HOUR;
		const at = (ms: number) => ({ at: new Date(ms) });
		await recordVersion(db, server.demoDealId, doc, 'named', { ...at(now - 400 * DAY), name: 'Kick-off' });
		await recordVersion(db, server.demoDealId, doc, 'auto', at(now - 100 * DAY));
		for (const minute of [5, 20, 40]) await recordVersion(db, server.demoDealId, doc, 'auto', at(hour + minute * 60_000));
		await recordVersion(db, server.demoDealId, doc, 'auto', at(now - HOUR));
		await recordVersion(db, server.demoDealId, doc, 'stage', at(now));
		const kept = (await versions()).map((v) => [v.kind, v.name, Math.round((now - Date.parse(v.createdAt)) / 60_000)]);
		// Today's two, the newest of that hour three days ago, and the named one.
		expect(kept).toEqual([
			['stage', null, 0],
			['auto', null, 60],
			['auto', null, Math.round((now - (hour + 40 * 60_000)) / 60_000)],
			['named', 'Kick-off', 400 * 24 * 60]
		]);
	});
});
