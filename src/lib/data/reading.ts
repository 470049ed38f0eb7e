/**
 * The reading side of the data: articles.json holds each article's text with the mentions and
 * link evidence that point into it. The panel, the reader and the tour look them up by place and
 * by link, so the index is built once, when the file arrives (never before the map draws).
 * No Svelte, no DOM.
 */
import type { Article, Evidence, Mention } from './schema';

export interface ReadingIndex {
	articles: ReadonlyMap<string, Article>;
	/** Mentions per place id, sorted by article id, paragraph and offset. */
	mentions: ReadonlyMap<string, readonly Mention[]>;
	/** Evidence per link id, by article id, then by paragraph. */
	evidence: ReadonlyMap<string, readonly Evidence[]>;
	/** The ingest run articles.json came from (null when not known: tests, nothing loaded). */
	generation: string | null;
}

const NONE: readonly never[] = [];

/** Indexes articles (as articles.json lists them: sorted by id) by place and by link. */
export function indexArticles(
	list: readonly Article[],
	generation: string | null = null
): ReadingIndex {
	const articles = new Map<string, Article>();
	const mentions = new Map<string, Mention[]>();
	const evidence = new Map<string, Evidence[]>();
	for (const a of list) {
		articles.set(a.id, a);
		for (const m of a.mentions) {
			let forPlace = mentions.get(m.place);
			if (!forPlace) mentions.set(m.place, (forPlace = []));
			forPlace.push({
				article: a.id,
				paragraph: m.paragraph,
				start: m.start,
				end: m.end,
				text: m.text,
				via: m.via
			});
		}
		for (const e of a.evidence) {
			let forLink = evidence.get(e.link);
			if (!forLink) evidence.set(e.link, (forLink = []));
			forLink.push({ article: a.id, paragraph: e.paragraph, sentence: e.sentence });
		}
	}
	return { articles, mentions, evidence, generation };
}

/** A place's mentions (none when the place or the article text is unknown). */
export function mentionsOf(reading: ReadingIndex, placeId: string): readonly Mention[] {
	return reading.mentions.get(placeId) ?? NONE;
}

/** A link's evidence sentences (none when the link or the article text is unknown). */
export function evidenceOf(reading: ReadingIndex, linkId: string): readonly Evidence[] {
	return reading.evidence.get(linkId) ?? NONE;
}
