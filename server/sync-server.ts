import type { VersionTiming } from './version-keeper.ts';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { AppContext } from '../src/lib/server/app-context.ts';
import { canEditDocument, dealAccessFor } from '../src/lib/server/access.ts';
import { sessionExpiry } from '../src/lib/server/auth/session.ts';
import { CloseCode, MESSAGE_COMMENTS_CHANGED } from '../src/lib/sync/protocol.ts';
import { colorFor } from '../src/lib/sync/identity-color.ts';
import { clientAddress } from './client-address.ts';
import { DocRegistry } from './doc-registry.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { handlePeerMessages, ProtocolError, type MessageLimits } from './peer-messages.ts';
import type { Relay } from './relay.ts';
import { TokenBucket } from './token-bucket.ts';

/** Tells the open deal to fetch its comments again: one varint, the message type. */
const COMMENTS_CHANGED = new Uint8Array([MESSAGE_COMMENTS_CHANGED]);
import type { Peer, SharedDoc } from './shared-doc.ts';
import { authorizeUpgrade, type SyncIdentity } from './upgrade-auth.ts';

export interface SyncServerOptions {
	log?: Logger;
	/** Largest frame accepted; larger ones close the socket with 1009. */
	maxPayload?: number;
	maxAwarenessBytes?: number;
	/** A peer whose unsent data passes this is closed (it reconnects and resyncs). */
	maxBufferedBytes?: number;
	/** Messages held per peer while its document loads. */
	maxQueuedWhileLoading?: number;
	pingIntervalMs?: number;
	sessionCheckIntervalMs?: number;
	compactEvery?: number;
	/** Average messages per second per socket (bursts of ten times that); beyond, closed with 4529. */
	messagesPerSecond?: number;
	/** Open sockets one user / one client address may hold; one more is refused with 429. */
	maxSocketsPerUser?: number;
	maxSocketsPerAddress?: number;
	/** How long a user closed for sending too much is refused (429) before reconnecting. */
	rateLimitPauseMs?: number;
	/** Uncommitted bytes beyond which new writes are refused with 4500. */
	maxPendingBytes?: number;
	/** Fan-out to other instances (REDIS_URL); without it, this instance is the only one. */
	relay?: Relay;
	/** When the server keeps automatic versions (tests shorten it). */
	versionTiming?: VersionTiming;
}

export interface SyncServer {
	/** Takes an HTTP upgrade for a `/sync/<dealId>` address. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	readonly registry: DocRegistry;
	/** Open sockets. */
	peerCount(): number;
	/** Stops taking changes, commits what it took, closes every socket with 1012, stops timers. */
	close(): Promise<void>;
}

