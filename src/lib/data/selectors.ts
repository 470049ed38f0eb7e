/**
 * Pure functions from loaded data to what the panel, reader, timeline and list show (search:
 * search.ts).
 * No Svelte, no DOM: unit-tested in tests/unit/selectors.test.ts.
 *
 * Year rules (the same as the map's): a place's mentions count in the year their article was
 * published; a link counts in its own `year`; undated items count only when no range is set.
 */
import { evidenceOf, mentionsOf, type ReadingIndex } from './reading';
import type {
	Article,
	LinkProperties,
	LinksCollection,
	PlaceProperties,
	PlacesCollection
} from './schema';
import type { YearRange } from '../state/types';

/** A piece of text, marked when it is a mention (`place` is the mentioned place's id). */
export interface Segment {
	text: string;
	mark: boolean;
	place?: string;
}

export interface Excerpt {
	paragraph: number;
	/** The sentence (or sentences) holding the mention(s), split into plain and marked segments. */
	segments: Segment[];
}

export interface ArticleExcerpts {
	article: Article;
	excerpts: Excerpt[];
}

export interface ExcerptList {
	groups: ArticleExcerpts[];
	/** Excerpts left out by the year range. */
	hidden: number;
	/** Mentions whose article is missing from articles.json (should not happen; counted, not shown). */
	missing: number;
}

/** Publication year of an article, or null when undated. */
export function articleYear(article: Pick<Article, 'published'>): number | null {
	const y = article.published ? Number(article.published.slice(0, 4)) : NaN;
	return Number.isInteger(y) ? y : null;
}

/** Whether an item of this year is shown under the range (undated only with no range). */
export function inYears(year: number | null, range: YearRange | null): boolean {
	if (range === null) return true;
	return year !== null && year >= range.from && year <= range.to;
}

// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and then whitespace.
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;
// Abbreviations that end with a dot but do not end a sentence.
const NOT_AN_END =
	/(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|St|Jr|Sr|vs|No|U\.S|U\.N|U\.K|[A-Z]))\.["'”’)\]]*\s+$/;

/** Where the sentences of a paragraph end: the match's start, its end with and without the space after. */
interface SentenceEnds {
	index: number[];
	stop: number[];
	trimmed: number[];
}

/** Ends of the paragraphs read last: an article's mentions ask for the same paragraph again and again. */
const endsCache = new Map<string, SentenceEnds>();
const ENDS_CACHE_SIZE = 64;

/** One pass over the paragraph (abbreviations skipped), remembered for the next mentions in it. */
function sentenceEnds(paragraph: string): SentenceEnds {
	const known = endsCache.get(paragraph);
	if (known) return known;
	const ends: SentenceEnds = { index: [], stop: [], trimmed: [] };
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) {
		const stop = m.index + m[0].length;
		if (NOT_AN_END.test(paragraph.slice(Math.max(0, m.index - 4), stop))) continue;
		ends.index.push(m.index);
		ends.stop.push(stop);
		ends.trimmed.push(m.index + m[0].trimEnd().length);
	}
	endsCache.set(paragraph, ends);
	if (endsCache.size > ENDS_CACHE_SIZE) endsCache.delete(endsCache.keys().next().value!);
	return ends;
}

