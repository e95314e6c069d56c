/**
 * The embedded database's own thread: it owns PGlite, so Postgres' work (planning, WAL, the
 * WASM heap's page faults) never stalls the sync server's event loop. Started by
 * `pglite-client.ts`, which speaks to it with the messages of `pglite-protocol.ts`.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError, type PGliteWorkerOptions, type WorkerRequest, type WorkerResponse } from './pglite-protocol.ts';

const port = parentPort!;
const options = workerData as PGliteWorkerOptions;
const send = (message: WorkerResponse) => port.postMessage(message);

/** Postgres settings sized for one small process: most of the memory is shared_buffers. */
function startParams(): string[] {
	return [
		...PGlite.defaultStartParams,
		'-c',
		`shared_buffers=${options.sharedBuffers}`,
		// A VACUUM or CREATE INDEX takes up to this at once (Postgres' default is 64MB).
		'-c',
		'maintenance_work_mem=16MB'
	];
}

function open(): PGlite {
	if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
	return new PGlite(options.dataDir, { startParams: startParams() });
}

const pglite = open();
/** Open transactions by number; each waits for its `end` inside PGlite's own transaction. */
const transactions = new Map<number, { tx: Transaction; end: (commit: boolean) => void; done: Promise<void> }>();
let nextTransaction = 1;
const ROLLBACK = Symbol('rollback');

function queryOptions(request: Extract<WorkerRequest, { type: 'query' }>) {
	const keepText = (value: string) => value;
	return {
		rowMode: request.rowMode,
		parsers: Object.fromEntries(request.textTypes.map((oid) => [oid, keepText]))
	};
}

function target(tx: number | undefined): PGlite | Transaction {
	if (tx === undefined) return pglite;
	const open = transactions.get(tx);
	if (!open) throw new Error(`transaction ${tx} is not open`);
	return open.tx;
}

function begin(): Promise<number> {
	const id = nextTransaction++;
	return new Promise<number>((began, failed) => {
		let end!: (commit: boolean) => void;
		const decided = new Promise<boolean>((resolve) => (end = resolve));
		const done = pglite
			.transaction(async (tx) => {
				transactions.set(id, { tx, end, done });
				began(id);
				// Throwing makes PGlite roll back; a commit that fails rejects `done`.
				if (!(await decided)) throw ROLLBACK;
			})
			.catch((error: unknown) => {
				if (error !== ROLLBACK) throw error;
			})
			.finally(() => transactions.delete(id));
		// BEGIN itself failed: nothing was opened.
		done.catch(failed);
	});
}

async function end(tx: number, commit: boolean): Promise<void> {
	const open = transactions.get(tx);
	if (!open) throw new Error(`transaction ${tx} is not open`);
	open.end(commit);
	await open.done;
}

async function handle(request: WorkerRequest): Promise<unknown> {
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
	(error: unknown) => send({ type: 'failed', error: serializeError(error) })
);

port.on('message', (request: WorkerRequest) => {
	handle(request).then(
		(value) => send({ id: request.id, ok: true, value }),
		(error: unknown) => send({ id: request.id, ok: false, error: serializeError(error) })
	);
});
