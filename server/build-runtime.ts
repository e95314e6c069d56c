/**
 * The second half of `npm run build` (after `vite build`): what `npm start` runs, made ready so
 * that starting is only starting.
 * - `build/runtime/main.js` and `pglite-worker.js`: the production entry as plain JavaScript
 *   (esbuild; packages stay in node_modules) and the embedded database's thread beside it.
 *   Running them needs no TypeScript loader: ~65 MB less memory than tsx and one process instead of two.
 * - `build/runtime/pglite-template.tar.gz`: an initialised, migrated, empty embedded database.
 *   A first start copies it instead of running initdb, which holds ~900 MB for seconds —
 *   install-time work, as Debian's postgresql package runs initdb when it is installed.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { pgliteTemplateFile } from '../src/lib/server/db/pglite-template.ts';

const RUNTIME_DIR = path.dirname(pgliteTemplateFile());
const started = Date.now();
mkdirSync(RUNTIME_DIR, { recursive: true });
await build({
	entryPoints: { main: 'server/main.ts' },
	outdir: RUNTIME_DIR,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	alias: { $lib: './src/lib' },
	sourcemap: 'linked',
	logLevel: 'warning'
});
// The embedded database's thread, beside the bundle that starts it (plain JavaScript already).
copyFileSync('src/lib/server/db/pglite-worker.js', path.join(RUNTIME_DIR, 'pglite-worker.js'));

const pglite = new PGlite();
const database = openDatabase({ kind: 'pglite', pglite });
await database.migrate();
const dump = await pglite.dumpDataDir('gzip');
writeFileSync(pgliteTemplateFile(), new Uint8Array(await dump.arrayBuffer()));
await database.close();
console.log(`Built ${path.relative(process.cwd(), RUNTIME_DIR)}/ (server bundle, embedded database template) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
