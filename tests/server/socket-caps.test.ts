import { afterEach, describe, expect, it } from 'vitest';
import { rawSocket, waitFor, type RawSocket } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(TEST_DRIVERS)('open sockets per user and per address on %s', (driver) => {
	let server: TestServer;
	const sockets: RawSocket[] = [];
	afterEach(async () => {
		sockets.splice(0).forEach((s) => s.ws.terminate());
		await server?.close();
	});

	const open = async (email: string) => {
		const s = rawSocket(`${server.syncUrl}/${server.demoDealId}`, { Origin: server.origin, Cookie: `session=${await server.signIn(email)}` });
		sockets.push(s);
		return s;
	};
	const outcome = (s: RawSocket) => Promise.race([s.opened.then(() => 'open' as const), s.refused]);

	it('refuses one more socket than a user may hold with 429, and takes it again once one closes', async () => {
		server = await startTestServer(driver, { maxSocketsPerUser: 3, maxSocketsPerAddress: 100 });
		const first = await Promise.all([1, 2, 3].map(() => open('victor@demo.test')));
		expect(await Promise.all(first.map(outcome))).toEqual(['open', 'open', 'open']);
		expect(await outcome(await open('victor@demo.test'))).toBe(429);
		// Someone else is not affected.
		expect(await outcome(await open('alice@demo.test'))).toBe('open');
		first[0]!.ws.close();
		await first[0]!.closed;
		await waitFor(async () => (await outcome(await open('victor@demo.test'))) === 'open', 5000, 'a socket after one closed');
		expect(server.logs.some((l) => l.fields?.reason === 'too many open sockets')).toBe(true);
	});

	it('refuses one more socket than an address may hold, whoever opens it', async () => {
		server = await startTestServer(driver, { maxSocketsPerUser: 100, maxSocketsPerAddress: 4 });
		const users = ['alice', 'bob', 'maya', 'victor'].map((n) => `${n}@demo.test`);
		const held = await Promise.all(users.map(open));
		expect(await Promise.all(held.map(outcome))).toEqual(['open', 'open', 'open', 'open']);
		expect(await outcome(await open('olivia@demo.test'))).toBe(429);
	});
});
