import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCalendar, type Calendar } from '../../ingest/calendar';
import { dateFromCalendar } from '../../ingest/calendar-match';
import type { RawLink } from '../../ingest/types';
import { loadContext } from '../../ingest/cli';
import { processArticle, type PipelineContext } from '../../ingest/pipeline';

let geo: PipelineContext;
beforeAll(() => {
	geo = loadContext('geodata');
});

function event(over: Record<string, unknown>) {
	return {
		id: 'e',
		date: '2018-08-06',
		type: 'visit',
		parties: ['taliban', 'UZ'],
		venue: 'Tashkent',
		series: null,
		name: 'Taliban delegation visits Uzbekistan',
		source: 'Wikipedia',
		...over
	};
}

/** The ids of the events calendar.json loads. */
function calendarIds(): string[] {
	return JSON.parse(readFileSync('geodata/calendar.json', 'utf8')).events.map(
		(e: { id: string }) => e.id
	);
}

function calendarOf(...events: Array<Record<string, unknown>>): Calendar {
	return createCalendar({ events }, geo.gazetteer);
}

/** An undated page: a title, then the body (the offices named leave an interval of years). */
function ingest(body: string[], calendar: Calendar | null) {
	const text = ['Taliban delegation visits Uzbekistan', '', ...body].join('\n\n');
	const result = processArticle('page.txt', new TextEncoder().encode(text), undefined, {
		...geo,
		calendar
	});
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
	return result;
}

// TCA's report of a Taliban visit to Uzbekistan; it prints no date, but names Stanikzai as the
// head of the political office (2015-08 to 2019-01, and again in August 2021) and Kamilov as
// foreign minister.
const UZBEK_VISIT = [
	'A delegation of the Taliban led by the head of the Taliban’s political office in Qatar visited Uzbekistan from August 6-10 for talks with senior officials from Uzbekistan’s Foreign Ministry, Taliban and Uzbek officials said.',
	'The statement said Taliban political chief Sher Mohammad Abbas Stanikzai represented the militant group in the four-day talks that, according to the Taliban, included meetings with Uzbek Foreign Minister Abdulaziz Kamilov.'
];

describe('the calendar file', () => {
	it('names the path and the problem of a bad row', () => {
		expect(() => calendarOf(event({}), event({ date: '6 August 2018' }))).toThrow(
			/calendar\.json: events\[1\]\.date \(e\): expected YYYY-MM-DD or YYYY-MM, got "6 August 2018"/
		);
		expect(() => calendarOf(event({ type: 'party' }))).toThrow(
			/calendar\.json: events\[0\]\.type \(e\): expected .*got "party"/
		);
	});

	it('the rows waiting to be loaded (calendar-pending.json) are valid calendar rows', () => {
		const pending = JSON.parse(readFileSync('geodata/calendar-pending.json', 'utf8'));
		expect(createCalendar(pending, geo.gazetteer).events.length).toBe(pending.events.length);
		const loaded = new Set(calendarIds());
		expect(pending.events.filter((e: { id: string }) => loaded.has(e.id))).toEqual([]);
	});

	it('rejects a venue the gazetteer does not know', () => {
		expect(() => calendarOf(event({ venue: 'Atlantis' }))).toThrow(
			/calendar\.json: events\[0\]\.venue \(e\): no place named "Atlantis"/
		);
	});

	it('the bundled calendar loads', () => {
		expect(geo.calendar?.events.length).toBeGreaterThan(50);
	});
});

