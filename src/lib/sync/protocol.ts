/**
 * What our sync server says beyond the stock y-websocket protocol (sync 0, awareness 1,
 * auth 2, query-awareness 3). Shared by the server and the browser.
 */

/**
 * The query parameter a client adds to its socket URL (`/sync/<dealId>?extensions=1`) to hear
 * the messages below. A stock y-websocket client, which has no handler for them and would
 * log "Unable to compute message" for each, does not ask and gets only the standard protocol.
 */
export const EXTENSIONS_PARAM = 'extensions';

/** Server → client: the state vector the server has committed to the database. */
export const MESSAGE_PERSISTED = 100;

/** Server → client: this deal's comments changed; fetch them again. No payload. */
export const MESSAGE_COMMENTS_CHANGED = 101;

/**
 * Server → client: who wrote which items, as the server witnessed it (see `witness.ts`). Sent
 * when a client connects, for the items whose author and time the page shows, and whenever an
 * update to the live blocks is applied.
 */
export const MESSAGE_WITNESS = 102;

/**
 * WebSocket close codes. The stock client (y-websocket 3) never reconnects after 4400–4499, so
 * those are only for decisions reconnecting cannot change; 4500–4599 mean "try again later" and
 * the client reconnects with its backoff.
 */
export const CloseCode = {
	/** A message could not be decoded (random bytes, truncated update, unknown type). */
	MalformedMessage: 4400,
	/** The session ended or was signed out. */
	Unauthenticated: 4401,
	/** The user no longer has a role on this deal. */
	Forbidden: 4403,
	/** A message was larger than the server accepts for its kind (e.g. awareness state). */
	MessageTooLarge: 4413,
	/** The server could not load, apply or store a change; reconnecting later will resync. */
	ServerError: 4500,
	/** The client sent more than the server takes; it is refused for a short pause, then reconnects and resyncs. */
	RateLimited: 4529,
	/** The client read too slowly and its send buffer filled up. */
	SlowConsumer: 4508,
	/**
	 * The server is restarting (a deploy): everything it received is committed first; the client
	 * reconnects, to another instance behind a load balancer. WebSocket's own "service restart".
	 */
	Restarting: 1012
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
