import Papa from 'papaparse';
import { Readable } from 'node:stream';

/** The largest file an import takes, and the most rows: a bigger export is split by the user. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
const MAX_COLUMNS = 200;
/** The head read before decoding: enough to tell UTF-8 from GBK and to guess the delimiter. */
const SNIFF_BYTES = 64 * 1024;
/**
 * The longest row taken. The parser reads an unfinished row again with every piece of the file,
 * so one endless row (a quote never closed, near the top of a big file) would cost minutes of
 * the server's time: it is refused as soon as it is this long.
 */
export const MAX_ROW_CHARS = 1_000_000;
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export type ImportFileProblem =
	| { code: 'tooLarge'; limit: number }
	| { code: 'tooManyRows'; limit: number }
	| { code: 'tooManyColumns'; limit: number }
	| { code: 'empty' }
	| { code: 'noRows' }
	| { code: 'oneColumn' }
	| { code: 'unclosedQuote'; row: number }
	| { code: 'rowTooLong'; row: number; limit: number }
	| { code: 'encoding'; encoding: string };

/** A file the import cannot read, with what is wrong in a form the page puts into words. */
export class ImportFileError extends Error {
	constructor(readonly problem: ImportFileProblem) {
		super(`import file: ${problem.code}`);
	}
}

export interface ParsedFile {
	headers: string[];
	encoding: string;
	delimiter: string;
	rowCount: number;
}

/**
 * The encoding of a file from its first bytes: a byte-order mark says it; otherwise UTF-8 if the
 * head is valid UTF-8, else GB18030 (a superset of GBK, what Excel on a Chinese Windows saves).
 */
export function sniffEncoding(head: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'; bomLength: number } {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
	if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
	if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
	// UTF-16 without a mark: ASCII text has a zero in every other byte.
	const pairs = Math.min(256, head.length >> 1);
	if (pairs >= 4) {
		let evenZero = 0;
		let oddZero = 0;
		for (let i = 0; i < pairs; i++) {
			if (head[2 * i] === 0) evenZero++;
			if (head[2 * i + 1] === 0) oddZero++;
		}
		if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return { encoding: 'utf-16le', bomLength: 0 };
		if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return { encoding: 'utf-16be', bomLength: 0 };
	}
	try {
		// `stream: true`: a character cut at the end of the head is not an error.
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return { encoding: 'utf-8', bomLength: 0 };
	} catch {
		return { encoding: 'gb18030', bomLength: 0 };
	}
}

/** The file's bytes as text, decoded as they arrive; counts bytes against the limit. */
async function* decodeChunks(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, found: (encoding: string) => void): AsyncGenerator<string> {
	let total = 0;
	let head: Uint8Array[] = [];
	let headBytes = 0;
	let decoder: TextDecoder | null = null;
	let encoding = '';
	const decode = (bytes: Uint8Array, stream: boolean) => {
		let text: string;
		try {
			text = decoder!.decode(bytes, { stream });
		} catch {
			throw new ImportFileError({ code: 'encoding', encoding });
		}
		// NUL is no text (and neither database stores it): a binary file, or UTF-16 read as UTF-8.
		if (text.includes('\u0000')) throw new ImportFileError({ code: 'encoding', encoding });
		return text;
	};
	const start = () => {
		const joined = Buffer.concat(head);
		head = [];
		const sniffed = sniffEncoding(joined);
		encoding = sniffed.encoding;
		found(encoding);
		decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
		return decode(joined.subarray(sniffed.bomLength), true);
	};
	for await (const chunk of source) {
		total += chunk.byteLength;
		if (total > MAX_IMPORT_BYTES) throw new ImportFileError({ code: 'tooLarge', limit: MAX_IMPORT_BYTES });
		if (!decoder) {
			head.push(chunk);
			headBytes += chunk.byteLength;
			if (headBytes < SNIFF_BYTES) continue;
			const text = start();
			if (text) yield text;
			continue;
		}
		const text = decode(chunk, true);
		if (text) yield text;
	}
	if (!decoder) {
		if (headBytes === 0) throw new ImportFileError({ code: 'empty' });
		const text = start();
		if (text) yield text;
	}
	const rest = decode(new Uint8Array(), false);
	if (rest) yield rest;
}

/**
 * Watches the text on its way to the parser for a row that does not end: counts characters since
 * the last line end (LF, CR or CRLF) outside a quoted value. A quote opens a quoted value only at
 * the start of a field (`27" monitor` is text); in one, `""` is a quote and `"` ends it.
 */
