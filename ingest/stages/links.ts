/**
 * Diplomatic links: interactions between parties (states and non-state actors), one per event.
 *
 * A clause yields a link when it holds a trigger word (links-lexicon.ts) that is not hypothetical
 * ("could", "if") and at least two parties (links-parties.ts). Light coreference fills in parties:
 * "the two leaders" are the parties of the previous link, "the regime" is the last actor named.
 * The date is the clause's own cue, else that of an earlier link with the same parties in this or
 * the previous paragraph (the same event told on), else the last cue earlier in the paragraph,
 * else the publication month. From the date on which an actor governs a country (the Taliban in
 * Afghanistan from 2021-08-15), that country is named by the actor. Sentences that tell the same
 * event (same type, parties and date) become one link with several pieces of evidence.
 *
 * Cost: a regex pass per paragraph and per sentence; chrono runs only on clauses that already
 * have a trigger and two parties, or when a date must be inherited.
 */
import type { DateBasis, LinkStatus, LinkType, PartialDate } from '../../src/lib/data/schema';
import { governingActor } from '../actors';
import { eventDate, hasDateCue, type FoundCue, type ResolvedDate } from '../dates';
import type { ActorIndex, Gazetteer, PlaceMention, RawLink } from '../types';
import {
	ACTOR_REFERENCE_RE,
	ANY_TRIGGER_RE,
	DEMAND_BEFORE_RE,
	MANDATIVE_THAT_RE,
	ALLEGED_ACT_RE,
	ATTENDANCE_RE,
	GROUP_REFERENCE_RE,
	HYPOTHETICAL_RE,
	PEACE_DEAL_RE,
	GATHERING_REFERENCE_RE,
	REPORTED_CONTENT_RE,
	STATE_OF_RELATIONS_RE,
	TRIGGERS,
	WEAK_TRIGGER_RE,
	innerSource
} from './links-lexicon';
import { linkConfidence } from './links-confidence';
import { adjunctEnd, direction, type PartyAt } from './links-roles';
import { absenceAt, readStatus } from './links-status';
import { articleContext, paragraphHits, type PartyHit } from './links-parties';
import { splitSentences } from '../../src/lib/data/sentences';
import { splitClauses, type Span } from './links-sentences';

export interface ExtractLinksInput {
	article: {
		id: string;
		published: PartialDate;
		/** True when the publication date was inferred (links dated from it are less sure). */
		publishedInferred?: boolean;
		paragraphs: string[];
	};
	mentions: PlaceMention[];
	gazetteer: Gazetteer;
	actors: ActorIndex;
}

interface Trigger {
	type: LinkType;
	index: number;
	end: number;
	/** The matched words. */
	word: string;
}

/**
 * An event noun that refers back to one already told ("for the visit", "The visit is being seen
 * as …"): no new event unless it says where to or with whom.
 */
const BACK_REFERENCE_BEFORE_RE = /\b(?:the|this|that|his|her|its|their|such)\s+(?:[\w-]+\s+)?$/i;
const EVENT_NOUN_RE =
	/^(?:visit|visits|trip|meeting|meetings|talks|conference|summit|tour|mission)$/i;
const NEW_EVENT_AFTER_RE = /^\s+(?:to|of|with|between|in|by|at|on|from)\b/i;
function refersBack(clause: string, index: number, word: string): boolean {
	if (!EVENT_NOUN_RE.test(word)) return false;
	if (!BACK_REFERENCE_BEFORE_RE.test(clause.slice(Math.max(0, index - 30), index))) return false;
	if (
		/\b(?:recent|last|previous|earlier|first|second|third|next|upcoming|planned)\s+$/i.test(
			clause.slice(0, index)
		)
	)
		return false;
	return !NEW_EVENT_AFTER_RE.test(clause.slice(index + word.length, index + word.length + 12));
}

/** All trigger classes in one expression, one capturing group per class (in TRIGGERS order). */
const TRIGGER_SCAN_RE = new RegExp(
	`\\b(?:${TRIGGERS.map(([, re]) => `(${innerSource(re)})`).join('|')})\\b`,
	'gi'
);

