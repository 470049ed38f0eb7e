/**
 * What the panel shows for a selected party (the Taliban, a state with no place on the map): its
 * links under the year range and the legend's choices, and the sentences they were read from,
 * grouped by article like a place's excerpts. Imported by the panel only, so it loads with it.
 * No Svelte, no DOM.
 */
import { evidenceOf, type ReadingIndex } from './reading';
import type { Article, LinkProperties } from './schema';
import { newestFirst, type Excerpt, type ExcerptList } from './excerpts';
import { inYears } from './selectors';
import type { YearRange } from '../state/types';

export interface PartyLinks {
	/** The party's links the map draws now (year range and legend choices), newest first. */
	links: LinkProperties[];
	/** Its links drawn under the legend's choices but outside the year range. */
	outsideYears: LinkProperties[];
	/** How many of its links the legend's choices hide (uncertain, not held, a type switched off). */
	hiddenByChoices: number;
}

/** Splits a party's links into those drawn now, those outside the years, and those the legend hides. */
export function partyLinks(
	all: readonly LinkProperties[],
	range: YearRange | null,
	isShown: (link: LinkProperties) => boolean
): PartyLinks {
	const links: LinkProperties[] = [];
	const outsideYears: LinkProperties[] = [];
	let hiddenByChoices = 0;
	for (const l of all) {
		if (!isShown(l)) hiddenByChoices++;
		else if (inYears(l.year, range)) links.push(l);
		else outsideYears.push(l);
	}
	return { links: links.sort(newestFirst), outsideYears, hiddenByChoices };
}

/**
 * The evidence sentences of a party's links drawn now, grouped by article (newest first), each
 * sentence once even when it tells of two links; `hidden` counts the sentences of its links
 * outside the year range.
 */
export function partyExcerpts(party: PartyLinks, reading: ReadingIndex): ExcerptList {
	const perArticle = new Map<string, Map<string, Excerpt>>();
	let missing = 0;
	for (const link of party.links) {
		for (const e of evidenceOf(reading, link.id)) {
			if (!reading.articles.has(e.article)) {
				missing++;
				continue;
			}
			const sentences = perArticle.get(e.article) ?? new Map<string, Excerpt>();
			perArticle.set(e.article, sentences);
			sentences.set(`${e.paragraph}:${e.sentence}`, {
				paragraph: e.paragraph,
				segments: [{ text: e.sentence, mark: false }]
			});
		}
	}
	const groups = [...perArticle].map(([id, sentences]) => ({
		article: reading.articles.get(id) as Article,
		excerpts: [...sentences.values()].sort((a, b) => a.paragraph - b.paragraph)
	}));
	groups.sort((a, b) =>
		newestFirst(
			{ id: a.article.id, date: a.article.published },
			{ id: b.article.id, date: b.article.published }
		)
	);
	const hidden = new Set<string>();
	for (const link of party.outsideYears)
		for (const e of evidenceOf(reading, link.id))
			if (!perArticle.get(e.article)?.has(`${e.paragraph}:${e.sentence}`))
				hidden.add(`${e.article}:${e.paragraph}:${e.sentence}`);
	return { groups, hidden: hidden.size, missing };
}
