/**
 * Metadata stage: title, author, outlet, url and publication date of one cleaned article.
 *
 * Sources, strongest first: for the date only, a person's entry in the corrections file; the
 * optional sidecar (NAME.meta.json), the HTML page's metadata, the header lines above the body,
 * the footer lines below it, and — for the date only, and only when nothing is printed — the
 * latest explicit month in the body that the text does not put in the future (flagged as inferred, with a warning). What is not a publication date: a
 * page's current-date header (a weekday date above the title), dates in related-link lists or
 * "Recent Posts", "14 mins ago", bare years. An article with no date stays undated and says so.
 */
import type { ArticleMeta, CleanResult, CorrectedDate, Sidecar } from '../types';
import { DATE_ONLY_RE, isFurniture } from './clean-furniture';
import { findExplicitDates, WEEKDAY_RE } from './meta-dates';
import { choosePublished, type PublishedDate } from './meta-published';
import { pickHeadline } from './meta-title';
import type { Offices } from '../offices';

export type MetadataResult = ArticleMeta & { warnings: string[] };

/* ------------------------------------------------------------------ sidecar */

export { parseSidecar } from '../sidecar';

/* ------------------------------------------------------------------ names */

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
const NOT_A_NAME = new Set(
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
function trimByline(s: string): string {
	return s
		.replace(
			/\s*(?:[|•·]|\s[-–—]\s|,\s*(?:\d|published|updated|posted|staff|special|senior|correspondent)|\s+on\s+(?:\d|[A-Z][a-z]+\s+\d)|\s+in\s+[A-Z][a-z]+\s*$).*$/i,
			''
		)
		.replace(/^(?:by|written by|words by|posted by|reported by)\s+/i, '')
		.replace(/[,.]\s*$/, (m) => (/\b[A-Z]\.$/.test(s) ? m : ''))
		.trim();
}

function firstName(candidates: Array<string | undefined>): string | null {
	for (const c of candidates) {
		if (!c) continue;
		const t = trimByline(c);
		if (isNameLike(t)) return t;
	}
	return null;
}

/* ------------------------------------------------------------------ outlets */

const OUTLET_WORD =
	/\b(?:times|post|news|today|tribune|journal|herald|diplomat|review|daily|express|dawn|insider|monitor|guardian|telegraph|gazette|observer|reuters|ap|afp|bbc|cnn|press|media|magazine|weekly|affairs|policy|research|institute|agency|network|chronicle|report|star|mail|independent|standard|wire|online|tv|radio|global|international)\b|\.(?:com|org|net|pk|in|af|co|uk|ca)\b/i;

/** Split "Headline – Outlet" / "Headline | Outlet". Returns null when the tail is not an outlet. */
export function splitTitleSuffix(
	title: string,
	context: { otherLines: string[]; siteName?: string }
): { title: string; outlet: string } | null {
	const m = title.match(/^(.{8,}?)\s+(\||–|—|-|::|·|•)\s+([^|–—]{2,60})$/);
	if (!m) return null;
	const head = m[1]!.trim();
	const sep = m[2]!;
	const tail = m[3]!.trim();
	const words = tail.split(/\s+/);
	if (words.length > 6) return null;
	if (context.siteName && tail.toLowerCase() === context.siteName.toLowerCase())
		return { title: head, outlet: tail };
	const titleCase = words.every(
		(w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|on|for|in|de)$/.test(w)
	);
	if (!titleCase) return null;
	const seenAlone = context.otherLines.some((l) => l.trim() === head);
	if (
		sep === '|' ||
		sep === '::' ||
		seenAlone ||
		/^The\s/.test(tail) ||
		OUTLET_WORD.test(tail) ||
		/[?!”"]$/.test(head)
	)
		return { title: head, outlet: tail };
	return null;
}

/* ------------------------------------------------------------------ extraction */

/** "Published in", "First published in", "Printed in", "This article appeared in" before an outlet. */
const PRINTED_IN_RE =
	/^(?:this (?:article|story|piece) )?(?:(?:was )?(?:first |originally )?(?:published|printed|appeared)(?: first| originally)?) in\s+/i;

const NEWSLETTER_RE =
	/^(?:thanks for reading|thank you for reading|discover more from|you're reading|you are reading)\s+(.+?)(?:[!.]|\s+[-–—|]|$)/i;

/** A short capitalised name that is not a section word, an author reference or a sentence. */
function isOutletLike(s: string): boolean {
	const words = s.trim().split(/\s+/);
	if (words.length > 6 || !/^[\p{Lu}\d]/u.test(s)) return false;
	if (
		/^(?:this|the|our|my|his|her|their)\s+(?:author|writer|newsletter|site|page|blog|section)$/i.test(
			s
		)
	)
		return false;
	return !words.every((w) => NOT_A_NAME.has(w.toLowerCase()));
}

function stripQuotes(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

function fileStem(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[^.]+$/, '');
}

export function extractMetadata(
	clean: CleanResult & { title?: string },
	opts: {
		file: string;
		sidecar?: Sidecar;
		offices?: Offices | null;
		/** A date from the corrections file: wins over the sidecar's and over what the page prints. */
		correctedDate?: CorrectedDate;
	}
): MetadataResult {
	const warnings: string[] = [];
	const sidecar = opts.sidecar ?? {};
	const meta = clean.htmlMeta ?? {};
	const header = clean.header;
	const footer = clean.footer;
	const siteName = meta['og:site_name'] ?? meta['ld:publisher'] ?? meta['application-name'];
	const outletCandidates: Array<string | undefined> = [siteName, meta['dc.publisher']];

	// ---- title
	let titleIdx = -1;
	let titleEnd: number;
	let rawTitle: string | undefined =
		meta['og:title'] ?? meta['ld:headline'] ?? clean.title ?? meta['twitter:title'] ?? meta.title;
	if (rawTitle) {
		const t = stripQuotes(rawTitle);
		titleIdx = header.findIndex((l) => l === t || t.startsWith(l) || l.startsWith(t));
		titleEnd = titleIdx;
	} else {
		const pick = pickHeadline(header, (l) => isNameLike(trimByline(l)));
		titleIdx = pick.index;
		titleEnd = pick.end;
		rawTitle = pick.text || undefined;
	}
	let title = rawTitle ? stripQuotes(rawTitle) : '';
	if (title) {
		const split = splitTitleSuffix(title, {
			otherLines: header.filter((_, i) => i !== titleIdx),
			siteName
		});
		if (split) {
			title = split.title;
			outletCandidates.push(split.outlet);
		} else {
			// The page printed the headline again with the outlet ("Headline | Outlet" as a title line).
			for (const line of meta.title ? [meta.title, ...header] : header) {
				if (line.length <= title.length || !line.startsWith(title)) continue;
				const echo = splitTitleSuffix(line, { otherLines: [title], siteName });
				if (echo && echo.title === title) {
					outletCandidates.push(echo.outlet);
					break;
				}
			}
		}
	}

	// ---- author
	const bylines: Array<string | undefined> = [
		meta.author && !/^https?:/i.test(meta.author) ? meta.author : undefined,
		meta['article:author'] && !/^https?:/i.test(meta['article:author'])
			? meta['article:author']
			: undefined,
		meta['ld:author'],
		meta['dc.creator']
	];
	for (const line of header) {
		const by = line.match(
			/^(?:by|written by|words by|author|authors|posted by|reported by)\s*:?\s+(.+)$/i
		);
		if (by) bylines.push(by[1]);
		const inline = line.match(
			/\bby\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|ul))*)/u
		);
		if (inline && line.split(/\s+/).length <= 16 && findExplicitDates(line).length > 0)
			bylines.push(inline[1]);
	}
	// A bare name a few lines under the title (a byline without "By"; "Jane Doe in Islamabad"),
	// past dates, relative times, share buttons and the deck.
	const body = clean.paragraphs.join('\n');
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
		) {
			bylines.push(name);
			break;
		}
	}
	// Footers: "Articles by: X", a name line followed by a bio, wire credits.
	footer.forEach((line, i) => {
		const by = line.match(/^(?:articles? by|written by|by)\s*:?\s+(.+)$/i);
		if (by) bylines.push(by[1]);
		const next = footer[i + 1] ?? '';
		if (
			isNameLike(line) &&
			/^(?:the (?:writer|author|columnist)|he |she |they |\S+ is an? )/i.test(next)
		)
			bylines.push(line);
		const wire = line.match(/^\(?(?:reporting|additional reporting|writing) by\s+([^;)]+)/i);
		if (wire) {
			const names = wire[1]!
				.split(/\s*(?:,|\band\b)\s*/)
				.map((n) => n.replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '').trim())
				.filter(isNameLike);
			if (names.length) bylines.push(names.join(', '));
		}
	});
	let author = 'author' in sidecar ? (sidecar.author ?? null) : firstName(bylines);

	// ---- outlet (after the title suffix: printed "Outlet, date" lines, wire credit, source/copyright lines)
	for (const full of [...header, ...footer]) {
		// "Outlet, September 24, 2021"; "Published in Outlet, January 18th, 2019".
		if (!full.includes(', ') || !/(?:19|20)\d\d/.test(full)) continue;
		const line = full.replace(PRINTED_IN_RE, '');
		const m = line.match(/^([\p{Lu}][\p{L}.&' -]{1,50}?),\s+(.+)$/u);
		if (!m || DATE_ONLY_RE.test(line) || WEEKDAY_RE.test(m[1]!) || findExplicitDates(m[1]!).length)
			continue;
		if (m[1]!.split(/\s+/).length <= 5 && findExplicitDates(m[2]!)[0]?.index === 0)
			outletCandidates.push(m[1]);
	}
	const firstPara = clean.paragraphs[0] ?? '';
	const wire = firstPara.match(
		/^[\p{Lu}][\p{Lu}\p{L}\d.,' -]{1,60}?\s*\(([\p{Lu}][\p{L}.&' ]{0,30})\)\s*[-–—:]/u
	);
	if (wire) outletCandidates.push(wire[1]);
	for (const line of [...header, ...footer]) {
		const src = line.match(/^(?:source|the original source of this article is)\s*:?\s+(.+)$/i);
		if (!src || /^https?:/i.test(src[1]!)) continue;
		// "Source: Outlet | 3 February 2022", "Source: Outlet – date".
		const name = src[1]!.split(/\s+(?:[|•·]|[-–—])\s+|,\s+(?=\S*\d)/)[0]!.replace(/[.\s]+$/, '');
		if (name.split(/\s+/).length <= 6 && !findExplicitDates(name).length)
			outletCandidates.push(name);
	}
	// Newsletter platforms: "Thanks for reading Outlet! Subscribe…", "Discover more from Outlet".
	for (const line of footer) {
		const nl = line.match(NEWSLETTER_RE);
		if (nl && isOutletLike(nl[1]!)) outletCandidates.push(nl[1]);
	}
	for (const line of footer) {
		const c = line.match(/^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.+)$/i);
		if (!c) continue;
		const parts = c[1]!
			.replace(/all rights reserved\.?/i, '')
			.split(/\s*,\s*|\.\s+/)
			.map((p) =>
				p
					.replace(/\b(?:19|20)\d{2}\b/g, '')
					.replace(/[.\s]+$/, '')
					.trim()
			)
			.filter((p) => p && p !== author);
		if (parts[0]) outletCandidates.push(parts[0]);
	}
	// Weakest: the heading of a "More from Outlet" list after the article.
	for (const line of footer) {
		const more = line.match(/^more (?:from|by|stories from|articles from)\s+(.+?)[:.]?$/i);
		if (more && isOutletLike(more[1]!)) outletCandidates.push(more[1]);
	}
	const outlet =
		'outlet' in sidecar
			? (sidecar.outlet ?? null)
			: (outletCandidates.map((o) => o?.trim()).find((o) => o && o.length <= 80 && o !== author) ??
				null);

	// ---- url
	let url: string | null;
	if ('url' in sidecar) {
		url = sidecar.url ?? null;
		// The reader links to it: only a web address, never `javascript:`, `data:` or a local file.
		if (url !== null && !/^https?:\/\/\S+$/i.test(url.trim())) {
			warnings.push(
				`sidecar url ${JSON.stringify(url.slice(0, 60))} is not an http(s) address (dropped)`
			);
			url = null;
		}
	} else {
		const fromMeta = [meta['og:url'], meta.canonical, meta['stored:url']].find(
			(u) => u && /^https?:\/\//i.test(u)
		);
		const fromLines = [...header, ...footer]
			.map(
				(l) =>
					l.match(
						/^(?:source|url|link|source url|canonical|permalink|original(?:ly)?(?: posted| published)?(?: at| here)?)\s*:?\s*(https?:\/\/\S+)/i
					)?.[1]
			)
			.find(Boolean);
		// A bare address printed above the article (a scraper or "save page" stamp).
		const bare = header.find((l) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(l));
		url = fromMeta ?? fromLines ?? bare ?? null;
	}

	// ---- published
	let published: PublishedDate;
	if (opts.correctedDate) {
		const date = opts.correctedDate.published;
		published = {
			published: date,
			inferred: false,
			source: date === null ? 'none' : 'correction',
			range: null,
			confidence: date === null ? 0 : 1,
			evidence: opts.correctedDate.evidence,
			warnings: date === null ? ['undated: the corrections file gives no publication date'] : []
		};
	} else if ('published' in sidecar) {
		const date = sidecar.published ?? null;
		published = {
			published: date,
			inferred: sidecar.publishedInferred ?? false,
			source: date === null ? 'none' : 'sidecar',
			range: null,
			confidence: date === null ? 0 : 1,
			evidence: sidecar.note ?? null,
			warnings: date === null ? ['undated: no publication date found'] : []
		};
	} else {
		published = choosePublished({
			header,
			footer,
			paragraphs: clean.paragraphs,
			meta,
			titleIdx,
			url,
			offices: opts.offices ?? null
		});
		if (sidecar.publishedInferred !== undefined) published.inferred = sidecar.publishedInferred;
	}
	warnings.push(...published.warnings);

	if ('title' in sidecar && sidecar.title) title = sidecar.title;
	if (!title) {
		title = fileStem(opts.file);
		warnings.push('no title found; using the file name');
	}
	author = author?.trim() || null;
	return {
		title,
		author,
		outlet,
		url,
		published: published.published,
		publishedInferred: published.inferred,
		publishedSource: published.source,
		publishedRange: published.range,
		publishedConfidence: published.confidence,
		publishedEvidence: published.evidence,
		warnings
	};
}
