import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/sync/protocol.ts';
import { bodyText } from '../../src/lib/sync/deal-doc.ts';
import { appendParagraph, paragraphUpdate } from '../support/doc-edits.ts';
import { connectClient, rawSocket, syncMessage, waitFor, type TestClient } from '../support/sync-clients.ts';
import { TEST_DRIVERS } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const frame = (write: (e: encoding.Encoder) => void) => {
	const e = encoding.createEncoder();
	write(e);
	return encoding.toUint8Array(e);
};

/** A random-looking but reproducible byte string. */
function pseudoRandomBytes(seed: number, length: number): Uint8Array {
	const out = new Uint8Array(length);
	let x = seed >>> 0 || 1;
	for (let i = 0; i < length; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out[i] = x & 0xff;
	}
	return out;
}

describe.each(TEST_DRIVERS)('bad input on %s', (driver) => {
	let server: TestServer;
	const clients: TestClient[] = [];
	afterEach(async () => {
		clients.splice(0).forEach((c) => c.destroy());
		await server?.close();
	});

	const truncated = () => {
		const u = paragraphUpdate(null, 'truncated paragraph with enough text to cut');
		return syncMessage(u.slice(0, Math.floor(u.length / 2)));
	};

	const cases: { name: string; message: () => Uint8Array | string; code: number }[] = [
		{ name: 'random bytes', message: () => pseudoRandomBytes(20261123, 64), code: CloseCode.MalformedMessage },
		{ name: 'an empty frame', message: () => new Uint8Array(), code: CloseCode.MalformedMessage },
		{ name: 'a truncated update', message: truncated, code: CloseCode.MalformedMessage },
		{ name: 'an unknown message type', message: () => frame((e) => encoding.writeVarUint(e, 77)), code: CloseCode.MalformedMessage },
		{ name: 'an unknown sync message type', message: () => frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 9); }), code: CloseCode.MalformedMessage },
		{ name: 'a text frame', message: () => 'hello', code: CloseCode.MalformedMessage },
		{ name: 'an oversized frame', message: () => new Uint8Array(300 * 1024), code: 1009 },
		{
			name: 'a 1 MB awareness state',
			message: () => frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, new Uint8Array(1024 * 1024 - 64)); }),
			code: 1009
		},
		{
			name: 'an awareness state over the awareness limit',
			message: () => frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, new Uint8Array(100 * 1024)); }),
			code: CloseCode.MessageTooLarge
		}
	];

	it.each(cases)('closes only the socket that sent $name, with a named code, and keeps serving', async ({ message, code }) => {
		server = await startTestServer(driver, { maxPayload: 256 * 1024, maxAwarenessBytes: 64 * 1024 });
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		const bad = rawSocket(`${server.syncUrl}/${server.demoDealId}`, {
			Origin: server.origin,
			Cookie: `session=${await server.signIn('bob@demo.test')}`
		});
		await bad.opened;
		bad.ws.send(message());
		const closed = await bad.closed;
		expect(closed.code).toBe(code);
		// Everyone else is still served and still saving.
		appendParagraph(alice.doc, 'still working');
		await alice.whenSaved();
		const bob = connectClient(server, await server.signIn('bob@demo.test'));
		clients.push(bob);
		await waitFor(() => bob.provider.synced && bodyText(bob.doc).includes('still working'));
		expect(bodyText(bob.doc)).not.toContain('truncated paragraph');
	});

	it('keeps an update with missing dependencies pending instead of failing, and applies it once they arrive', async () => {
		server = await startTestServer(driver);
		const alice = connectClient(server, await server.signIn('alice@demo.test'));
		clients.push(alice);
		await waitFor(() => alice.provider.synced);
		const author = new Y.Doc();
		Y.applyUpdate(author, Y.encodeStateAsUpdate(alice.doc));
		const s0 = Y.encodeStateVector(author);
		appendParagraph(author, 'first');
		const first = Y.encodeStateAsUpdate(author, s0);
		const s1 = Y.encodeStateVector(author);
		appendParagraph(author, 'second');
		const second = Y.encodeStateAsUpdate(author, s1);
		const raw = rawSocket(`${server.syncUrl}/${server.demoDealId}`, {
			Origin: server.origin,
			Cookie: `session=${await server.signIn('bob@demo.test')}`
		});
		await raw.opened;
		raw.ws.send(syncMessage(second));
		appendParagraph(alice.doc, 'marker');
		await alice.whenSaved();
		expect(bodyText(alice.doc)).not.toContain('second');
		raw.ws.send(syncMessage(first));
		await waitFor(() => bodyText(alice.doc).includes('first') && bodyText(alice.doc).includes('second'));
		expect(raw.ws.readyState).toBe(raw.ws.OPEN);
		raw.ws.close();
	});
});
