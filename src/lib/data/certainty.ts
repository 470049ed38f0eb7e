/**
 * How sure a link is: which links are drawn as uncertain or as not held, and which are shown under
 * the legend's choices. Pure functions over link properties, shared by the map (style class of
 * each arc), the legend, the panel, the list and the tour; the same in words for people is in
 * certainty-words.ts, which only views opened on demand (and the map's tooltip) read.
 */
import type { LinksShown } from '$lib/state/types';
import type { LinkProperties } from './schema';

/** Links below this confidence are drawn as uncertain and left out of the generated tour. */
export const UNCERTAIN_BELOW = 0.4;

/** How a link is drawn: an event told with enough certainty, an uncertain one, or one that did not happen. */
export type Certainty = 'certain' | 'uncertain' | 'notHeld';

export type LinkCues = Pick<
	LinkProperties,
	'confidence' | 'dateBasis' | 'reasons' | 'status' | 'corrected' | 'date'
>;

/**
 * The link's date was not read from the text as this event's date: taken from the story around
 * it or from the terms of office of the people it names, or counted from / equal to a
 * publication date that was itself inferred.
 */
export function isDateInferred(link: LinkCues): boolean {
	if (link.corrected || link.date === null) return false;
	if (link.dateBasis === 'inferred' || link.dateBasis === 'tenure') return true;
	return (
		link.reasons.includes('pub:inferred') &&
		(link.dateBasis === 'relative' || link.dateBasis === 'publication')
	);
}

function isLowConfidence(link: LinkCues): boolean {
	return !link.corrected && link.confidence < UNCERTAIN_BELOW;
}

/** A link's certainty never changes: worked out once per link object (a year change asks again for every link). */
const known = new WeakMap<LinkCues, Certainty>();

export function certaintyOf(link: LinkCues): Certainty {
	let c = known.get(link);
	if (c === undefined) {
		c =
			link.status !== 'held'
				? 'notHeld'
				: isLowConfidence(link) || isDateInferred(link)
					? 'uncertain'
					: 'certain';
		known.set(link, c);
	}
	return c;
}

/** Whether a link of this certainty is drawn under these choices. */
export function isShown(c: Certainty, shown: LinksShown): boolean {
	return c === 'certain' || (c === 'uncertain' ? shown.uncertain : shown.notHeld);
}

/** Whether a link is drawn under these choices: its certainty shown and its type not switched off. */
export function isLinkShown(link: LinkCues & { type: string }, shown: LinksShown): boolean {
	return isShown(certaintyOf(link), shown) && !shown.hiddenTypes.includes(link.type);
}
