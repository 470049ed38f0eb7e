/**
 * Whether the event a clause tells of took place, and who stayed away.
 *
 * Read from the words around the trigger, within its clause (the clause splitter has already cut
 * "X met Y, a week after Z cancelled the talks" in two):
 * - `cancelled`: the event, or a party's trip, was called off, postponed, suspended, rescheduled
 *   ("the meeting stands cancelled", "the cancellation of the Chinese foreign minister's visit");
 * - `refused`: a party declined it ("refused direct talks", "declined to attend", "boycotted",
 *   "ignored an offer … for direct peace negotiations", "will not participate");
 * - `denied`: a party says it did not happen ("denied holding talks");
 * - `planned`: told as to come ("will visit", "is scheduled to", "upcoming", "next week");
 * - `negated`: told as not happening with nobody refusing ("did not meet", "has not recognised"):
 *   no event at all, and no link;
 * - `held` otherwise.
 * A party named as absent from a gathering that did take place ("without the Taliban being
 * present", "the United States decided to skip it") is returned in `absent`.
 */
import type { LinkStatus } from '../../src/lib/data/schema';

type ClauseStatus = LinkStatus | 'negated';

export interface StatusReading {
	status: ClauseStatus;
	/** The words that decided it (for the link's reasons), or null for plain `held`. */
	cue: string | null;
	/** A plan told in the past ("was due to make his first trip to India in August"). */
	pastPlan?: boolean;
}

const CANCELLED_RE =
	/\b(?:cancel(?:l?ed|s|ling|lation)?|call(?:ed|s|ing)?\s+off|postpon(?:ed|es|ing|ement)|put\s+off|deferr?(?:ed|al)|delay(?:ed|s)?|rescheduled?|scrapp(?:ed|ing)|shelved|suspend(?:ed|s)|halted|upend(?:ed|s)?|broke\s+down|(?:has|have|had)\s+broken\s+down|collaps(?:ed|es)|derail(?:ed|s)?|fell\s+through|abandon(?:ed|s))\b/i;
const REFUSED_RE =
	/\b(?:den(?:ied|ies|y|ying)\s+(?:\w+['’]s?\s+){0,6}?(?:request|permission|visas?|entry|access|landing|invitation)|refus(?:ed|es|ing|al)|declin(?:ed|es|ing)|reject(?:ed|s|ing|ion)\s+(?:(?:an?|the|its|their|his|her|\w+['’]s)\s+)?(?:\w+\s+)?(?:invitation|invite|offer|request|proposal|call)|turn(?:ed|s)?\s+down|boycott(?:ed|s|ing)?|snubb?(?:ed|s)?|skipp?(?:ed|s|ing)?|stay(?:ed|s)?\s+away|pull(?:ed|s)?\s+out|withdr[ae]w\s+from|ignor(?:ed|es|ing)\s+(?:an?|the)\s+(?:offer|invitation|call|request)|(?:(?:did|does|do|will|would)\s+not|(?:will|would|is|are|was|were)\s+not\s+be)\s+(?:attend(?:ing)?|participat(?:e|ing)|join(?:ing)?|tak(?:e|ing)\s+part|com(?:e|ing)|go(?:ing)?|send(?:ing)?)|(?:is|are|was|were)\s+(?:also\s+|reportedly\s+)?not\s+(?:attending|participating|joining|taking\s+part|coming|sending)|(?:will|would)\s+not\s+(?:be\s+)?(?:meet(?:ing)?|negotiat(?:e|ing)|hold(?:ing)?\s+talks|recogni[sz](?:e|ing))|(?:won|wouldn)['’]t\s+(?:be\s+)?recogni[sz](?:e|ing)|(?:had|has|have)\s+no\s+(?:plans?|intention)\s+to\s+(?:meet|attend|participate|join|take\s+part|negotiate|hold\s+talks|send)|(?:did\s+not|didn['’]t|not\s+to)\s+accept\s+(?:an?\s+|the\s+|its\s+|their\s+|\w+['’]s\s+)?invitation|(?:didn|doesn|don|won|wouldn)['’]t\s+(?:attend|participate|join|take\s+part|come|show\s+up|go|send)|fail(?:ed|s)?\s+to\s+(?:attend|show\s+up|turn\s+up|join|come)|no[- ]show|chose\s+not\s+to|decided\s+(?:not\s+to|to\s+skip)|opt(?:ed)?\s+out|opposes?|dissent(?:ing|ed)?|object(?:ed|s|ions?)\s+to)\b/i;
const DENIED_RE =
	/\b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es)\s+(?:reports|claims)|rejected\s+(?:reports|claims))\b.{0,60}\b(?:meeting|met|talks|visit(?:ed)?|contact|held|holding|negotiat\w*|sign\w*|deal|agreement)\b|\bno\s+such\s+(?:meeting|talks|visit|contact)\b/i;
