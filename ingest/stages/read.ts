/**
 * Read stage: raw bytes of one input file → text, or a plain-words reason to skip it.
 *
 * Scraped files arrive in every state: empty, binary, saved as Windows-1252, with a BOM or CRLF
 * line ends, or far too big to be an article. Each case gets one clear message; problems and
 * warnings never repeat the file name because the CLI prefixes it.
 */
import type { InputFormat } from '../types';

/** Files bigger than this are not articles (a dump, a video, a mistake): they are skipped. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ReadResult =
	| { ok: true; text: string; format: InputFormat; warnings: string[] }
	| { ok: false; problem: string };

const FORMATS: Record<string, InputFormat> = {
	'.txt': 'txt',
	'.text': 'txt',
	'.md': 'md',
	'.markdown': 'md',
	'.html': 'html',
	'.htm': 'html'
};

export function extensionOf(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function megabytes(n: number): string {
	return (n / (1024 * 1024)).toFixed(1);
}

/**
 * Binary data: any NUL byte, or more than 1 % C0 control characters other than tab, CR, LF
 * and form feed (text editors and scrapers never produce those in bulk).
 */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
	let controls = 0;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i]!;
		if (b === 0) return true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
	}
	return controls > Math.max(2, sample.length * 0.01);
}

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €…). Node's TextDecoder('windows-1252')
 * decodes these as C1 control characters (ISO-8859-1), so they are mapped here; 0 = unassigned.
 */
const CP1252_HIGH = [
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
	0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
	0x203a, 0x0153, 0, 0x017e, 0x0178
];

/** Decode bytes as UTF-8; fall back to Windows-1252 (which maps every byte) when invalid. */
function decode(bytes: Uint8Array): { text: string; warnings: string[] } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
	} catch {
		const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => {
			const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80];
			return mapped ? String.fromCharCode(mapped) : c;
		});
		return { text, warnings: ['not valid UTF-8; decoded as Windows-1252'] };
	}
}

/** UTF-32 by hand: the WHATWG TextDecoder has no UTF-32. Null for an invalid code point. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let out = '';
	for (let i = 4; i + 4 <= bytes.length; i += 4) {
		const cp = view.getUint32(i, littleEndian);
		if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
		out += String.fromCodePoint(cp);
	}
	return bytes.length % 4 === 0 ? out : null;
}

/**
 * Text that says its encoding with a byte-order mark other than UTF-8's (UTF-16 or UTF-32, as
 * Windows editors save "Unicode" text): decoded, or a problem. Null when there is no such mark.
 */
function decodeWithBom(bytes: Uint8Array): { text: string } | { problem: string } | null {
	const [a, b, c, d] = bytes;
	const utf32 =
		a === 0xff && b === 0xfe && c === 0 && d === 0
			? true
			: a === 0 && b === 0 && c === 0xfe && d === 0xff
				? false
				: null;
	if (utf32 !== null) {
		const text = decodeUtf32(bytes, utf32);
		return text === null ? { problem: 'not valid UTF-32 despite its byte-order mark' } : { text };
	}
	const utf16 =
		a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : null;
	if (!utf16) return null;
	try {
		return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
	} catch {
		return { problem: 'not valid UTF-16 despite its byte-order mark' };
	}
}

export function readArticle(file: string, bytes: Uint8Array): ReadResult {
	const ext = extensionOf(file);
	const format = FORMATS[ext];
	if (!format) {
		const what = ext ? `file type ${ext}` : 'file without an extension';
		return { ok: false, problem: `unsupported ${what} (expected .txt, .md or .html)` };
	}
	if (bytes.length > MAX_ARTICLE_BYTES) {
		return {
			ok: false,
			problem: `file is too large (${megabytes(bytes.length)} MB; the limit for one article is ${megabytes(MAX_ARTICLE_BYTES)} MB)`
		};
	}
	if (bytes.length === 0) return { ok: false, problem: 'file is empty' };
	// UTF-16 and UTF-32 text is full of NUL bytes: its byte-order mark is read before the binary test.
	const marked = decodeWithBom(bytes);
	if (marked && 'problem' in marked) return { ok: false, problem: marked.problem };
	if (!marked && looksBinary(bytes)) {
		return { ok: false, problem: 'file looks binary, not text (it contains NUL or control bytes)' };
	}
	const decoded = marked ? { text: marked.text, warnings: [] } : decode(bytes);
	// TextDecoder strips a UTF-8 BOM itself; a BOM that survives (e.g. doubled) is removed here.
	const text = decoded.text
		.replace(/^\uFEFF+/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\u2028|\u2029/g, '\n');
	if (text.trim() === '') return { ok: false, problem: 'file contains only whitespace' };
	return { ok: true, text, format, warnings: decoded.warnings };
}
