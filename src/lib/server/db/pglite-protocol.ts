/**
 * The messages between the sync server's thread and the worker thread that owns the embedded
 * database (`pglite-worker.js`). Plain data only: they cross threads by structured clone.
 */

/**
 * shared_buffers of the embedded database unless PGLITE_SHARED_BUFFERS says otherwise. Postgres
 * touches all of it at start, so it is resident from the first second: 8 MB measured ~35 MB less
 * at start and under load.bench.ts than 16 MB, with the same fan-out and commit latency; 4 MB saved
 * no more (the closing note of #17).
 */
export const DEFAULT_PGLITE_SHARED_BUFFERS = '8MB';

/** How the worker opens PGlite. */
export interface PGliteWorkerOptions {
	/** Data directory on disk; none: in memory. */
	dataDir?: string;
	/** Postgres `shared_buffers` (e.g. `8MB`): most of what the embedded database keeps in memory. */
	sharedBuffers: string;
}

export type WorkerRequest =
	| {
			type: 'query';
			id: number;
			sql: string;
			params: unknown[];
			rowMode?: 'array' | 'object';
			/** Type OIDs whose values stay as the text Postgres sent (drizzle's parsers for dates and intervals). */
			textTypes: number[];
			tx?: number;
	  }
	| { type: 'exec'; id: number; sql: string; tx?: number }
	/** Opens a transaction; the answer (`tx`) names it for the queries and the `end` that follow. */
	| { type: 'begin'; id: number }
	| { type: 'end'; id: number; tx: number; commit: boolean }
	| { type: 'close'; id: number };

/** A database error as it crosses the thread: Postgres' fields (code, detail, constraint…) kept. */
export interface SerializedError {
	name: string;
	message: string;
	fields: Record<string, string | number>;
}

export type WorkerResponse =
	| { type: 'ready' }
	| { type: 'failed'; error: SerializedError }
	| { id: number; ok: true; value: unknown }
	| { id: number; ok: false; error: SerializedError };

/** The error again on this side, with the same name, message and Postgres fields. */
export function deserializeError(serialized: SerializedError): Error {
	const error = new Error(serialized.message);
	error.name = serialized.name;
	return Object.assign(error, serialized.fields);
}
