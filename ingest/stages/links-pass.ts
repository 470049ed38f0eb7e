/**
 * What the link extractor's modules share: its input, the state of its left-to-right pass over
 * an article (the links drafted so far, the last actor named, a gathering told with its host
 * alone), where a clause sits in its paragraph, and small helpers on party lists.
 */
import type { LinkType, PartialDate } from '../../src/lib/data/schema';
import type { ResolvedDate } from '../dates';
import type { Offices } from '../offices';
import type { ActorIndex, Gazetteer, PlaceMention, RawLink } from '../types';
import type { PartyHit } from './links-parties';
import type { Span } from './links-sentences';

export interface ExtractLinksInput {
	article: {
		id: string;
		published: PartialDate;
		/** True when the publication date was inferred (links dated from it are less sure). */
		publishedInferred?: boolean;
		/** When the publication date was inferred: the days the text allows for its writing. */
		publishedRange?: [string, string] | null;
		paragraphs: string[];
	};
	mentions: PlaceMention[];
	gazetteer: Gazetteer;
	actors: ActorIndex;
	/** Terms of office (geodata/offices.json): an undated event's actors say when it can have happened. */
	offices?: Offices | null;
}

/** A link drafted from one clause, before drafts of the same event are merged. */
export interface Draft {
	link: RawLink;
	paragraph: number;
	key: string;
	/** True when the date comes from the text (a cue, or the same event told earlier), not from publication. */
	dated: boolean;
}

/** State of the left-to-right pass over an article. */
export interface Pass {
	input: ExtractLinksInput;
	drafts: Draft[];
	lastActor: string | null;
	/** The paragraph being read. */
	paragraph: number;
	/**
	 * The last gathering told with its host alone ("India will host the Delhi Regional Security
	 * Dialogue …"): no link yet, but a later "was invited … will not attend" refers to it.
	 */
	soloGathering: { host: string; paragraph: number } | null;
}

/** Where a clause sits: its paragraph and sentence, and what was read of them. */
export interface DraftContext {
	text: string;
	/** Where the paragraph's own text begins: after the dateline, whose date is the filing date. */
	bodyStart: number;
	p: number;
	sentence: Span;
	sentences: Span[];
	si: number;
	cueOf: (i: number) => ResolvedDate | null;
	/** Whether sentence i holds a date cue (cheaper than reading it). */
	hasCue: (i: number) => boolean;
	hits: PartyHit[];
	pass: Pass;
}

export const GATHERING_TYPES = new Set<LinkType>(['meeting', 'talks', 'conference']);

/** Appends a party once. */
export function addParty(parties: string[], party: string | null | undefined): void {
	if (party && !parties.includes(party)) parties.push(party);
}

export const partyKey = (parties: readonly string[]) => [...parties].sort().join('+');
