/**
 * From a clause's event to a drafted link: its date (the clause's own cue, else that of the event
 * it refers to, of an earlier link with the same parties in this or the previous paragraph, of an
 * earlier sentence of the paragraph naming one of its parties, else the publication month), its
 * parties as named on that date (a country beside the actor governing it is that actor), its
 * direction, and its confidence. A visit to several destinations is one draft per destination;
 * a gathering told on with no date of its own joins the one told before.
 */
import type { DateBasis, PartialDate } from '../../src/lib/data/schema';
import { governingActor } from '../actors';
import { eventDate, type FoundCue } from '../dates';
import type { ActorIndex } from '../types';
import { linkConfidence } from './links-confidence';
import { clauseEvent, type ClauseEvent } from './links-event';
import { GATHERING_REFERENCE_RE, WEAK_TRIGGER_RE } from './links-lexicon';
import { GATHERING_TYPES, partyKey, type Draft, type DraftContext } from './links-pass';
import type { PartyHit } from './links-parties';
import { direction, separateMeetings } from './links-roles';
import { firstDayOf, lastDayOf } from './meta-days';
import { tenureYear } from './links-tenure';
import type { Span } from './links-sentences';

const isState = (party: string) => /^[A-Z]{2}$/.test(party);

/** Publication date coarsened to the month: an undated event is "around publication". */
function aroundPublication(published: PartialDate): PartialDate {
	return published === null ? null : published.slice(0, 7);
}

/** Makes the link a clause tells, if any; clause by clause, so that a later clause's "the two sides" sees an earlier one. */
export function emitClause(
	clause: Span,
	inSentence: PartyHit[],
	dc: DraftContext,
	fromSentence = false
): boolean {
	const event = clauseEvent(dc.text, clause, inSentence, dc.pass);
	if (!event) return false;
	emitEvent(event, dc, fromSentence);
	return true;
}

/** Drafts the links of an event read from its clause (`event.clause`); returns the drafts made. */
export function emitEvent(event: ClauseEvent, dc: DraftContext, fromSentence: boolean): Draft[] {
	const { clause } = event;
	const from = Math.max(clause.start, dc.bodyStart);
	const clauseText = dc.text.slice(from, clause.end);
	// A clause has no date cue when its sentence has none: only then is it worth reading alone.
	const cue = !dc.hasCue(dc.si)
		? null
		: eventDate(
				clauseText,
				clause.start + event.trigger.index - from,
				dc.pass.input.article.published,
				{ future: event.pastPlan ? 'nearest' : event.status === 'planned' }
			);
	if (cue === null && elaborates(event, dc)) return [];
	// One traveller, several destinations ("visited Afghanistan and Pakistan", "traveled to Russia,
	// China and Iran"): a visit to each.
	const travellers = event.parties.filter((x) => !event.destinations.includes(x));
	const events =
		event.destinations.length >= 2 && travellers.length >= 1
			? event.destinations.map((d) => ({
					...event,
					parties: [...travellers, d],
					host: d,
					venue: event.destinationPlaces.get(d) ?? event.venue
				}))
			: [event];
	const made = events
		.flatMap((e) => separateMeetings(e, dc.text) ?? [e])
		.flatMap((e) => toDraft(e, cue, dc, fromSentence) ?? []);
	dc.pass.drafts.push(...made);
	return made;
}

/**
 * A hosted gathering told on with no date of its own ("Russia hosted a Taliban delegation on
 * Wednesday …" then "The delegation sat down with envoys from China, Pakistan …"): the same event,
 * whose participants the later clause names. Its parties join the gathering's.
 */
function elaborates(event: ClauseEvent, dc: DraftContext): boolean {
	if (!GATHERING_TYPES.has(event.type) || event.status !== 'held') return false;
	const previous = dc.pass.drafts[dc.pass.drafts.length - 1];
	if (!previous || previous.link.type !== 'conference' || !previous.dated) return false;
	if (dc.p - previous.paragraph > 1) return false;
	const { link } = previous;
	const clauseText = dc.text.slice(event.clause.start, event.clause.end);
	if (
		!event.parties.some((x) => link.parties.includes(x)) &&
		!GATHERING_REFERENCE_RE.test(clauseText)
	)
		return false;
	const added = event.parties.filter((x) => !link.parties.includes(x));
	if (added.length === 0) return false;
	link.parties.push(...added);
	link.place ??= event.venue;
	previous.key = partyKey(link.parties);
	const sentence = dc.text.slice(dc.sentence.start, dc.sentence.end);
	if (!link.evidence.some((e) => e.paragraph === dc.p && e.sentence === sentence))
		link.evidence.push({ article: dc.pass.input.article.id, paragraph: dc.p, sentence });
	return true;
}

