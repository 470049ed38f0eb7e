/**
 * The excerpts the panel and the reader quote: a place's mentions and a link's evidence as
 * sentences with the mentions marked, grouped by article, newest first; a whole article with every
 * mention marked. Kept apart from selectors.ts so this code (and the sentence splitter) loads with
 * the panel, not before the first map. No Svelte, no DOM: unit-tested in tests/unit/selectors.test.ts.
 */
import { evidenceOf, mentionsOf, type ReadingIndex } from './reading';
import { sentenceBounds } from './sentences';
import type { Article } from './schema';
import { articleYear, inYears } from './selectors';
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

interface ArticleExcerpts {
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

/** Newest first by a partial date ("2021-09", "2021"); undated last; ties by id, so the order is stable. */
export function newestFirst(
	a: { id: string; date: string | null },
	b: { id: string; date: string | null }
): number {
	const da = a.date ?? '';
	const db = b.date ?? '';
	if (da !== db) return da < db ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byNewest(a: Article, b: Article): number {
	return newestFirst({ id: a.id, date: a.published }, { id: b.id, date: b.published });
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