/**
 * The most specific trigger in a clause (the first class of TRIGGERS found anywhere in it, at its
 * first occurrence); capitalised words mid-clause are names ("Doha Agreement"). One scan over the
 * clause; after each match the scan goes on from the next character, so that a match inside a
 * longer one of a less specific class is still seen.
 */
function findTrigger(clause: string): Trigger | null {
	const re = TRIGGER_SCAN_RE;
	re.lastIndex = 0;
	let best: Trigger | null = null;
	let bestClass = TRIGGERS.length;
	for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
		re.lastIndex = m.index + 1;
		if (m.index > 0 && /^[A-Z][a-z]/.test(m[0])) continue;
		let k = 0;
		while (k < bestClass && m[k + 1] === undefined) k++;
		if (k >= bestClass || refersBack(clause, m.index, m[0])) continue;
		const type = (TRIGGERS[k] as readonly [LinkType, RegExp])[0];
		best = { type, index: m.index, end: m.index + m[0].length, word: m[0] };
		bestClass = k;
		if (k === 0) break;
	}
	return best;
}

/** "said that", "agreed with Kabul's suggestion that", "told diplomats … that": reported content begins. */
const REPORTED_THAT_RE =
	/\b(?:said|says|told|stated|added|noted|announced|claimed|insisted|stressed|emphasi[sz]ed|underlined|affirmed|warned|agreed|believed?|hoped?|suggest(?:ed|ion|s)?|proposal|view|position|assurance|message)\b[^.;:]{0,100}?\bthat\b/i;

/** Another round of a series told before: "the first review meeting", "the previous round". */
const SERIES_RE =
	/\b(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|previous|last|next|latest|earlier|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:meeting|round|session|summit|conference|dialogue)\b/i;

/** A host named as the subject of a gathering ("India will host", "Tehran is hosting"). */
const HOSTS_RE = /\b(?:host(?:s|ed|ing)?|to\s+host|organi[sz](?:es|ed|ing))\b/i;

const PURPOSE_RE =
	/\b(?:in\s+order\s+)?to\s+(?:invite|include|bring|persuade|convince|pressure|encourage|lure|woo|(?:discuss|review|address|assess|examine|consider)(?!\s+with\b))\b/i;

const REPORTED_SCAN_RE = new RegExp(REPORTED_THAT_RE.source, 'gi');

const CALL_HINT_RE = /\b(?:urg|call|ask|appeal|encourag|press|want|hope|wish)/i;
const CALL_FOR_RE =
	/\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing)\s+(?:on|upon)|ask(?:ed|s|ing)|appeal(?:ed|s)\s+to|encourag(?:ed|es|ing)|press(?:ed|es|ing)|want(?:s|ed)?|hope[sd]?|wish(?:es|ed)?)\b[^.;:]{0,80}?\bto\b[^.;:]{0,100}$/i;

const STATE_SCAN_RE = new RegExp(STATE_OF_RELATIONS_RE.source, 'gi');
/** Whether the trigger is a word of a standing relation ("deteriorating relations between …"). */
function inStateOfRelations(clause: string, at: number): boolean {
	STATE_SCAN_RE.lastIndex = 0;
	for (let m = STATE_SCAN_RE.exec(clause); m !== null; m = STATE_SCAN_RE.exec(clause))
		if (at >= m.index && at < m.index + m[0].length) return true;
	return false;
}

/** A modal or condition frames the trigger: before it, or after it but before any reported content. */
function isHypothetical(clause: string, trigger: Trigger, lead = ''): boolean {
	if (HYPOTHETICAL_RE.test(clause.slice(0, trigger.index))) return true;
	// A call for the act ("urged the three sides to … reject", "called on Kabul to hold talks"),
	// also when the act is a verb phrase coordinated with the call's ("… oppose X and reject Y").
	const before = (lead + clause.slice(0, trigger.index)).slice(-160);
	if (CALL_HINT_RE.test(before) && CALL_FOR_RE.test(before)) return true;
	if (DEMAND_BEFORE_RE.test(before.slice(-60)) || MANDATIVE_THAT_RE.test(before)) return true;
	const rest = clause.slice(trigger.end);
	const reported = REPORTED_CONTENT_RE.exec(rest);
	return HYPOTHETICAL_RE.test(reported ? rest.slice(0, reported.index) : rest);
}

