/**
 * A new embedded database starts as a copy of the migrated, empty one that `npm run build`
 * dumps (server/build-runtime.ts), instead of running initdb at start: initdb holds ~900 MB for
 * seconds, unpacking the dump a few MB.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';

/** Where the build leaves the template: a tar.gz of a data directory. */
export const pgliteTemplateFile = () => path.resolve('build/runtime/pglite-template.tar.gz');

/** Whether `dataDir` holds no database yet and there is a template to make it from. */
export function needsTemplate(dataDir: string | undefined, template: string | undefined): template is string {
	return !!dataDir && !!template && existsSync(template) && !existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * Unpacks the template into `dataDir`, whole or not at all: into a directory beside it first,
 * renamed into place when complete, so a crash midway leaves no half database to open.
 */
export async function unpackTemplate(template: string, dataDir: string): Promise<void> {
	const target = path.resolve(dataDir);
	if (existsSync(target) && readdirSync(target).length > 0) {
		throw new Error(`${target} is not empty but holds no database (no PG_VERSION): move it away or set DATA_DIR to a new directory.`);
	}
	const staging = `${target}.new-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	try {
		// Entries are stored with a leading "/", which tar strips (and would warn about). Read in
		// small pieces: whole-file reads leave ~35 MB more memory with the process for good.
		await tar.x({ file: template, cwd: staging, onwarn: () => {}, maxReadSize: 64 * 1024 });
		if (existsSync(target)) rmSync(target, { recursive: true });
		renameSync(staging, target);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	}
}
