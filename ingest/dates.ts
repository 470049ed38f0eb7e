/**
 * Date cues in a sentence, resolved against the article's publication date.
 *
 * chrono-node finds the cue and its known components; the resolution rules are ours, because news
 * text talks about the past: a month or day without a year is the most recent one on or before
 * publication ("in December" in an April 2017 article is 2016-12), a bare weekday is the most
 * recent such day on or before publication, "last week" is the week before. Relative cues need a
 * publication date; without one only cues that carry their own year resolve.
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from '../src/lib/data/schema';

export type DatePrecision = 'day' | 'month' | 'year' | null;

export interface ResolvedDate {
	date: PartialDate;
	precision: DatePrecision;
	/** The cue as written in the sentence. */
	text: string;
}

/** Cheap test run before chrono: only sentences with one of these words can hold a date cue. */
const CUE_RE =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this morning|week|weeks|month|months|year|years|(?:1[89]|20)\d\d(?:[’']?s)?)\b/i;
const MONTH_NAME_RE =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const DECADE_RE = /\b(?:the\s+)?((?:1[89]|20)\d0)[’']?s\b/;
const BARE_YEAR_RE = /\b(?:in|since|of|by|during|from|until|till|until)\s+(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d\d)\b(?![-–]\d)/i;
/** Parts of a phrase that chrono stumbles on ("on the morning of September 4, 2021"). */
const NOISE_RE = /\b(?:morning|afternoon|evening|night)\s+of\s+/gi;

interface Anchor {
	y: number;
	m: number | null;
	d: number | null;
}

function parseAnchor(published: PartialDate): Anchor | null {
	if (published === null) return null;
	const [y, m, d] = published.split('-').map(Number);
	if (y === undefined || Number.isNaN(y)) return null;
	return { y, m: m ?? null, d: d ?? null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (t: Date) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

/** The reference instant for chrono: the publication day, mid-month or mid-year when partial. */
function referenceDate(a: Anchor): Date {
	return new Date(Date.UTC(a.y, (a.m ?? 7) - 1, a.d ?? (a.m === null ? 1 : 15), 12));
}

function resolveComponents(r: chrono.ParsedResult, a: Anchor | null, cue: string): Omit<ResolvedDate, 'text'> | null {
	const s = r.start;
	const year = s.isCertain('year') ? s.get('year') : null;
	const month = s.isCertain('month') ? s.get('month') : null;
	const day = s.isCertain('day') ? s.get('day') : null;
	const relative = /\b(?:last|this|next|ago|past|previous|today|yesterday|tonight|earlier|later)\b/i.test(cue);

	if (relative) {
		if (a === null) return { date: null, precision: null };
		const ref = referenceDate(a);
		if (/\bweeks?\b/i.test(cue)) {
			// "last week", "this week": the month of that week (a week has no partial ISO form).
			const t = new Date(ref);
			if (/\blast|past|previous|ago\b/i.test(cue)) t.setUTCDate(t.getUTCDate() - 7 * (/(\d+|two|three)\s+weeks/i.test(cue) ? 2 : 1));
			return a.m === null ? { date: String(t.getUTCFullYear()), precision: 'year' } : { date: ym(t.getUTCFullYear(), t.getUTCMonth() + 1), precision: 'month' };
		}
		if (/\byesterday\b/i.test(cue) || /\b(?:today|tonight|this morning)\b/i.test(cue)) {
			const t = new Date(ref);
			if (/yesterday/i.test(cue)) t.setUTCDate(t.getUTCDate() - 1);
			if (a.d !== null) return { date: ymd(t), precision: 'day' };
			return a.m !== null ? { date: ym(a.y, a.m), precision: 'month' } : { date: String(a.y), precision: 'year' };
		}
		if (year !== null && month !== null && a.m !== null) return { date: ym(year, month), precision: 'month' };
		if (year !== null) return { date: String(year), precision: 'year' };
		return null;
	}

	const weekday = s.isCertain('weekday') ? s.get('weekday') : null;
	if (weekday !== null && month === null && day === null) {
		if (a === null) return { date: null, precision: null };
		if (a.d === null) return a.m !== null ? { date: ym(a.y, a.m), precision: 'month' } : { date: String(a.y), precision: 'year' };
		const t = referenceDate(a);
		t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - weekday + 7) % 7));
		return { date: ymd(t), precision: 'day' };
	}

	if (month === null) return year !== null ? { date: String(year), precision: 'year' } : null;
	let y = year;
	if (y === null) {
		if (a === null) return { date: null, precision: null };
		y = a.y;
		// Most recent such month (or day) on or before publication.
		if (a.m !== null && (month > a.m || (month === a.m && day !== null && a.d !== null && day > a.d))) y -= 1;
	}
	if (day !== null) return { date: `${ym(y, month)}-${pad(day)}`, precision: 'day' };
	return { date: ym(y, month), precision: 'month' };
}

/**
 * Finds the first date cue in a sentence and resolves it against the publication date.
 * Returns null when the sentence has no cue; `date` is null when a cue needs a publication date
 * the article does not have.
 */
export function resolveDate(text: string, published: PartialDate): ResolvedDate | null {
	if (!CUE_RE.test(text)) return null;
	const anchor = parseAnchor(published);
	const decade = DECADE_RE.exec(text);
	const clean = text.replace(NOISE_RE, (m) => ' '.repeat(m.length));
	const results = chrono.parse(clean, anchor ? referenceDate(anchor) : new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
	for (const r of results) {
		const cue = text.slice(r.index, r.index + r.text.length);
		// Month names must be capitalised ("may force" is a verb) and not part of a name.
		if (/^[a-z]/.test(cue.replace(/^(?:on|in|the|late|early|mid)\s+/i, '')) && MONTH_NAME_RE.test(cue) && !/\b(?:last|this|ago)\b/i.test(cue)) continue;
		if (!(r.start.isCertain('month') || r.start.isCertain('year') || r.start.isCertain('weekday') || r.start.isCertain('day') || /\b(?:week|today|yesterday|tonight|this morning)\b/i.test(cue))) continue;
		const resolved = resolveComponents(r, anchor, cue);
		if (resolved) {
			if (decade && decade.index < r.index) break;
			return { ...resolved, text: cue.trim() };
		}
	}
	if (decade) return { date: decade[1] ?? null, precision: 'year', text: decade[0] };
	const bare = BARE_YEAR_RE.exec(text);
	if (bare) return { date: bare[1] ?? null, precision: 'year', text: bare[0] };
	return null;
}
