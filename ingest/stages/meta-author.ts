/**
 * The author: what a person's name looks like, and every place a page prints its byline, each
 * read by its own small extractor. The extractors only collect candidates, in order of trust
 * (HTML metadata, "By …" lines in the header, a bare name under the headline, the footer);
 * `firstName` keeps the first one that is a name once trimmed of dates and roles.
 */
import { isFurniture } from './clean-furniture';
import { findExplicitDates } from './meta-dates';

const NAME_PARTICLES = new Set([
	'de',
	'da',
	'del',
	'van',
	'von',
	'der',
	'den',
	'al',
	'el',
	'bin',
	'ibn',
	'ul',
	'ur',
	'di',
	'du',
	'la',
	'le',
	'and',
	'&'
]);

/** Words that head a page but are never a byline. */
export const NOT_A_NAME = new Set(
	(
		'home news opinion analysis editorial comment comments features feature world politics business economy ' +
		'sports sport asia europe africa americas region regions diplomacy security blog blogs latest breaking ' +
		'share print email menu search subscribe login advertisement sponsored related video videos photos podcast ' +
		'live updates international national local national-news top stories most popular trending'
	).split(' ')
);

/**
 * Bylines that name a desk or a role, not a person ("Staff Reporter", "Our Correspondent",
 * "Web Desk", "News Agencies"): any one of these words rules a byline out.
 */
const ROLE_WORDS = new Set(
	(
		'staff reporter reporters correspondent correspondents desk newsdesk newsroom bureau agencies agency ' +
		'wire wires editorial team monitoring report our editors contributor contributors admin administrator'
	).split(' ')
);

/** A person's name (or two, joined by "and"): capitalised words, no digits, not a sentence. */
export function isNameLike(s: string): boolean {
	if (!s || s.length > 70 || /\d|[!?;:"“”()[\]@/]/.test(s)) return false;
	if (/[.]$/.test(s) && !/\b[A-Z]\.$/.test(s)) return false;
	const tokens = s.split(/\s+/);
	if (tokens.length > 9) return false;
	let capitalised = 0;
	for (const t of tokens) {
		if (NAME_PARTICLES.has(t.toLowerCase()) && !/^[A-Z]/.test(t)) continue;
		if (NAME_PARTICLES.has(t) && t !== t.toLowerCase()) {
			capitalised++;
			continue;
		}
		if (!/^\p{Lu}[\p{L}'’.-]*,?$/u.test(t)) return false;
		if (t.length > 3 && t === t.toUpperCase()) return false; // "RELATED ARTICLES"
		capitalised++;
	}
	if (capitalised === 0) return false;
	if (tokens.some((t) => ROLE_WORDS.has(t.toLowerCase().replace(/[,.]$/, '')))) return false;
	return !tokens.every((t) => NOT_A_NAME.has(t.toLowerCase().replace(/,$/, '')));
}

/** Cut a byline down to the name: drop dates, roles and separators after it. */
export function trimByline(s: string): string {
	return s
		.replace(
			/\s*(?:[|•·]|\s[-–—]\s|,\s*(?:\d|published|updated|posted|staff|special|senior|correspondent)|\s+on\s+(?:\d|[A-Z][a-z]+\s+\d)|\s+in\s+[A-Z][a-z]+\s*$).*$/i,
			''
		)
		.replace(/^(?:by|written by|words by|posted by|reported by)\s+/i, '')
		.replace(/[,.]\s*$/, (m) => (/\b[A-Z]\.$/.test(s) ? m : ''))
		.trim();
}

/** The first candidate that is a name once trimmed (see `trimByline`), or null. */
export function firstName(candidates: Array<string | undefined>): string | null {
	for (const c of candidates) {
		if (!c) continue;
		const t = trimByline(c);
		if (isNameLike(t)) return t;
	}
	return null;
}

/** The author fields of the HTML metadata (an address in them is a profile page, not a name). */
export function metaBylines(meta: Record<string, string>): Array<string | undefined> {
	return [
		meta.author && !/^https?:/i.test(meta.author) ? meta.author : undefined,
		meta['article:author'] && !/^https?:/i.test(meta['article:author'])
			? meta['article:author']
			: undefined,
		meta['ld:author'],
		meta['dc.creator']
	];
}

/** "By Jane Doe", "Author: Jane Doe", and "… by Jane Doe" on a short line that carries a date. */
export function headerBylines(header: readonly string[]): string[] {
	const out: string[] = [];
	for (const line of header) {
		const by = line.match(
			/^(?:by|written by|words by|author|authors|posted by|reported by)\s*:?\s+(.+)$/i
		);
		if (by) out.push(by[1]!);
		const inline = line.match(
			/\bby\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|ul))*)/u
		);
		if (inline && line.split(/\s+/).length <= 16 && findExplicitDates(line).length > 0)
			out.push(inline[1]!);
	}
	return out;
}

/**
 * A bare name a few lines under the headline (a byline without "By"; "Jane Doe in Islamabad"),
 * looked for past dates, relative times, share buttons and the deck: of the three lines after
 * `titleEnd` that are none of these, the first that is a name. A one-word name the body uses is
 * a word of the story, not a byline.
 */
export function bareNameUnderTitle(
	header: readonly string[],
	titleEnd: number,
	body: string
): string | undefined {
	for (let i = titleEnd + 1, seen = 0; i >= 1 && i < header.length && seen < 3; i++) {
		const line = header[i]!;
		const words = line.split(/\s+/).length;
		if (isFurniture(line, words) || findExplicitDates(line).length || /^\d+$/.test(line)) continue;
		seen++;
		const name = trimByline(line);
		const single = !/\s/.test(name);
		if (
			isNameLike(name) &&
			!(single && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(body))
		)
			return name;
	}
	return undefined;
}

/** "Articles by: X", a name line followed by a bio ("The writer is …"), wire credits. */
export function footerBylines(footer: readonly string[]): string[] {
	const out: string[] = [];
	footer.forEach((line, i) => {
		const by = line.match(/^(?:articles? by|written by|by)\s*:?\s+(.+)$/i);
		if (by) out.push(by[1]!);
		const next = footer[i + 1] ?? '';
		if (
			isNameLike(line) &&
			/^(?:the (?:writer|author|columnist)|he |she |they |\S+ is an? )/i.test(next)
		)
			out.push(line);
		const names = wireCreditNames(line);
		if (names.length) out.push(names.join(', '));
	});
	return out;
}

/** The names of "(Reporting by A in Kabul and B; Writing by C)", each without its place. */
function wireCreditNames(line: string): string[] {
	const wire = line.match(/^\(?(?:reporting|additional reporting|writing) by\s+([^;)]+)/i);
	if (!wire) return [];
	return wire[1]!
		.split(/\s*(?:,|\band\b)\s*/)
		.map((n) => n.replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '').trim())
		.filter(isNameLike);
}

/** Every byline candidate of a page, strongest first (see the header). */
export function bylineCandidates(page: {
	meta: Record<string, string>;
	header: readonly string[];
	footer: readonly string[];
	titleEnd: number;
	body: string;
}): Array<string | undefined> {
	const bare = bareNameUnderTitle(page.header, page.titleEnd, page.body);
	return [
		...metaBylines(page.meta),
		...headerBylines(page.header),
		...(bare === undefined ? [] : [bare]),
		...footerBylines(page.footer)
	];
}
