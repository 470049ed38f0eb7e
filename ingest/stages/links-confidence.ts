/**
 * How sure a link is, from the cues it was read with: a number 0–1 and short reason codes that
 * the app turns into words. One reading in one article starts from 0.7 and moves with:
 * - the date: written in the sentence (`date:stated`) +0.1, relative to publication
 *   (`date:relative`) +0.05, only the publication date (`date:publication`) −0.1, taken from the
 *   story around it (`date:inferred`) −0.15, the year within the terms of office of the people the
 *   sentence names (`date:tenure`) −0.15; the article's own date inferred (`pub:inferred`) −0.15;
 * - the parties: all named in the clause (no code), or one of them only through a reference
 *   ("the two sides", "the regime": `parties:reference`) −0.15, a surname or title (`parties:person`)
 *   −0.05, a capital for its government (`parties:capital`) −0.05, or read from the whole sentence
 *   when no clause alone held the event (`parties:sentence`) −0.1; parties added later from a list
 *   of participants (`parties:list`, set in links.ts) ±0;
 * - the trigger: a word of attitude rather than an act (`trigger:weak`: "pressure", "tensions",
 *   "support") −0.15; inside quotation marks (`quoted`) −0.1.
 * Parties all named in the clause, and a link's status and direction, add no code: the first is
 * the norm, the others are fields of the link. Merged across articles, readings combine as
 * independent witnesses (build.ts), and `articles` says how many.
 */
import type { DateBasis } from '../../src/lib/data/schema';

export interface ConfidenceCues {
	weakTrigger: boolean;
	dateBasis: DateBasis | null;
	publishedInferred: boolean;
	/** How the parties were found: party-hit sources seen in the clause. */
	partySources: ReadonlySet<string>;
	fromSentence: boolean;
	quoted: boolean;
}

const DATE_DELTA: Record<DateBasis, number> = {
	stated: 0.1,
	relative: 0.05,
	publication: -0.1,
	inferred: -0.15,
	tenure: -0.15,
	// Never read by the rules: set only by a person's correction (which also sets confidence 1).
	corrected: 0.1
};

export function linkConfidence(c: ConfidenceCues): { confidence: number; reasons: string[] } {
	const reasons: string[] = [];
	let x = 0.7;
	if (c.dateBasis) {
		x += DATE_DELTA[c.dateBasis];
		reasons.push(`date:${c.dateBasis}`);
	} else {
		x -= 0.2;
		reasons.push('date:none');
	}
	if (c.publishedInferred) {
		x -= 0.15;
		reasons.push('pub:inferred');
	}
	if (c.partySources.has('reference')) {
		x -= 0.15;
		reasons.push('parties:reference');
	} else if (c.partySources.has('person') || c.partySources.has('role')) {
		x -= 0.05;
		reasons.push('parties:person');
	} else if (c.partySources.has('capital')) {
		x -= 0.05;
		reasons.push('parties:capital');
	}
	if (c.fromSentence) {
		x -= 0.1;
		reasons.push('parties:sentence');
	}
	if (c.weakTrigger) {
		x -= 0.15;
		reasons.push('trigger:weak');
	}
	if (c.quoted) {
		x -= 0.1;
		reasons.push('quoted');
	}
	return { confidence: Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100, reasons };
}
