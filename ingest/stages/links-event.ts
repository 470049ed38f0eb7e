/**
 * From a clause to the event it tells: its act (links-trigger.ts), then its parties, step by
 * step: those the clause names (the subject of a coordinated verb phrase too), then those a
 * reference points back to ("the two sides", "the regime", "did not attend", a trip with only its
 * destination named, another round of a series), a peace deal's other side, a capital's
 * government hosting a gathering in it, the host of one someone stays away from, the country of
 * a crossing closed or opened or of a place struck when one side alone is named (links-venue.ts);
 * those staying away are set apart. An event needs two parties.
 */
import type { LinkStatus, LinkType } from '../../src/lib/data/schema';
import {
	ACTOR_REFERENCE_RE,
	AGAINST_BEFORE_RE,
	SERIES_RE,
	HOSTILE_TYPES,
	TARGET_TYPES,
	GROUP_REFERENCE_RE,
	PEACE_DEAL_RE,
	WEAK_TRIGGER_RE
} from './links-lexicon';
import { addParty, GATHERING_TYPES, type Draft, type Pass } from './links-pass';
import type { PartyHit } from './links-parties';
import { attendedEvent, invitedGuests, noteSoloGathering } from './links-attendance';
import { sideBySideOnly, type PartyAt } from './links-roles';
import type { Span } from './links-sentences';
import { findTrigger, frameClause, type ClauseFrame, type Trigger } from './links-trigger';
import { clauseVenue, isCapital, refusedHost, venueSide } from './links-venue';

export interface ClauseEvent {
	clause: Span;
	type: LinkType;
	trigger: Trigger;
	parties: string[];
	/** The parties with where the clause names them (offsets in the clause). */
	named: PartyAt[];
	/**
	 * The party the clause says someone travels to ("will pay a two-day visit to Pakistan … to
	 * attend the … dialogue"): the host, whatever the event's type.
	 */
	host: string | null;
	/** For a visit, every party named as a destination ("to Russia, China and Iran"). */
	destinations: string[];
	/** The place each destination was named by (party → place id). */
	destinationPlaces: Map<string, string>;
	venue: string | null;
	status: LinkStatus;
	/** A plan told in the past: its date is the one nearest to publication. */
	pastPlan: boolean;
	/** Parties the clause names as staying away. */
	absent: string[];
	/** How the parties were found (hit sources, plus `reference`). */
	sources: Set<string>;
	quoted: boolean;
	/** The earlier event this clause tells of without naming it ("did not attend"). */
	refersTo?: Draft;
}

/** Any coreference cue: a sentence with one may name its parties without naming them. */
export const REFERENCE_RE = new RegExp(
	`${GROUP_REFERENCE_RE.source}|${ACTOR_REFERENCE_RE.source}`,
	'i'
);

const GROUP_SIZES: Record<string, number> = {
	'the two': 2,
	both: 2,
	'the 3': 3,
	'the three': 3,
	'all three': 3,
	'the 4': 4,
	'the four': 4,
	'all four': 4
};

/**
 * The hits that name the clause's parties: within the clause and before `partiesEnd`, never a
 * venue; those after "without" are the absent. A fronted adjunct's parties set the scene and are
 * dropped when a weak trigger follows or the rest names two; an aside in parentheses or reported
 * speech is dropped when the rest names two.
 */
