/**
 * Who does what to whom in a link's clause: which named parties take part (not those in a fronted
 * adjunct, "In the wake of attacks by the Pakistan-backed Taliban, Ghani will visit India"), who
 * met whom when meetings were held separately, and which way the arc runs.
 *
 * Direction, by the verb: a host named as subject ("Pakistan hosted", "Qureshi received",
 * "Uzbekistan welcomed") is the arc's end; "visiting X" and "X's visit to" start it; the party
 * named before an accusation, condemnation, sanction, recognition or summons is its source and
 * the first named after it its target. Otherwise the visit rule (visitor → destination) or the
 * order of naming stands.
 */
import type { LinkType } from '../../src/lib/data/schema';
import { VISITING_VERB_RE } from './links-lexicon';
import type { ClauseEvent } from './links-event';

export interface PartyAt {
	party: string;
	/** Offset in the clause text. */
	start: number;
}

/**
 * A fronted adjunct ("In the wake of …,", "Amid …,", "Following …,") that sets the scene before
 * the clause's subject: parties named in it are context, not participants. Returns its end in
 * the clause, or 0.
 */
const ADJUNCT_RE =
	/^(?:[\p{Lu}][\p{L} .'-]{1,30}\s*[:–—-]\s+)?(?:In\s+the\s+wake\s+of|Amid(?:st)?|Following|After|Despite|Ahead\s+of|Against\s+the\s+backdrop\s+of|In\s+response\s+to|In\s+view\s+of|From\s+the\s+(?:perspective|point\s+of\s+view|standpoint)\s+of|In\s+the\s+context\s+of|Given|With)\b[^,;:]{3,220},\s+/u;
const ADJUNCT_HINT_RE =
	/^(?:[^:]{0,32}:\s+)?(?:In|Amid|Amidst|Following|After|Despite|Ahead|Against|Given|With|From)\b/;
export function adjunctEnd(clause: string): number {
	if (!ADJUNCT_HINT_RE.test(clause)) return 0;
	const m = ADJUNCT_RE.exec(clause);
	return m ? m[0].length : 0;
}

/**
 * Verbs whose subject receives the others: it is the arc's end. "Welcomed" hosts a guest, not a
 * decision: not when what follows is "by" ("the move welcomed by the Taliban") or a thing
 * welcomed ("welcomed the decision").
 */
const HOST_VERB_RE =
	/\b(?:host(?:ed|s|ing)?|play(?:ed|s|ing)?\s+host|roll(?:ed|s|ing)?\s+out\s+the\s+red\s+carpet|received|receives|welcom(?:ed|es|ing)(?!\s+(?:by|the\s+(?:move|decision|step|announcement|statement|initiative|proposal|offer|news|agreement|deal|outcome|results?|efforts?|resumption|release)|(?:this|that|such|these)\b))|invit(?:ed|es|ing)|greeted)\b/i;
const CHAIRED_BY_RE = /\b(?:hosted|chaired|convened|organi[sz]ed|presided\s+over)\s+by\s+/i;
/** "visiting X", "X's visiting delegation": X travelled. */
const VISITING_RE = /\bvisiting\s+$/i;
/** "during a December 2017 visit by Afghan President Ashraf Ghani": the one after "by" travelled. */
const VISIT_BY_RE = /\b(?:visit|trip|tour)\s+by\s+(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,4}$/iu;
/** Types with an agent and a target: the party named first (the subject) acts on the next. */
const AGENT_TYPES = new Set<LinkType>([
	'cooperation',
	'mediation',
	'accusation',
	'condemnation',
	'sanctions',
	'recognition',
	'dispute',
	'border'
]);

export interface Direction {
	from: string;
	to: string;
	/** The cue that set it (the link's reasons leave direction out: this is for tests and diagnostics). */
	cue: 'host' | 'visiting' | 'agent' | 'destination' | 'venue' | 'order';
}

/**
 * The arc's direction. `parties` are the clause's parties in naming order with where they were
 * named; `destination` is the party a visit goes to, if the clause names one.
 */
export function direction(
	type: LinkType,
	clause: string,
	trigger: number,
	parties: readonly PartyAt[],
	destination: string | null,
	venue: string | null = null
): Direction | null {
	if (parties.length < 2) return null;
	const distinct = [...new Map(parties.map((p) => [p.party, p])).values()];
	if (distinct.length < 2) return null;
	const other = (x: string) => distinct.find((p) => p.party !== x)!.party;
	// "X hosted / received / welcomed …": X is the host.
	// "chaired by Secretary-General Guterres", "hosted by Qatar": the agent hosts.
	const chair = CHAIRED_BY_RE.exec(clause);
	if (chair) {
		const host = distinct.find((p) => p.start >= chair.index + chair[0].length);
		if (host) return { from: other(host.party), to: host.party, cue: 'host' };
	}
	const hostVerb = HOST_VERB_RE.exec(clause);
	const passive =
		hostVerb !== null &&
		/ed$/i.test(hostVerb[0]) &&
		/\b(?:was|were|been|being|be|is|are)\s+$/i.test(clause.slice(0, hostVerb.index));
	if (hostVerb && passive) {
		// "… were received by Foreign Minister Qureshi": the agent after "by" is the host.
		const by = clause.slice(hostVerb.index).search(/\bby\b/);
		const host = by >= 0 ? distinct.find((p) => p.start > hostVerb.index + by) : undefined;
		if (host) return { from: other(host.party), to: host.party, cue: 'host' };
	} else if (hostVerb) {
		const subject = [...distinct].reverse().find((p) => p.start < hostVerb.index);
		if (subject) {
			const after = distinct.find((p) => p.start > hostVerb.index && p.party !== subject.party);
			return { from: after?.party ?? other(subject.party), to: subject.party, cue: 'host' };
		}
	}
	// "talks with visiting Y": Y travelled.
	const visitor = distinct.find((p) => {
		const before = clause.slice(Math.max(0, p.start - 40), p.start);
		return VISITING_RE.test(before) && !VISITING_VERB_RE.test(before);
	});
	if (visitor) return { from: visitor.party, to: other(visitor.party), cue: 'visiting' };
	const visitedBy = distinct.find((p) =>
		VISIT_BY_RE.test(clause.slice(Math.max(0, p.start - 60), p.start))
	);
	if (visitedBy) return { from: visitedBy.party, to: other(visitedBy.party), cue: 'visiting' };
	if (destination && distinct.some((p) => p.party === destination))
		return { from: other(destination), to: destination, cue: 'destination' };
	// A meeting held in one party's country: that party hosts it ("the meeting in Dushanbe between
	// Rahmon and Imran Khan" runs from Pakistan to Tajikistan).
	if (venue && !AGENT_TYPES.has(type) && distinct.some((p) => p.party === venue))
		return { from: other(venue), to: venue, cue: 'venue' };
	if (AGENT_TYPES.has(type)) {
		// "mediated by the Taliban government", "support from Pakistan": the agent comes after.
		const after = clause.slice(trigger);
		const by = /^\S*\s+(?:(?:\w+\s+){0,2}?by|(?:\w+\s+)?from)\s+/i.exec(after);
		if (by) {
			// The agents are all named after "by" ("mediated by Turkey and Qatar"); the target is
			// named before the trigger, or there is none to point at.
			const agent = distinct.find((p) => p.start >= trigger + by[0].length);
			const target = [...distinct].reverse().find((p) => p.start < trigger);
			if (agent && target) return { from: agent.party, to: target.party, cue: 'agent' };
			if (agent) return { from: distinct[0]!.party, to: distinct[1]!.party, cue: 'order' };
		}
		const agent = [...distinct].reverse().find((p) => p.start < trigger);
		const target = distinct.find((p) => p.start > trigger && p.party !== agent?.party);
		if (agent && target) return { from: agent.party, to: target.party, cue: 'agent' };
	}
	return { from: distinct[0]!.party, to: distinct[1]!.party, cue: 'order' };
}

/** A one-sided act: what its subject does or says, not what it does with another. */
const ONE_SIDED_RE =
	/^(?:['’]s?)?\s+(?:(?:officials|governments|leaders|authorities|ministries|foreign\s+ministries|sides|both|have|has|had|also|each|separately|strongly|quickly|swiftly|later|immediately|promptly)\s+){0,4}(?:condemn(?:ed|s)?|denounc(?:ed|es)|den(?:ied|ies|y)|reject(?:ed|s)?|dismiss(?:ed|es)|refut(?:ed|es)|welcom(?:ed|es)|hail(?:ed|s)|prais(?:ed|es)|critici[sz](?:ed|es)|deplor(?:ed|es)|lament(?:ed|s)|mourn(?:ed|s))\b/i;
/** Between two parties of one subject: "Russia and Tajikistan", "China, Iran, and Pakistan". */
const COORDINATION_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)$/i;
/** Before the subject: nothing, "both", or a short lead-in with its comma or dash ("However, both …", a dateline). */
const SUBJECT_START_RE = /^(?:[^;]{0,60}?[,—–:-]\s*)?(?:both\s+|the\s+)?$/i;
/** Acts done together or to each other are links between the subject's parties. */
const TOGETHER_RE =
	/\bjoint(?:ly)?\b|\btogether\b|\beach\s+other|\bone\s+another\b|\bmutual(?:ly)?\b/i;

/**
 * "Both Russia and Tajikistan have denied any involvement", "Pakistan and China condemned the
 * attack": every party the clause names stands together as the subject of a one-sided act, so they
 * did it side by side, not to each other, and the clause links none of them. "… jointly
 * condemned", "… rejected each other's claims" and a party named after the verb still link.
 */
export function sideBySideOnly(
	clause: string,
	named: readonly { start: number; end: number }[]
): boolean {
	if (named.length < 2 || TOGETHER_RE.test(clause)) return false;
	const sorted = [...named].sort((a, b) => a.start - b.start);
	if (!SUBJECT_START_RE.test(clause.slice(0, sorted[0]!.start))) return false;
	for (let i = 1; i < sorted.length; i++)
		if (!COORDINATION_RE.test(clause.slice(sorted[i - 1]!.end, sorted[i]!.start))) return false;
	return ONE_SIDED_RE.test(clause.slice(sorted[sorted.length - 1]!.end));
}

/** "met separately with …", "have separately met …", "held separate meetings with …". */
const SEPARATELY_RE = /\bseparately\b|\bseparate\s+(?:meetings|talks|calls)\b/gi;

/**
 * A meeting held with each of several parties apart ("Sindh's senior minister met separately with
 * the consuls general of China and Qatar", "The Pakistani and Russian foreign ministers have
 * separately met their Chinese counterpart"): one meeting between the single party on one side of
 * the act and each party on the other, none among those met apart. With no party on the single
 * side, no meeting at all. Null when the clause does not say "separately" by its act.
 */
export function separateMeetings(event: ClauseEvent, text: string): ClauseEvent[] | null {
	if (event.type !== 'meeting' && event.type !== 'talks') return null;
	const clauseText = text.slice(event.clause.start, event.clause.end);
	const { index, end } = event.trigger;
	const near = [...clauseText.matchAll(SEPARATELY_RE)].some(
		(m) => m.index + m[0].length >= index - 20 && m.index <= end + 20
	);
	if (!near) return null;
	const side = (before: boolean) => [
		...new Set(
			event.named
				.filter((n) => event.parties.includes(n.party) && n.start < index === before)
				// The place of the meetings ("at a hotel in the Qatari capital") is no side of them.
				.filter((n) => !/\b(?:in|at)\s+(?:the\s+)?$/i.test(clauseText.slice(0, n.start)))
				.map((n) => n.party)
		)
	];
	const [subjects, objects] = [side(true), side(false)];
	const [one, many] = objects.length >= 2 ? [subjects, objects] : [objects, subjects];
	if (many.length < 2 || one.length > 1) return null;
	return one.length === 0 ? [] : many.map((x) => ({ ...event, parties: [one[0]!, x] }));
}
