import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { POSTGRES_TEMPLATE_DB, withDatabase } from './postgres-url.ts';

export type TestDriver = 'pglite' | 'postgres';

/** PGlite always; real Postgres too when TEST_DATABASE_URL is set. */
export const TEST_DRIVERS: TestDriver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
	handle: DatabaseHandle;
	/** Where another process reaches the same database (Postgres only). */
	url?: string;
	/** Another connection pool to the same database (a second server instance). */
	openAnother(): DatabaseHandle;
	drop(): Promise<void>;
}

/** A fresh, migrated database for one test: a PGlite loaded from the dump, or a Postgres clone. */
export async function createTestDatabase(driver: TestDriver): Promise<TestDatabase> {
	if (driver === 'pglite') {
		const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
		const pglite = new PGlite({ loadDataDir: blob });
		const handle = openDatabase({ kind: 'pglite', pglite });
		return {
			handle,
			// PGlite is one connection in one process: a second "instance" shares it.
			openAnother: () => ({ ...openDatabase({ kind: 'pglite', pglite }), close: async () => {} }),
			drop: () => handle.close()
		};
	}
	const url = process.env.TEST_DATABASE_URL!;
	const name = `deal_rooms_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name} template ${POSTGRES_TEMPLATE_DB}`);
	const dbUrl = withDatabase(url, name);
	const handle = openDatabase({ kind: 'postgres', url: dbUrl });
	const others: DatabaseHandle[] = [];
	return {
		handle,
		url: dbUrl,
		openAnother: () => {
			const other = openDatabase({ kind: 'postgres', url: dbUrl });
			others.push(other);
			return other;
		},
		drop: async () => {
			await Promise.all([handle.close(), ...others.map((o) => o.close())]);
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}
