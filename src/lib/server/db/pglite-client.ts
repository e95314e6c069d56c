/**
 * The embedded database in a worker thread, behind the part of PGlite's interface that drizzle's
 * PGlite driver uses (`query`, `exec`, `transaction`), so the app keeps one drizzle API while
 * Postgres runs off the sync server's thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import {
	deserializeError,
	type PGliteWorkerOptions,
	type WorkerRequest,
	type WorkerResponse
} from './pglite-protocol.ts';
import { needsTemplate, unpackTemplate } from './pglite-template.ts';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distribute<WorkerRequest>;

export interface QueryOptions {
	rowMode?: 'array' | 'object';
	parsers?: Record<number, unknown>;
}

/** What drizzle's PGlite session calls on a client or a transaction. */
export interface PGliteQueryable {
	query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: T[]; affectedRows?: number }>;
	exec(sql: string): Promise<unknown>;
}

interface PGliteLike extends PGliteQueryable {
	transaction<T>(callback: (tx: PGliteQueryable & { rollback(): Promise<void>; readonly closed: boolean }) => Promise<T>): Promise<T>;
	close(): Promise<void>;
	readonly closed: boolean;
}

/**
 * The worker's file: beside this module, or beside the bundle that holds it (`npm run build`
 * copies it there); from the source tree when this module is bundled elsewhere (SvelteKit's
 * server build, which shares the production entry's database and never opens one itself).
 */
function workerFile(): string {
	const beside = fileURLToPath(new URL('./pglite-worker.js', import.meta.url));
	return existsSync(beside) ? beside : path.resolve('src/lib/server/db/pglite-worker.js');
}

/** A worker thread running `pglite-worker.js`; `ready` settles with its first word. */
function startWorker(options: PGliteWorkerOptions): { worker: Worker; ready: Promise<void> } {
	const worker = new Worker(workerFile(), { workerData: options });
	const ready = new Promise<void>((resolve, reject) => {
		const stopped = (code: number) => reject(new Error(`its thread stopped while opening (exit code ${code})`));
		worker.on('message', (message: WorkerResponse) => {
			if (!('type' in message)) return;
			worker.off('exit', stopped);
			if (message.type === 'ready') resolve();
			else reject(deserializeError(message.error));
		});
		worker.once('error', reject);
		worker.once('exit', stopped);
	});
	return { worker, ready };
}

/**
 * PGlite's WASM compiled by V8's baseline compiler only: about 70 MB less memory and seconds
 * less CPU at start than tiering up to the optimising compiler, for ~10 % slower queries
 * (measured in the closing note of #17). Only PGlite is WebAssembly in this process.
 */
function preferBaselineWasm(): void {
	if (!process.execArgv.includes('--no-liftoff-only')) v8.setFlagsFromString('--liftoff-only');
}

/** PGlite in a worker thread. Calls made while it starts wait for it. */
export class PGliteWorkerClient implements PGliteLike {
	#worker: Worker | null = null;
	#pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	#nextId = 1;
	#ready: Promise<void>;
	#closed = false;
	#failure: Error | null = null;

	/** `template`: a dumped data directory that a new `dataDir` starts as (pglite-template.ts). */
	constructor(options: PGliteWorkerOptions & { template?: string }) {
		preferBaselineWasm();
		this.#ready = this.#start(options);
		// Nothing else listens before the first call: a failed start surfaces there.
		this.#ready.catch(() => {});
	}

	async #start({ template, ...options }: PGliteWorkerOptions & { template?: string }): Promise<void> {
		try {
			if (needsTemplate(options.dataDir, template)) await unpackTemplate(template, options.dataDir!);
		} catch (error) {
			throw this.#fail(error as Error);
		}
		const { worker, ready } = startWorker(options);
		this.#worker = worker;
		worker.on('message', (message: WorkerResponse) => {
			if ('type' in message) return;
			const call = this.#pending.get(message.id);
			if (!call) return;
			this.#pending.delete(message.id);
			if (message.ok) call.resolve(message.value);
			else call.reject(deserializeError(message.error));
		});
		worker.on('error', (error) => this.#fail(error));
		worker.on('exit', (code) => {
			if (!this.#closed) this.#fail(new Error(`its thread stopped (exit code ${code})`));
		});
		await ready.catch((error: Error) => {
			throw this.#fail(error);
		});
	}

	get closed(): boolean {
		return this.#closed;
	}

	/** Every waiting call fails with the reason, and so does every later one. */
	#fail(error: Error): Error {
		this.#failure ??= new Error(`The embedded database is unavailable: ${error.message}. Restart the server; no committed change is lost.`, { cause: error });
		for (const call of this.#pending.values()) call.reject(this.#failure);
		this.#pending.clear();
		return this.#failure;
	}

	async #call<T>(request: Request): Promise<T> {
		await this.#ready;
		if (this.#failure) throw this.#failure;
		if (this.#closed) throw new Error('The embedded database is closed.');
		const id = this.#nextId++;
		return new Promise<T>((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			this.#worker!.postMessage({ ...request, id } as WorkerRequest);
		});
	}

	#queryable(tx?: number): PGliteQueryable {
		return {
			query: <T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
				this.#call<{ rows: T[]; affectedRows?: number }>({
					type: 'query',
					sql,
					params,
					rowMode: options.rowMode,
					// Drizzle's parsers only keep dates and intervals as text; the worker does the same.
					textTypes: Object.keys(options.parsers ?? {}).map(Number),
					tx
				}),
			exec: (sql: string) => this.#call({ type: 'exec', sql, tx })
		};
	}

	query<T>(sql: string, params?: unknown[], options?: QueryOptions) {
		return this.#queryable().query<T>(sql, params, options);
	}

	exec(sql: string) {
		return this.#queryable().exec(sql);
	}

	/** Like PGlite's: other callers wait while it is open; a throw rolls it back. */
	async transaction<T>(callback: (tx: PGliteQueryable & { rollback(): Promise<void>; readonly closed: boolean }) => Promise<T>): Promise<T> {
		const tx = await this.#call<number>({ type: 'begin' });
		let finished = false;
		const handle = {
			...this.#queryable(tx),
			rollback: async () => {
				finished = true;
				await this.#call({ type: 'end', tx, commit: false });
			},
			get closed() {
				return finished;
			}
		};
		let result: T;
		try {
			result = await callback(handle);
		} catch (error) {
			if (!finished) {
				finished = true;
				await this.#call({ type: 'end', tx, commit: false }).catch(() => {});
			}
			throw error;
		}
		if (!finished) {
			finished = true;
			await this.#call({ type: 'end', tx, commit: true });
		}
		return result;
	}

	async close(): Promise<void> {
		if (this.#closed) return;
		await this.#call({ type: 'close' }).catch(() => {});
		this.#closed = true;
		await this.#worker?.terminate();
	}
}