async function* guardRows(text: AsyncIterable<string>, delimiter: string | undefined): AsyncGenerator<string> {
	const isDelimiter = delimiter ? (c: number) => c === delimiter.charCodeAt(0) : (c: number) => c === 44 || c === 59 || c === 9 || c === 124;
	let state: 'start' | 'plain' | 'quoted' | 'quote' = 'start';
	let sinceRowEnd = 0;
	let rows = 0;
	let afterCr = false;
	for await (const piece of text) {
		for (let i = 0; i < piece.length; i++) {
			const c = piece.charCodeAt(i);
			const lf = c === 10;
			if (lf && afterCr) {
				afterCr = false;
				continue;
			}
			afterCr = c === 13;
			const lineEnd = lf || c === 13;
			if (state === 'quoted') {
				if (c === 34) state = 'quote';
			} else if (state === 'quote' && c === 34) state = 'quoted';
			else if (lineEnd) {
				state = 'start';
				rows += 1;
				sinceRowEnd = 0;
				continue;
			} else if (isDelimiter(c)) state = 'start';
			else if (state === 'start' && c === 34) state = 'quoted';
			else state = 'plain';
			if (++sinceRowEnd > MAX_ROW_CHARS) {
				// Row numbers count data rows (the header is row 0).
				throw new ImportFileError(state === 'quoted' ? { code: 'unclosedQuote', row: rows } : { code: 'rowTooLong', row: rows, limit: MAX_ROW_CHARS });
			}
		}
		yield piece;
	}
}

/**
 * Reads a CSV as it arrives (any size up to the limit, never held whole): decodes it, finds its
 * delimiter unless given, and hands its data rows on in batches (`store` is awaited before more
 * is read, so a slow database slows the upload instead of filling memory). The first row is the
 * header. Rows of only empty cells are skipped. A quote that is never closed fails the file: the
 * parser would read everything after it as one value.
 */
export async function parseCsv(
	source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	options: { delimiter?: string; store: (rows: string[][], firstRowNo: number) => Promise<void>; batchRows?: number }
): Promise<ParsedFile> {
	let encoding = 'utf-8';
	// Object mode holds at most a few pieces: paused while rows are stored, it stops reading the source.
	const text = Readable.from(guardRows(decodeChunks(source, (e) => (encoding = e)), options.delimiter), { objectMode: true, highWaterMark: 2 });
	let headers: string[] | null = null;
	let delimiter = options.delimiter ?? '';
	let rowCount = 0;
	let problem: unknown = null;
	const batchRows = options.batchRows ?? 1000;
	await new Promise<void>((resolve, reject) => {
		let settled = false;
		const fail = (error: unknown) => {
			if (settled) return;
			settled = true;
			text.destroy();
			reject(error);
		};
		Papa.parse<string[]>(text as unknown as File, {
			delimiter: options.delimiter ?? '',
			delimitersToGuess: [...DELIMITERS],
			skipEmptyLines: 'greedy',
			chunk(results, parser) {
				if (problem) return;
				delimiter ||= results.meta.delimiter;
				const quoteError = results.errors.find((e) => e.code === 'MissingQuotes');
				let rows = results.data;
				if (!headers) {
					const first = rows[0];
					if (!first) return;
					headers = first.map((h, i) => h.replace(/^\uFEFF/, '').trim() || `Column ${i + 1}`);
					rows = rows.slice(1);
					if (headers.length > MAX_COLUMNS) problem = new ImportFileError({ code: 'tooManyColumns', limit: MAX_COLUMNS });
					// One column: most likely a delimiter that is none of those guessed, or the wrong one chosen.
					if (headers.length < 2) problem = new ImportFileError({ code: 'oneColumn' });
				}
				if (quoteError) {
					// Relative to this chunk (the header was its row 0 in the first one).
					const base = rowCount + (rows === results.data ? 0 : -1);
					problem = new ImportFileError({ code: 'unclosedQuote', row: base + (quoteError.row ?? 0) + 1 });
				}
				if (!problem && rowCount + rows.length > MAX_IMPORT_ROWS) problem = new ImportFileError({ code: 'tooManyRows', limit: MAX_IMPORT_ROWS });
				if (problem) {
					parser.abort();
					return;
				}
				if (rows.length === 0) return;
				const first = rowCount + 1;
				rowCount += rows.length;
				// Nothing more is read (the source waits) until these rows are stored.
				parser.pause();
				text.pause();
				(async () => {
					for (let i = 0; i < rows.length; i += batchRows) await options.store(rows.slice(i, i + batchRows), first + i);
				})().then(
					() => {
						parser.resume();
						text.resume();
					},
					(error) => {
						// Set before aborting: the abort completes at once, and must fail, not succeed.
						problem = error;
						parser.abort();
						fail(error);
					}
				);
			},
			complete() {
				if (settled) return;
				settled = true;
				if (problem) reject(problem);
				else resolve();
			},
			error(error: Error) {
				fail(error);
			}
		});
		text.on('error', fail);
	});
	if (!headers) throw new ImportFileError({ code: 'empty' });
	if (rowCount === 0) throw new ImportFileError({ code: 'noRows' });
	return { headers, encoding, delimiter, rowCount };
}
