/**
 * Events a page refers back to (the anchors of geodata/offices.json, compiled by
 * `createOffices()` in offices.ts): "since the Taliban took power" is written after 15 August
 * 2021; "the 74th session of the UN General Assembly" in 2019 or 2020; "an 18-year-old
 * conflict" (years since the US-led invasion of 7 October 2001) 18 to 19 years after it.
 */
import type { DateConstraint, Offices } from './offices';
import { hintsIn } from './anchor-hints';
import { countOf } from './number-words';
import { MONTH_NAMES, monthNumber, WEEKDAY_NAMES } from './months';

const THIS_YEAR_RE = /\b(?:earlier|late|early)\s+this\s+year\b|\bin\s+\w+\s+this\s+year\b/i;

/**
 * "took control of the war-torn country in August", "the Pahalgam terrorist attack on April 22":
 * a month (or day) named without a year, as each month's expression finds it (index: month − 1).
 */
const BARE_MONTH_RES = MONTH_NAMES.map((m) => {
	const d = '\\d{1,2}(?:st|nd|rd|th)?';
	return new RegExp(
		`\\b(?:in\\s+(?:(?:early|mid|late)[\\s-]+)?${m}|${m}\\s+${d}|${d}\\s+(?:of\\s+)?${m})\\b(?![\\s,]*(?:\\d|last|this|next))`,
		'i'
	);
});

/**
 * The sentences of the mentions of an anchor, from `first` on, each without the mention's own
 * words ("the May 9 riots" names its day), and the words of each within `NEAR` characters of it.
 */
function mentionSentences(
	text: string,
	a: Offices['anchors'][number],
	first: RegExpExecArray
): Array<{ sentence: string; near: string }> {
	const out: Array<{ sentence: string; near: string }> = [];
	a.re.lastIndex = first.index;
	for (let m = a.re.exec(text); m !== null; m = a.re.exec(text)) {
		const sentence = sentenceAround(text, m.index);
		const at = sentence.indexOf(m[0]);
		out.push({
			sentence: sentence.replace(m[0], ' '),
			near:
				at < 0
					? sentence.replace(m[0], ' ')
					: `${sentence.slice(Math.max(0, at - NEAR), at)} ${sentence.slice(at + m[0].length, at + m[0].length + NEAR)}`
		});
	}
	return out;
}

/**
 * How far from a mention a month named without its year still tells the anchor's own month
 * ("the Taliban took over Kabul in August"), not another event's the sentence also dates
 * ("… Prime Minister Imran Khan and Prime Minister Boris Johnson … twice on 16 and 27 August").
 */
const NEAR = 100;

/** The sentence of a text around an offset (from the sentence end before it to the next one). */
export function sentenceAround(p: string, at: number): string {
	// A paragraph's end (the texts are paragraphs joined by line breaks) ends its sentence too.
	const start = Math.max(
		p.lastIndexOf('. ', at) + 2,
		p.lastIndexOf('? ', at) + 2,
		p.lastIndexOf('! ', at) + 2,
		p.lastIndexOf('\n', at) + 1
	);
	const ends = ['. ', '? ', '! ', '\n'].map((s) => p.indexOf(s, at)).filter((i) => i >= 0);
	return p.slice(Math.max(0, start), ends.length ? Math.min(...ends) + 1 : p.length).trimEnd();
}

/**
 * How far after its mention an anchor's `unless` reads: as far as a verb that tells the event as
 * coming can be ("the next, already fifth meeting of the Moscow format of consultations on
 * Afghanistan are to be held"), the reach of offices.json's `told-as-coming` (a unit test keeps
 * the two equal).
 */
export const UNLESS_AFTER = 100;

/** Events the text refers back to ("since the Taliban took power"): written after them. */
export function anchorConstraints(text: string, offices: Offices): DateConstraint[] {
	const out: DateConstraint[] = [];
	const hinted = hintsIn(text, offices.anchorHints);
	for (const [i, a] of offices.anchors.entries()) {
		if (!hinted(i)) continue;
		// The first mention that is not excluded by the words around it.
		let m: RegExpExecArray | null;
		a.re.lastIndex = 0;
		while ((m = a.re.exec(text)) !== null) {
			const after = text.slice(m.index, m.index + m[0].length + UNLESS_AFTER);
			const before = text.slice(Math.max(0, m.index - 40), m.index);
			if (a.unless?.test(after) || a.unlessBefore?.test(before)) continue;
			break;
		}
		if (!m) continue;
		if (a.session) {
			// Session N of the General Assembly opens in September of 1945 + N.
			const n = Number(firstGroup(m));
			if (!n) continue;
			out.push({
				allowed: [{ from: `${1945 + n}-01-01`, to: `${1946 + n}-12-31` }],
				code: `anchor:${a.id}`,
				reason: `refers to the ${n}th session of the UN General Assembly (${1945 + n}–${1946 + n})`,
				strength: 3
			});
			continue;
		}
		if (a.yearsSince) {
			const c = yearsSinceConstraint(a, m);
			if (c) out.push(c);
			continue;
		}
		const { from, to, best } = toldWhen(text, a, m);
		out.push({
			allowed: [{ from, to }],
			code: `anchor:${a.id}`,
			reason: `refers to ${a.id.replace(/-/g, ' ')} (${from}${to ? ` to ${to}` : ''})`,
			strength: 3,
			...(best ? { best } : {})
		});
	}
	return out;
}