function partyHits(
	text: string,
	sentenceHits: PartyHit[],
	clause: Span,
	frame: ClauseFrame
): { hits: PartyHit[]; absent: string[] } {
	const { sceneEnd, absentFrom, reportedFrom } = frame;
	const hostile = HOSTILE_TYPES.has(frame.trigger.type);
	let hits = sentenceHits.filter(
		(h) =>
			h.start >= clause.start &&
			h.end <= frame.partiesEnd &&
			h.role !== 'venue' &&
			(h.source !== 'force' || frame.trigger.type === 'border') &&
			(h.role !== 'destination' || !TARGET_TYPES.has(frame.trigger.type)) &&
			// "promised decisive action against the banned TTP": a target, a party only of a hostile act.
			(hostile || !AGAINST_BEFORE_RE.test(text.slice(Math.max(0, h.start - 40), h.start)))
	);
	const absent = [
		...new Set(hits.filter((h) => h.start >= absentFrom && h.party).map((h) => h.party!))
	];
	hits = hits.filter((h) => h.start < absentFrom && h.start < reportedFrom);
	const inScene = hits.filter((h) => h.start < sceneEnd);
	// A word of attitude after the scene ("… for continuity of cooperation") never takes its parties.
	if (
		inScene.length > 0 &&
		(WEAK_TRIGGER_RE.test(frame.trigger.word) ||
			new Set(hits.filter((h) => h.start >= sceneEnd).map((h) => h.party)).size >= 2)
	)
		hits = hits.filter((h) => h.start >= sceneEnd);
	// An aside in parentheses names a topic or a title, not a party, when the rest names two.
	const unbracketed = hits.filter((h) => !h.bracketed);
	if (new Set(unbracketed.map((h) => h.party)).size >= 2) hits = unbracketed;
	// Reported speech names topics more than parties: when the frame names two parties, keep to it.
	const unquoted = hits.filter((h) => !h.quoted);
	if (new Set(unquoted.map((h) => h.party)).size >= 2) hits = unquoted;
	return { hits, absent };
}

/** The parties found so far and how (hit sources, plus `reference`). */
interface Found {
	parties: string[];
	sources: Set<string>;
}

/**
 * The parties the clause names, in order: the subject of a coordinated verb phrase (the parties
 * named before the first clause's trigger), then the clause's own; the first destination is the
 * host of the event.
 */
function namedParties(
	text: string,
	clause: Span,
	sentenceHits: PartyHit[],
	hits: PartyHit[]
): { parties: string[]; host: string | null } {
	const parties: string[] = [];
	let host: string | null = null;
	if (clause.subjectOf) {
		const first = clause.subjectOf;
		const firstTrigger = findTrigger(text.slice(first.start, first.end));
		const subjectEnd = first.start + (firstTrigger?.index ?? 0);
		for (const h of sentenceHits)
			if (h.start >= first.start && h.end <= subjectEnd && h.role === 'party')
				addParty(parties, h.party);
	}
	for (const h of hits) {
		addParty(parties, h.party);
		if (h.role === 'destination') host ??= h.party;
	}
	return { parties, host };
}

/**
 * "The two sides", "both", "the three countries": the parties of the last link of that many
 * parties (of the last link when no number is said); "the regime": the last actor named.
 */