interface Draft {
	link: RawLink;
	paragraph: number;
	key: string;
	/** True when the date comes from the text (a cue, or the same event told earlier), not from publication. */
	dated: boolean;
}

/** Appends a party once. */
function addParty(parties: string[], party: string | null | undefined): void {
	if (party && !parties.includes(party)) parties.push(party);
}

const partyKey = (parties: readonly string[]) => [...parties].sort().join('+');
const isState = (party: string) => /^[A-Z]{2}$/.test(party);

/** Publication date coarsened to the month: an undated event is "around publication". */
function aroundPublication(published: PartialDate): PartialDate {
	return published === null ? null : published.slice(0, 7);
}

/** State of the left-to-right pass over an article. */
interface Pass {
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

export function extractLinks(input: ExtractLinksInput): RawLink[] {
	const { article, mentions, gazetteer, actors } = input;
	const ctx = articleContext(article.paragraphs, mentions, gazetteer, actors);
	const byParagraph = new Map<number, PlaceMention[]>();
	for (const m of mentions) {
		const list = byParagraph.get(m.paragraph) ?? [];
		list.push(m);
		byParagraph.set(m.paragraph, list);
	}
	const pass: Pass = { input, drafts: [], lastActor: null, paragraph: 0, soloGathering: null };

	article.paragraphs.forEach((text, p) => {
		pass.paragraph = p;
		const hits = paragraphHits(text, byParagraph.get(p) ?? [], ctx);
		const sentences = splitSentences(text);
		const bodyStart = p === 0 ? ctx.datelineEnd : 0;
		const cues = new Map<number, ResolvedDate | null>();
		const flags = new Map<number, boolean>();
		const hasCue = (i: number) => {
			let f = flags.get(i);
			if (f === undefined) {
				const s = sentences[i] as Span;
				flags.set(i, (f = hasDateCue(text.slice(Math.max(s.start, bodyStart), s.end))));
			}
			return f;
		};
		const cueOf = (i: number) => {
			if (!cues.has(i)) {
				const s = sentences[i] as Span;
				cues.set(
					i,
					eventDate(text.slice(Math.max(s.start, bodyStart), s.end), 0, article.published)
				);
			}
			return cues.get(i) ?? null;
		};
		sentences.forEach((sentence, si) => {
			const inSentence = hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
			const sentenceText = text.slice(sentence.start, sentence.end);
			if (
				(inSentence.length > 0 || REFERENCE_RE.test(sentenceText)) &&
				ANY_TRIGGER_RE.test(sentenceText)
			) {
				const clauses = splitClauses(text, sentence);
				const dc: DraftContext = {
					text,
					bodyStart,
					p,
					sentence,
					sentences,
					si,
					cueOf,
					hasCue,
					hits,
					pass
				};
				let found = false;
				for (const clause of clauses) found = emitClause(clause, inSentence, dc) || found;
				if (!found && clauses.length > 1) found = emitClause(sentence, inSentence, dc, true);
				if (!found) addListedParticipants(sentenceText, sentence.start, inSentence, pass);
			} else if (inSentence.length > 0)
				addListedParticipants(sentenceText, sentence.start, inSentence, pass);
			const actorsHere = inSentence.filter((h) => h.source === 'actor');
			const lastHere = actorsHere[actorsHere.length - 1];
			if (lastHere?.party) pass.lastActor = lastHere.party;
		});
	});
	return mergeDrafts(pass.drafts);
}

/** "participants including the US, China …", "attended by", "delegations from": who took part. */
const PARTICIPANTS_RE =
	/\b(?:participants?|attendees|invitees)\s+(?:includ(?:ed|ing|es)|were|are|from)\b|\battended\s+by\b|\b(?:delegations?|representatives|envoys|diplomats)\s+from\b|\bamong\s+(?:the\s+)?(?:participants|attendees|invitees)\b/i;
/** "… but did not include the Taliban authorities", "except", "without": those after it stayed away. */
const LIST_EXCLUSION_RE =
	/\b(?:(?:did|does|do)\s+not\s+include|not\s+including|excluding|except(?:\s+for)?|without)\b/i;

/**
 * A sentence that lists who took part in the gathering just told of ("A list shared by the UN
 * detailed participants including the US, China, Pakistan and the European Union but did not
 * include the Taliban authorities"): the listed parties join it, the excluded are absent.
 */
function addListedParticipants(
	sentenceText: string,
	sentenceStart: number,
	inSentence: PartyHit[],
	pass: Pass
): void {
	const cue = PARTICIPANTS_RE.exec(sentenceText);
	if (!cue) return;
	const last = pass.drafts[pass.drafts.length - 1];
	if (!last || !GATHERING_TYPES.has(last.link.type) || pass.paragraph - last.paragraph > 2) return;
	const from = sentenceStart + cue.index;
	const exclusion = LIST_EXCLUSION_RE.exec(sentenceText.slice(cue.index));
	const excludedFrom = exclusion ? from + exclusion.index : Infinity;
	const link = last.link;
	let added = false;
	for (const h of inSentence) {
		if (h.start < from || !h.party || h.role === 'venue' || h.quoted) continue;
		if (h.start >= excludedFrom) {
			if (!link.parties.includes(h.party) && !link.absent.includes(h.party))
				link.absent.push(h.party);
		} else if (!link.parties.includes(h.party) && !link.absent.includes(h.party)) {
			link.parties.push(h.party);
			added = true;
		}
	}
	if (!added) return;
	last.key = partyKey(link.parties);
	if (!link.reasons.includes('parties:list')) link.reasons.push('parties:list');
	link.evidence.push({ ...link.evidence[0]!, paragraph: pass.paragraph, sentence: sentenceText });
}

interface ClauseEvent {
	clause: Span;
	type: LinkType;
	trigger: Trigger;
	parties: string[];
	/** The parties with where the clause names them (offsets in the clause). */
	named: PartyAt[];
	host: string | null;
	/** For a visit, every party named as a destination ("to Russia, China and Iran"). */
	destinations: string[];
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
const REFERENCE_RE = new RegExp(`${GROUP_REFERENCE_RE.source}|${ACTOR_REFERENCE_RE.source}`, 'i');

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

/** A gathering joined or held in a city: "joined a round in Moscow", "talks were held in Doha". */
const GATHERING_RE =
	/\b(?:round|rounds|meeting|meetings|talks|conference|summit|session|gathering|forum|dialogue)\b/i;

function clauseEvent(
	text: string,
	clause: Span,
	sentenceHits: PartyHit[],
	pass: Pass
): ClauseEvent | null {
	const clauseText = text.slice(clause.start, clause.end);
	const trigger = findTrigger(clauseText);
	const lead = clause.subjectOf ? text.slice(clause.subjectOf.start, clause.start) : '';
	if (!trigger || isHypothetical(clauseText, trigger, lead)) return null;
	// The rest of the sentence, where a plan told in the past can fall through.
	const next = /^[^.!?]*/.exec(text.slice(clause.end, clause.end + 80))![0];
	const reading = readStatus(clauseText, trigger.index, trigger.end, next);
	if (reading.status === 'negated') return null;
	// Parties named in a fronted adjunct set the scene; those named after "without" stay away.
	const scene = adjunctEnd(clauseText);
	if (trigger.index < scene) return null;
	const sceneEnd = clause.start + scene;
	// What someone said, agreed or suggested "that …" names topics, not parties of the act before it.
	let reportedFrom = Infinity;
	REPORTED_SCAN_RE.lastIndex = 0;
	for (let m = REPORTED_SCAN_RE.exec(clauseText); m !== null; m = REPORTED_SCAN_RE.exec(clauseText))
		if (trigger.index < m.index + m[0].length) {
			reportedFrom = clause.start + m.index + m[0].length;
			break;
		}
	const absence = absenceAt(clauseText);
	const absentFrom = absence >= 0 ? clause.start + absence : Infinity;
	// Words of attitude are dispute and cooperation triggers; only those can be a standing relation.
	if (
		(trigger.type === 'dispute' || trigger.type === 'cooperation') &&
		inStateOfRelations(clauseText, trigger.index)
	)
		return null;
	// The target of an alleged or denied act is a topic: parties end where it begins.
	let partiesEnd = clause.end;
	if (trigger.type === 'accusation' || trigger.type === 'dispute') {
		const act = ALLEGED_ACT_RE.exec(clauseText.slice(trigger.index));
		if (act) partiesEnd = clause.start + trigger.index + act.index;
	}
	// A purpose after the trigger ("the meeting in Moscow to invite the Taliban to join") names
	// whom someone means to bring in, not who took part.
	const purpose = PURPOSE_RE.exec(clauseText.slice(trigger.end));
	if (purpose) partiesEnd = Math.min(partiesEnd, clause.start + trigger.end + purpose.index);
	let hits = sentenceHits.filter(
		(h) => h.start >= clause.start && h.end <= partiesEnd && h.role !== 'venue'
	);
	const absent = [
		...new Set(hits.filter((h) => h.start >= absentFrom && h.party).map((h) => h.party!))
	];
	hits = hits.filter((h) => h.start < absentFrom && h.start < reportedFrom);
	const inScene = hits.filter((h) => h.start < sceneEnd);
	// A word of attitude after the scene ("… for continuity of cooperation") never takes its parties.
	if (
		inScene.length > 0 &&
		(WEAK_TRIGGER_RE.test(trigger.word) ||
			new Set(hits.filter((h) => h.start >= sceneEnd).map((h) => h.party)).size >= 2)
	)
		hits = hits.filter((h) => h.start >= sceneEnd);
	// An aside in parentheses names a topic or a title, not a party, when the rest names two.
	const unbracketed = hits.filter((h) => !h.bracketed);
	if (new Set(unbracketed.map((h) => h.party)).size >= 2) hits = unbracketed;
	// Reported speech names topics more than parties: when the frame names two parties, keep to it.
	const unquoted = hits.filter((h) => !h.quoted);
	if (new Set(unquoted.map((h) => h.party)).size >= 2) hits = unquoted;
	const sources = new Set<string>(hits.map((h) => h.source));
	const parties: string[] = [];
	let host: string | null = null;
	if (clause.subjectOf) {
		// The subject of a coordinated verb phrase: the parties named before the first clause's trigger.
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
	const framed = text.slice(clause.start, partiesEnd);
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
	let refersTo: Draft | undefined;
	if (parties.length === 1 && ATTENDANCE_RE.test(clauseText)) {
		// Staying away from, or attending, the event last told of: its host is the other party.
		refersTo = [...pass.drafts].reverse().find((d) => d.link.type === 'conference');
		const solo = pass.soloGathering;
		if (solo && (!refersTo || refersTo.paragraph < solo.paragraph)) {
			refersTo = undefined;
			addParty(parties, solo.host);
			sources.add('reference');
		} else if (refersTo) addParty(parties, refersTo.link.to);
	}
	if (trigger.type === 'visit' && parties.length === 1 && host === parties[0]) {
		// A trip with only its destination named ("A planned trip to Pakistan … was canceled"):
		// the traveller is the one the story was just about.
		const last = pass.drafts[pass.drafts.length - 1];
		const traveller = last && pass.paragraph - last.paragraph <= 1 ? last.link.from : undefined;
		if (traveller && traveller !== host) {
			addParty(parties, traveller);
			sources.add('reference');
		}
	}
	if (parties.length === 1 && PEACE_DEAL_RE.test(clauseText)) {
		// An insurgent's peace deal is made with the government of its country.
		const actor = pass.input.actors.get(parties[0] as string);
		if (actor?.country) addParty(parties, actor.country);
	}
	const venues = sentenceHits.filter(
		(h) =>
			h.place &&
			h.start >= clause.start &&
			h.end <= partiesEnd &&
			(h.role === 'venue' ||
				(h.role === 'destination' && (h.source !== 'country' || trigger.type === 'visit')))
	);
	const triggerAt = clause.start + trigger.index;
	const venue = venues.find((h) => h.start >= triggerAt) ?? venues[0];
	if (
		parties.length === 1 &&
		venue?.party &&
		venue.role === 'venue' &&
		GATHERING_RE.test(clauseText) &&
		isCapital(pass.input.gazetteer, venue)
	)
		// A gathering in a capital with one party named: the capital's government is its host.
		addParty(parties, venue.party);
	if (parties.length < 2 && GATHERING_TYPES.has(trigger.type) && SERIES_RE.test(clauseText)) {
		// "The first review meeting was held in Islamabad on 10 June 2019", after "the second review
		// meeting of the Afghanistan-Pakistan Action Plan …": another round of the same series.
		const series = [...pass.drafts]
			.reverse()
			.find(
				(d) =>
					pass.paragraph - d.paragraph <= 2 &&
					GATHERING_TYPES.has(d.link.type) &&
					parties.every((x) => d.link.parties.includes(x))
			);
		if (series) {
			series.link.parties.forEach((x) => addParty(parties, x));
			sources.add('reference');
		}
	}
	for (const a of absent) {
		const i = parties.indexOf(a);
		if (i >= 0) parties.splice(i, 1);
	}
	if (
		parties.length === 1 &&
		trigger.type === 'conference' &&
		HOSTS_RE.test(clauseText.slice(0, trigger.index + trigger.word.length + 12))
	)
		pass.soloGathering = { host: parties[0]!, paragraph: pass.paragraph };
	if (parties.length < 2) return null;
	const named: PartyAt[] = hits
		.filter((h) => h.party && parties.includes(h.party))
		.map((h) => ({ party: h.party!, start: h.start - clause.start }));
	return {
		clause,
		type: trigger.type,
		trigger,
		parties,
		named,
		host: trigger.type === 'visit' ? host : null,
		destinations:
			trigger.type === 'visit'
				? [...new Set(hits.filter((h) => h.role === 'destination' && h.party).map((h) => h.party!))]
				: [],
		venue: venue?.place ?? null,
		status: reading.status,
		pastPlan: reading.pastPlan === true,
		absent,
		sources,
		quoted: hits.length > 0 && hits.every((h) => h.quoted),
		refersTo
	};
}

function isCapital(gazetteer: Gazetteer, hit: PartyHit): boolean {
	const place = hit.place ? gazetteer.get(hit.place) : undefined;
	if (!place || place.kind !== 'city' || !place.country) return false;
	return place.capital === true || gazetteer.capital(place.country)?.id === place.id;
}

/** Makes the link a clause tells, if any; clause by clause, so that a later clause's "the two sides" sees an earlier one. */
function emitClause(
	clause: Span,
	inSentence: PartyHit[],
	dc: DraftContext,
	fromSentence = false
): boolean {
	const event = clauseEvent(dc.text, clause, inSentence, dc.pass);
	if (!event) return false;
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
	if (cue === null && elaborates(event, dc)) return true;
	// One traveller, several destinations ("visited Afghanistan and Pakistan", "traveled to Russia,
	// China and Iran"): a visit to each.
	const travellers = event.parties.filter((x) => !event.destinations.includes(x));
	const events =
		event.destinations.length >= 2 && travellers.length >= 1
			? event.destinations.map((d) => ({ ...event, parties: [...travellers, d], host: d }))
			: [event];
	for (const e of events) {
		const draft = toDraft(e, cue, dc, fromSentence);
		if (draft) dc.pass.drafts.push(draft);
	}
	return true;
}

const GATHERING_TYPES = new Set<LinkType>(['meeting', 'talks', 'conference']);

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

interface DraftContext {
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

function toDraft(
	event: ClauseEvent,
	cue: FoundCue | null,
	c: DraftContext,
	fromSentence: boolean
): Draft | null {
	const { article, actors } = c.pass.input;
	const sentenceText = c.text.slice(c.sentence.start, c.sentence.end);
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
			const inherited = inheritedCue(c, event.parties);
			date = inherited ?? aroundPublication(article.published);
			dated = inherited !== null;
			dateBasis = inherited !== null ? 'inferred' : date === null ? null : 'publication';
		}
		parties = normaliseParties(event.parties, date, actors);
	}
	if (parties.length < 2) return null;
	const host = event.host ? normaliseParty(event.host, event.parties, date, actors) : null;
	const named = event.named.map((n) => ({
		...n,
		party: normaliseParty(n.party, event.parties, date, actors)
	}));
	const clauseText = c.text.slice(event.clause.start, event.clause.end);
	const venueCountry = place ? c.pass.input.gazetteer.get(place)?.country : null;
	const venueParty = venueCountry
		? normaliseParty(venueCountry, event.parties, date, actors)
		: null;
	const dir = direction(event.type, clauseText, event.trigger.index, named, host, venueParty);
	let from = dir?.from ?? (parties[0] as string);
	let to = dir?.to ?? (parties[1] as string);
	if (!dir && host && parties.includes(host)) {
		// The destination is known though the traveller was not named in the clause.
		to = host;
		from = parties.find((x) => x !== host) as string;
	}
	if (!parties.includes(from) || !parties.includes(to) || from === to) {
		from = parties[0] as string;
		to = parties[1] as string;
	}
	const ordered = [from, to, ...parties.filter((x) => x !== from && x !== to)];
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
		publishedInferred: c.pass.input.article.publishedInferred === true,
		partySources: event.sources,
		fromSentence,
		quoted: event.quoted
	});
	return {
		link: {
			type: event.type,
			parties: ordered,
			from,
			to,
			place,
			date,
			dateBasis: date === null ? null : dateBasis,
			status: event.status,
			absent,
			confidence,
			reasons,
			evidence: [{ article: article.id, paragraph: c.p, sentence: sentenceText }]
		},
		paragraph: c.p,
		key: partyKey(ordered),
		dated
	};
}

