/**
 * The act a clause tells, before its parties are read: the most specific trigger word
 * (links-lexicon.ts), unless a modal, a condition or a call frames it, it is negated, it sits in
 * a fronted adjunct or it names a standing relation; then where in the clause its parties may be
 * named (not in reported content after "said that", not after "without", not in the target of an
 * alleged act or a purpose).
 */
import type { LinkStatus, LinkType } from '../../src/lib/data/schema';
import {
	ALLEGED_ACT_RE,
	DEMAND_BEFORE_RE,
	HYPOTHETICAL_RE,
	MANDATIVE_THAT_RE,
	REPORTED_CONTENT_RE,
	STATE_OF_RELATIONS_RE,
	TRIGGERS,
	innerSource,
	WEAK_TRIGGER_RE
} from './links-lexicon';
import { MONTH_ALTERNATION, WEEKDAY_NAMES } from '../months';
import { adjunctEnd } from './links-roles';
import type { Span } from './links-sentences';
import { absenceAt, readStatus } from './links-status';

export interface Trigger {
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
 * Verbs that are a visit only before a name ("reached Islamabad", "hosted the Taliban"), not
 * before a thing ("reached an agreement", "not hosting any rebellious force"). The name's capital
 * is checked here, case-sensitively: the triggers' expressions ignore case.
 */
const BEFORE_NAME_RE = /^(?:reach(?:ed|es)|host(?:ed|s|ing))$/i;
const NAME_NEXT_RE = /^\s+(?:the\s+)?[A-Z]/;

/**
 * The most specific trigger in a clause (the first class of TRIGGERS found anywhere in it, at its
 * first occurrence); capitalised words mid-clause are names ("Doha Agreement"). One scan over the
 * clause; after each match the scan goes on from the next character, so that a match inside a
 * longer one of a less specific class is still seen.
 */
export function findTrigger(
	clause: string,
	skip?: ReadonlySet<LinkType>,
	from = 0
): Trigger | null {
	const re = TRIGGER_SCAN_RE;
	re.lastIndex = from;
	let best: Trigger | null = null;
	let bestClass = TRIGGERS.length;
	for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
		re.lastIndex = m.index + 1;
		if (m.index > 0 && /^[A-Z][a-z]/.test(m[0])) continue;
		if (BEFORE_NAME_RE.test(m[0]) && !NAME_NEXT_RE.test(clause.slice(m.index + m[0].length)))
			continue;
		let k = 0;
		while (k < bestClass && m[k + 1] === undefined) k++;
		if (k >= bestClass || refersBack(clause, m.index, m[0])) continue;
		const type = (TRIGGERS[k] as readonly [LinkType, RegExp])[0];
		if (skip?.has(type)) continue;
		best = { type, index: m.index, end: m.index + m[0].length, word: m[0] };
		bestClass = k;
		if (k === 0) break;
	}
	return best;
}

/** "said that", "agreed with Kabul's suggestion that", "told diplomats … that": reported content begins. */
const REPORTED_THAT_RE =
	/\b(?:said|says|told|stated|added|noted|announced|claimed|insisted|stressed|emphasi[sz]ed|underlined|affirmed|warned|agreed|believed?|hoped?|suggest(?:ed|ion|s)?|proposal|view|position|assurance|message)\b[^.;:]{0,100}?\bthat\b/i;

