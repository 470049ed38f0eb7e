/**
 * What the panel shows for a selected party (the Taliban, a state with no place on the map): its
 * links under the year range and the legend's choices, and the sentences they were read from,
 * grouped by article like a place's excerpts. Imported by the panel only, so it loads with it.
 * No Svelte, no DOM.
 */
import { evidenceOf, type ReadingIndex } from './reading';
import type { Article, LinkProperties } from './schema';
import type { Excerpt, ExcerptList } from './excerpts';
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

/** Newest first by the link's own date; undated last; ties by id so the order is stable. */
function byNewestDate(a: LinkProperties, b: LinkProperties): number {
	const da = a.date ?? '';
	const db = b.date ?? '';
	if (da !== db) return da < db ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
	return { links: links.sort(byNewestDate), outsideYears, hiddenByChoices };
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
	groups.sort((a, b) => {
		const pa = a.article.published ?? '';
		const pb = b.article.published ?? '';
		if (pa !== pb) return pa < pb ? 1 : -1;
		return a.article.id < b.article.id ? -1 : 1;
	});
	const hidden = new Set<string>();
	for (const link of party.outsideYears)
		for (const e of evidenceOf(reading, link.id))
			if (!perArticle.get(e.article)?.has(`${e.paragraph}:${e.sentence}`))
				hidden.add(`${e.article}:${e.paragraph}:${e.sentence}`);
	return { groups, hidden: hidden.size, missing };
}