/**
 * From the date an actor governs a country, a country named beside the actor that governs it is
 * the same party ("the Taliban and the Afghan government" after August 2021 is one party). A
 * country named only by itself or by its capital ("Islamabad accused Kabul", "visited Kabul")
 * stays the state: the text does not say which government it means.
 */
function normaliseParties(parties: string[], date: PartialDate, actors: ActorIndex): string[] {
	const out: string[] = [];
	for (const party of parties) {
		const mapped = normaliseParty(party, parties, date, actors);
		if (!out.includes(mapped)) out.push(mapped);
	}
	return out;
}

function normaliseParty(
	party: string,
	parties: readonly string[],
	date: PartialDate,
	actors: ActorIndex
): string {
	if (!isState(party) || parties.every(isState)) return party;
	const ruler = governingActor(actors, party, date);
	return ruler && parties.includes(ruler) ? ruler : party;
}

/**
 * The date cue of the closest earlier sentence of the paragraph that names one of the parties (the
 * same story). Not, for an event told as past, a day after the page was printed: that is what the
 * earlier sentence announced ("was scheduled to visit Pakistan on August 4"), not when this took
 * place ("followed … Dar's earlier visit to Kabul").
 */
function inheritedCue(
	c: DraftContext,
	parties: readonly string[],
	status: ClauseEvent['status']
): PartialDate {
	const { published, publishedInferred } = c.pass.input.article;
	const past = status !== 'planned' && published !== null && !publishedInferred;
	for (let i = c.si - 1; i >= 0; i--) {
		const s = c.sentences[i] as Span;
		const cue = c.cueOf(i);
		if (!cue?.date) continue;
		if (past && firstDayOf(cue.date) > lastDayOf(published)) continue;
		if (
			c.hits.some(
				(h) => h.start >= s.start && h.end <= s.end && h.party !== null && parties.includes(h.party)
			)
		)
			return cue.date;
	}
	return null;
}

/** An event's date, how it is known, its place, and its parties as named on that date. */
interface DraftDate {
	date: PartialDate;
	dateBasis: DateBasis | null;
	/** True when the date comes from the text, not from publication. */
	dated: boolean;
	place: string | null;
	parties: string[];
}

/**
 * The event's date: the clause's cue; else the date of the event it refers to ("did not attend")
 * told in this or the previous paragraph; else that of an earlier dated draft with the same
 * parties in this or the previous paragraph (whose place it also takes); else an earlier
 * sentence's cue (`inheritedCue`); else the publication month.
 */
function draftDate(event: ClauseEvent, cue: FoundCue | null, c: DraftContext): DraftDate {
	const { article, actors } = c.pass.input;
	let date: PartialDate = cue?.date ?? null;
	let dateBasis: DateBasis | null = cue ? cue.basis : null;
	let place = event.venue;
	let dated = cue !== null;
	let parties = normaliseParties(
		event.parties,
		date ?? aroundPublication(article.published),
		actors
	);
	if (!dated && event.refersTo && c.p - event.refersTo.paragraph <= 1) {
		date = event.refersTo.link.date;
		dated = event.refersTo.dated;
		dateBasis = 'inferred';
		parties = normaliseParties(event.parties, date, actors);
	}
	if (!dated) {
		const key = partyKey(parties);
		const same = [...c.pass.drafts]
			.reverse()
			.find((d) => d.key === key && d.paragraph >= c.p - 1 && d.dated);
		if (same) {
			date = same.link.date;
			place ??= same.link.place;
			dated = true;
			dateBasis = 'inferred';
		} else {
			const inherited = inheritedCue(c, event.parties, event.status);
			date = inherited ?? aroundPublication(article.published);
			dated = inherited !== null;
			dateBasis = inherited !== null ? 'inferred' : date === null ? null : 'publication';
		}
		parties = normaliseParties(event.parties, date, actors);
	}
	if (dateBasis === 'publication') {
		const sentence = c.text.slice(c.sentence.start, c.sentence.end);
		const year = tenureYear(sentence, date, event.status, c.pass.input);
		if (year !== null) {
			date = year;
			dateBasis = 'tenure';
			parties = normaliseParties(event.parties, date, actors);
		}
	}
	return { date, dateBasis, dated, place, parties };
}

