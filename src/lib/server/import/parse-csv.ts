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
		try {
			return decoder!.decode(bytes, { stream });
		} catch {
			throw new ImportFileError({ code: 'encoding', encoding });
		}
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
 * the last line break outside quotes (a doubled quote inside a quoted value toggles twice).
 */
async function* guardRows(text: AsyncIterable<string>): AsyncGenerator<string> {
	let inQuotes = false;
	let sinceRowEnd = 0;
	let rows = 0;
	for await (const piece of text) {
		for (let i = 0; i < piece.length; i++) {
			const c = piece.charCodeAt(i);
			if (c === 34) inQuotes = !inQuotes;
			else if (c === 10 && !inQuotes) {
				rows += 1;
				sinceRowEnd = 0;
				continue;
			}
			if (++sinceRowEnd > MAX_ROW_CHARS) {
				// Row numbers count data rows (the header is row 0).
				throw new ImportFileError(inQuotes ? { code: 'unclosedQuote', row: rows } : { code: 'rowTooLong', row: rows, limit: MAX_ROW_CHARS });
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
	const text = Readable.from(guardRows(decodeChunks(source, (e) => (encoding = e))), { objectMode: true });
	let headers: string[] | null = null;
	let delimiter = options.delimiter ?? '';
	let rowCount = 0;
	let problem: ImportFileError | null = null;
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
				parser.pause();
				(async () => {
					for (let i = 0; i < rows.length; i += batchRows) await options.store(rows.slice(i, i + batchRows), first + i);
				})().then(
					() => parser.resume(),
					(error) => {
						problem = error instanceof ImportFileError ? error : null;
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
