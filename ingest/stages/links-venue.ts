/**
 * Where a clause's event takes place and who hosts it: the venue named in the clause, a
 * capital's government hosting a gathering in it, the venue's country for a gathering someone
 * stays away from, the other side of a border event. links-event.ts calls these while it gathers
 * the clause's parties.
 */
import type { LinkType } from '../../src/lib/data/schema';
import type { Gazetteer } from '../types';
import { addParty, type Pass } from './links-pass';
import type { PartyHit } from './links-parties';
import type { Span } from './links-sentences';
import type { ClauseFrame } from './links-trigger';

/** A gathering joined or held in a city: "joined a round in Moscow", "talks were held in Doha". */
const GATHERING_RE =
	/\b(?:round|rounds|meeting|meetings|talks|conference|summit|session|gathering|forum|dialogue)\b/i;

/** Whether a place (a hit's, or a mention's by id) is a country's capital city. */
export function isCapital(gazetteer: Gazetteer, at: PartyHit | string): boolean {
	const id = typeof at === 'string' ? at : at.place;
	const place = id ? gazetteer.get(id) : undefined;
	if (!place || place.kind !== 'city' || !place.country) return false;
	return place.capital === true || gazetteer.capital(place.country)?.id === place.id;
}

/**
 * Where the event took place: a venue or destination in the party span, the first after the
 * trigger; but when another gathering is named after that first venue, with a venue of its own
 * ("the inputs from the meeting in Kabul have gone into the meeting of the foreign ministers … in
 * New York"), the last one: the clause goes on to tell the later gathering, whose parties it names.
 */
export function clauseVenue(
	text: string,
	sentenceHits: PartyHit[],
	clause: Span,
	frame: ClauseFrame
): PartyHit | undefined {
	const { trigger } = frame;
	const venues = sentenceHits.filter(
		(h) =>
			h.place &&
			h.start >= clause.start &&
			h.end <= frame.partiesEnd &&
			(h.role === 'venue' ||
				(h.role === 'destination' && (h.source !== 'country' || trigger.type === 'visit')))
	);
	const triggerAt = clause.start + trigger.index;
	const after = venues.filter((h) => h.start >= triggerAt);
	const first = after[0];
	const last = after[after.length - 1];
	if (first && last && last !== first && GATHERING_RE.test(text.slice(first.end, last.start)))
		return last;
	return first ?? venues[0];
}

/**
 * Capitals where others meet without their government taking part: Doha, home of the Taliban's
 * political office since 2013 and of talks between third parties (the US and the Taliban, the
 * UN's envoys on Afghanistan) that Qatar facilitates but does not join.
 */
const NEUTRAL_VENUES = new Set(['city-doha']);

/**
 * The other side of an event told with one party and a place: the capital's government of a
 * gathering held there (but a neutral venue's), the country of a crossing closed or opened, or of
 * a place struck ("Iranian authorities reopened mutual trade gate Zero Point in Taftan", "a U.S.
 * drone strike Sunday killed … in Kabul").
 */
export function venueSide(
	type: LinkType,
	clauseText: string,
	venue: PartyHit | undefined,
	pass: Pass,
	parties: string[]
): void {
	if (parties.length !== 1 || !venue?.party || venue.role !== 'venue') return;
	const hostsGathering =
		!NEUTRAL_VENUES.has(venue.place ?? '') &&
		GATHERING_RE.test(clauseText) &&
		isCapital(pass.input.gazetteer, venue);
	if (type === 'border' || hostsGathering) addParty(parties, venue.party);
}

/**
 * A gathering someone stays away from, told with where it is to be held and no one else ("the
 * United States won't attend a multinational peace conference on Afghanistan next month in
 * Russia"): the venue's country hosts it, and the refusal runs from the one staying away to it (a
 * neutral venue aside). Returns the host added.
 */
export function refusedHost(
	pass: Pass,
	clause: Span,
	frame: ClauseFrame,
	parties: string[]
): string | null {
	if (parties.length !== 1) return null;
	const { gazetteer, mentions } = pass.input;
	const text = pass.input.article.paragraphs[pass.paragraph] ?? '';
	const triggerAt = clause.start + frame.trigger.index;
	for (const m of mentions) {
		if (m.paragraph !== pass.paragraph || m.start <= triggerAt || m.end > clause.end) continue;
		if (NEUTRAL_VENUES.has(m.place)) continue;
		if (!/\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
		const place = gazetteer.get(m.place);
		if (!place?.country || (place.kind !== 'country' && !isCapital(gazetteer, m.place))) continue;
		if (place.country === parties[0]) return null;
		addParty(parties, place.country);
		return place.country;
	}
	return null;
}