/**
 * Who acted on whom: the direction the verb gives (links-roles.ts), else the traveller towards a
 * known destination, else the order named. The parties are listed from, to, then the rest.
 */
function orderParties(
	event: ClauseEvent,
	d: DraftDate,
	c: DraftContext
): { from: string; to: string; directed: boolean; ordered: string[] } {
	const { actors, gazetteer } = c.pass.input;
	const { parties, date, place } = d;
	const host = event.host ? normaliseParty(event.host, event.parties, date, actors) : null;
	const named = event.named.map((n) => ({
		...n,
		party: normaliseParty(n.party, event.parties, date, actors)
	}));
	const clauseText = c.text.slice(event.clause.start, event.clause.end);
	const venueCountry = place ? gazetteer.get(place)?.country : null;
	const venueParty = venueCountry
		? normaliseParty(venueCountry, event.parties, date, actors)
		: null;
	const dir = direction(event.type, clauseText, event.trigger.index, named, host, venueParty);
	let from = dir?.from ?? (parties[0] as string);
	let to = dir?.to ?? (parties[1] as string);
	// The order of naming alone gives no direction, but for a visit: its subject is the traveller.
	let directed = dir !== null && (dir.cue !== 'order' || event.type === 'visit');
	if (!dir && host && parties.includes(host)) {
		// The destination is known though the traveller was not named in the clause.
		to = host;
		from = parties.find((x) => x !== host) as string;
		directed = true;
	}
	if (!parties.includes(from) || !parties.includes(to) || from === to) {
		// The direction was read between parties this event does not hold (a visit to several
		// destinations, "Before coming to Pakistan, the delegation traveled to Russia, China and
		// Iran": one visit each). A destination still says who went where.
		const traveller = host && parties.length === 2 ? parties.find((x) => x !== host) : undefined;
		from = traveller ?? (parties[0] as string);
		to = traveller ? (host as string) : (parties[1] as string);
		directed = traveller !== undefined;
	}
	return {
		from,
		to,
		directed,
		ordered: [from, to, ...parties.filter((x) => x !== from && x !== to)]
	};
}

/**
 * An event dated after the day the page was printed had not taken place when it was written:
 * planned, whatever the tense of the word it was read from ("said in a joint statement … are
 * scheduled to meet again on November 6"). An inferred publication date proves nothing here.
 */
function heldBy(
	status: ClauseEvent['status'],
	date: PartialDate | null,
	article: { published: PartialDate | null; publishedInferred?: boolean }
): ClauseEvent['status'] {
	if (status !== 'held' || !date || !article.published || article.publishedInferred) return status;
	return firstDayOf(date) > lastDayOf(article.published) ? 'planned' : status;
}

/** The drafted link of one event (null: fewer than two parties, or a stance rather than an event). */
function toDraft(
	event: ClauseEvent,
	cue: FoundCue | null,
	c: DraftContext,
	fromSentence: boolean
): Draft | null {
	const { article, actors } = c.pass.input;
	const d = draftDate(event, cue, c);
	if (d.parties.length < 2) return null;
	const { date, dateBasis } = d;
	const { from, to, directed, ordered } = orderParties(event, d, c);
	const absent = event.absent
		.map((a) => normaliseParty(a, [...event.parties, a], date, actors))
		.filter((a) => !ordered.includes(a));
	const weak = WEAK_TRIGGER_RE.test(event.trigger.word);
	// A word of attitude in a quotation or a pledge is a stance, not an event
	// ("Beijing will continue to … support the normalization", "“Iran’s support to the Taliban …”").
	if (weak && (event.quoted || event.status === 'planned')) return null;
	const { confidence, reasons } = linkConfidence({
		weakTrigger: weak,
		dateBasis: date === null ? null : dateBasis,
		publishedInferred: article.publishedInferred === true,
		partySources: event.sources,
		fromSentence,
		quoted: event.quoted
	});
	const sentenceText = c.text.slice(c.sentence.start, c.sentence.end);
	return {
		link: {
			type: event.type,
			parties: ordered,
			from,
			to,
			directed,
			place: d.place,
			date,
			dateBasis: date === null ? null : dateBasis,
			status: heldBy(event.status, date, article),
			absent,
			confidence,
			reasons,
			evidence: [{ article: article.id, paragraph: c.p, sentence: sentenceText }]
		},
		paragraph: c.p,
		key: partyKey(ordered),
		dated: d.dated
	};
}