/** The date cue of the closest earlier sentence of the paragraph that names one of the parties (the same story). */
function inheritedCue(c: DraftContext, parties: readonly string[]): PartialDate {
	for (let i = c.si - 1; i >= 0; i--) {
		const s = c.sentences[i] as Span;
		const cue = c.cueOf(i);
		if (!cue?.date) continue;
		if (
			c.hits.some(
				(h) => h.start >= s.start && h.end <= s.end && h.party !== null && parties.includes(h.party)
			)
		)
			return cue.date;
	}
	return null;
}

/**
 * One link per event: same type, parties and date. A date taken from publication says nothing about
 * the event, so such links merge only with the same or the next paragraph.
 */
function mergeDrafts(drafts: Draft[]): RawLink[] {
	const out: RawLink[] = [];
	const byKey = new Map<string, { link: RawLink; lastParagraph: number }>();
	for (const d of drafts) {
		const { link } = d;
		const key = `${link.type}|${d.key}|${link.date ?? ''}|${link.status}`;
		const existing = byKey.get(key);
		if (existing && (d.dated || d.paragraph - existing.lastParagraph <= 1)) {
			existing.link.place ??= link.place;
			existing.link.confidence = Math.max(existing.link.confidence, link.confidence);
			for (const r of link.reasons)
				if (!existing.link.reasons.includes(r)) existing.link.reasons.push(r);
			for (const a of link.absent)
				if (!existing.link.absent.includes(a)) existing.link.absent.push(a);
			for (const e of link.evidence)
				if (
					!existing.link.evidence.some(
						(x) => x.paragraph === e.paragraph && x.sentence === e.sentence
					)
				)
					existing.link.evidence.push(e);
			existing.lastParagraph = d.paragraph;
			continue;
		}
		const copy = {
			...link,
			evidence: [...link.evidence],
			reasons: [...link.reasons],
			absent: [...link.absent]
		};
		out.push(copy);
		byKey.set(key, { link: copy, lastParagraph: d.paragraph });
	}
	return out;
}
