/**
 * Production entry: one Node process serving the SvelteKit app (adapter-node's handler) and
 * the sync WebSocket on one port. `npm run build` bundles it into build/runtime/main.js, which
 * `npm start` runs with plain Node.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppContext, setAppContext } from '../src/lib/server/app-context.ts';
import { readConfig } from '../src/lib/server/config.ts';
import { handleImportUpload, IMPORT_UPLOAD_PATH } from './import-upload.ts';
import { withSecurityHeaders } from './security-headers.ts';
import { consoleLogger } from './logger.ts';
import { createRedisRelay } from './relay.ts';
import { createSyncServer } from './sync-server.ts';
import { SYNC_PATH_PREFIX } from './upgrade-auth.ts';

const handlerPath = path.resolve('build/handler.js');
if (!existsSync(handlerPath)) {
	console.error('No build found: run `npm run build` (npm ci and npm start do it for you), then start again.');
	process.exit(1);
}

// adapter-node assumes https when it has no ORIGIN, which breaks form posts on plain
// http://localhost; default to the local address and say how to change it.
if (!process.env.ORIGIN) {
	process.env.ORIGIN = `http://localhost:${process.env.PORT || 3000}`;
	console.log(`ORIGIN not set: serving as ${process.env.ORIGIN} (set ORIGIN to the public URL behind a proxy).`);
}
const config = readConfig();
const contextPromise = createAppContext({ config });
setAppContext(contextPromise);
const context = await contextPromise;
const { handler } = (await import(pathToFileURL(handlerPath).href)) as {
	handler: (req: http.IncomingMessage, res: http.ServerResponse) => void;
};

const server = http.createServer(
	withSecurityHeaders(process.env.ORIGIN, (req, res) => {
		// CSV uploads stream past SvelteKit's body limit (see import-upload.ts).
		if (req.method === 'POST' && req.url?.split('?')[0] === IMPORT_UPLOAD_PATH) return void handleImportUpload(req, res, context);
		handler(req, res);
	})
);
// A client that never finishes its request headers is dropped instead of holding a socket.
server.headersTimeout = 20_000;
// Long enough for a 50 MB import on a slow line; a stalled one is dropped all the same.
server.requestTimeout = 300_000;
// Several instances on one Postgres: fan-out through Redis (a hint; each catches up from the log).
const relay = config.REDIS_URL ? createRedisRelay(config.REDIS_URL, consoleLogger) : undefined;
context.lifecycle.redis = relay ? () => relay.status() : null;
const sync = createSyncServer(context, { relay });
server.on('upgrade', (req, socket, head) => {
	if (req.url?.startsWith(SYNC_PATH_PREFIX)) sync.handleUpgrade(req, socket, head);
	else socket.destroy();
});

server.listen(config.PORT, config.HOST, () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : config.PORT;
	console.log(
		`Deal rooms listening on http://localhost:${port} (${context.database.driver}${
			context.database.driver === 'pglite' ? `, data in ${path.resolve(config.DATA_DIR)}` : ''
		}${relay ? `, fan-out through Redis as instance ${relay.instanceId}` : ''})`
	);
	if (config.SEED_DEMO) console.log('Demo users: olivia@demo.test (owner), alice@demo.test, bob@demo.test, maya@demo.test, victor@demo.test — password "demo-password".');
});

let stopping = false;
async function shutdown(signal: string) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: stopping — committing pending edits, then asking clients to reconnect…`);
	// Whatever happens below, the process ends: a stuck shutdown must not outlive its signal.
	setTimeout(() => process.exit(1), 15_000).unref();
	context.lifecycle.draining = true;
	server.close();
	server.closeIdleConnections();
	await sync.close();
	// An import stops between chunks (each one committed whole); another instance, or this one restarted, goes on.
	await context.imports.close();
	await relay?.close();
	await context.database.close();
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