describe('dating a page from the event it reports', () => {
	it('without a calendar the page keeps the date inferred from its office-holders', () => {
		const { article } = ingest(UZBEK_VISIT, null);
		// Stanikzai headed the Doha office twice (2015-08 to 2019-01, and in August 2021), Kamilov
		// was foreign minister from 2012 to 2022: a span of six years, dated only to the year.
		expect(article.publishedRange).toEqual(['2015-08-01', '2021-09-07']);
		expect(article.published).toMatch(/^\d{4}$/);
	});

	it('dates the page at the one event of the interval that fits its day and parties', () => {
		const calendar = calendarOf(
			event({ id: 'visit-2018', date: '2018-08-06', end: '2018-08-10' }),
			// The same parties in the same interval, on another day: not the visit the page reports.
			event({ id: 'other', date: '2017-03-20', name: 'An earlier Taliban visit' })
		);
		const { article, links } = ingest(UZBEK_VISIT, calendar);
		expect(article.published).toBe('2018-08-10');
		// A month before the visit, and up to a year after it (the text names its day without a
		// year), within the span the office-holders allow.
		expect(article.publishedRange).toEqual(['2018-07-07', '2019-08-10']);
		expect(article.publishedEvidence).toMatch(/reports Taliban delegation visits Uzbekistan/);
		const visit = links.find((l) => l.parties.includes('UZ') && l.parties.includes('taliban'));
		expect(visit?.date?.slice(0, 4)).toBe('2018');
	});

	it('an event outside the interval the offices allow is not taken', () => {
		const calendar = calendarOf(event({ date: '2022-08-06' }));
		expect(ingest(UZBEK_VISIT, calendar).article.published?.slice(0, 4)).not.toBe('2022');
	});

	it('two events a year apart that fit as well leave the date as it was', () => {
		const calendar = calendarOf(
			event({ id: 'a', date: '2016-08-07' }),
			event({ id: 'b', date: '2018-08-07' })
		);
		const { article } = ingest(UZBEK_VISIT, calendar);
		expect(article.published?.startsWith('2016-08')).toBe(false);
		expect(article.published?.startsWith('2018-08')).toBe(false);
	});

	it('of two events a year apart, the one nearer the day told is the page’s (qu-01)', () => {
		// "from August 6-10": a visit on 7 August is a day away, one on 8 August two.
		const calendar = calendarOf(
			event({ id: 'a', date: '2018-08-07' }),
			event({ id: 'b', date: '2019-08-08', name: 'Baradar visits Tashkent' })
		);
		expect(ingest(UZBEK_VISIT, calendar).article.published).toBe('2018-08-07');
	});
});

// The Indian Wire's report of Afghan–Pakistani transit-trade talks (pt-02): a dateline "Islamabad,
// July 13:" without a year, Imran Khan and Ghani in office (2018-08 to 2021-08); the talks are
// bilateral and the page never names Dushanbe.
const TRANSIT_TALKS = [
	'Islamabad, July 13: Afghanistan and Pakistan have on Friday relaunched their dialogues to bridge the differences between the two sides in a way of transit pact after a three-year suspension.',
	'According to Dawn news reports, talks between the two nation had abruptly ended in September 2015 after Afghanistan insisted to including India in their transit deal negotiations and also the trilateral trade agreement involving Tajikistan, Afghanistan, and Pakistan.',
	'The development has come after Pak Prime Minister Imran Khan and Afghan President Ashraf Ghani on June 27 in capital Islamabad, during which both the leaders agreed to enhance their trade ties.'
];

describe('two of a gathering’s delegations', () => {
	// A regional agreement of seven parties on the very day the page's talks are dated (the Friday
	// before its dateline, in the year the office-holders leave in the middle).
	const gathering = (venue: string) =>
		event({
			id: 'regional',
			date: '2020-07-10',
			type: 'agreement',
			parties: ['sco', 'TJ', 'AF', 'RU', 'CN', 'PK', 'IN'],
			venue,
			name: 'Regional gathering on Afghanistan'
		});

	it('meeting where the page never says are not the gathering: two countries met on their own (pt-02)', () => {
		const { article } = ingest(TRANSIT_TALKS, calendarOf(gathering('Dushanbe')));
		expect(article.publishedEvidence ?? '').not.toMatch(/Regional gathering/);
	});

	it('the same talks on a page that names the gathering’s city are taken to be it', () => {
		const { article } = ingest(TRANSIT_TALKS, calendarOf(gathering('Islamabad')));
		expect(article.publishedEvidence).toMatch(/reports Regional gathering on Afghanistan/);
	});
});

