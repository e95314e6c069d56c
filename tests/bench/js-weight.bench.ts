/**
 * First-load JavaScript of every page: what the browser must fetch before the page's own code
 * runs (SvelteKit's entry, the root layout, the page, and everything they import statically),
 * gzipped. What a page loads on demand (`import()`: history, the nine questions, the command
 * palette…) is listed apart. Reads the production build; builds it first unless `SKIP_BUILD=1`.
 *
 *   npx tsx tests/bench/js-weight.bench.ts
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
// The whole build (npm run build): `vite build` alone empties build/, the embedded database's template with it.
if (!process.env.SKIP_BUILD) execSync('npm run build', { cwd: root, stdio: 'ignore' });

interface Chunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}
const client = JSON.parse(readFileSync(path.join(root, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const gz = new Map<string, number>();
const size = (file: string) => {
	if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(root, '.svelte-kit/output/client', file))).length);
	return gz.get(file)!;
};

/** Chunks loaded statically from these manifest keys, each once. */
function closure(keys: string[]): Set<string> {
	const seen = new Set<string>();
	const walk = (key: string) => {
		if (seen.has(key) || !client[key]) return;
		seen.add(key);
		for (const i of client[key]!.imports ?? []) walk(i);
	};
	keys.forEach(walk);
	return seen;
}
const kb = (keys: Iterable<string>) => [...keys].reduce((s, k) => s + size(client[k]!.file), 0) / 1024;

// Routes and their nodes, from the server manifest SvelteKit writes.
const serverManifest = readFileSync(path.join(root, '.svelte-kit/output/server/manifest.js'), 'utf8');
const routes = serverManifest
	.split(/\bid: "/)
	.slice(1)
	.flatMap((part) => {
		const page = part.match(/^([^"]+)",[\s\S]*?page: \{ layouts: \[([\d,\s]*)\], errors: \[[^\]]*\], leaf: (\d+) \}/);
		return page ? [{ id: page[1]!, nodes: [...page[2]!.split(',').filter((n) => n.trim() !== '').map(Number), Number(page[3])] }] : [];
	});
const entry = ['node_modules/@sveltejs/kit/src/runtime/client/entry.js', '.svelte-kit/generated/client-optimized/app.js'];
const nodeKey = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;

const rows = routes
	.map((r) => {
		const first = closure([...entry, ...r.nodes.map(nodeKey)]);
		const lazy = new Set<string>();
		// The entry's own dynamic imports are the other routes: not this page's.
		for (const k of first) {
			if (entry.includes(k)) continue;
			for (const d of client[k]?.dynamicImports ?? []) for (const c of closure([d])) if (!first.has(c) && !c.includes('/nodes/')) lazy.add(c);
		}
		return { route: r.id, first: kb(first), lazy: kb(lazy) };
	})
	.sort((a, b) => b.first - a.first);

console.log('First-load JS per route (gzip, default level), and what the route loads on demand:');
console.log('| route | first load | on demand |');
console.log('|---|---|---|');
for (const r of rows) console.log(`| \`${r.route}\` | ${r.first.toFixed(0)} KB | ${r.lazy.toFixed(0)} KB |`);
const deal = rows.find((r) => r.route === '/deals/[dealId]');
if (deal) {
	console.log(`\nThe deal page: ${deal.first.toFixed(0)} KB before it can be edited (goal ≤ 200 KB: ${deal.first <= 200 ? 'met' : 'not met'}). Its largest chunks:`);
	const first = closure([...entry, ...routes.find((r) => r.id === '/deals/[dealId]')!.nodes.map(nodeKey)]);
	for (const k of [...first].sort((a, b) => size(client[b]!.file) - size(client[a]!.file)).slice(0, 8)) console.log(`  ${(size(client[k]!.file) / 1024).toFixed(1)} KB  ${k}`);
}
