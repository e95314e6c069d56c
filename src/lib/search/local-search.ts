import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { localDocName } from '$lib/offline/local-store';
import { getBody } from '$lib/sync/deal-doc';
import { dealDocEntries, type SearchEntryInput } from './deal-entries.ts';
import { indexTerms, queryTerms, snippet } from './terms.ts';

/** Whether a text holds every term of the query, by the server's own rules. */
export function matchesQuery(text: string, query: string): boolean {
	const { exact, prefix } = queryTerms(query);
	if (exact.length + prefix.length === 0) return false;
	const terms = indexTerms(text);
	const set = new Set(terms);
	return exact.every((t) => set.has(t)) && prefix.every((p) => terms.some((t) => t.startsWith(p)));
}

/**
 * Offline: the deals this device keeps (each opened here before), searched like the server
 * would. Only what is inside them: titles come from their first heading.
 */
export async function searchThisDevice(userId: string, query: string, limit = 20) {
	const prefix = localDocName(userId, '');
	const names = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(prefix)) : [];
	const results: { kind: SearchEntryInput['kind']; href: string; title: string; place: string; snippet: ReturnType<typeof snippet> }[] = [];
	for (const name of names) {
		if (results.length >= limit) break;
		const doc = new Y.Doc();
		const local = new IndexeddbPersistence(name, doc);
		try {
			await local.whenSynced;
			const heading = getBody(doc).toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'heading');
			const title = heading instanceof Y.XmlElement ? heading.toArray().map((t) => (t instanceof Y.XmlText ? t.toString().replace(/<[^>]+>/g, '') : '')).join('') : '';
			for (const e of dealDocEntries(doc)) {
				if (!matchesQuery(`${e.place} ${e.body}`, query)) continue;
				results.push({ kind: e.kind, href: `/deals/${name.slice(prefix.length)}`, title: title || name.slice(prefix.length), place: e.place, snippet: snippet(e.body, query) });
			}
		} finally {
			await local.destroy();
			doc.destroy();
		}
	}
	return results.slice(0, limit);
}
