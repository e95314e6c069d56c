import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { EXTENSIONS_PARAM, MESSAGE_PERSISTED, MESSAGE_WITNESS } from '../../src/lib/sync/protocol.ts';
import { readWitnessMessage, WitnessIndex } from '../../src/lib/sync/witness.ts';
import { SaveTracker } from '../../src/lib/sync/saved-state.ts';
import type { TestServer } from './test-server.ts';

/** A sync-protocol frame carrying an update: as an Update (2) or as a SyncStep2 (1). */
export function syncMessage(update: Uint8Array, kind: 1 | 2 = 2): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, 0);
	encoding.writeVarUint(e, kind);
	encoding.writeVarUint8Array(e, update);
	return encoding.toUint8Array(e);
}

/** A `ws` WebSocket class that sends the headers a browser would (Origin, Cookie). */
export function webSocketWithHeaders(
	headers: Record<string, string>
): new (url: string | URL, protocols?: string | string[]) => WebSocket {
	return class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
}

export interface TestClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	/** Changes on this client (items and deletions) the server has not reported committed. */
	unsaved(): number;
	/** The state vector the server last reported committed. */
	committed(): Map<number, number>;
	/** Resolves once the server reports every local change committed. */
	whenSaved(timeoutMs?: number): Promise<void>;
	closeEvents: { code: number; reason: string }[];
	permissionDenied: string[];
	/** What the server said of who wrote what (its witness messages). */
	witness: WitnessIndex;
	destroy(): void;
}

/** Makes the socket class a client uses, given the headers a browser would send. */
export type SocketClassFactory = (headers: Record<string, string>) => new (url: string | URL, protocols?: string | string[]) => WebSocket;

/** A stock y-websocket client, as the browser uses it, signed in with a session token. */
export function connectClient(
	server: Pick<TestServer, 'syncUrl' | 'origin' | 'demoDealId'>,
	token: string,
	docName = server.demoDealId,
	options: { socketClass?: SocketClassFactory } = {}
): TestClient {
	const doc = new Y.Doc();
	const tracker = new SaveTracker(doc);
	let heard = false;
	const closeEvents: TestClient['closeEvents'] = [];
	const permissionDenied: string[] = [];
	const provider = new WebsocketProvider(server.syncUrl, docName, doc, {
		WebSocketPolyfill: (options.socketClass ?? webSocketWithHeaders)({ Origin: server.origin, Cookie: `session=${token}` }) as never,
		disableBc: true,
		maxBackoffTime: 300,
		params: { [EXTENSIONS_PARAM]: '1' }
	});
	provider.messageHandlers[MESSAGE_PERSISTED] = (_e, decoder) => {
		tracker.readPersisted(decoder);
		heard = true;
	};
	const witness = new WitnessIndex();
	provider.messageHandlers[MESSAGE_WITNESS] = (_e, decoder) => {
		for (const { witnessed, ranges } of readWitnessMessage(decoder)) witness.record(witnessed, ranges);
	};
	provider.messageHandlers[2] = (_e, decoder) => {
		decoding.readVarUint(decoder);
		permissionDenied.push(decoding.readVarString(decoder));
	};
	provider.on('connection-close', (event) => {
		if (event) closeEvents.push({ code: event.code, reason: event.reason });
	});
	provider.on('status', ({ status }) => {
		if (status !== 'connected') heard = false;
	});
	const unsaved = () => tracker.unsaved();
	return {
		doc,
		provider,
		unsaved,
		committed: () => tracker.persistedStateVector(),
		closeEvents,
		permissionDenied,
		witness,
		whenSaved: (timeoutMs = 15_000) => waitFor(() => heard && unsaved() === 0, timeoutMs, 'server to commit'),
		destroy: () => {
			tracker.destroy();
			provider.destroy();
			doc.destroy();
		}
	};
}

/** Polls a condition (sync or async) until it holds; fails with what it waited for. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
	const start = Date.now();
	while (!(await condition())) {
		if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 10));
	}
}

/** A raw socket for protocol-level tests: send bytes, see what comes back and how it closes. */
export interface RawSocket {
	ws: WebSocket;
	received: Uint8Array[];
	closed: Promise<{ code: number; reason: string }>;
	opened: Promise<void>;
	/** Resolves with the HTTP status when the upgrade was refused. */
	refused: Promise<number>;
}

export function rawSocket(
	url: string,
	headers: Record<string, string>,
	options: { maxPayload?: number } = {}
): RawSocket {
	const ws = new WebSocket(url, { headers, maxPayload: options.maxPayload });
	const received: Uint8Array[] = [];
	ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
	const closed = new Promise<{ code: number; reason: string }>((resolve) =>
		ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
	);
	const opened = new Promise<void>((resolve, reject) => {
		ws.on('open', () => resolve());
		ws.on('error', reject);
	});
	const refused = new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
	opened.catch(() => {});
	return { ws, received, closed, opened, refused };
}
