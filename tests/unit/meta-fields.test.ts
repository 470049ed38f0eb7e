/**
 * The metadata's per-field extractors, each alone, on lines quoted from the dev split of the
 * real pages (tests/fixtures/real/pages, named by page). The test split is never quoted here.
 */
import { describe, expect, it } from 'vitest';
import {
	bareNameUnderTitle,
	bylineCandidates,
	firstName,
	footerBylines,
	headerBylines,
	metaBylines
} from '../../ingest/stages/meta-author';
import { pageUrl, sidecarUrl } from '../../ingest/stages/metadata';
import {
	chooseOutlet,
	printedOutlets,
	sourceLineOutlets,
	wireCreditOutlet
} from '../../ingest/stages/meta-outlet';
import { collapseWhitespace, findTitle } from '../../ingest/stages/meta-title';

// ig-07-anadolu-doha-ceasefire.txt
const ANADOLU_HEADER = [
	'Pakistan, Afghanistan agree to immediate ceasefire in Doha talks, says Qatar',
	'Qatar, Türkiye mediate negotiations to achieve lasting peace, stability',
	'By Alperen Aktas'
];
const ANADOLU_FIRST =
	'ISTANBUL (AA) - Pakistan and Afghanistan agreed Sunday to an immediate ceasefire during talks in Doha, mediated by Qatar and Türkiye, according to the Qatari Foreign Ministry.';

// ig-06-chinadaily-kabul-trilateral.txt (the lines around the headline)
const CHINA_DAILY_HEADER = [
	'World',
	'Home / World / Diplomacy',
	'Beijing, Kabul, Islamabad vow stronger cooperation',
	'By ZHAO JIA | CHINA DAILY | Updated: 2025-08-22 07:11',
	'Share',
	'Share - WeChat'
];

// xc-08-independent-muttaqi-india-travel-waiver.txt
const INDEPENDENT_HEADER = [
	'Travel',
	'Taliban’s foreign minister to visit India after UNSC lifts travel ban',
	'By Arpan Rai',
	'Copyright independent',
	'Taliban’s foreign minister to visit India after UNSC lifts travel ban'
];

// ru-03-tca-taliban-delegation-uzbekistan.txt
const TCA_FOOTER = [
	'Sergey Kwan',
	'TCA',
	'Sergey Kwan has worked for The Times of Central Asia as a journalist, translator and editor since its foundation in March 1999.'
];

describe('title', () => {
	it('picks the headline under the section lines and says where it sits', () => {
		const t = findTitle(CHINA_DAILY_HEADER, {}, undefined, undefined);
		expect(t).toEqual({
			title: 'Beijing, Kabul, Islamabad vow stronger cooperation',
			index: 2,
			end: 2,
			outlets: []
		});
	});

	it('does not take a lower-case tail after a dash for an outlet', () => {
		// ru-02-rt-moscow-talks-postponed.txt
		const line = 'Peace talks with Taliban in Moscow postponed – Afghan president’s office';
		const t = findTitle([line], {}, undefined, undefined);
		expect(t.title).toBe(line);
		expect(t.outlets).toEqual([]);
	});

	it('splits the outlet off a metadata title and finds the headline line again', () => {
		const t = findTitle(
			ANADOLU_HEADER,
			{ 'og:title': `${ANADOLU_HEADER[0]} | Anadolu Ajansı` },
			undefined,
			undefined
		);
		expect(t.title).toBe(ANADOLU_HEADER[0]);
		expect(t.index).toBe(0);
		expect(t.outlets).toEqual(['Anadolu Ajansı']);
	});

	it('a numeric date line under the headline is no headline: "18.11.2021 - Press release" (nm-06)', () => {
		const t = findTitle(
			[
				'Federal Foreign Office on talks held in Afghanistan',
				'18.11.2021 - Press release',
				"Federal Foreign Office on talks held by Germany's Special Envoy for Afghanistan and Pakistan and Germany's designated ambassador to Afghanistan in Kabul on November 18th:"
			],
			{},
			undefined,
			undefined
		);
		expect(t.title).toBe('Federal Foreign Office on talks held in Afghanistan');
		expect(t.index).toBe(0);
	});

	it('collapses line breaks and runs of spaces, and keeps quotation marks', () => {
		expect(collapseWhitespace('  “Beijing, Kabul,\n\tIslamabad”  vow ')).toBe(
			'“Beijing, Kabul, Islamabad” vow'
		);
	});
});

