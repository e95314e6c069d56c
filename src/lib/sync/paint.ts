import type { WitnessBody } from './witness.ts';

/** What the deal page's data carries for its first paint. */
export interface DealPaintData {
	/** The stored state, base64. */
	state: string;
	/** The body drawn read-only. */
	html: string;
	/** Who ticked what (a witness message's body). */
	witness: WitnessBody;
}

/** One part of a deal page's first paint: a run of rich text as sanitised HTML, or a live block by id. */
export type PaintPart = { html: string } | { blockId: string };

/** The stored room as it travels in the page's data (base64), back to bytes; in Node and browsers. */
export function decodeBase64(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
