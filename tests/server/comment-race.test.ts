import { afterEach, describe, expect, it } from 'vitest';
import { createComment } from '../../src/lib/server/comments.ts';
import { listThreads } from '../../src/lib/server/comment-queries.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('one comment sent by several senders at once, on %s', (driver) => {
	let server: TestServer;
	afterEach(async () => server?.close());

	it('is stored once; every sender hears it is stored, none gets an error', async () => {
		server = await startTestServer(driver);
		const db = server.database.handle.db;
		const maya = await server.userId('maya@demo.test');
		// The page's panel and the app shell's sender both send the outbox after reconnecting.
		for (let round = 0; round < 5; round++) {
			const input = { id: `race${round}aaaaaaaaaaaaaa`, body: `Sent by several senders ${round}`, anchor: { kind: 'deal' as const } };
			const results = await Promise.all(Array.from({ length: 6 }, () => createComment(db, maya, server.demoDealId, input)));
			expect(results.filter((r) => r.created)).toHaveLength(1);
			expect(new Set(results.map((r) => r.id)).size).toBe(1);
		}
		const bodies = (await listThreads(db, maya, server.demoDealId)).flatMap((t) => t.comments.map((c) => c.body));
		for (let round = 0; round < 5; round++) expect(bodies.filter((b) => b === `Sent by several senders ${round}`)).toHaveLength(1);
	});
});