describe('author', () => {
	it('reads a "By" line of the header', () => {
		expect(headerBylines(ANADOLU_HEADER)).toEqual(['Alperen Aktas']);
	});

	it('cuts the outlet and the update time off a byline, and refuses a name in capitals', () => {
		const [line] = headerBylines(CHINA_DAILY_HEADER);
		expect(line).toBe('ZHAO JIA | CHINA DAILY | Updated: 2025-08-22 07:11');
		// What is left, "ZHAO JIA", is set in capitals like a section heading: not taken as a name.
		expect(firstName([line])).toBeNull();
	});

	it('finds the byline under the headline, past the title line', () => {
		expect(bareNameUnderTitle(INDEPENDENT_HEADER, 1, '')).toBe('Arpan Rai');
	});

	it('does not take a one-word line the body uses for a bare byline', () => {
		expect(bareNameUnderTitle(['Headline of the page here', 'Travel'], 0, 'Travel ban')).toBe(
			undefined
		);
	});

	it('does not take a footer name followed by the outlet name for a byline', () => {
		// The bio comes a line later and opens "… has worked for", which is not a bio's cue.
		expect(footerBylines(TCA_FOOTER)).toEqual([]);
	});

	it('skips metadata authors that are profile addresses', () => {
		expect(
			metaBylines({
				author: 'https://www.aa.com.tr/en/p/alperen-aktas',
				'ld:author': 'Alperen Aktas'
			})
		).toEqual([undefined, undefined, 'Alperen Aktas', undefined]);
	});

	it('lists the metadata first, then the header lines, then the bare name', () => {
		const all = bylineCandidates({
			meta: { 'dc.creator': 'Sergey Kwan' },
			header: INDEPENDENT_HEADER,
			footer: TCA_FOOTER,
			titleEnd: 1,
			body: ''
		});
		expect(all.filter(Boolean)).toEqual(['Sergey Kwan', 'Arpan Rai', 'Arpan Rai']);
	});
});

describe('outlet', () => {
	it('reads the agency of a dateline', () => {
		expect(wireCreditOutlet(ANADOLU_FIRST)).toBe('AA');
		expect(
			wireCreditOutlet(
				'TASHKENT (TCA) — A delegation of the Taliban led by the head of the Taliban’s political office in Qatar visited Uzbekistan'
			)
		).toBe('TCA');
	});

	it('finds no agency in a first sentence without a dateline', () => {
		expect(
			wireCreditOutlet(
				'India is set to host the Taliban’s acting foreign minister Amir Khan Muttaqi next week, people aware of the development said on Thursday.'
			)
		).toBeUndefined();
	});

	it('does not read a byline with a date as a printed "Outlet, date" line', () => {
		expect(printedOutlets(CHINA_DAILY_HEADER)).toEqual([]);
	});

	it('finds no source line in a footer that only says "Kaynak:"', () => {
		// ig-07's footer: the label is there, the name is not.
		expect(sourceLineOutlets(['Kaynak:', 'This news has been read 1002 times in total'])).toEqual(
			[]
		);
	});

	it('prefers the site name, and never gives the author as the outlet', () => {
		const page = {
			fromTitle: [],
			header: ANADOLU_HEADER,
			footer: [],
			firstParagraph: ANADOLU_FIRST
		};
		expect(chooseOutlet({ ...page, fromMeta: ['Anadolu Ajansı', undefined], author: null })).toBe(
			'Anadolu Ajansı'
		);
		expect(chooseOutlet({ ...page, fromMeta: [undefined, undefined], author: null })).toBe('AA');
		expect(chooseOutlet({ ...page, fromMeta: ['AA', undefined], author: 'AA' })).toBeNull();
	});
});

describe('address', () => {
	it('reads the address line a stored page starts with', () => {
		// ig-07's key: the page as stored, with its address first.
		const url =
			'https://usmuslims.com/pakistan-afghanistan-agree-to-immediate-ceasefire-in-doha-talks-says-qatar-320248h.htm';
		expect(pageUrl({}, [`SOURCE: ${url}`, ...ANADOLU_HEADER], [])).toBe(url);
	});

	it('prefers the metadata address to a line of the page', () => {
		const url = 'https://news.anyfans.com/?p=120362';
		expect(pageUrl({ canonical: url }, ['Source: https://example.org/other'], [])).toBe(url);
	});

	it('drops a sidecar address that is not a web address, and says so', () => {
		const warnings: string[] = [];
		expect(sidecarUrl('javascript:alert(1)', warnings)).toBeNull();
		expect(warnings).toHaveLength(1);
		expect(sidecarUrl('https://news.anyfans.com/?p=120362', warnings)).toBe(
			'https://news.anyfans.com/?p=120362'
		);
	});
});
