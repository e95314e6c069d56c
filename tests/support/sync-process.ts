/**
 * A sync server in a process of its own, for tests that kill it (SIGKILL) or measure its CPU
 * and memory apart from the clients. Run with tsx; prints one JSON line when it listens:
 * `{ port, tokens: { alice, victor }, deals: [...] }`. Answers `stats` over IPC.
 *
 * SYNC_MODE=ours (default): our sync server on DATABASE_URL (Postgres) or DATA_DIR (PGlite),
 * with the demo workspace and EXTRA_DEALS more deals for alice.
 * SYNC_MODE=reference: the plain protocol server of @y/websocket-server (no auth, no storage).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createAppContext } from '../../src/lib/server/app-context.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { consoleLogger, silentLogger } from '../../server/logger.ts';
import { createRedisRelay } from '../../server/relay.ts';
import { createSyncServer } from '../../server/sync-server.ts';
import type { AppEventName } from '../../src/lib/server/app-events.ts';
import { prepareLoadDeals } from './load-deals.ts';
import { newId } from '../../src/lib/ids.ts';

export interface SyncProcessReady {
	port: number;
	tokens: Record<string, string>;
	deals: string[];
}

export interface SyncProcessStats {
	cpuMs: number;
	rssBytes: number;
	maxRssBytes: number;
}

const port = Number(process.env.PORT ?? 0);
const server = http.createServer((_req, res) => res.writeHead(404).end());
let ready: SyncProcessReady;

if (process.env.SYNC_MODE === 'reference') {
	const { setupWSConnection } = await import('@y/websocket-server/utils');
	const wss = new WebSocketServer({ noServer: true });
	server.on('upgrade', (req, socket, head) =>
		wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: (req.url ?? '/').slice('/sync/'.length) }))
	);
	const docs = Array.from({ length: 1 + Number(process.env.EXTRA_DEALS ?? 0) }, () => newId());
	ready = { port: 0, tokens: { alice: 'none', victor: 'none' }, deals: docs };
} else {
	const config = readConfig({ ...process.env, SEED_DEMO: '1', PORT: '0' });
	const context = await createAppContext({ config, log: () => {} });
	const db = context.database.db;
	const log = process.env.SYNC_QUIET ? silentLogger : consoleLogger;
	const relay = config.REDIS_URL ? createRedisRelay(config.REDIS_URL, log) : undefined;
	const sync = createSyncServer(context, { log, relay });
	// Tests raise app events (a role removed, a session signed out) as the HTTP side would.
	process.on('message', (m) => {
		if (m && typeof m === 'object' && 'emit' in m) {
			const [name, arg] = (m as { emit: [AppEventName, string] }).emit;
			context.events.emit(name, arg);
		}
	});
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	const { tokens, deals: dealIds } = await prepareLoadDeals(db, Number(process.env.EXTRA_DEALS ?? 0));
	ready = { port: 0, tokens, deals: dealIds };
	const stop = async () => {
		await sync.close();
		await context.imports.close();
		await relay?.close();
		await context.database.close();
		process.exit(0);
	};
	process.on('SIGTERM', () => void stop());
}

server.listen(port, '127.0.0.1', () => {
	ready.port = (server.address() as AddressInfo).port;
	console.log(JSON.stringify(ready));
});

process.on('message', (msg) => {
	if (msg !== 'stats') return;
	const cpu = process.cpuUsage();
	const stats: SyncProcessStats = {
		cpuMs: (cpu.user + cpu.system) / 1000,
		rssBytes: process.memoryUsage().rss,
		maxRssBytes: process.resourceUsage().maxRSS * 1024
	};
	process.send?.(stats);
});