// Press TV / ParsToday's report of the second meeting of Afghanistan's neighbours in Tehran; it
// prints no date. Mokhber (first vice president from 2021-08) and Amir-Abdollahian (foreign
// minister 2021-08 to 2024-05) leave an interval of almost three years; the meeting is told by its
// weekday only.
const TEHRAN_MEETING = [
	'The foreign ministers of Iran, Pakistan, Turkmenistan, Tajikistan and Uzbekistan, as well as the Russian and Chinese ambassadors attended the meeting — the second of its kind — at the Iranian Foreign Ministry in Tehran on Wednesday.',
	'Iran’s First Vice President Mohammad Mokhber will deliver a speech at the gathering.',
	'Iran’s Foreign Minister Hossein Amir-Abdollahian said the summit would focus on the new situation in Afghanistan.'
];
const NEIGHBOURS = ['IR', 'PK', 'TJ', 'TM', 'UZ', 'CN', 'RU'];

describe('a meeting told by its weekday', () => {
	const tehran = (date: string) =>
		event({ id: `tehran-${date}`, date, type: 'meeting', parties: NEIGHBOURS, venue: 'Tehran' });

	it('dates the page at the one meeting of those states in that city on that weekday', () => {
		// 27 October 2021 was a Wednesday.
		const { article } = ingest(TEHRAN_MEETING, calendarOf(tehran('2021-10-27')));
		expect(article.published).toBe('2021-10-27');
		expect(article.publishedEvidence).toMatch(/reports .* \(2021-10-27\)/);
	});

	it('a meeting on another weekday is not the one the page reports', () => {
		// 28 October 2021 was a Thursday.
		const { article } = ingest(TEHRAN_MEETING, calendarOf(tehran('2021-10-28')));
		expect(article.published).not.toBe('2021-10-28');
		expect(article.publishedEvidence ?? '').not.toMatch(/reports/);
	});

	it('a weekday alone does not date a visit between two states (they recur)', () => {
		const visit = event({
			date: '2021-10-27',
			type: 'visit',
			parties: ['IR', 'PK'],
			venue: 'Tehran'
		});
		const body = [
			'Pakistan’s foreign minister held talks with his Iranian counterpart in Tehran on Wednesday.',
			...TEHRAN_MEETING.slice(1)
		];
		expect(ingest(body, calendarOf(visit)).article.publishedEvidence ?? '').not.toMatch(/reports/);
	});
});

// The Daily Voice's preview of the third Moscow format meeting (qu-05): no date printed, Hanafi
// as the Taliban's deputy prime minister (from 2021-09) leaves years; the meeting is still to come.
const MOSCOW_PREVIEW = [
	'New Delhi: Officials of India and Taliban will face-to-face in Moscow format meeting organized by Russia on October 20. Whereas India’s first formal contact with the Taliban took place on 31 August in Doha. The Moscow format is likely to be the first formal contact between New Delhi and the Taliban government.',
	'The Taliban delegation will be led by Deputy Prime Minister Abdul Salam Hanafi, while India will be led by Joint Secretary JP Singh, who heads the Pakistan-Afghanistan-Iran desk in the Ministry of External Affairs.'
];

// Headpost's report of China's new ambassador in Kabul (wn-08): no date printed; the event told by
// its weekday alone.
const CREDENTIALS = [
	'On Wednesday, the Taliban ceremoniously welcomed China’s new ambassador to Afghanistan, confirming Beijing’s diplomatic recognition of the interim authorities.',
	'Taliban Supreme Chief of Staff Mohammad Hasan Akhund and Foreign Minister Amir Khan Muttaki attended the reception in Kabul.'
];

