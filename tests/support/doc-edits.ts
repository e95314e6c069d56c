import * as Y from 'yjs';
import { getBody } from '../../src/lib/sync/deal-doc.ts';

/** Appends a paragraph to the deal body, as the editor would. */
export function appendParagraph(doc: Y.Doc, text: string): void {
	const p = new Y.XmlElement('paragraph');
	const t = new Y.XmlText();
	t.insert(0, text);
	p.insert(0, [t]);
	getBody(doc).push([p]);
}

/** An update that appends a paragraph, made on a replica of `base` with a fresh client id. */
export function paragraphUpdate(base: Y.Doc | null, text: string): Uint8Array {
	const doc = new Y.Doc();
	if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
	const before = Y.encodeStateVector(doc);
	appendParagraph(doc, text);
	return Y.encodeStateAsUpdate(doc, before);
}