function refuse(socket: Duplex, status: number, reason: string, headers: Record<string, string> = {}): void {
	if (!socket.writable) return void socket.destroy();
	const body = Buffer.from(reason);
	const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.byteLength}\r\n${extra}\r\n${reason}`
	);
}

function toBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
	if (data instanceof ArrayBuffer) return new Uint8Array(data);
	return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export function createSyncServer(context: AppContext, options: SyncServerOptions = {}): SyncServer {
	const log = options.log ?? consoleLogger;
	const maxPending = options.maxPendingBytes ?? context.config.SYNC_MAX_PENDING_BYTES;
	const rate = options.messagesPerSecond ?? context.config.SYNC_MESSAGES_PER_SECOND;
	const limits: MessageLimits = {
		maxAwarenessBytes: options.maxAwarenessBytes ?? 64 * 1024,
		acceptsWrites: () => registry.persistence.pendingBytes < maxPending
	};
	const maxBuffered = options.maxBufferedBytes ?? 16 * 1024 * 1024;
	const maxQueued = options.maxQueuedWhileLoading ?? 2000;
	const db = context.database.db;
	const registry = new DocRegistry(db, log, { compactEvery: options.compactEvery, relay: options.relay, versionTiming: options.versionTiming });
	context.documents = { edit: (name, author, change) => registry.editAs(name, author, change), isOpen: (name) => registry.get(name) !== undefined };
	const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? context.config.SYNC_MAX_PAYLOAD });
	const sockets = new Map<WebSocket, { peer: Peer; doc: SharedDoc; alive: boolean }>();
	// Users closed for flooding, and until when their new sockets are refused: the stock client
	// then reconnects with its backoff instead of flooding again at once.
	const pausedUntil = new Map<string, number>();
	const pauseMs = options.rateLimitPauseMs ?? 2000;
	// Sockets held (and upgrades under way) per user and per client address, so that one viewer
	// cannot open thousands.
	const held = { user: new Map<string, number>(), address: new Map<string, number>() };
	const caps = {
		user: options.maxSocketsPerUser ?? context.config.SYNC_MAX_SOCKETS_PER_USER,
		address: options.maxSocketsPerAddress ?? context.config.SYNC_MAX_SOCKETS_PER_ADDRESS
	};
	const hold = (map: Map<string, number>, key: string, by: number) => {
		const n = (map.get(key) ?? 0) + by;
		if (n > 0) map.set(key, n);
		else map.delete(key);
	};
	const rateLimited = (peer: Peer, reason: string) => {
		log.warn('rate limited', { user: peer.user.email, reason, pauseMs });
		pausedUntil.set(peer.user.id, Date.now() + pauseMs);
		peer.close(CloseCode.RateLimited, reason);
	};
	let nextPeerId = 1;
	let closing = false;

	function connect(ws: WebSocket, socket: Duplex, identity: SyncIdentity): void {
		// Frames sent to this socket while one piece of input is handled (every message of one read
		// from a sender's socket) leave in one write, at the end of that handling: a burst of
		// keystrokes was otherwise a system call per keystroke per peer (a fifth of the sync
		// thread's time while a trace was typed). The same frames, in the same order. Holding them
		// until setImmediate instead cost ~75 MB more at peak and added latency under the load profile.
		let corked = false;
		const peer: Peer = {
			id: nextPeerId++,
			user: identity.user,
			sessionId: identity.sessionId,
			sessionExpiresAt: identity.sessionExpiresAt,
			readOnly: identity.readOnly,
			extensions: identity.extensions,
			color: colorFor(identity.user.id),
			awarenessIds: new Set(),
			send(msg) {
				if (ws.readyState !== ws.OPEN) return;
				if (ws.bufferedAmount > maxBuffered) return peer.close(CloseCode.SlowConsumer, 'client too slow');
				if (!corked) {
					corked = true;
					socket.cork();
					process.nextTick(() => {
						corked = false;
						socket.uncork();
					});
				}
				ws.send(msg);
			},
			close(code, reason) {
				if (ws.readyState === ws.OPEN) ws.close(code, reason);
			}
		};
		const bucket = new TokenBucket(rate * 10, rate);
		const { doc, ready } = registry.join(identity.docName, peer);
		sockets.set(ws, { peer, doc, alive: true });
		let queue: Uint8Array[] | null = [];
		let inbox: Uint8Array[] = [];
		const deliver = () => {
			const frames = inbox;
			inbox = [];
			handle(frames);
		};

		// Until its close event the peer is in the document, so what it sent carries its name; a
		// socket closing has its frames read before the close still applied.
		const open = () => !closing && sockets.has(ws);
		const handle = (frames: Uint8Array[]) => {
			try {
				handlePeerMessages(doc, peer, frames, limits, open);
			} catch (error) {
				if (!(error instanceof ProtocolError)) throw error;
				const fields = { doc: doc.name, user: peer.user.email, code: error.code, reason: error.message };
				if (error.code === CloseCode.ServerError && error.cause) log.error('closing socket after a server fault', { ...fields, error: String(error.cause) });
				else log.warn('closing socket', fields);
				peer.close(error.code, error.message);
			}
		};

		ws.on('error', (error) => log.warn('socket error', { doc: doc.name, error: String(error) }));
		ws.on('pong', () => {
			const s = sockets.get(ws);
			if (s) s.alive = true;
		});
		ws.on('message', (data, isBinary) => {
			// Shutting down: what arrives now is not applied (nor acknowledged); the client keeps it
			// and sends it again wherever it reconnects, so it is stored once, elsewhere.
			if (closing) return;
			if (!isBinary) return peer.close(CloseCode.MalformedMessage, 'text frames are not part of the protocol');
			// Once we close a socket, what it sent after is dropped: applying a later update after
			// a refused one would leave it waiting for a dependency that never comes.
			if (ws.readyState !== ws.OPEN) return;
			if (!bucket.take()) return rateLimited(peer, 'too many messages; reconnecting after a pause');
			const bytes = toBytes(data);
			if (queue) {
				if (queue.length >= maxQueued) return rateLimited(peer, 'too many messages while loading');
				queue.push(bytes);
				return;
			}
			// The frames of one read from the socket (ws emits them all before it returns) are
			// handled together once it has: a run of updates becomes one transaction.
			inbox.push(bytes);
			if (inbox.length === 1) queueMicrotask(deliver);
		});
		ws.on('close', () => {
			sockets.delete(ws);
			registry.leave(doc, peer);
		});
		ready.then(
			() => {
				if (ws.readyState !== ws.OPEN) return;
				doc.greet(peer);
				// What is stored, once the document equals it: now, or when pending writes commit.
				if (registry.persistence.isFlushed(doc)) doc.reportAllCommitted(peer);
				else void registry.persistence.whenFlushed(doc).then(() => doc.reportAllCommitted(peer));
				const early = queue ?? [];
				queue = null;
				handle(early);
			},
			() => peer.close(CloseCode.ServerError, 'the document could not be loaded; retrying')
		);
	}

	const pingTimer = setInterval(() => {
		for (const [ws, s] of sockets) {
			if (!s.alive) {
				ws.terminate();
				continue;
			}
			s.alive = false;
			ws.ping();
		}
	}, options.pingIntervalMs ?? 30_000);

	// A session can end while its sockets stay open: expiry, or deletion elsewhere.
	const sessionTimer = setInterval(() => {
		const now = Date.now();
		for (const { peer } of sockets.values()) {
			if (peer.sessionExpiresAt.getTime() > now) continue;
			sessionExpiry(db, peer.sessionId)
				.then((expiresAt) => {
					if (expiresAt) peer.sessionExpiresAt = expiresAt;
					else peer.close(CloseCode.Unauthenticated, 'session expired');
				})
				.catch((error) => log.error('session check failed', { error: String(error) }));
		}
	}, options.sessionCheckIntervalMs ?? 60_000);

	const onSessionRevoked = (sessionId: string) => {
		for (const { peer } of sockets.values()) {
			if (peer.sessionId === sessionId) peer.close(CloseCode.Unauthenticated, 'signed out');
		}
	};
	/** Asks the database again what this peer may do on this deal; closes it with 4403 when nothing. */
	const recheck = (peer: Peer, dealId: string) =>
		dealAccessFor(db, peer.user.id, dealId)
			.then((access) => {
				if (!access) peer.close(CloseCode.Forbidden, 'access to this deal was removed');
				else peer.readOnly = !canEditDocument(access);
			})
			.catch((error) => log.error('access check failed', { error: String(error) }));
	const onAccessChanged = (dealId: string) => {
		for (const peer of registry.get(dealId)?.peers ?? []) void recheck(peer, dealId);
	};
	// A workspace role changed or a member left: every deal that user has open, in any workspace.
	const onMemberChanged = (userId: string) => {
		for (const { peer, doc } of sockets.values()) if (peer.user.id === userId) void recheck(peer, doc.name);
	};
	const onCommentsChanged = (dealId: string) => registry.get(dealId)?.broadcastExtension(COMMENTS_CHANGED);
	// Several instances: an access or comments event raised here reaches the sockets held there.
	const relay = options.relay;
	if (relay) {
		context.events.forward = (name, arg) => relay.publish({ t: 'e', name, arg });
		relay.onMessage((m) => {
			if (m.t === 'e') context.events.emitLocal(m.name, m.arg);
		});
	}
	context.events.on('session-revoked', onSessionRevoked);
	context.events.on('deal-access-changed', onAccessChanged);
	context.events.on('member-access-changed', onMemberChanged);
	context.events.on('comments-changed', onCommentsChanged);

	return {
		registry,
		peerCount: () => sockets.size,
		handleUpgrade(req, socket, head) {
			socket.on('error', (error) => log.warn('upgrade socket error', { error: String(error) }));
			if (closing) return refuse(socket, 503, 'This server is restarting: reconnect in a moment.', { 'Retry-After': '1' });
			authorizeUpgrade(req, context).then(
				(decision) => {
					if (!decision.ok) {
						log.info('upgrade refused', { status: decision.status, url: req.url?.slice(0, 200) });
						return refuse(socket, decision.status, decision.reason);
					}
					const until = pausedUntil.get(decision.identity.user.id) ?? 0;
					if (until > Date.now()) {
						log.info('upgrade refused', { status: 429, user: decision.identity.user.email });
						return refuse(socket, 429, 'Too many messages: reconnect in a moment.', { 'Retry-After': String(Math.ceil((until - Date.now()) / 1000)) });
					}
					pausedUntil.delete(decision.identity.user.id);
					const userId = decision.identity.user.id;
					const address = clientAddress(req, context.config);
					if ((held.user.get(userId) ?? 0) >= caps.user || (held.address.get(address) ?? 0) >= caps.address) {
						log.warn('upgrade refused', { status: 429, user: decision.identity.user.email, address, reason: 'too many open sockets' });
						return refuse(socket, 429, 'Too many open connections: close some tabs of this app, then reload.');
					}
					hold(held.user, userId, 1);
					hold(held.address, address, 1);
					let released = false;
					const release = () => {
						if (released) return;
						released = true;
						hold(held.user, userId, -1);
						hold(held.address, address, -1);
					};
					socket.once('close', release);
					wss.handleUpgrade(req, socket, head, (ws) => {
						ws.once('close', release);
						connect(ws, socket, decision.identity);
					});
				},
				(error) => {
					log.error('upgrade failed', { error: String(error) });
					refuse(socket, 500, 'The server could not check your access; try again.');
				}
			);
		},
		async close() {
			clearInterval(pingTimer);
			clearInterval(sessionTimer);
			context.events.off('session-revoked', onSessionRevoked);
			context.events.off('deal-access-changed', onAccessChanged);
			context.events.off('member-access-changed', onMemberChanged);
			context.events.off('comments-changed', onCommentsChanged);
			if (relay) context.events.forward = null;
			// Stop taking changes, commit what was taken (each client hears it saved), then tell
			// every client to reconnect: it lands on another instance with nothing left unsaved here.
			closing = true;
			await Promise.race([registry.flushAll(), new Promise((r) => setTimeout(r, 10_000))]);
			const gone = [...sockets.keys()].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
			for (const ws of sockets.keys()) ws.close(CloseCode.Restarting, 'server restarting');
			// Let the close frames reach the clients before the process goes (else they see 1006).
			await Promise.race([Promise.all(gone), new Promise((r) => setTimeout(r, 2000))]);
			await registry.close();
			wss.close();
		}
	};
}
