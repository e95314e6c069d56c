import * as Y from 'yjs';
import { BLOCK_EDIT_ORIGIN } from './blocks.ts';

/**
 * The Yjs layout of one deal document. Everything that reads or writes a deal's Y.Doc goes
 * through this module, so the layout can only change here, together with SCHEMA_VERSION.
 *
 * - `body`   (Y.XmlFragment): the rich text, bound to Tiptap; live blocks are `liveBlock`
 *             elements that carry only a `blockId`.
 * - `blocks` (Y.Map): each live block's data under its id; its layout is in `blocks.ts`.
 * - `meta`   (Y.Map): `schemaVersion`; `fullWidth` (the page uses the whole screen, for everyone).
 */
export const SCHEMA_VERSION = 2;
export const BODY_FIELD = 'body';
const META = 'meta';

export function getBody(doc: Y.Doc): Y.XmlFragment {
	return doc.getXmlFragment(BODY_FIELD);
}

export type SeedNode =
	| { type: 'heading'; level: 1 | 2 | 3; text: string }
	| { type: 'paragraph'; text: string }
	| { type: 'bulletList'; items: string[] }
	| { type: 'liveBlock'; blockId: string };

function textElement(name: string, text: string, attrs: Record<string, unknown> = {}): Y.XmlElement {
	const el = new Y.XmlElement(name);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v as string);
	const t = new Y.XmlText();
	t.insert(0, text);
	el.insert(0, [t]);
	return el;
}

function toXml(node: SeedNode): Y.XmlElement {
	switch (node.type) {
		case 'heading':
			return textElement('heading', node.text, { level: node.level });
		case 'paragraph':
			return textElement('paragraph', node.text);
		case 'liveBlock': {
			const el = new Y.XmlElement('liveBlock');
			el.setAttribute('blockId', node.blockId);
			return el;
		}
		case 'bulletList': {
			const list = new Y.XmlElement('bulletList');
			list.insert(
				0,
				node.items.map((item) => {
					const li = new Y.XmlElement('listItem');
					li.insert(0, [textElement('paragraph', item)]);
					return li;
				})
			);
			return list;
		}
	}
}

/**
 * Writes the first content of a new deal document, in the node names Tiptap's schema uses.
 * Done once, on the server, into an empty document: never by a client.
 */
export function seedDealDoc(doc: Y.Doc, body: SeedNode[], blocks: (doc: Y.Doc) => void = () => {}): void {
	doc.transact(() => {
		doc.getMap(META).set('schemaVersion', SCHEMA_VERSION);
		blocks(doc);
		getBody(doc).insert(0, body.map(toXml));
	}, 'seed');
}

/** Whether the deal page is laid out full width (a per-deal setting, as Notion has). */
export function isFullWidth(doc: Y.Doc): boolean {
	return doc.getMap(META).get('fullWidth') === true;
}

export function setFullWidth(doc: Y.Doc, on: boolean, origin: unknown = BLOCK_EDIT_ORIGIN): void {
	doc.transact(() => doc.getMap(META).set('fullWidth', on), origin);
}

/** Calls back when the deal's meta (full width) changes; returns the unsubscribe. */
export function observeMeta(doc: Y.Doc, callback: () => void): () => void {
	const meta = doc.getMap(META);
	meta.observe(callback);
	return () => meta.unobserve(callback);
}

/** The plain text of the body, one line per text block; for tests, search and logs. */
export function bodyText(doc: Y.Doc): string {
	const lines: string[] = [];
	const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment) => {
		if (node instanceof Y.XmlText) {
			lines.push(node.toString().replace(/<[^>]+>/g, ''));
			return;
		}
		node.toArray().forEach((child) => walk(child as Y.XmlElement | Y.XmlText));
	};
	walk(getBody(doc));
	return lines.join('\n');
}
