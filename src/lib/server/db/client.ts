import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import postgres from 'postgres';
import { PGliteWorkerClient } from './pglite-client.ts';
import { DEFAULT_PGLITE_SHARED_BUFFERS } from './pglite-protocol.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** One type for both drivers: every query in the app is written against this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** What `db.transaction` hands its callback, on either driver. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
	db: Database;
	driver: 'pglite' | 'postgres';
	/** Applies every migration in `drizzle/` that has not run yet. */
	migrate(): Promise<void>;
	close(): Promise<void>;
}

export type DatabaseTarget =
	| { kind: 'postgres'; url: string; max?: number }
	/**
	 * The embedded database. With `dataDir` it runs in a worker thread of its own
	 * (`pglite-client.ts`), started from `template` when the directory is new; with `pglite`, that
	 * instance on this thread (tests sharing one); with neither, in memory on this thread.
	 */
	| { kind: 'pglite'; dataDir?: string; pglite?: PGlite; template?: string; sharedBuffers?: string };

const migrationsFolder = () => path.resolve(process.cwd(), 'drizzle');

/** Opens Postgres (postgres.js) or the embedded PGlite, with the same schema and the same API. */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
	if (target.kind === 'postgres') {
		const client = postgres(target.url, {
			max: target.max ?? 10,
			onnotice: () => {},
			// Fail fast when the database is unreachable (the default waits 30 s), so callers
			// retry or report instead of waiting.
			connect_timeout: 5,
			// Bytes come back as Buffer; the bytea custom type normalises them.
			connection: { application_name: 'deal-rooms' }
		});
		const db = drizzlePostgres(client, { schema }) as unknown as Database;
		return {
			db,
			driver: 'postgres',
			migrate: () => migratePostgres(db as never, { migrationsFolder: migrationsFolder() }),
			close: () => client.end({ timeout: 5 })
		};
	}
	const owned: PGlite | PGliteWorkerClient =
		target.pglite ??
		(target.dataDir
			? new PGliteWorkerClient({ dataDir: target.dataDir, template: target.template, sharedBuffers: target.sharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS })
			: new PGlite());
	// Drizzle's driver uses only the part of PGlite that the worker's client also has.
	const db = drizzlePglite(owned as PGlite, { schema }) as unknown as Database;
	return {
		db,
		driver: 'pglite',
		migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
		close: async () => {
			if (!owned.closed) await owned.close();
		}
	};
}