function referredParties(framed: string, pass: Pass, found: Found): void {
	const { parties, sources } = found;
	const group = GROUP_REFERENCE_RE.exec(framed);
	if (group && parties.length < 2) {
		const size = GROUP_SIZES[(group[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
		const previous = [...pass.drafts]
			.reverse()
			.find((d) => size === undefined || d.link.parties.length === size);
		previous?.link.parties.forEach((x) => addParty(parties, x));
		if (previous) sources.add('reference');
	}
	if (pass.lastActor && parties.length < 2 && ACTOR_REFERENCE_RE.test(framed)) {
		addParty(parties, pass.lastActor);
		sources.add('reference');
	}
}

/**
 * A trip with only its destinations named ("A planned trip to Pakistan … was canceled", "He is
 * expected to visit United Arab Emirates (UAE), Qatar and Saudi Arabia"): the traveller is the
 * one the story was just about. False when there is none: the places a trip goes to are no
 * visit among themselves.
 */
function tripTraveller(
	trigger: Trigger,
	hits: readonly PartyHit[],
	pass: Pass,
	found: Found
): boolean {
	const { parties, sources } = found;
	if (trigger.type !== 'visit') return true;
	// A party named otherwise than as where the trip goes ("Indian Foreign Secretary … returned to
	// New Delhi") is its traveller.
	const acting = new Set(hits.filter((h) => h.role !== 'destination').map((h) => h.party));
	if (parties.length === 0 || parties.some((p) => acting.has(p))) return true;
	const last = pass.drafts[pass.drafts.length - 1];
	const traveller = last && pass.paragraph - last.paragraph <= 1 ? last.link.from : undefined;
	if (!traveller || parties.includes(traveller)) return parties.length < 2;
	addParty(parties, traveller);
	sources.add('reference');
	return true;
}

/** An insurgent's peace deal is made with the government of its country. */
function peaceDealPartner(clauseText: string, pass: Pass, parties: string[]): void {
	if (parties.length !== 1 || !PEACE_DEAL_RE.test(clauseText)) return;
	const actor = pass.input.actors.get(parties[0] as string);
	if (actor?.country) addParty(parties, actor.country);
}

/**
 * "The first review meeting was held in Islamabad on 10 June 2019", after "the second review
 * meeting of the Afghanistan-Pakistan Action Plan …": another round of the same series, whose
 * parties it shares.
 */
function seriesParties(clauseText: string, type: LinkType, pass: Pass, found: Found): void {
	const { parties, sources } = found;
	const m = SERIES_RE.exec(clauseText);
	if (parties.length >= 2 || !GATHERING_TYPES.has(type) || !m) return;
	// Near, or anywhere before when its sentence names the same series ("review meeting").
	const named = m[1]!.includes(' ') ? m[1]!.toLowerCase() : null;
	const series = [...pass.drafts]
		.reverse()
		.find(
			(d) =>
				(pass.paragraph - d.paragraph <= 2 ||
					(named !== null &&
						d.link.evidence.some((e) => e.sentence.toLowerCase().includes(named)))) &&
				GATHERING_TYPES.has(d.link.type) &&
				parties.every((x) => d.link.parties.includes(x))
		);
	if (series) {
		series.link.parties.forEach((x) => addParty(parties, x));
		sources.add('reference');
	}
}

/** The event a clause tells, with two parties or more, or null (see the header). */
export function clauseEvent(
	text: string,
	clause: Span,
	sentenceHits: PartyHit[],
	pass: Pass
): ClauseEvent | null {
	const frame = frameClause(text, clause);
	if (!frame) return null;
	const { clauseText, trigger } = frame;
	const { hits, absent } = partyHits(text, sentenceHits, clause, frame);
	const spans = hits.map((h) => ({ start: h.start - clause.start, end: h.end - clause.start }));
	if (sideBySideOnly(clauseText, spans)) return null;
	const { parties, host } = namedParties(text, clause, sentenceHits, hits);
	const found: Found = { parties, sources: new Set<string>(hits.map((h) => h.source)) };
	referredParties(text.slice(clause.start, frame.partiesEnd), pass, found);
	const refersTo = attendedEvent(clauseText, pass, found);
	const guests = invitedGuests(clauseText, pass, found);
	if (!tripTraveller(trigger, hits, pass, found)) return null;
	peaceDealPartner(clauseText, pass, parties);
	const venue = clauseVenue(text, sentenceHits, clause, frame);
	venueSide(trigger.type, clauseText, venue, pass, parties);
	const refusedTo = frame.status === 'refused' ? refusedHost(pass, clause, frame, parties) : null;
	const capital = venue?.role === 'venue' && isCapital(pass.input.gazetteer, venue);
	const inCapital = capital ? (venue?.party ?? null) : null;
	seriesParties(clauseText, trigger.type, pass, found);
	for (const a of absent) {
		const i = parties.indexOf(a);
		if (i >= 0) parties.splice(i, 1);
	}
	noteSoloGathering(clauseText, trigger, pass, parties, inCapital);
	if (parties.length < 2 || (guests && parties.every((p) => guests.includes(p)))) return null;
	const goes =
		trigger.type === 'visit' ? hits.filter((h) => h.role === 'destination' && h.party) : [];
	return {
		clause,
		type: trigger.type,
		trigger,
		parties,
		named: hits
			.filter((h) => h.party && parties.includes(h.party))
			.map((h) => ({ party: h.party!, start: h.start - clause.start })),
		host: refusedTo ?? host,
		destinations: [...new Set(goes.map((h) => h.party!))],
		// First named first: a later mention of the same party does not move its visit.
		destinationPlaces: new Map(
			goes.flatMap((h) => (h.place ? [[h.party!, h.place]] : [])).reverse() as [string, string][]
		),
		venue: venue?.place ?? null,
		status: frame.status,
		pastPlan: frame.pastPlan,
		absent,
		sources: found.sources,
		quoted: hits.length > 0 && hits.every((h) => h.quoted),
		refersTo
	};
}
