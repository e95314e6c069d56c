import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { createAppContext, type AppContext } from '../../src/lib/server/app-context.ts';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { deals, users } from '../../src/lib/server/db/schema.ts';
import type { Logger } from '../../server/logger.ts';
import { createSyncServer, type SyncServer, type SyncServerOptions } from '../../server/sync-server.ts';
import { createTestDatabase, type TestDatabase, type TestDriver } from './test-database.ts';

export interface LogLine {
	level: 'info' | 'warn' | 'error';
	message: string;
	fields?: Record<string, unknown>;
}

export interface TestServer {
	context: AppContext;
	database: TestDatabase;
	sync: SyncServer;
	port: number;
	/** `ws://127.0.0.1:<port>/sync` */
	syncUrl: string;
	origin: string;
	logs: LogLine[];
	demoDealId: string;
	/** A fresh session for a demo user; returns the cookie token. */
	signIn(email: string): Promise<string>;
	userId(email: string): Promise<string>;
	/** Stops the sync server (committing what is pending) and starts a new one on the same database. */
	restart(): Promise<void>;
	close(): Promise<void>;
}

/** The sync server on port 0 with a fresh, seeded database; no mocks. */
export async function startTestServer(
	driver: TestDriver,
	options: SyncServerOptions = {}
): Promise<TestServer> {
	const database = await createTestDatabase(driver);
	const logs: LogLine[] = [];
	const log: Logger = {
		info: (message, fields) => logs.push({ level: 'info', message, fields }),
		warn: (message, fields) => logs.push({ level: 'warn', message, fields }),
		error: (message, fields) => logs.push({ level: 'error', message, fields })
	};
	const config = readConfig({ SEED_DEMO: '1', PORT: '0' });
	const context = await createAppContext({ config, database: database.handle, log: () => {} });
	const db = database.handle.db;
	const [deal] = await db.select({ id: deals.id }).from(deals).where(eq(deals.title, 'Recruiting platform upgrade'));

	let sync = createSyncServer(context, { log, ...options });
	const server = http.createServer((_req, res) => res.writeHead(404).end());
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;

	const harness: TestServer = {
		context,
		database,
		get sync() {
			return sync;
		},
		port,
		syncUrl: `ws://127.0.0.1:${port}/sync`,
		origin: `http://127.0.0.1:${port}`,
		logs,
		demoDealId: deal!.id,
		async userId(email) {
			const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
			if (!user) throw new Error(`no user ${email}`);
			return user.id;
		},
		async signIn(email) {
			const token = generateSessionToken();
			await createSession(db, token, await harness.userId(email));
			return token;
		},
		async restart() {
			await sync.close();
			sync = createSyncServer(context, { log, ...options });
		},
		async close() {
			await sync.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			await context.imports.close();
			await database.drop();
		}
	};
	return harness;
}
