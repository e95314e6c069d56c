import * as decoding from 'lib0/decoding';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromUpdates, loadDoc } from '../../src/lib/server/doc-store.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { CloseCode } from '../../src/lib/sync/protocol.ts';
import { appendParagraph } from '../support/doc-edits.ts';
import { rawSocket, syncMessage, waitFor, type RawSocket } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** The updates (sync type 2) among the frames a raw socket received. */
const updatesIn = (frames: Uint8Array[]) =>
	frames
		.filter((m) => m[0] === 0 && m[1] === 2)
		.map((m) => {
			const decoder = decoding.createDecoder(m);
			decoding.readVarUint(decoder);
			decoding.readVarUint(decoder);
			return decoding.readVarUint8Array(decoder);
		});

/** Sends the frames in one write, so the server reads them in one piece (one chunk on loopback). */
function sendAtOnce(raw: RawSocket, frames: Uint8Array[]): void {
	const socket = (raw.ws as unknown as { _socket: Socket })._socket;
	socket.cork();
	for (const f of frames) raw.ws.send(f);
	socket.uncork();
}

/** One update per paragraph, typed one after another by one author. */
function typedParagraphs(author: Y.Doc, texts: string[]): Uint8Array[] {
	return texts.map((text) => {
		const before = Y.encodeStateVector(author);
		appendParagraph(author, text);
		return Y.encodeStateAsUpdate(author, before);
	});
}

describe.each(TEST_DRIVERS)('bursts of updates on %s', (driver) => {
	let server: TestServer;
	const sockets: RawSocket[] = [];
	afterEach(async () => {
		sockets.splice(0).forEach((s) => s.ws.close());
		await server?.close();
	});

	const join = async (email: string) => {
		const raw = rawSocket(`${server.syncUrl}/${server.demoDealId}`, { Origin: server.origin, Cookie: `session=${await server.signIn(email)}` });
		sockets.push(raw);
		await raw.opened;
		// Greeted once the document is loaded: from then on frames are applied, not queued.
		await waitFor(() => raw.received.length > 0, 10_000, 'greeting');
		return raw;
	};

	it('applies the updates of one read as one transaction: other peers get them in one message, storage keeps them all', async () => {
		server = await startTestServer(driver);
		const writer = await join('alice@demo.test');
		const follower = await join('bob@demo.test');
		const author = new Y.Doc();
		const texts = Array.from({ length: 50 }, (_, i) => `burst line ${i}`);
		const heardBefore = follower.received.length;
		sendAtOnce(writer, typedParagraphs(author, texts).map((u) => syncMessage(u)));

		// The follower has it all once the author's last clock arrived.
		const last = Y.getState(author.store, author.clientID);
		const carrying = () =>
			updatesIn(follower.received.slice(heardBefore)).filter((u) => Y.parseUpdateMeta(u).to.has(author.clientID));
		await waitFor(() => carrying().some((u) => Y.parseUpdateMeta(u).to.get(author.clientID) === last), 10_000, 'the follower to hear the burst');
		expect(carrying()).toHaveLength(1);
		const heard = new Y.Doc();
		Y.applyUpdate(heard, carrying()[0]!);
		expect(bodyText(heard)).toBe(texts.join('\n'));

		await waitFor(() => server.sync.registry.persistence.isFlushed(server.sync.registry.get(server.demoDealId)!), 10_000, 'commit');
		const stored = bodyText(docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates));
		for (const t of texts) expect(stored).toContain(t);
	});

	it('queues an update for storage before anything that can fail after it: a fan-out that throws leaves it stored, not only reported', async () => {
		server = await startTestServer(driver);
		const writer = await join('alice@demo.test');
		const shared = server.sync.registry.get(server.demoDealId)!;
		const broadcast = shared.broadcast;
		shared.broadcast = () => {
			shared.broadcast = broadcast;
			throw new Error('fan-out failed');
		};
		sendAtOnce(writer, typedParagraphs(new Y.Doc(), ['survives a failed fan-out']).map((u) => syncMessage(u)));
		expect((await writer.closed).code).toBe(CloseCode.ServerError);
		await waitFor(() => server.sync.registry.persistence.isFlushed(shared), 10_000, 'commit');
		const stored = bodyText(docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates));
		expect(stored).toContain('survives a failed fan-out');
	});

	it('a malformed update inside a burst: what came before it is stored, the socket closes as malformed, nothing after it is applied', async () => {
		server = await startTestServer(driver);
		const writer = await join('alice@demo.test');
		const author = new Y.Doc();
		const [a, b, c, d] = typedParagraphs(author, ['kept one', 'kept two', 'after the bad one', 'also after']);
		const truncated = c!.slice(0, Math.floor(c!.length / 2));
		sendAtOnce(writer, [a!, b!, truncated, c!, d!].map((u) => syncMessage(u)));
		expect((await writer.closed).code).toBe(CloseCode.MalformedMessage);

		const shared = server.sync.registry.get(server.demoDealId);
		if (shared) await waitFor(() => server.sync.registry.persistence.isFlushed(shared), 10_000, 'commit');
		const stored = bodyText(docFromUpdates((await loadDoc(server.database.handle.db, server.demoDealId)).updates));
		expect(stored).toContain('kept one');
		expect(stored).toContain('kept two');
		expect(stored).not.toContain('after the bad one');
		expect(stored).not.toContain('also after');
	});
});
