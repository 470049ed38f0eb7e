import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readArticle } from '../../ingest/stages/read';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readArticle', () => {
	it('reads a UTF-8 .txt file as text', () => {
		const r = readArticle('a.txt', utf8('Kabul’s “talks”\n'));
		expect(r).toEqual({ ok: true, text: 'Kabul’s “talks”\n', format: 'txt', warnings: [] });
	});

	it('takes the format from the extension, whatever its case', () => {
		const formats = ['a.md', 'b.HTML', 'c.htm'].map((f) => {
			const r = readArticle(f, utf8('text'));
			return r.ok ? r.format : r.problem;
		});
		expect(formats).toEqual(['md', 'html', 'html']);
	});

	it('refuses an unsupported extension and names the expected ones', () => {
		const r = readArticle('report.pdf', utf8('%PDF-1.4 text'));
		expect(r).toEqual({
			ok: false,
			problem: 'unsupported file type .pdf (expected .txt, .md or .html)'
		});
	});

	it('refuses an empty file', () => {
		const r = readArticle('empty.txt', new Uint8Array(0));
		expect(r).toEqual({ ok: false, problem: 'file is empty' });
	});

	it('refuses a file of only whitespace', () => {
		const r = readArticle('blank.txt', utf8(' \n\t\r\n  \n'));
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problem).toMatch(/only whitespace/);
	});

	it('refuses binary data with NUL bytes', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const r = readArticle('image.txt', png);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problem).toMatch(/binary/);
	});

	it('refuses text full of control characters', () => {
		const bytes = new Uint8Array(400).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
		const r = readArticle('garbage.txt', bytes);
		expect(r.ok).toBe(false);
	});

	it('decodes invalid UTF-8 as Windows-1252, keeping the curly quotes, with a warning', () => {
		// "Kabul’s “peace” talks" as saved by an old Windows editor.
		const bytes = new Uint8Array([
			...utf8('Kabul'),
			0x92,
			...utf8('s '),
			0x93,
			...utf8('peace'),
			0x94,
			...utf8(' talks in caf'),
			0xe9
		]);
		const r = readArticle('old.txt', bytes);
		expect(r.ok && r.text).toBe('Kabul’s “peace” talks in café');
		expect(r.ok && r.warnings).toEqual(['not valid UTF-8; decoded as Windows-1252']);
	});

	it('decodes the Windows-1252 en dash byte 0x96 as –', () => {
		const r = readArticle('dash.txt', new Uint8Array([0x41, 0x96, 0x42]));
		expect(r.ok && r.text).toBe('A–B');
	});

	it('refuses a file over the size limit and gives its size in MB', () => {
		const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
		expect(big.length).toBeGreaterThan(MAX_ARTICLE_BYTES);
		const r = readArticle('dump.txt', big);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problem).toMatch(/too large \(21\.0 MB/);
	});

	it('strips a byte-order mark and turns CRLF and CR line ends into LF', () => {
		const r = readArticle('win.txt', utf8('\uFEFFTitle\r\n\r\nBody line\rnext'));
		expect(r.ok && r.text).toBe('Title\n\nBody line\nnext');
	});

	it('never repeats the file name in its messages', () => {
		const name = 'some-unique-name.txt';
		const results = [
			readArticle(name, new Uint8Array(0)),
			readArticle(name, new Uint8Array([0, 1, 2])),
			readArticle(name, new Uint8Array([0x93, 0x41, 0x94])),
			readArticle('some-unique-name.doc', utf8('x'))
		];
		for (const r of results) {
			const text = r.ok ? r.warnings.join(' ') : r.problem;
			expect(text).not.toContain('some-unique-name');
		}
	});
});

describe('readArticle with a byte-order mark', () => {
	const text = 'Kabul – “talks” resumed.\n';
	const utf32 = (le: boolean) => {
		const cps = [...text].map((c) => c.codePointAt(0)!);
		const buf = Buffer.alloc((cps.length + 1) * 4);
		const write = (i: number, v: number) =>
			le ? buf.writeUInt32LE(v, i * 4) : buf.writeUInt32BE(v, i * 4);
		write(0, 0xfeff);
		cps.forEach((cp, i) => write(i + 1, cp));
		return new Uint8Array(buf);
	};

	it('decodes UTF-16 (either byte order) and UTF-32 instead of calling it binary', () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const be = Buffer.from(le);
		be.swap16();
		for (const bytes of [le, be, utf32(true), utf32(false)]) {
			const r = readArticle('a.txt', new Uint8Array(bytes));
			expect(r.ok && r.text).toBe(text);
		}
	});

	it('names text that does not follow its mark', () => {
		const broken = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]); // a lone surrogate, odd length
		const r = readArticle('a.txt', broken);
		expect(r.ok ? null : r.problem).toMatch(/not valid UTF-16/);
	});
});
