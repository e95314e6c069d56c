import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { nineQuestions, nineQuestionScore } from '../../src/lib/domain/nine-questions.ts';
import { deals } from '../../src/lib/server/db/schema.ts';
import { backfillNineScores } from '../../src/lib/server/deal-template.ts';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { readNineQuestionsInput } from '../../src/lib/sync/nine-questions-input.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** The pipeline's nine-question score: derived by the server from the stored room, older deals scored once. */
describe.each(TEST_DRIVERS)('nine-question score, on %s', (driver) => {
	let server: TestServer;
	afterEach(async () => server?.close());

	it('is kept with the seeded deals, and given once to deals stored before it existed', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const expected = async (id: string) => {
			const doc = docFromUpdates((await loadDoc(db, id)).updates);
			try {
				return nineQuestionScore(nineQuestions(readNineQuestionsInput(doc)));
			} finally {
				doc.destroy();
			}
		};
		const [demo] = await db.select({ score: deals.nineScore }).from(deals).where(eq(deals.id, server.demoDealId));
		expect(demo!.score).toBe(await expected(server.demoDealId));
		expect(demo!.score).toBeGreaterThan(0);
		await db.update(deals).set({ nineScore: null });
		const all = await db.select({ id: deals.id }).from(deals);
		expect(await backfillNineScores(db)).toBe(all.length);
		for (const { id } of all) {
			const [row] = await db.select({ score: deals.nineScore }).from(deals).where(eq(deals.id, id));
			expect(row!.score, id).toBe(await expected(id));
		}
		expect(await backfillNineScores(db)).toBe(0);
	});
});