/** The first position in the sorted `xs` whose value is at least `x` (xs.length when none is). */
function lowerBound(xs: readonly number[], x: number): number {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The [start, end) of the sentence(s) of `paragraph` that contain the range [start, end). The
 * paragraph's sentence ends are found once; each mention then costs two binary searches, so a
 * huge paragraph with thousands of mentions stays linear.
 */
export function sentenceBounds(paragraph: string, start: number, end: number): [number, number] {
	const { index, stop, trimmed } = sentenceEnds(paragraph);
	// The sentence starts after the last end at or before `start`…
	const before = lowerBound(stop, start + 1) - 1;
	const from = before >= 0 ? stop[before]! : 0;
	// …and stops at the first end that is not before the range's last character.
	const after = lowerBound(index, end - 1);
	const to = after < index.length && stop[after]! > start ? trimmed[after]! : paragraph.length;
	return [from, to];
}

/** Splits `text` into segments, marking the given ranges (overlaps and out-of-bounds are tolerated). */
export function markRanges(
	text: string,
	ranges: Array<{ start: number; end: number; place?: string }>,
	offset = 0
): Segment[] {
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	const out: Segment[] = [];
	let at = 0;
	for (const r of sorted) {
		const s = Math.max(r.start - offset, at);
		const e = Math.min(r.end - offset, text.length);
		if (e <= s) continue;
		const last = out[out.length - 1];
		if (s === at && r.start - offset < at && last?.mark && last.place === r.place) {
			// Overlaps the previous mention of the same place: extend it rather than split it.
			last.text += text.slice(s, e);
			at = e;
			continue;
		}
		if (s > at) out.push({ text: text.slice(at, s), mark: false });
		out.push(
			r.place
				? { text: text.slice(s, e), mark: true, place: r.place }
				: { text: text.slice(s, e), mark: true }
		);
		at = e;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}

function byNewest(a: Article, b: Article): number {
	// Undated last; ties keep a stable order by id.
	const pa = a.published ?? '';
	const pb = b.published ?? '';
	if (pa !== pb) return pa < pb ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A place's mentions as sentences with the mention marked, grouped by article, newest first. */
export function placeExcerpts(
	placeId: string,
	reading: ReadingIndex,
	range: YearRange | null
): ExcerptList {
	const { articles } = reading;
	const perArticle = new Map<
		string,
		Map<string, Excerpt & { ranges: Array<{ start: number; end: number }>; from: number }>
	>();
	let hidden = 0;
	let missing = 0;
	for (const m of mentionsOf(reading, placeId)) {
		const article = articles.get(m.article);
		const paragraph = article?.paragraphs[m.paragraph];
		if (!article || paragraph === undefined) {
			missing++;
			continue;
		}
		if (!inYears(articleYear(article), range)) {
			hidden++;
			continue;
		}
		const [from, to] = sentenceBounds(paragraph, m.start, m.end);
		const key = `${m.paragraph}:${from}:${to}`;
		const sentences = perArticle.get(article.id) ?? new Map();
		perArticle.set(article.id, sentences);
		const entry = sentences.get(key) ?? { paragraph: m.paragraph, segments: [], ranges: [], from };
		entry.ranges.push({ start: m.start, end: m.end });
		entry.segments = markRanges(paragraph.slice(from, to), entry.ranges, from);
		sentences.set(key, entry);
	}
	const groups = [...perArticle].map(([id, sentences]) => ({
		article: articles.get(id) as Article,
		excerpts: [...sentences.values()]
			.sort((a, b) => a.paragraph - b.paragraph || a.from - b.from)
			.map(({ paragraph, segments }) => ({ paragraph, segments }))
	}));
	groups.sort((a, b) => byNewest(a.article, b.article));
	return { groups, hidden, missing };
}

/** A link's evidence sentences grouped by article, newest first (the link itself is filtered by its year). */
export function linkExcerpts(linkId: string, reading: ReadingIndex): ExcerptList {
	const { articles } = reading;
	const perArticle = new Map<string, Excerpt[]>();
	let missing = 0;
	for (const e of evidenceOf(reading, linkId)) {
		if (!articles.has(e.article)) {
			missing++;
			continue;
		}
		const list = perArticle.get(e.article) ?? [];
		list.push({ paragraph: e.paragraph, segments: [{ text: e.sentence, mark: false }] });
		perArticle.set(e.article, list);
	}
	const groups = [...perArticle].map(([id, excerpts]) => ({
		article: articles.get(id) as Article,
		excerpts
	}));
	groups.sort((a, b) => byNewest(a.article, b.article));
	return { groups, hidden: 0, missing };
}

/** Every mention of any place in one article, by paragraph, for the reader. */
export function articleSegments(article: Pick<Article, 'paragraphs' | 'mentions'>): Segment[][] {
	const ranges: Array<Array<{ start: number; end: number; place: string }>> =
		article.paragraphs.map(() => []);
	for (const m of article.mentions)
		ranges[m.paragraph]?.push({ start: m.start, end: m.end, place: m.place });
	return article.paragraphs.map((p, i) => markRanges(p, ranges[i] ?? []));
}

/** Links dated more than this many years before the first article are background, not timeline. */
export const CONTEXT_YEARS = 5;

/**
 * The years the timeline spans: from the first article's year (or an event up to CONTEXT_YEARS
 * before it) to the last article or event. Events long before the reporting (a 1979 invasion
 * recalled in a 2021 piece) fall outside it and show, like undated items, under "all years" only.
 * Article years come from the places' `mentionsByYear`. Null when nothing is dated.
 */
export function yearDomain(
	places: PlacesCollection,
	links: LinksCollection
): { min: number; max: number } | null {
	const articleYears: number[] = [];
	for (const p of places.features)
		for (const k of Object.keys(p.properties.mentionsByYear)) {
			const y = Number(k);
			if (Number.isInteger(y)) articleYears.push(y);
		}
	const linkYears = links.features
		.map((l) => l.properties.year)
		.filter((y): y is number => Number.isInteger(y));
	const floor = articleYears.length ? Math.min(...articleYears) - CONTEXT_YEARS : -Infinity;
	const years = [...articleYears, ...linkYears.filter((y) => y >= floor)];
	if (!years.length) return null;
	return { min: Math.min(...years), max: Math.max(...years) };
}

/** Number of links per year over the domain (every year present, zeros included), and those outside it. */
export function linksPerYear(
	links: LinksCollection,
	domain: { min: number; max: number }
): { years: Array<{ year: number; count: number }>; earlier: number; undated: number } {
	const counts = new Map<number, number>();
	let undated = 0;
	let earlier = 0;
	for (const l of links.features) {
		const y = l.properties.year;
		if (y === null) undated++;
		else if (y < domain.min) earlier++;
		else counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	const years = [];
	for (let y = domain.min; y <= domain.max; y++) years.push({ year: y, count: counts.get(y) ?? 0 });
	return { years, earlier, undated };
}

/** Mentions of a place under the range (from `mentionsByYear`). */
export function mentionCount(place: PlaceProperties, range: YearRange | null): number {
	let n = 0;
	for (const [k, v] of Object.entries(place.mentionsByYear))
		if (inYears(k === 'undated' ? null : Number(k), range)) n += v;
	return n;
}

/** Links under the range. */
export function linksInYears(links: LinksCollection, range: YearRange | null): LinkProperties[] {
	return links.features.map((f) => f.properties).filter((l) => inYears(l.year, range));
}

/** The platform's English region names, made on first use (creating them costs ~30 ms at load). */
let regionNames: Intl.DisplayNames | null | undefined;
// Intl lookups are slow next to a Map, and a large corpus names the same parties thousands of times.
const isoNames = new Map<string, string | null>();

/** The standard English name of an ISO 3166 code (`RU` → Russia), or null when the platform has none. */
export function isoRegionName(code: string): string | null {
	const upper = code.toUpperCase();
	const known = isoNames.get(upper);
	if (known !== undefined) return known;
	if (regionNames === undefined) {
		try {
			regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
		} catch {
			regionNames = null;
		}
	}
	let name: string | null = null;
	try {
		name = regionNames?.of(upper) ?? null;
	} catch {
		// Not a well-formed region code.
	}
	isoNames.set(upper, name);
	return name;
}

/**
 * A readable name for a party id: the country place's name for ISO codes (else the platform's
 * region name), otherwise the actor id made readable (`taliban` → Taliban, `ttp` → TTP).
 */
export function partyName(id: string, places?: PlacesCollection): string {
	if (/^[A-Za-z]{2}$/.test(id)) {
		const code = id.toUpperCase();
		const place = places?.features.find(
			(f) => f.properties.kind === 'country' && f.properties.country === code
		);
		if (place) return place.properties.name;
		return isoRegionName(code) ?? code;
	}
	return actorLabel(id);
}

/**
 * A readable name for an actor id: short ids are acronyms (`ttp` → TTP, `saarc` → SAARC), longer
 * ones words (`haqqani-network` → Haqqani Network).
 */
export function actorLabel(id: string): string {
	if (id.length <= 5 && !id.includes('-')) return id.toUpperCase();
	return id
		.split(/[-_]/)
		.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		.join(' ');
}

/** English month names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `2021-09-24` → `24 September 2021`, `2021-09` → `September 2021`, `2021` → `2021`, null → `undated`. */
export function formatDate(date: string | null): string {
	if (!date) return 'undated';
	const [y, m, d] = date.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	if (!month) return y ?? 'undated';
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** `2017–2019`, `2017`, or `all years`. */
export function formatRange(range: YearRange | null): string {
	if (!range) return 'all years';
	return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
