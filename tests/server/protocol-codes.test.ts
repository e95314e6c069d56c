import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, MESSAGE_COMMENTS_CHANGED, MESSAGE_PERSISTED } from '../../src/lib/sync/protocol.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { connectClient, rawSocket, waitFor, webSocketWithHeaders, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const typeOf = (msg: Uint8Array) => decoding.readVarUint(decoding.createDecoder(msg));

describe.each(TEST_DRIVERS)('what the stock client hears, and how it comes back, on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	it('sends its own messages (persisted, comments changed) only to clients that asked for them', async () => {
		server = await startTestServer(driver);
		const headers = async () => ({ Origin: server.origin, Cookie: `session=${await server.signIn('bob@demo.test')}` });
		const stock = rawSocket(`${server.syncUrl}/${server.demoDealId}`, await headers());
		const asking = rawSocket(`${server.syncUrl}/${server.demoDealId}?extensions=1`, await headers());
		await Promise.all([stock.opened, asking.opened]);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		appendParagraph(alice.doc, 'committed for everyone');
		await alice.whenSaved();
		server.context.events.emit('comments-changed', server.demoDealId);
		await waitFor(() => asking.received.some((m) => typeOf(m) === MESSAGE_COMMENTS_CHANGED), 5000, 'comments notice to the asking client');
		await waitFor(() => stock.received.some((m) => typeOf(m) === 0 && m.byteLength > 20), 5000, 'the edit to the stock client');
		expect(asking.received.some((m) => typeOf(m) === MESSAGE_PERSISTED)).toBe(true);
		expect(stock.received.map(typeOf).filter((t) => t > 3)).toEqual([]);
		stock.ws.close();
		asking.ws.close();
	});

	it('lets a stock client that flooded the server come back after a pause and sync what it wrote', async () => {
		server = await startTestServer(driver, { messagesPerSecond: 5, rateLimitPauseMs: 600 });
		const token = await server.signIn('bob@demo.test');
		const doc = new Y.Doc();
		const closes: number[] = [];
		// A stock provider, with its default reconnect rule (it never retries 4400–4499).
		const provider = new WebsocketProvider(server.syncUrl, server.demoDealId, doc, {
			WebSocketPolyfill: webSocketWithHeaders({ Origin: server.origin, Cookie: `session=${token}` }) as never,
			disableBc: true,
			maxBackoffTime: 300
		});
		provider.on('connection-close', (event) => event && closes.push(event.code));
		try {
			await waitFor(() => provider.synced);
			for (let i = 0; i < 120; i++) appendParagraph(doc, `burst ${i}`);
			await waitFor(() => closes.includes(CloseCode.RateLimited), 10_000, '4529');
			// The pause refuses its first reconnects (429); then it is back and resyncs by itself.
			await waitFor(async () => {
				const alice = connectClient(server, await server.signIn('alice@demo.test'));
				try {
					await waitFor(() => alice.provider.synced, 5000);
					return bodyText(alice.doc).includes('burst 119');
				} finally {
					alice.destroy();
				}
			}, 20_000, 'the burst to reach another client');
			expect(provider.shouldConnect).toBe(true);
			expect(server.logs.some((l) => l.message === 'rate limited')).toBe(true);
			expect(server.logs.some((l) => l.message === 'upgrade refused' && l.fields?.status === 429)).toBe(true);
		} finally {
			provider.destroy();
			doc.destroy();
		}
	});

	it('closes with a retryable code when its own observers fail, and the client resyncs', async () => {
		server = await startTestServer(driver);
		const bob = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(bob);
		await waitFor(() => bob.provider.synced);
		const shared = server.sync.registry.get(server.demoDealId)!;
		let armed = true;
		shared.ydoc.on('update', () => {
			if (!armed) return;
			armed = false;
			throw new Error('an observer of ours failed');
		});
		appendParagraph(bob.doc, 'written while the server faltered');
		await waitFor(() => bob.closeEvents.some((e) => e.code === CloseCode.ServerError), 5000, '4500');
		expect(bob.provider.shouldConnect).toBe(true);
		await bob.whenSaved();
		expect(server.logs.some((l) => l.level === 'error' && l.message === 'closing socket after a server fault')).toBe(true);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => bodyText(alice.doc).includes('written while the server faltered'), 5000, 'the edit at alice');
	});
});
