import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { POSTGRES_TEMPLATE_DB, withDatabase } from './support/postgres-url.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
	}
}

/**
 * Migrates the schema once per run: a dumped PGlite data directory (a fresh PGlite takes
 * seconds to start; loading a dump is fast) and, with TEST_DATABASE_URL, a Postgres template
 * database that each test clones.
 */
export default async function setup(project: TestProject) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'deal-rooms-tpl-'));
	const pglite = new PGlite();
	const handle = openDatabase({ kind: 'pglite', pglite });
	await handle.migrate();
	const dump = await pglite.dumpDataDir('none');
	const file = path.join(dir, 'template.tar');
	writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
	await handle.close();
	project.provide('pgliteTemplate', file);

	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		await admin.unsafe(`drop database if exists ${POSTGRES_TEMPLATE_DB} with (force)`);
		await admin.unsafe(`create database ${POSTGRES_TEMPLATE_DB}`);
		const tpl = openDatabase({ kind: 'postgres', url: withDatabase(url, POSTGRES_TEMPLATE_DB), max: 1 });
		await tpl.migrate();
		await tpl.close();
		await admin.end();
	}
	return () => rmSync(dir, { recursive: true, force: true });
}
