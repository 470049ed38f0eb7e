/**
 * A calendar of dated diplomatic events (geodata/calendar.json): what dates a page that prints no
 * date from the news it reports. The office-holders a page names leave an interval of years
 * (ingest/stages/meta-infer.ts); when the page's own news event (a link dated from the page,
 * not from a year the text states) is one the calendar knows inside that interval — the same
 * parties and kind of event, on the day and month the text tells — the page was written then.
 *
 * `createCalendar()` validates the file (valibot; errors name the path and the value) and resolves
 * each venue to gazetteer places once; `dateFromCalendar()` (calendar-match.ts) matches a page's
 * links against it.
 */
import * as v from 'valibot';
import { expected, parseOutput, SchemaError, showValue } from '../src/lib/data/issues';
import { firstDayOf, lastDayOf } from './stages/meta-days';
import type { Gazetteer } from './types';
import type { Offices } from './offices';
import { travellersOf } from './calendar-people';

const ISO_DATE = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, expected('YYYY-MM-DD or YYYY-MM'))
);

const CalendarFile = v.object({
	note: v.optional(v.string()),
	events: v.array(
		v.object({
			id: v.pipe(v.string(), v.minLength(1)),
			date: ISO_DATE,
			end: v.optional(ISO_DATE),
			type: v.picklist([
				'meeting',
				'visit',
				'agreement',
				'ceasefire',
				'clash',
				'border-closure',
				'sanctions',
				'recognition',
				'cancelled'
			]),
			parties: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(2)),
			/** After the Taliban's takeover, the Afghan side of an event is their government. */
			afghanRep: v.optional(v.string()),
			venue: v.nullable(v.string()),
			series: v.nullable(v.string()),
			name: v.pipe(v.string(), v.minLength(1)),
			source: v.pipe(v.string(), v.minLength(1))
		})
	)
});

export interface CalendarEvent {
	id: string;
	name: string;
	/** First and last day (a month-precise date spans its month). */
	from: string;
	to: string;
	/** Day-precise: its day and month can be matched against a day and month in the text. */
	daily: boolean;
	parties: ReadonlySet<string>;
	/** Gazetteer ids of the venue city and its country (empty for a virtual meeting). */
	venue: ReadonlySet<string>;
	/** Gazetteer id of the venue city (null for a virtual meeting). */
	city: string | null;
	type: CalendarType;
	/** Full-name keys of the office-holders its name gives who came from abroad (calendar-people.ts). */
	travellers: ReadonlySet<string>;
}

type CalendarType = v.InferOutput<typeof CalendarFile>['events'][number]['type'];

export interface Calendar {
	readonly events: readonly CalendarEvent[];
}

/** Parses and checks calendar.json; throws naming the path and the bad value. */
export function createCalendar(
	json: unknown,
	gazetteer: Gazetteer,
	offices: Offices | null = null
): Calendar {
	const file = parseOutput(CalendarFile, json, 'calendar.json');
	// Venues are named as news names them; a city wins over a province or landmark of that name.
	const places = new Map<string, string>();
	for (const p of gazetteer.places.values()) {
		const key = p.name.toLowerCase();
		if (!places.has(key) || p.kind === 'city') places.set(key, p.id);
	}
	const events = file.events.map((e, i): CalendarEvent => {
		const venue = new Set<string>();
		let venueCountry: string | null = null;
		if (e.venue !== null) {
			const id = places.get(e.venue.toLowerCase());
			if (id === undefined)
				throw new SchemaError(
					`calendar.json: events[${i}].venue (${e.id})`,
					`no place named ${showValue(e.venue)} in the gazetteer`
				);
			venue.add(id);
			const country = gazetteer.get(id)?.country;
			if (country) venue.add(`country-${country.toLowerCase()}`);
			venueCountry = country ?? null;
		}
		const parties = new Set(e.parties);
		if (e.afghanRep) parties.add(e.afghanRep);
		return {
			id: e.id,
			name: e.name,
			from: firstDayOf(e.date),
			to: lastDayOf(e.end ?? e.date),
			daily: e.date.length === 10,
			parties,
			venue,
			city: e.venue === null ? null : places.get(e.venue.toLowerCase())!,
			type: e.type,
			travellers: travellersOf(e.name, venueCountry, offices)
		};
	});
	return { events };
}