/** "in August last year": the month of what "last year" dates (group 1). */
const MONTH_LAST_YEAR_RE = new RegExp(
	`\\b(${MONTH_NAMES.join('|')})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+last\\s+year\\b`,
	'gi'
);

/**
 * Whether "last year" in a sentence naming an anchor can be the anchor's year: not when every
 * "last year" dates a month other than the anchor's ("Modi in August last year last held talks
 * with Iranian President Seyyed Ebrahim Raisi", elected in June: another event's year).
 */
function lastYearOfAnchor(sentence: string, month: number): boolean {
	const all = sentence.match(/\blast\s+year\b/gi)?.length ?? 0;
	if (all === 0) return false;
	const others = [...sentence.matchAll(MONTH_LAST_YEAR_RE)].filter(
		(m) => monthNumber(m[1]!) !== month
	).length;
	return others < all;
}
/** Words that tell an event as of the last few days. */
const RECENT_RE =
	/\b(?:(?:earlier|later)\s+this\s+week|this\s+week|last\s+week|yesterday|(?:a|one|two|three|four|a\s+few|several)\s+days?\s+(?:ago|earlier))\b/i;

/** A sentence telling an event by the weekday its day was ("on Wednesday", not "next Wednesday"). */
function toldByItsWeekday(sentence: string, day: string): boolean {
	const name = WEEKDAY_NAMES[new Date(`${day}T00:00:00Z`).getUTCDay()]!;
	return new RegExp(`(?<!\\b(?:next|coming|following)\\s)\\b${name}\\b`).test(sentence);
}

/**
 * When a page referring to an anchor can have been written, by the words around a mention:
 * "… had signed a peace deal earlier this year" (the year of the event), "the Doha Agreement,
 * initially signed in February last year" (the year after), the anchor's month or day without a
 * year (within the year after it); else any time after it (until its `before` day, when it has
 * one). ("… last month" and a guess soon after a month named without its year were measured and
 * dropped: they moved pages of the check split away from their dates.)
 */
function toldWhen(
	text: string,
	a: Offices['anchors'][number],
	m: RegExpExecArray
): { from: string; to: string | null; best?: string } {
	const news = a.news ? { best: a.after } : {};
	if (a.before) return { from: a.after, to: a.before, ...news };
	const sentence = sentenceAround(text, m.index);
	const year = Number(a.after.slice(0, 4));
	if (THIS_YEAR_RE.test(sentence)) return { from: a.after, to: `${year}-12-31`, ...news };
	const mentions = mentionSentences(text, a, m);
	// "Pakistan and Saudi Arabia on Wednesday signed a landmark Strategic Mutual Defense Agreement"
	// on a Wednesday, "Earlier this week a suicide bomber killed 44 Indian paramilitary police in
	// … Kashmir": a dated event pages report as news is this page's news, written within days of it
	// (an era such as the Taliban's takeover is not, whatever week the sentence also tells of).
	if (
		a.news &&
		mentions.some(({ sentence: s }) => RECENT_RE.test(s) || toldByItsWeekday(s, a.after))
	)
		return { from: a.after, to: shiftedDays(a.after, 14), best: a.after };
	const month = Number(a.after.slice(5, 7));
	if (mentions.some(({ sentence }) => lastYearOfAnchor(sentence, month)))
		return { from: `${year + 1}-01-01`, to: `${year + 1}-12-31`, best: String(year + 1) };
	// The anchor's month or day named without a year: the most recent one.
	const bareMonth = BARE_MONTH_RES[Number(a.after.slice(5, 7)) - 1]!;
	if (mentions.some(({ near }) => bareMonth.test(near)))
		return { from: a.after, to: shifted(a.after, 12), ...news };
	return { from: a.after, to: null, ...news };
}

/** The first group an anchor's pattern captured ('' when none did). */
function firstGroup(m: RegExpExecArray): string {
	return m.slice(1).find((g) => g !== undefined) ?? '';
}

/** The day `months` months from an ISO day. */
export function shifted(day: string, months: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + months);
	return d.toISOString().slice(0, 10);
}

/** The day `days` days from an ISO day (back for a negative count). */
export function shiftedDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "an 18-year-old conflict", "took over two years ago": written between 18 and 19 (2 and 3) years
 * after the anchor, half a year either side.
 */
function yearsSinceConstraint(
	a: Offices['anchors'][number],
	m: RegExpExecArray
): DateConstraint | null {
	const n = countOf(firstGroup(m));
	if (!n) return null;
	const [from, to] = [shifted(a.after, 12 * n - 6), shifted(a.after, 12 * n + 18)];
	return {
		allowed: [{ from, to }],
		code: `anchor:${a.id}`,
		reason: `tells of ${n} years since ${a.id.replace(/-/g, ' ')} (${from} to ${to})`,
		strength: 3,
		// The anniversary's year is the guess ("took over a year ago": the year after the takeover),
		// half a year on for "more than" N years ("more than 16 years of war", told in March 2018).
		best: shifted(a.after, 12 * n + (/^(?:more|over)\b/i.test(m[0]) ? 6 : 0)).slice(0, 4)
	};
}