const NEGATED_RE =
	/\b(?:(?:did|does|do|has|have|had|was|were|is|are)\s+not|(?:didn|doesn|don|hasn|haven|hadn|wasn|weren|isn|aren)['’]t|never|not\s+yet|yet\s+to)\s+(?:\w+\s+){0,2}?(?:meet|met|visit(?:ed)?|recogni[sz]e[ds]?|sign(?:ed)?|hold|held|attend(?:ed)?|agree[ds]?|accept(?:ed)?|establish(?:ed)?|made\s+the\s+trip)\b|\bno\s+(?:meeting|talks|agreement|deal|visit)\s+(?:was|were|has|have|had)\b/i;
const PLANNED_RE =
	/\b(?:will|shall|(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:due|scheduled|set|expected|slated|planned|poised|likely|going)\s+to|(?:is|are|was|were)\s+to\s+(?:\w+\s+)?(?:meet|visit|hold|host|sign|travel|attend|lead|leave|arrive|be\s+held|take\s+place)|plans?\s+to|planning\s+to|intends?\s+to|offer(?:s|ed|ing)?\s+to\s+(?:host|mediate|facilitate|broker)|to\s+be\s+held|upcoming|forthcoming|scheduled\s+(?:for|on|in)|slated\s+for|next\s+(?:week|month|year)|(?:later|early)\s+(?:this|next)\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months)|(?:a|the)\s+planned|proposed|would\s+(?:visit|meet|travel|lead|attend|hold|sign|host))\b/i;
/** "sent invitations for what is called the Moscow format talks": the talks invited to (not "at the invitation of"). */
const INVITED_TO_RE =
	/(?<!\b(?:at|on|upon)\s+(?:the\s+)?(?:official\s+|formal\s+|\w+['’]s\s+)?)\binvit(?:ations?|ed|es)\s+(?:\w+\s+){0,6}?(?:to|for)\s+(?:\w+\s+){0,6}$/i;
/** After a plan told in the past, words that say it did not happen. */
const PLAN_BROKEN_RE =
	/\bbut\s+(?:\w+\s+){0,3}?(?:failed|did\s+not|didn['’]t|could\s+not|couldn['’]t|was\s+not|wasn['’]t|never|had\s+to|was\s+(?:called\s+off|postponed|cancell?ed|delayed))\b/i;

/** The predicate of a noun trigger told as to come: "(the meeting …) was to be held", "is scheduled for". */
const PLANNED_PREDICATE_RE =
	/\b(?:(?:is|are|was|were)\s+(?:(?:due|scheduled|set|expected|slated|planned)\s+(?:to\s+(?:be\s+held|take\s+place|begin|start|open)|for|on|in)|to\s+(?:be\s+held|take\s+place|begin|start|open))|will\s+(?:be\s+held|take\s+place|begin|start|open|be\s+convened))\b/i;
/**
 * "without X being present", "in the absence of X", "except X", "no participation from X", "due to
 * the Taliban's non-participation": those named after it stayed away.
 */
const ABSENCE_RE =
	/\b(?:without(?=[^.;]{0,70}\b(?:present|attend\w*|taking\s+part|participat\w*|represented|participation|presence|attendance)\b)|(?:in\s+)?the\s+absence\s+of|absent\s+from|except(?:\s+for)?|no\s+(?:participation|representation|presence|attendance|one|representatives?|delegates?|delegation)\s+(?:from|by|of)(?:\s+the)?|(?:due\s+to|because\s+of|over|amid|after)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+(?:non-?participation|no-show|absence|boycott|refusal\s+to\s+(?:attend|participate|take\s+part|join))))\b/i;

const NEGATION_BEFORE_RE =
	/\b(?:(?:did|does|do|has|have|had|was|were|is|are|will|would)\s+not|(?:didn|doesn|don|hasn|haven|hadn|wasn|weren|isn|aren|won|wouldn)['’]t|never|no)\s+(?!only\b)(?:[\w’'-]+\s+){0,3}$/i;
const AGREED_TO_RE = /\bagree[ds]?\s+to\s+(?:[\w-]+\s+){0,2}$/i;
const NOT_BEFORE_RE = /\b(?:not|never|n['’]t|no\s+longer)\s+(?:\w+\s+)?$/i;

/** "… Afghans who are scheduled for deportation": what people named after the trigger will undergo. */
const PEOPLE_RELATIVE_RE = /\bwho\s+(?:(?:is|are|was|were)\s+)?$/i;

/**
 * A future word near the trigger, but not in a relative clause after it that says what the thing
 * (or someone named after it) will do ("the trilateral dialogue mechanism, which will serve as a
 * platform"): only one that says when or whether it takes place ("which will be held in Beijing")
 * makes it planned.
 */
function nearPlan(clause: string, trigger: number, triggerEnd: number): string | null {
	const found = near(clause, PLANNED_RE, trigger, triggerEnd, 60);
	if (!found) return null;
	const at = clause.indexOf(found, triggerEnd);
	if (at < 0) return found;
	const before = clause.slice(triggerEnd, at).slice(-12);
	const relative = /\b(?:which|that)\s+$/i.test(before) || PEOPLE_RELATIVE_RE.test(before);
	return relative && !RELATIVE_EVENT_RE.test(clause.slice(at)) ? null : found;
}
/** A noun trigger's predicate told as to come, not that of people named after it. */
function predicatePlan(clause: string, trigger: number, triggerEnd: number): string | null {
	const found = near(clause, PLANNED_PREDICATE_RE, trigger, triggerEnd, 110);
	if (!found) return null;
	const at = clause.indexOf(found, triggerEnd);
	return at >= 0 && PEOPLE_RELATIVE_RE.test(clause.slice(triggerEnd, at).slice(-12)) ? null : found;
}
const RELATIVE_EVENT_RE =
	/^(?:will|shall)\s+(?:also\s+)?(?:be\s+(?:held|convened|hosted|attended)|take\s+place|open|begin|start|convene|meet)\b/i;

/** Whether a cue sits in the same stretch as the trigger: before it, or after it within `reach`. */
function near(text: string, re: RegExp, trigger: number, triggerEnd: number, reach: number) {
	const m = re.exec(
		text.slice(Math.max(0, trigger - 80), Math.min(text.length, triggerEnd + reach))
	);
	return m ? m[0] : null;
}

/**
 * The status of the event whose trigger is at `trigger`…`triggerEnd` in `clause`. Cancellation
 * wins over plans ("a planned trip … was canceled"), refusal over both ("declined to attend the
 * upcoming talks"); denial and negation come after them. `next` is the rest of the sentence after
 * the clause, where a plan told in the past can be said to have fallen through ("… in August, but
 * failed to secure a waiver").
 */
export function readStatus(
	clause: string,
	trigger: number,
	triggerEnd: number,
	next = ''
): StatusReading {
	// The trigger's own words are the act, not a cancellation of it ("suspended security assistance").
	const rest = `${clause.slice(0, trigger)}${' '.repeat(triggerEnd - trigger)}${clause.slice(triggerEnd)}`;
	const cancelled = near(rest, CANCELLED_RE, trigger, triggerEnd, 90);
	// What was called off was planned: its day or month is the one nearest to publication, before or
	// after it ("a planned trade mission to Pakistan for November was also postponed", in September).
	if (cancelled) return { status: 'cancelled', cue: cancelled, pastPlan: true };
	const refused = near(clause, REFUSED_RE, trigger, triggerEnd, 80);
	// "did not reject Moscow's offer", "never objected to": a refusal denied is no refusal.
	if (refused && !NOT_BEFORE_RE.test(clause.slice(0, clause.indexOf(refused))))
		return { status: 'refused', cue: refused };
	const denied = DENIED_RE.exec(clause);
	if (denied) return { status: 'denied', cue: denied[0] };
	const negated = near(clause, NEGATED_RE, trigger, triggerEnd, 30);
	if (negated) return { status: 'negated', cue: negated };
	// "did not reject Moscow's offer", "did not announce its agreement", "no meeting": the very
	// act the trigger names is denied.
	const negation = NEGATION_BEFORE_RE.exec(clause.slice(Math.max(0, trigger - 40), trigger));
	if (negation) return { status: 'negated', cue: negation[0] };
	// "Russia has sent invitations for the Moscow format talks to …", "have been invited": an
	// invitation is not the event it invites to, which is still to come.
	// An invitation made ("had invited Imran Khan to visit Kabul in a telephone call on October
	// 25"): the date told is the invitation's, nearest to publication, not one to come.
	const word = clause.slice(trigger, triggerEnd);
	if (/^invit/i.test(word))
		return { status: 'planned', cue: word, pastPlan: /^invited$/i.test(word) };
	const invited = INVITED_TO_RE.exec(clause.slice(Math.max(0, trigger - 80), trigger));
	if (invited)
		return { status: 'planned', cue: invited[0], pastPlan: /^invited\b/i.test(invited[0]) };
	// "agreed to facilitate negotiations": the agreement is made, the negotiations are to come.
	const agreedTo = AGREED_TO_RE.exec(clause.slice(Math.max(0, trigger - 40), trigger));
	if (agreedTo) return { status: 'planned', cue: agreedTo[0] };
	// The verb of a noun trigger can come after a long name ("The informal meeting of the South
	// Asian Association for Regional Cooperation (SAARC) Council of Ministers was to be held").
	const planned =
		nearPlan(clause, trigger, triggerEnd) ?? predicatePlan(clause, trigger, triggerEnd);
	if (planned) {
		if (!/^(?:was|were)\b/i.test(planned)) return { status: 'planned', cue: planned };
		// "was due to make his first trip … but failed to secure a waiver": the plan fell through.
		const broken = PLAN_BROKEN_RE.exec(`${clause.slice(triggerEnd)} ${next}`);
		if (broken) return { status: 'cancelled', cue: `${planned} … ${broken[0]}`, pastPlan: true };
		return { status: 'planned', cue: planned, pastPlan: true };
	}
	return { status: 'held', cue: null };
}

/** Where, in a clause, the parties named as absent begin (their names follow), or -1. */
export function absenceAt(clause: string): number {
	const m = ABSENCE_RE.exec(clause);
	return m ? m.index : -1;
}