describe('a rare kind of event told by its weekday between two parties', () => {
	const credentials = event({
		id: 'zhao-credentials',
		date: '2023-09-13',
		type: 'recognition',
		parties: ['CN', 'AF'],
		afghanRep: 'taliban',
		venue: 'Kabul',
		name: 'New Chinese ambassador presents credentials'
	});

	it('dates the page at the one such event on that weekday (wn-08)', () => {
		const { article } = ingest(CREDENTIALS, calendarOf(credentials));
		expect(article.publishedEvidence).toMatch(
			/reports New Chinese ambassador presents credentials/
		);
		expect(article.published).toBe('2023-09-13');
	});

	it('not when a day and month beside the weekday is another day (zc-02)', () => {
		const dated = ['Kabul, Aug 29: ' + CREDENTIALS[0]!, CREDENTIALS[1]!];
		const { article } = ingest(dated, calendarOf(credentials));
		expect(article.publishedEvidence ?? '').not.toMatch(/presents credentials/);
	});

	it('not a visit between two states told by its weekday (they recur)', () => {
		const { article } = ingest(CREDENTIALS, calendarOf({ ...credentials, type: 'visit' }));
		expect(article.publishedEvidence ?? '').not.toMatch(/presents credentials/);
	});
});

describe('a page announcing an event the calendar knows', () => {
	const moscow = event({
		id: 'moscow-format-3',
		date: '2021-10-20',
		type: 'meeting',
		parties: ['RU', 'AF', 'CN', 'PK', 'IN'],
		afghanRep: 'taliban',
		venue: 'Moscow',
		name: 'Third Moscow format meeting'
	});

	it('is written in the weeks before it, up to its day (qu-05)', () => {
		const { article, links } = ingest(MOSCOW_PREVIEW, calendarOf(moscow));
		expect(article.publishedEvidence).toMatch(/reports Third Moscow format meeting/);
		expect(article.published).toBe('2021-10-19');
		expect(article.publishedRange?.[1]).toBe('2021-10-20');
		expect((article.publishedRange?.[0] ?? '') >= '2021-08-21').toBe(true);
		const planned = links.find((l) => l.status === 'planned' && l.parties.includes('RU'));
		expect(planned?.date).toBe('2021-10-20');
	});

	it('its best day stays inside what the page’s other cues allow (wm-05)', () => {
		// Offices and dates leave the page up to 19 October; it announces a meeting of 20 November.
		const link = {
			type: 'meeting',
			parties: ['RU', 'taliban'],
			place: null,
			date: '2021-11-20',
			dateBasis: 'relative',
			status: 'planned',
			evidence: [{ sentence: 'The Taliban will meet Russian officials in Moscow.' }]
		} as unknown as RawLink;
		const match = dateFromCalendar(
			[link],
			['2021-09-01', '2021-10-19'],
			calendarOf({ ...moscow, date: '2021-11-20' }),
			new Set(['city-moscow'])
		);
		expect(match?.range).toEqual(['2021-09-21', '2021-10-19']);
		expect(match?.date).toBe('2021-10-19');
	});

	it('an event of the same parties on another day dates nothing', () => {
		const { article } = ingest(MOSCOW_PREVIEW, calendarOf({ ...moscow, date: '2022-11-16' }));
		expect(article.publishedEvidence ?? '').not.toMatch(/Moscow format meeting/);
	});
});

// wo-01 (dev): an AP report of the Torkham crossing reopened; it prints no date, but names the
// Pakistani defence minister in Kabul, a journey the calendar has (22 February 2023).
const ASIF_IN_KABUL = [
	'The latest development comes a day after Pakistani Defense Minister Khawaja Mohammad Asif made an unannounced visit to Kabul, where he met with senior Taliban officials, including Mullah Abdul Ghani Baradar, the Taliban-appointed deputy prime minister for economic affairs.'
];
const asifVisit = event({
	id: 'khawaja-asif-kabul-2023',
	date: '2023-02-22',
	parties: ['PK', 'AF'],
	afghanRep: 'taliban',
	venue: 'Kabul',
	name: 'Defence Minister Khawaja Asif and ISI chief Nadeem Anjum visit Kabul'
});

