/**
 * Text converted from PDF (reports, think-tank commentaries) carries the printed page with it:
 * page numbers, a running header or footer repeated on every page, form feeds, and footnote
 * markers glued to words ("in August 2021.1"). None of it is article text, and a page break
 * can cut a paragraph in two.
 *
 * A document is treated as paged only on evidence: a form feed, or page numbers that count up
 * (two number-only lines n and n+1 at least a screen apart). Then page-number lines are blanked,
 * and so are short lines repeated on several pages — except a copy among the first lines of the
 * document, which is the first page's header and may name the publisher.
 */

const PAGE_NUMBER_RE =
	/^\s*(?:[-–—]\s*)?(?:page\s+)?(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?\s*$/i;

/** Lines (by index) that are page furniture of a paged document; null when the text is not paged. */
export function pageFurniture(lines: string[]): Uint8Array | null {
	let formFeed = false;
	const numbers: Array<{ line: number; value: number }> = [];
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i]!;
		if (l.includes('\f')) formFeed = true;
		const c = l.charCodeAt(l.length - 1);
		if (c >= 48 && c <= 57) {
			const m = PAGE_NUMBER_RE.exec(l);
			if (m) numbers.push({ line: i, value: Number(m[1]) });
		}
	}
	let counting = false;
	for (let k = 1; k < numbers.length && !counting; k++) {
		const a = numbers[k - 1]!;
		const b = numbers[k]!;
		counting = b.value === a.value + 1 && b.line - a.line >= 8;
	}
	if (!formFeed && !counting) return null;

	const blank = new Uint8Array(lines.length);
	for (const n of numbers) blank[n.line] = 1;
	// Running headers and footers: the same short line (numbers aside) on more than one page.
	const seen = new Map<string, number[]>();
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.replace(/\f/g, '').trim();
		if (!t || blank[i]) continue;
		if (t.split(/\s+/).length > 15) continue;
		const key = t.replace(/\d+/g, '#').replace(/\s+/g, ' ');
		const list = seen.get(key);
		if (list) list.push(i);
		else seen.set(key, [i]);
	}
	const firstLines = firstNonEmpty(lines, 3);
	for (const idx of seen.values()) {
		if (idx.length < 2) continue;
		for (const i of idx) if (!firstLines.has(i)) blank[i] = 1;
	}
	return blank;
}

function firstNonEmpty(lines: string[], n: number): Set<number> {
	const out = new Set<number>();
	for (let i = 0; i < lines.length && out.size < n; i++) if (lines[i]!.trim()) out.add(i);
	return out;
}

/** "Notes", "Endnotes", "References": the heading of a numbered notes list after the text. */
const NOTES_HEADING_RE =
	/^(?:notes|end ?notes|foot ?notes|references|sources|bibliography|works cited)[:.]?$/i;

/**
 * The highest note number listed under a notes heading ("1 Statement of…", "2. Interview…"),
 * or 0 when the lines hold no numbered notes.
 */
export function countNotes(lines: string[]): number {
	const h = lines.findIndex((l) => NOTES_HEADING_RE.test(l.trim()));
	if (h < 0) return 0;
	let max = 0;
	for (let i = h + 1; i < lines.length; i++) {
		const m = /^\[?(\d{1,3})[\].)]?\s+\S/.exec(lines[i]!.trim());
		if (m) max = Math.max(max, Number(m[1]));
	}
	return max;
}

/**
 * Drop footnote markers glued to the end of a word or a year ("in August 2021.1 President",
 * "the capital.2", "format,4 while") — only numbers up to the count of notes the document lists,
 * so a real number in the text is never touched.
 */
export function stripFootnoteMarkers(paragraph: string, notes: number): string {
	if (notes === 0) return paragraph;
	return paragraph.replace(
		/(\p{Ll}{2}|\b(?:19|20)\d{2}(?=[.,;:!?”’")\]]))([.,;:!?”’")\]]?)(\d{1,3})(?=\s|$)/gu,
		(m, word: string, punct: string, n: string) => {
			const v = Number(n);
			return v >= 1 && v <= notes ? word + punct : m;
		}
	);
}
