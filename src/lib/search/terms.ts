/**
 * How text is cut into search terms, the same for the index and for queries, on both
 * databases and on the device: Latin words (and numbers) by word, matched by prefix and
 * case-insensitively; CJK by character bigrams, and single characters for one-character
 * queries. "方总", "人才库", "talent pool" and "Huay" all find the demo deal.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
/** Longest Latin term kept (a prefix query longer than this matches its first letters). */
export const MAX_WORD = 40;

function runs(text: string): { cjk: boolean; text: string }[] {
	const out: { cjk: boolean; text: string }[] = [];
	let current: { cjk: boolean; text: string } | null = null;
	for (const ch of text.normalize('NFKC').toLowerCase()) {
		const cjk = CJK.test(ch);
		if (!cjk && !WORD.test(ch)) {
			current = null;
			continue;
		}
		if (!current || current.cjk !== cjk) {
			current = { cjk, text: '' };
			out.push(current);
		}
		current.text += ch;
	}
	return out;
}

/** Every term of a text, once each: words, CJK characters and CJK bigrams. */
export function indexTerms(text: string): string[] {
	const terms = new Set<string>();
	for (const run of runs(text)) {
		if (!run.cjk) {
			terms.add(run.text.slice(0, MAX_WORD));
			continue;
		}
		const chars = [...run.text];
		for (let i = 0; i < chars.length; i++) {
			terms.add(chars[i]!);
			if (i + 1 < chars.length) terms.add(chars[i]! + chars[i + 1]!);
		}
	}
	return [...terms];
}

export interface QueryTerms {
	/** Terms an entry must hold exactly (CJK characters and bigrams). */
	exact: string[];
	/** Words an entry must hold a term starting with. */
	prefix: string[];
}

/** What a query asks for: every term must match (AND). */
export function queryTerms(query: string): QueryTerms {
	const exact = new Set<string>();
	const prefix = new Set<string>();
	for (const run of runs(query)) {
		if (!run.cjk) {
			prefix.add(run.text.slice(0, MAX_WORD));
			continue;
		}
		const chars = [...run.text];
		if (chars.length === 1) exact.add(chars[0]!);
		for (let i = 0; i + 1 < chars.length; i++) exact.add(chars[i]! + chars[i + 1]!);
	}
	return { exact: [...exact].slice(0, 20), prefix: [...prefix].slice(0, 10) };
}

/**
 * The part of `text` around the first match, with the matched stretches marked, for showing a
 * result. Matching here is on the text itself (case-insensitive), by the same query.
 */
export function snippet(text: string, query: string, width = 120): { text: string; marks: [number, number][] } {
	const lower = text.toLowerCase();
	const needles = runs(query)
		.map((r) => r.text)
		.filter(Boolean);
	const marks: [number, number][] = [];
	for (const n of needles) {
		for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) marks.push([at, at + n.length]);
	}
	marks.sort((a, b) => a[0] - b[0]);
	const first = marks[0]?.[0] ?? 0;
	const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
	const end = Math.min(text.length, start + width);
	const cut = text.slice(start, end);
	const prefix = start > 0 ? '…' : '';
	const shift = prefix.length - start;
	return {
		text: prefix + cut + (end < text.length ? '…' : ''),
		marks: marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift])
	};
}