const TOPIC_OF_RE =
	/\b(?:proposals?|recommendations?|ideas?|views|opinions|talks|discussions?|issues?|questions?|matters?|prospects?|agreements?|memorandum|mou)\s+(?:on|about|regarding|concerning|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;

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

const MODAL_REFUSAL_RE = /^(?:will|would|won['’]t|wouldn['’]t)\b/i;

/** A circumstance told with "with" after the act (", with President Tokayev emphasizing …"). */
const WITH_ADJUNCT_RE = /,\s+with\s+/;

/** "would be visiting" right before the act. */
const WOULD_BE_RE = /\bwould\s+be\s+$/i;
/** A day the act is set for, after it in the clause: "on 26-27 January 2018", "on Monday". */
const SET_DAY_RE = new RegExp(
	`\\bon\\s+(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTH_ALTERNATION})\\b|(?:${MONTH_ALTERNATION})\\.?\\s+\\d{1,2}\\b|(?:${WEEKDAY_NAMES.join('|')})\\b)`,
	'i'
);

/**
 * The clause before the act, without a "would be" that tells a visit set for a day ("would be
 * visiting Pakistan on 26-27 January 2018": the schedule told in the past, not a condition).
 */
function scheduledWould(clause: string, trigger: Trigger): string {
	const before = clause.slice(0, trigger.index);
	const would = WOULD_BE_RE.exec(before);
	if (!would || !SET_DAY_RE.test(clause.slice(trigger.end, trigger.end + 120))) return before;
	return before.slice(0, would.index);
}

/** A modal or condition frames the trigger: before it, or after it but before any reported content. */
function isHypothetical(clause: string, trigger: Trigger, lead = ''): boolean {
	if (HYPOTHETICAL_RE.test(scheduledWould(clause, trigger))) return true;
	// A call for the act ("urged the three sides to … reject", "called on Kabul to hold talks"),
	// also when the act is a verb phrase coordinated with the call's ("… oppose X and reject Y").
	const before = (lead + clause.slice(0, trigger.index)).slice(-160);
	if (CALL_HINT_RE.test(before) && CALL_FOR_RE.test(before)) return true;
	if (DEMAND_BEFORE_RE.test(before.slice(-60)) || MANDATIVE_THAT_RE.test(before)) return true;
	// Reported content, or a circumstance told with "with" ("…, with President Tokayev emphasizing
	// the need to foster trade"), is not the act's own modality.
	const rest = clause.slice(trigger.end);
	const reported = REPORTED_CONTENT_RE.exec(rest) ?? WITH_ADJUNCT_RE.exec(rest);
	return HYPOTHETICAL_RE.test(reported ? rest.slice(0, reported.index) : rest);
}

/** A clause's act and the bounds of where its parties are named (offsets in the paragraph). */
export interface ClauseFrame {
	clauseText: string;
	trigger: Trigger;
	status: LinkStatus;
	/** A plan told in the past: its date is the one nearest to publication. */
	pastPlan: boolean;
	/** Where the fronted adjunct that sets the scene ends. */
	sceneEnd: number;
	/** Where reported content ("said that …") begins (Infinity: none). */
	reportedFrom: number;
	/** Where the parties staying away ("without …") begin (Infinity: none). */
	absentFrom: number;
	/** Where the parties end: at an alleged act's target or a purpose, else at the clause's end. */
	partiesEnd: number;
}

/**
 * The act a clause tells and where its parties may be named, or null when it tells none. When its
 * most specific trigger is framed as only possible ("Islamabad would not follow suit … a
 * United States-brokered deal"), the next class of trigger in the clause is read ("will not
 * recognise Israel"); a trigger in a fronted adjunct gives way to the main clause's, unless that
 * is only a word of attitude; a trigger told as not happening ends the clause.
 */
export function frameClause(text: string, clause: Span): ClauseFrame | null {
	const clauseText = text.slice(clause.start, clause.end);
	const skipped = new Set<LinkType>();
	// Where the main clause begins: a fronted adjunct's trigger sets the scene ("Amid rising
	// tensions between …, Imran Khan spoke on the phone with …"), and the act is the one after it.
	const scene = adjunctEnd(clauseText);
	let from = 0;
	for (let tries = 0; tries < 3; tries++) {
		let trigger = findTrigger(clauseText, skipped, from);
		if (trigger && from === 0 && trigger.index < scene) {
			from = scene;
			trigger = findTrigger(clauseText, skipped, from);
			if (trigger && WEAK_TRIGGER_RE.test(trigger.word)) return null;
		}
		// A word of attitude read only because a stronger trigger failed tells of no event.
		if (!trigger || (tries > 0 && WEAK_TRIGGER_RE.test(trigger.word))) return null;
		const framed = frameTrigger(text, clause, clauseText, trigger, scene);
		if (framed !== 'another') return framed;
		skipped.add(trigger.type);
	}
	return null;
}

/** The frame of one trigger; 'another' when only its framing fails and another trigger may not. */
function frameTrigger(
	text: string,
	clause: Span,
	clauseText: string,
	trigger: Trigger,
	scene: number
): ClauseFrame | null | 'another' {
	const lead = clause.subjectOf ? text.slice(clause.subjectOf.start, clause.start) : '';
	// The rest of the sentence, where a plan told in the past can fall through.
	const next = /^[^.!?]*/.exec(text.slice(clause.end, clause.end + 80))![0];
	const reading = readStatus(clauseText, trigger.index, trigger.end, next);
	// "They would not attend": the modal is the refusal's, not a condition's.
	const refusedModal = reading.status === 'refused' && MODAL_REFUSAL_RE.test(reading.cue ?? '');
	if (!refusedModal && isHypothetical(clauseText, trigger, lead)) return 'another';
	// "proposals on SCO-Afghanistan cooperation": a word of attitude as the topic of something else.
	if (
		WEAK_TRIGGER_RE.test(trigger.word) &&
		TOPIC_OF_RE.test(clauseText.slice(Math.max(0, trigger.index - 50), trigger.index))
	)
		return null;
	if (reading.status === 'negated') return null;
	// Parties named in a fronted adjunct set the scene; those named after "without" stay away.
	if (trigger.index < scene) return null;
	// Words of attitude are dispute and cooperation triggers; only those can be a standing relation.
	if (
		(trigger.type === 'dispute' || trigger.type === 'cooperation') &&
		inStateOfRelations(clauseText, trigger.index)
	)
		return null;
	const absence = absenceAt(clauseText);
	return {
		clauseText,
		trigger,
		status: reading.status,
		pastPlan: reading.pastPlan === true,
		sceneEnd: clause.start + scene,
		reportedFrom: reportedFrom(clauseText, clause.start, trigger),
		absentFrom: absence >= 0 ? clause.start + absence : Infinity,
		partiesEnd: partiesEnd(clauseText, clause, trigger)
	};
}

/** What someone said, agreed or suggested "that …" names topics, not parties of the act before it. */
function reportedFrom(clauseText: string, clauseStart: number, trigger: Trigger): number {
	REPORTED_SCAN_RE.lastIndex = 0;
	for (let m = REPORTED_SCAN_RE.exec(clauseText); m !== null; m = REPORTED_SCAN_RE.exec(clauseText))
		if (trigger.index < m.index + m[0].length) return clauseStart + m.index + m[0].length;
	return Infinity;
}

/**
 * A relative clause describing what was just named ("travel to neighboring India, which is engaged
 * in renewed tensions with Pakistan"): whom it names are not parties of the clause's event. Not
 * one telling who acted in the event ("the group's meeting, which was chaired by …").
 */
const DESCRIBES_RE =
	/,\s+which\s+(?:also\s+|itself\s+|still\s+)?(?:is|was|has|had|have|are|were|shares|borders)\b(?!\s+(?:been\s+)?(?:\w+ly\s+)?[\w-]+(?:ed|en|ld)\s+by\b)/i;

/**
 * Where the parties end. The target of an alleged or denied act is a topic: parties end where it
 * begins. A purpose after the trigger ("the meeting in Moscow to invite the Taliban to join")
 * names whom someone means to bring in, not who took part.
 */
function partiesEnd(clauseText: string, clause: Span, trigger: Trigger): number {
	let end = clause.end;
	if (trigger.type === 'accusation' || trigger.type === 'dispute') {
		const act = ALLEGED_ACT_RE.exec(clauseText.slice(trigger.index));
		if (act) end = clause.start + trigger.index + act.index;
	}
	const purpose = PURPOSE_RE.exec(clauseText.slice(trigger.end));
	if (purpose) end = Math.min(end, clause.start + trigger.end + purpose.index);
	const aside = DESCRIBES_RE.exec(clauseText.slice(trigger.end));
	if (aside) end = Math.min(end, clause.start + trigger.end + aside.index);
	return end;
}
