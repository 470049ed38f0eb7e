/**
 * Clause spans for the link extractor, inside the sentences of the shared splitter
 * (src/lib/data/sentences.ts: the app quotes the same sentences). Rules, not a parser: they must
 * give character offsets into the paragraph (mentions are offsets) and cost next to nothing.
 *
 * This is not a second sentence splitter: the ingest splits sentences only with the shared one
 * (links.ts, clean-long.ts, ingest/corrections.ts); what is here cuts a sentence further, where a
 * new event can begin, and finds quoted spans, which the app never needs.
 */
import type { SentenceSpan } from '../../src/lib/data/sentences';

export interface Span extends SentenceSpan {
	/** A clause whose subject is that of the clause before ("… met in Islamabad and urged the Taliban …"): that clause. */
	subjectOf?: Span;
}

/**
 * Clause spans of a sentence (absolute offsets): split where a new event can begin — semicolons,
 * contrastive conjunctions, temporal subordinators ("…, a day after X met Y"), a coordinated clause
 * with a subject of its own ("X visited Kabul, and Islamabad has since hosted …"), a subordinate
 * clause with a subject and a finite verb even without a comma ("… arrived on Friday after the
 * Council granted him …"), a relative "where" clause and an appositive charge ("…, a charge X
 * rejects"). A phrase with no subject of its own ("after talks in Doha", "China, Russia and the
 * United States") is not a clause and stays where it is.
 */
const CLAUSE_RE =
	/;\s+|,?\s+(?:but|though|although|whereas)\s+|\s+amid(?:st)?\s+|,\s+and\s+(?=(?:the|both|they|he|she|it|its|their)\s)|,\s+(?:while|(?:a|one|two|three|a few)\s+(?:day|days|week|weeks)\s+(?:after|before)|shortly\s+(?:after|before)|soon after|after|before|where)\s+|,\s+(?=(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion)s?\b)/g;

/** A finite verb (auxiliary, past tense, or a common irregular past) not followed by "by" (a passive participle). */
const FINITE_VERB =
	'(?:has|have|had|is|was|were|are|will|did|does|do|also|later|then|since|subsequently|again|[a-z]{2,}ed|met|held|sent|made|took|gave|said|told|went|came|flew|struck|led|began|brought|sought|won|spoke|left|kept|paid|rejected|hosts|visits|meets|says)\\b(?!\\s+by\\b)';
/** A subject: capitalised words ("the United Nations Security Council"), a determiner and up to two nouns, or a pronoun. */
const SUBJECT =
	"(?:(?:the\\s+|a\\s+)?(?:[A-Z][\\w'’.-]*\\s+){1,5}|(?:the|a|an|its|their|his|her)\\s+(?:[a-z][\\w'’-]*\\s+){1,3}|(?:he|she|they|it|we)\\s+)";
/** ", and <subject> <verb>": a second main clause. */
const AND_CLAUSE_RE = new RegExp(`,\\s+and\\s+(?=${SUBJECT}${FINITE_VERB})`, 'g');
/** "<subordinator> <subject> <verb>" with no comma before it. */
const SUBORDINATE_RE = new RegExp(
	`\\s+(?:after|before|when|since|because|as|while|whereas|where)\\s+(?=${SUBJECT}${FINITE_VERB})`,
	'g'
);
/**
 * "… and <verb>": a second verb phrase sharing the subject ("visited Kabul and met the foreign
 * minister"). A word in -ed counts only before an object ("and urged the Taliban"), so that
 * "trade and related issues" stays one phrase.
 */
const VP_AND_RE =
	/\s+and\s+(?=(?:also\s+|then\s+|later\s+)?(?:(?:met|held|signed|sent|made|took|gave|told|went|flew|struck|spoke|hosted|visited|received|urged|pressed|agreed|discussed|accused|rejected|called)\b|[a-z]{2,}ed\s+(?:the|a|an|his|her|its|their|with|to|on|[A-Z])))/g;

/**
 * "… after meeting with his Pakistani counterpart": an act told in a participle after the main
 * clause, sharing its subject ("Lavrov reiterated … after meeting with …").
 */
const PARTICIPLE_RE =
	/,?\s+(?:after|before|while)\s+(?=(?:meeting|holding\s+talks|visiting|hosting|receiving)\b)/g;

/** A verb in the text before a boundary: a list ("China, Russia, and Pakistan agreed") has none. */
const VERB_BEFORE_RE = new RegExp(`\\b${FINITE_VERB}`);

/** Any word the subject-and-verb boundaries start with: a cheap test before running them. */
const CONJUNCTION_RE = /\s(?:and|after|before|when|since|because|as|while|whereas|where)\s/;

interface Boundary {
	index: number;
	end: number;
	/** Only a boundary when a verb comes before it (the subject-and-verb forms). */
	needsVerb: boolean;
	/** The clause after it shares the subject of the clause before. */
	sharesSubject: boolean;
}

export function splitClauses(text: string, span: Span): Span[] {
	const sentence = text.slice(span.start, span.end);
	const boundaries: Boundary[] = [];
	const conjunction = CONJUNCTION_RE.test(sentence);
	for (const re of [CLAUSE_RE, AND_CLAUSE_RE, SUBORDINATE_RE, VP_AND_RE, PARTICIPLE_RE]) {
		if (re !== CLAUSE_RE && !conjunction) continue;
		re.lastIndex = 0;
		for (let m = re.exec(sentence); m !== null; m = re.exec(sentence))
			boundaries.push({
				index: m.index,
				end: m.index + m[0].length,
				needsVerb: re !== CLAUSE_RE,
				sharesSubject: re === VP_AND_RE || re === PARTICIPLE_RE
			});
	}
	if (boundaries.length === 0) return [span];
	boundaries.sort((a, b) => a.index - b.index || b.end - a.end);
	const out: Span[] = [];
	let start = 0;
	let shares = false;
	const push = (end: number) => {
		const clause: Span = { start: span.start + start, end: span.start + end };
		const before = out[out.length - 1];
		if (shares && before) clause.subjectOf = before.subjectOf ?? before;
		out.push(clause);
	};
	for (const b of boundaries) {
		if (b.index < start) continue;
		// A new clause needs a complete one before it: a verb since the last boundary.
		if (b.needsVerb && !VERB_BEFORE_RE.test(sentence.slice(start, b.index))) continue;
		if (b.index > start) push(b.index);
		start = b.end;
		shares = b.sharesSubject;
	}
	if (start < sentence.length) push(sentence.length);
	return out;
}

/** Character ranges inside quotation marks (curly or straight; an unclosed one runs to the end). */
export function quoteSpans(text: string): Span[] {
	const spans: Span[] = [];
	const re = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
	for (let m = re.exec(text); m !== null; m = re.exec(text))
		spans.push({ start: m.index, end: m.index + m[0].length });
	return spans;
}
