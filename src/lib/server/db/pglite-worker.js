// @ts-check
/**
 * The embedded database's own thread: it owns PGlite, so Postgres' work (planning, WAL, the
 * WASM heap's page faults) never stalls the sync server's event loop. Started by
 * `pglite-client.ts`, which speaks to it with the messages of `pglite-protocol.ts`.
 *
 * Plain JavaScript (checked by TypeScript through the JSDoc types), so that Node runs this file
 * as it is in every setting — `npm start`, tests, `vite dev` — with no TypeScript loader in the
 * thread (tsx there would cost ~60 MB).
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {import('@electric-sql/pglite').Transaction} Transaction */
/** @typedef {import('./pglite-protocol.ts').PGliteWorkerOptions} PGliteWorkerOptions */
/** @typedef {import('./pglite-protocol.ts').WorkerRequest} WorkerRequest */
/** @typedef {import('./pglite-protocol.ts').WorkerResponse} WorkerResponse */
/** @typedef {import('./pglite-protocol.ts').SerializedError} SerializedError */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const options = /** @type {PGliteWorkerOptions} */ (workerData);
/** @param {WorkerResponse} message */
const send = (message) => port.postMessage(message);

/**
 * Keeps what Postgres said about an error (SQLSTATE `code`, `detail`, `constraint`…) across the
 * thread: structured cloning would keep only the message.
 * @param {unknown} error
 * @returns {SerializedError}
 */
function serializeError(error) {
	if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
	/** @type {Record<string, string | number>} */
	const fields = {};
	for (const [key, value] of Object.entries(error)) {
		if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
	}
	return { name: error.name, message: error.message, fields };
}

/** Postgres settings sized for one small process: most of the memory is shared_buffers. */
function startParams() {
	return [
		...PGlite.defaultStartParams,
		'-c',
		`shared_buffers=${options.sharedBuffers}`,
		// A VACUUM or CREATE INDEX takes up to this at once (Postgres' default is 64MB).
		'-c',
		'maintenance_work_mem=16MB'
	];
}

function open() {
	if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
	return new PGlite(options.dataDir, { startParams: startParams() });
}

const pglite = open();
/** @type {Map<number, { tx: Transaction; end: (commit: boolean) => void; done: Promise<void> }>} Open transactions; each waits for its `end` inside PGlite's own. */
const transactions = new Map();
let nextTransaction = 1;
const ROLLBACK = Symbol('rollback');

/** @param {Extract<WorkerRequest, { type: 'query' }>} request */
function queryOptions(request) {
	/** @param {string} value */
	const keepText = (value) => value;
	return {
		rowMode: request.rowMode,
		parsers: Object.fromEntries(request.textTypes.map((oid) => [oid, keepText]))
	};
}

/**
 * @param {number | undefined} tx
 * @returns {PGlite | Transaction}
 */
function target(tx) {
	if (tx === undefined) return pglite;
	const open = transactions.get(tx);
	if (!open) throw new Error(`transaction ${tx} is not open`);
	return open.tx;
}

/** @returns {Promise<number>} */
function begin() {
	const id = nextTransaction++;
	return new Promise((began, failed) => {
		/** @type {(commit: boolean) => void} */
		let end = () => {};
		/** @type {Promise<boolean>} */
		const decided = new Promise((resolve) => (end = resolve));
		/** @type {Promise<void>} */
		const done = pglite
			.transaction(async (tx) => {
				transactions.set(id, { tx, end, done });
				began(id);
				// Throwing makes PGlite roll back; a commit that fails rejects `done`.
				if (!(await decided)) throw ROLLBACK;
			})
			.catch((error) => {
				if (error !== ROLLBACK) throw error;
			})
			.finally(() => transactions.delete(id));
		// BEGIN itself failed: nothing was opened.
		done.catch(failed);
	});
}

/**
 * @param {number} tx
 * @param {boolean} commit
 */
async function end(tx, commit) {
	const open = transactions.get(tx);
	if (!open) throw new Error(`transaction ${tx} is not open`);
	open.end(commit);
	await open.done;
}

/**
 * @param {WorkerRequest} request
 * @returns {Promise<unknown>}
 */
async function handle(request) {
	switch (request.type) {
		case 'query':
			return target(request.tx).query(request.sql, request.params, queryOptions(request));
		case 'exec':
			return target(request.tx).exec(request.sql);
		case 'begin':
			return begin();
		case 'end':
			return end(request.tx, request.commit);
		case 'close':
			if (!pglite.closed) await pglite.close();
			return null;
	}
}

pglite.waitReady.then(
	() => send({ type: 'ready' }),
	(error) => send({ type: 'failed', error: serializeError(error) })
);

port.on('message', (/** @type {WorkerRequest} */ request) => {
	handle(request).then(
		(value) => send({ id: request.id, ok: true, value }),
		(error) => send({ id: request.id, ok: false, error: serializeError(error) })
	);
});