describe('a person abroad where the calendar has them', () => {
	const withPeople = (...events: Array<Record<string, unknown>>) =>
		createCalendar({ events }, geo.gazetteer, geo.offices);

	it('dates the page at their journey without a day told (wo-01), keeping the interval', () => {
		const before = ingest(ASIF_IN_KABUL, null).article;
		const { article } = ingest(ASIF_IN_KABUL, withPeople(asifVisit));
		expect(before.published?.slice(0, 4)).not.toBe('2023');
		expect(article.published).toBe('2023-02-22');
		expect(article.publishedRange).toEqual(before.publishedRange);
		expect(article.publishedEvidence).toMatch(/reports Defence Minister Khawaja Asif/);
	});

	it('needs the calendar to know who travelled: an event not naming them dates nothing', () => {
		const anon = { ...asifVisit, name: 'Pakistani delegation visits Kabul' };
		const { article } = ingest(ASIF_IN_KABUL, withPeople(anon));
		expect(article.published?.slice(0, 4)).not.toBe('2023');
	});

	it('two journeys of theirs to the city months apart date nothing', () => {
		const again = { ...asifVisit, id: 'again', date: '2024-06-10' };
		const { article } = ingest(ASIF_IN_KABUL, withPeople(asifVisit, again));
		expect(article.publishedEvidence ?? '').not.toMatch(/reports/);
	});

	it('an envoy posted in the city is no traveller', () => {
		const envoy = {
			...asifVisit,
			name: 'Pakistani chargé Ubaid-ur-Rehman Nizamani meets Muttaqi in Kabul'
		};
		const text = [
			'Pakistan’s charge d’affaires Ubaid-ur-Rehman Nizamani met acting foreign minister Amir Khan Muttaqi in Kabul on Tuesday.'
		];
		const { article } = ingest(text, withPeople(envoy));
		expect(article.publishedEvidence ?? '').not.toMatch(/reports Pakistani chargé/);
	});
});

// jm-04 (dev): a report of the Taliban's talks with Western diplomats in Oslo that prints no date
// and names no office-holder, year or anchor: nothing but the calendar can place it in time.
const OSLO_TALKS = [
	'Taliban and Western diplomats held a meeting outside the capital of Norway Oslo for talks focused on the Afghan humanitarian crisis, which has increased dramatically since last August.',
	'At Oslo talks, West presses Taliban on rights, girls education',
	'Western diplomats told the Taliban that humanitarian assistance for Afghanistan would be bound to an increase in human rights.'
];
const osloTalks = event({
	id: 'oslo-talks-2022',
	date: '2022-01-23',
	end: '2022-01-25',
	type: 'meeting',
	parties: ['NO', 'AF', 'US', 'GB'],
	afghanRep: 'taliban',
	venue: 'Oslo',
	name: 'Oslo talks between a Taliban delegation and Western diplomats'
});

describe('a page that gives no date at all', () => {
	it('stays undated without a calendar', () => {
		const { article, problems } = ingest(OSLO_TALKS, null);
		expect(article.published).toBeNull();
		expect(problems.some((p) => /undated/.test(p.message))).toBe(true);
	});

	it('is dated, weakly, at the one event of its parties, kind and venue (jm-04)', () => {
		const { article, links, problems } = ingest(OSLO_TALKS, calendarOf(osloTalks));
		expect(article.published).toBe('2022-01-25');
		expect(article.publishedRange).toEqual(['2021-12-24', '2023-01-25']);
		expect(article.publishedInferred).toBe(true);
		expect(article.publishedSource).toBe('body');
		expect(article.publishedConfidence).toBeLessThanOrEqual(0.2);
		expect(links.some((l) => l.parties.includes('NO') && l.date?.startsWith('2022'))).toBe(true);
		// The "undated" warning gives way to one naming the event that dated the page.
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/no cue in the text; dated 2022-01-25 .*reports Oslo talks/)
		]);
	});

	it('two such events a year apart leave it undated', () => {
		const again = { ...osloTalks, id: 'again', date: '2023-01-23', end: '2023-01-25' };
		expect(ingest(OSLO_TALKS, calendarOf(osloTalks, again)).article.published).toBeNull();
	});

	it('an event in another city does not date it', () => {
		const elsewhere = { ...osloTalks, venue: 'Doha' };
		expect(ingest(OSLO_TALKS, calendarOf(elsewhere)).article.published).toBeNull();
	});
});
