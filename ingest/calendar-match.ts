/**
 * Matching a page's own news against the calendar (calendar.ts): which known event an undated
 * page reports — the same parties and kind, on the day and month or the weekday the text tells,
 * or, failing a day, an office-holder who came from abroad to the event's venue — and the days
 * the page can have been written on around it.
 */
import type { LinkType } from '../src/lib/data/schema';
import { shiftedDays } from './anchors';
import type { Calendar, CalendarEvent } from './calendar';
import { peopleNamed } from './calendar-people';
import type { Offices } from './offices';
import { namesDayMonth, oneWeekday } from './stages/meta-day-month';
import type { RawLink } from './types';

/** A day and month told in the text matches an event this many days either side (reports lag). */
const DAY_SLACK = 2;

/**
 * When a page about an event is taken to be written (days before and after it): some weeks
 * before (a meeting announced, or called off), and up to a year after, as a page that names a
 * day and month without a year is written within the year.
 */
const WRITTEN_BEFORE = 30;
const WRITTEN_AFTER = 365;

/** Days between two month-days in any year (Dec 30 and Jan 2 are 3 apart). */
function dayOfYearGap(a: string, b: string): number {
	const at = (d: string) => Date.UTC(2001, Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
	const gap = Math.abs(at(a) - at(b)) / 86_400_000;
	return Math.min(gap, 365 - gap);
}

/**
 * A page's link that tells its own news: dated from the page, not by a year the text states nor
 * moved away from the page's date into its actors' terms of office.
 */
function isOwnNews(link: RawLink): boolean {
	return (
		link.dateBasis !== 'stated' &&
		link.dateBasis !== 'tenure' &&
		(link.status === 'held' ||
			link.status === 'cancelled' ||
			link.status === 'refused' ||
			link.status === 'planned')
	);
}

/**
 * How many days before an event a page announcing it ("will face-to-face in Moscow format meeting
 * organized by Russia on October 20") can have been written; the day itself too ("are meeting
 * today"), though the day before is the best guess.
 */
const ANNOUNCED_BEFORE = 60;

export interface CalendarMatch {
	event: CalendarEvent;
	/** The days the page can have been written on, around the event (see WRITTEN_BEFORE). */
	range: [string, string];
	/** Best guess of the day of writing: the event's last day (the day before a called-off one). */
	date: string;
}

/** The link types a news page reports each kind of calendar event as. */
const MEETING: readonly LinkType[] = [
	'meeting',
	'visit',
	'talks',
	'mediation',
	'conference',
	'cooperation'
];
const REPORTED_AS: Record<CalendarEvent['type'], readonly LinkType[]> = {
	meeting: MEETING,
	visit: MEETING,
	cancelled: MEETING,
	agreement: ['agreement', 'signing', 'cooperation', 'meeting', 'visit', 'talks'],
	ceasefire: ['agreement', 'mediation', 'talks', 'meeting', 'border'],
	clash: ['border', 'accusation', 'condemnation', 'dispute'],
	'border-closure': ['border', 'accusation', 'dispute'],
	sanctions: ['sanctions'],
	recognition: ['recognition', 'cooperation']
};

/** Kinds of event rarer than visits and meetings between the same two parties. */
const RARE: ReadonlySet<CalendarEvent['type']> = new Set([
	'cancelled',
	'border-closure',
	'clash',
	'sanctions',
	'recognition'
]);

/**
 * The weekday (0 = Sunday) one of a link's sentences tells its event by, when it names just one
 * and no day and month beside it ("Beijing, Aug 29: China on Wednesday denied": the day and month,
 * not the weekday, say which event it is). Read once per link, not once per calendar event.
 */
function toldWeekday(link: RawLink): number | null {
	if (link.evidence.some((e) => namesDayMonth(e.sentence))) return null;
	return oneWeekday(link.evidence.map((e) => e.sentence).join('\n'));
}

/** A page's own news and the weekday it is told by (`toldWeekday`). */
interface OwnLink {
	link: RawLink;
	weekday: number | null;
	/**
	 * Full-name keys of the office-holders its sentences name: read only when no day told fits,
	 * as most pages are dated without them.
	 */
	people: ReadonlySet<string> | null;
}

/** Whether one of the event's days (at most a week of them) falls on the weekday. */
function fallsOn(event: CalendarEvent, weekday: number): boolean {
	for (
		let t = Date.parse(event.from), n = 0;
		t <= Date.parse(event.to) && n < 7;
		t += 86_400_000, n++
	)
		if (new Date(t).getUTCDay() === weekday) return true;
	return false;
}

/**
 * The parties and kind of the link are the event's: how much the link says (0: not the event).
 * `named`: the places the page names.
 */
function sameEvent(link: RawLink, event: CalendarEvent, named: ReadonlySet<string>): number {
	if (!REPORTED_AS[event.type].includes(link.type)) return 0;
	const shared = link.parties.filter((p) => event.parties.has(p)).length;
	if (shared < 2 || shared * 3 < link.parties.length * 2) return 0;
	if (link.place !== null && !event.venue.has(link.place)) return 0;
	// Two of a gathering's delegations, on a page that never names where it met: two countries
	// meeting on their own ("talks resumed in Islamabad" is not the SCO meeting in Dushanbe).
	if (
		link.place === null &&
		event.parties.size > shared + 1 &&
		event.city !== null &&
		!named.has(event.city)
	)
		return 0;
	return 1 + (link.place !== null ? 1 : 0) + (shared === link.parties.length ? 1 : 0);
}

/** A visit or meeting at the event's venue that names someone who came there for the event. */
function travelled(own: OwnLink, event: CalendarEvent, named: ReadonlySet<string>): number {
	if (!event.daily || (event.type !== 'visit' && event.type !== 'meeting')) return 0;
	// A visit refused or called off is not the one that took place.
	const { link } = own;
	if (link.place === null || (link.status !== 'held' && link.status !== 'planned')) return 0;
	for (const k of own.people ?? [])
		if (event.travellers.has(k)) return sameEvent(link, event, named);
	return 0;
}

/**
 * How well one link fits one event; 0 when it can't be that event. Only a day told in the text
 * dates a page: two countries meet in each other's capitals, and a conference gathers the same
 * delegations, more often than any calendar lists (a fit by venue alone moved as many pages away
 * from their year as towards it). A venue or party list that differs rules out. The day is a day
 * and month ("on October 27"), or, weaker, a weekday ("met in Tehran on Wednesday") that one of
 * the event's days falls on, for a meeting of three or more parties in a named venue or a rare
 * kind of event between two (a meeting called off, a border shut or fired across, sanctions, a
 * recognition), and no other day and month told beside it: a day and month wins over a weekday.
 */
function fit(own: OwnLink, event: CalendarEvent, named: ReadonlySet<string>): number {
	const { link, weekday } = own;
	if (link.dateBasis !== 'relative' || !event.daily) return 0;
	const same = sameEvent(link, event, named);
	if (same === 0) return 0;
	const date = link.date;
	if (date !== null && date.length === 10) {
		const gap = dayOfYearGap(date, event.from);
		// The nearer day fits better ("from August 6": the visit of 7 August 2018 rather than the
		// one of 8 August 2019); a tenth of a point a day, less than any other difference in fit.
		if (gap <= DAY_SLACK) return 3 + same + (DAY_SLACK - gap) / 10;
	}
	// Two countries' ministers visit each other on the same weekday again and again; a meeting of
	// three or more states in one city on that weekday is rarer than any page's span of years.
	if (weekday === null || !fallsOn(event, weekday)) return 0;
	// A meeting called off, a border shut or fired across, sanctions or a recognition between two
	// states: rare enough that one on the weekday told, in the years the page allows, is the one.
	if (RARE.has(event.type) && link.parties.length === 2) return same;
	if (link.place === null) return 0;
	if (link.parties.filter((p) => event.parties.has(p)).length < 3) return 0;
	return same;
}

/**
 * For a page that gives no date at all, not even a cue of its content: its own news is the
 * event when the parties and kind are the event's and the place is its venue (told as where the
 * link happened, or, for a rare kind of event between two states, named on the page). Weaker than
 * a day told, but better than no year: bestEvents still finds no event when two of that kind more
 * than a month apart fit as well.
 */
function undatedFit(own: OwnLink, event: CalendarEvent, named: ReadonlySet<string>): number {
	const { link } = own;
	if (!event.daily) return 0;
	const same = sameEvent(link, event, named);
	if (same === 0 || link.place !== null) return same;
	const rareNamed =
		RARE.has(event.type) &&
		link.parties.length === 2 &&
		event.city !== null &&
		named.has(event.city);
	return rareNamed ? same : 0;
}

/** The first day a page can announce an event on, worked out once per event, not per page. */
const ANNOUNCED_FROM = new WeakMap<CalendarEvent, string>();
function announcedFrom(event: CalendarEvent): string {
	let day = ANNOUNCED_FROM.get(event);
	if (day === undefined)
		ANNOUNCED_FROM.set(event, (day = shiftedDays(event.from, -ANNOUNCED_BEFORE)));
	return day;
}

/** The events that fit a page's own news best inside `range` (within a month of each other). */
function bestEvents(
	own: readonly OwnLink[],
	range: [string, string],
	calendar: Calendar,
	fitOf: (o: OwnLink, e: CalendarEvent) => number
): { first: CalendarEvent; last: CalendarEvent; announced: boolean } | null {
	let best = 0;
	let found: CalendarEvent[] = [];
	// Whether every best fit is an event the page announces (a planned link): written before it.
	let announced = true;
	for (const event of calendar.events) {
		// An announced event can come after the span the page's other cues leave.
		if (event.to < range[0] || announcedFrom(event) > range[1]) continue;
		const fits = own.map((o) => ({
			score: event.from > range[1] && o.link.status !== 'planned' ? 0 : fitOf(o, event),
			planned: o.link.status === 'planned'
		}));
		const score = Math.max(...fits.map((f) => f.score));
		if (score === 0) continue;
		const byPlan = fits.every((f) => f.score < score || f.planned);
		if (score > best) [best, found, announced] = [score, [event], byPlan];
		else if (score === best) {
			found.push(event);
			announced &&= byPlan;
		}
	}
	if (found.length === 0) return null;
	found.sort((a, b) => a.from.localeCompare(b.from));
	const first = found[0]!;
	const last = found[found.length - 1]!;
	if (Date.parse(last.from) - Date.parse(first.to) > 31 * 86_400_000) return null;
	return { first, last, announced };
}

/**
 * The calendar event a page with an inferred date reports, when exactly one known event (or
 * several within a month of each other) fits its own news inside `range` best. `named`: the
 * gazetteer ids of the places the page names. `undated`: the page gives no date nor any cue of
 * its time, and is matched by parties, kind and venue alone (`undatedFit`).
 */
export function dateFromCalendar(
	links: readonly RawLink[],
	range: [string, string],
	calendar: Calendar,
	named: ReadonlySet<string>,
	offices: Offices | null = null,
	undated = false
): CalendarMatch | null {
	const own = links
		.filter(isOwnNews)
		.map((link): OwnLink => ({ link, weekday: toldWeekday(link), people: null }));
	if (own.length === 0) return null;
	const fitOf = undated ? undatedFit : fit;
	let best = bestEvents(own, range, calendar, (o, e) => fitOf(o, e, named));
	// A person abroad where the calendar has them is weaker than a day told: the page may report
	// another of their journeys the calendar lacks, so it moves the best guess, not the interval.
	const weak = best === null && !undated;
	if (weak) {
		for (const o of own)
			o.people = peopleNamed(
				o.link.evidence.map((e) => e.sentence),
				offices
			);
		best = bestEvents(own, range, calendar, (o, e) => travelled(o, e, named));
	}
	if (best === null) return null;
	const { first, last, announced } = best;
	const [from, to] = announced
		? [announcedFrom(first), last.from]
		: [shiftedDays(first.from, -WRITTEN_BEFORE), shiftedDays(last.to, WRITTEN_AFTER)];
	const overlap: [string, string] = [
		from > range[0] ? from : range[0],
		to < range[1] ? to : range[1]
	];
	if (overlap[0] > overlap[1]) return null;
	const within: [string, string] = weak ? [range[0], range[1]] : overlap;
	const date = first.type === 'cancelled' || announced ? shiftedDays(first.from, -1) : last.to;
	// Never a day the page's other cues rule out (an event after them that the page announces).
	const clamped = date < within[0] ? within[0] : date > within[1] ? within[1] : date;
	return { event: first, date: clamped, range: within };
}

/** What a calendar match changes in an article whose date was inferred. */
interface InferredArticle {
	published: string | null;
	publishedRange: [string, string] | null;
	publishedEvidence: string | null;
}

/** Dates the article at the event it reports, saying so in its evidence. */
export function datedByCalendar(article: InferredArticle, match: CalendarMatch): void {
	article.published = match.date;
	article.publishedRange = match.range;
	const because = `reports ${match.event.name} (${match.event.from})`;
	article.publishedEvidence = article.publishedEvidence
		? `${article.publishedEvidence}; ${because}`
		: because;
}
