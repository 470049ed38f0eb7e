/**
 * The outlet: every place a page names the site or paper it comes from, each read by its own
 * small extractor, strongest first: the site name in the metadata, the tail of a "Headline |
 * Outlet" title, a printed "Outlet, date" line, a wire credit in the dateline, "Source:" lines,
 * newsletter footers, the copyright line, and last the heading of a "More from Outlet" list.
 * `chooseOutlet` keeps the first short one that is not the author's name.
 */
import { DATE_ONLY_RE } from './clean-furniture';
import { NOT_A_NAME } from './meta-author';
import { findExplicitDates, WEEKDAY_RE } from './meta-dates';

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

/** "Outlet, September 24, 2021"; "Published in Outlet, January 18th, 2019". */
export function printedOutlets(lines: readonly string[]): string[] {
	const out: string[] = [];
	for (const full of lines) {
		if (!full.includes(', ') || !/(?:19|20)\d\d/.test(full)) continue;
		const line = full.replace(PRINTED_IN_RE, '');
		const m = line.match(/^([\p{Lu}][\p{L}.&' -]{1,50}?),\s+(.+)$/u);
		if (!m || DATE_ONLY_RE.test(line) || WEEKDAY_RE.test(m[1]!) || findExplicitDates(m[1]!).length)
			continue;
		if (m[1]!.split(/\s+/).length <= 5 && findExplicitDates(m[2]!)[0]?.index === 0) out.push(m[1]!);
	}
	return out;
}

/** The agency of a dateline: "ISLAMABAD (APP) -" gives "APP". */
export function wireCreditOutlet(firstParagraph: string): string | undefined {
	const wire = firstParagraph.match(
		/^[\p{Lu}][\p{Lu}\p{L}\d.,' -]{1,60}?\s*\(([\p{Lu}][\p{L}.&' ]{0,30})\)\s*[-–—:]/u
	);
	return wire?.[1];
}

/** "Source: Outlet | 3 February 2022", "Source: Outlet – date" (not an address). */
export function sourceLineOutlets(lines: readonly string[]): string[] {
	const out: string[] = [];
	for (const line of lines) {
		const src = line.match(/^(?:source|the original source of this article is)\s*:?\s+(.+)$/i);
		if (!src || /^https?:/i.test(src[1]!)) continue;
		const name = src[1]!.split(/\s+(?:[|•·]|[-–—])\s+|,\s+(?=\S*\d)/)[0]!.replace(/[.\s]+$/, '');
		if (name.split(/\s+/).length <= 6 && !findExplicitDates(name).length) out.push(name);
	}
	return out;
}

/** Newsletter platforms: "Thanks for reading Outlet! Subscribe…", "Discover more from Outlet". */
function newsletterOutlets(footer: readonly string[]): string[] {
	const out: string[] = [];
	for (const line of footer) {
		const nl = line.match(NEWSLETTER_RE);
		if (nl && isOutletLike(nl[1]!)) out.push(nl[1]!);
	}
	return out;
}

/** "© 2021 Outlet. All rights reserved.": the first part that is not a year or the author. */
function copyrightOutlets(footer: readonly string[], author: string | null): string[] {
	const out: string[] = [];
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
		if (parts[0]) out.push(parts[0]);
	}
	return out;
}

/** Weakest: the heading of a "More from Outlet" list after the article. */
function moreFromOutlets(footer: readonly string[]): string[] {
	const out: string[] = [];
	for (const line of footer) {
		const more = line.match(/^more (?:from|by|stories from|articles from)\s+(.+?)[:.]?$/i);
		if (more && isOutletLike(more[1]!)) out.push(more[1]!);
	}
	return out;
}

/**
 * The outlet among every candidate of a page (see the header). `fromMeta` and `fromTitle` are
 * the metadata's and the headline's; the rest are read here from the page's lines. The author
 * is never the outlet.
 */
export function chooseOutlet(page: {
	fromMeta: Array<string | undefined>;
	fromTitle: string[];
	header: readonly string[];
	footer: readonly string[];
	firstParagraph: string;
	author: string | null;
}): string | null {
	const around = [...page.header, ...page.footer];
	const candidates = [
		...page.fromMeta,
		...page.fromTitle,
		...printedOutlets(around),
		wireCreditOutlet(page.firstParagraph),
		...sourceLineOutlets(around),
		...newsletterOutlets(page.footer),
		...copyrightOutlets(page.footer, page.author),
		...moreFromOutlets(page.footer)
	];
	return (
		candidates.map((o) => o?.trim()).find((o) => o && o.length <= 80 && o !== page.author) ?? null
	);
}
