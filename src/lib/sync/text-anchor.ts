import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { getBody } from './deal-doc.ts';

/** Nodes of the deal editor's schema that hold no content: their ProseMirror size is 1. */
const LEAF_NODES = new Set(['liveBlock', 'horizontalRule', 'hardBreak', 'image']);

function nodeSize(type: Y.XmlElement): number {
	if (LEAF_NODES.has(type.nodeName)) return 1;
	let size = 2;
	for (const child of type.toArray()) size += child instanceof Y.XmlText ? child.length : nodeSize(child as Y.XmlElement);
	return size;
}

/**
 * What y-tiptap's position functions ask of an editor binding's mapping (a Y type's node
 * size), computed from the Yjs document alone, so anchors resolve the same way in the editor,
 * on the server and in tests.
 */
const sizes = {
	get: (type: unknown) => (type instanceof Y.XmlElement ? { nodeSize: nodeSize(type) } : undefined)
} as unknown as Parameters<typeof absolutePositionToRelativePosition>[2];

function relative(doc: Y.Doc, pos: number, assoc: number): string {
	const rel = absolutePositionToRelativePosition(pos, getBody(doc), sizes);
	// A start sticks to the character after it and an end to the one before, so text typed
	// right outside the range stays outside it.
	const abs = Y.createAbsolutePositionFromRelativePosition(rel, doc);
	const pinned = abs && abs.type instanceof Y.XmlText ? Y.createRelativePositionFromTypeIndex(abs.type, abs.index, assoc) : rel;
	return toBase64(Y.encodeRelativePosition(pinned));
}

/** Relative positions for the editor range [from, to). */
export function textAnchor(doc: Y.Doc, from: number, to: number): { start: string; end: string } {
	return { start: relative(doc, from, 0), end: relative(doc, to, -1) };
}

/** Where a text anchor is now, as an editor range; null when its words were deleted. */
export function resolveTextAnchor(doc: Y.Doc, anchor: { start: string; end: string }): { from: number; to: number } | null {
	try {
		const at = (b64: string) => relativePositionToAbsolutePosition(doc, getBody(doc), Y.decodeRelativePosition(fromBase64(b64)), sizes);
		const from = at(anchor.start);
		const to = at(anchor.end);
		if (from === null || to === null || to <= from) return null;
		return { from, to };
	} catch {
		return null;
	}
}

/** Visits every text and element of the body with its editor position (before the node). */
function eachNode(doc: Y.Doc, visit: (node: Y.XmlText | Y.XmlElement, pos: number) => void): void {
	let pos = 0;
	const walk = (type: Y.XmlElement | Y.XmlFragment) => {
		for (const child of type.toArray()) {
			if (child instanceof Y.XmlText) {
				visit(child, pos);
				pos += child.length;
				continue;
			}
			const el = child as Y.XmlElement;
			visit(el, pos);
			if (LEAF_NODES.has(el.nodeName)) pos += 1;
			else {
				pos += 1;
				walk(el);
				pos += 1;
			}
		}
	};
	walk(getBody(doc));
}

/** The plain text between two editor positions (for tests). */
export function textBetween(doc: Y.Doc, from: number, to: number): string {
	let out = '';
	eachNode(doc, (node, pos) => {
		if (!(node instanceof Y.XmlText)) return;
		const plain = (node.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('');
		const start = Math.max(from, pos);
		const end = Math.min(to, pos + plain.length);
		if (end > start) out += plain.slice(start - pos, end - pos);
	});
	return out;
}

/** Where each live block sits in the editor (its position before the node), by block id. */
export function blockPositions(doc: Y.Doc): Map<string, number> {
	const found = new Map<string, number>();
	eachNode(doc, (node, pos) => {
		if (node instanceof Y.XmlElement && node.nodeName === 'liveBlock') found.set(String(node.getAttribute('blockId')), pos);
	});
	return found;
}
