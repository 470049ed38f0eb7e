/**
 * Inline repair: scraped text often keeps markdown (`**name**`, `*italic*`, `[text](#)`),
 * Cloudflare's `[email protected]`, HTML entities and odd spaces. These helpers turn one line
 * into the plain text readers see, and measure how much of it was link text (a strong
 * boilerplate signal: menus, related-article lists and "follow us" lines are mostly links).
 * Typographic characters (’ “ ” – —) are kept exactly as they are.
 */

const LINK_RE = /\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"\n]*")?\)/g;
const IMAGE_RE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const EMAIL_PROTECTED_RE = /\[\s*email(?:\s|&#160;|&nbsp;|\u00a0)*protected\s*\]/gi;
/** Link-only trailers such as `[read more](#)` that add nothing to the text. */
const TRAILER_LINK_RE =
	/\s*\[\s*(?:read more|read the (?:full )?(?:story|article|rest)|continue reading|more|full story|click here|see more|view more|learn more|more here|here|source|…|\.\.\.)\s*\]\([^)\s]*\)\s*$/i;

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	ndash: '–',
	mdash: '—',
	hellip: '…'
};

/** Decode the handful of entities that leak into scraped plain text. */
function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X'
					? parseInt(body.slice(2), 16)
					: parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? m;
	});
}

/** Collapse spaces, drop zero-width characters, trim. */
function normaliseSpace(s: string): string {
	if (!ODD_SPACE_TEST.test(s)) return s.trim();
	return s.replace(INVISIBLE_RE, '').replace(ODD_SPACE_RE, ' ').trim();
}

const ODD_SPACE_TEST = /[\t\f\v\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| {2}/;
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACE_RE = /[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000 ]+/g;

/** Share of the line's visible characters that sit inside markdown links (0…1). */
export function linkDensity(raw: string, plain: string = toPlain(raw)): number {
	if (!raw.includes('](')) return 0;
	let linked = 0;
	for (const m of raw.matchAll(LINK_RE)) linked += (m[1] ?? '').trim().length;
	if (linked === 0 || plain.length === 0) return 0;
	return Math.min(1, linked / plain.length);
}

/** True when the line carries a list marker (`- `, `* `, `• `, `1. `, a leading dash). */
export function hasListMarker(raw: string): boolean {
	return /^\s*(?:[-*+]\s+|[•·▪►◦‣–—]\s*|\d{1,2}[.)]\s+)\S/.test(raw);
}

/** True when the line is a markdown heading (`# Title`). */
export function isHeadingLine(raw: string): boolean {
	return /^\s{0,3}#{1,6}\s+\S/.test(raw);
}

/** One raw line or paragraph → plain text. */
export function toPlain(raw: string): string {
	let s = decodeEntities(raw);
	if (s.includes('[')) {
		s = s.replace(IMAGE_RE, '');
		s = s.replace(EMAIL_PROTECTED_RE, '(email address)');
		if (s.includes('](')) {
			s = s.replace(TRAILER_LINK_RE, '');
			s = s.replace(LINK_RE, (_m, text: string) => text);
		}
		s = s.replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1');
	}
	if (s.includes('<')) s = s.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
	// Block markers: heading hashes, blockquote, list bullets.
	s = s.replace(/^\s{0,3}#{1,6}\s+/, '');
	if (s.endsWith('#')) s = s.replace(/\s+#+\s*$/, '');
	s = s.replace(/^\s*(?:>\s?)+/, '');
	s = s.replace(/^\s*(?:[-*+]\s+|[•·▪►◦‣]\s*|[–—](?=\S))/, '');
	// Emphasis: bold before italic so `*…**name**…*` unwraps cleanly.
	if (s.includes('*')) {
		s = s.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1');
		s = s.replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1$2');
		s = s.replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1$2');
	}
	if (s.includes('_')) {
		s = s.replace(/(^|[^\w])__(?=\S)([^_]*?\S)__(?!\w)/g, '$1$2');
		s = s.replace(/(^|[\s(“"])_(?=[^\s_])([^_]*?[^\s_])_(?=$|[\s.,;:!?)”"’])/g, '$1$2');
	}
	if (s.includes('`')) s = s.replace(/`([^`\n]+)`/g, '$1');
	if (s.includes('\\')) s = s.replace(/\\([\\`*_[\]()#+\-.!>])/g, '$1');
	// Separators made only of markdown punctuation.
	if (s.length < 80 && /^\s*(?:[*_\-=~]\s*)+$/.test(s)) return '';
	return normaliseSpace(s);
}
