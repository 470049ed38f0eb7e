/**
 * The publication date: each candidate extractor alone, the choice among them, and dating a
 * page from its content, on lines quoted from the dev split of the real pages (named by page)
 * and the bundled corpus. The test split is never quoted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorConstraints, UNLESS_AFTER } from '../../ingest/anchors';
import { createOffices } from '../../ingest/offices';
import { nameMatches, officeConstraints } from '../../ingest/office-mentions';
import { cleanArticle } from '../../ingest/stages/clean';
import { findExplicitDates } from '../../ingest/stages/meta-dates';
import { inferDate } from '../../ingest/stages/meta-infer';
import { latestDayMonth } from '../../ingest/stages/meta-day-month';
import {
	lineCandidates,
	metaCandidates,
	urlCandidates
} from '../../ingest/stages/meta-date-candidates';
import { datelineCandidates } from '../../ingest/stages/meta-dateline';
import { choosePublished } from '../../ingest/stages/meta-published';
import { yearsAfterConstraints } from '../../ingest/stages/meta-years-ago';

const offices = createOffices(
	JSON.parse(readFileSync(new URL('../../geodata/offices.json', import.meta.url), 'utf8'))
);

function chosen(
	header: string[],
	paragraphs: string[],
	opts: { footer?: string[]; titleIdx?: number; url?: string } = {}
) {
	return choosePublished({
		header,
		footer: opts.footer ?? [],
		paragraphs,
		meta: {},
		titleIdx: opts.titleIdx ?? 0,
		url: opts.url ?? null,
		offices
	});
}

describe('candidate extractors, each alone', () => {
	it('a print line: "This story is from August 7, 2019" (in-03)', () => {
		const [c] = lineCandidates(
			['US envoy to Afghanistan Khalilzad briefs Jaishankar', 'This story is from August 7, 2019'],
			'header',
			0
		);
		expect([c?.date, c?.source]).toEqual(['2019-08-07', 'print-line']);
	});

	it('a date whose comma before the year has no space after it: "-- 13 March,2017", "Updated on: 10 August,2025", "September 21 , 2018" (jb-01, py-10, jf-03)', () => {
		const [c] = lineCandidates(
			[
				'Afghanistan lodges protest over persecution of its nationals residing in Pakistan',
				'-- 13 March,2017'
			],
			'header',
			0
		);
		expect([c?.date, c?.source]).toEqual(['2017-03-13', 'byline']);
		expect(findExplicitDates('September 21 , 2018').map((d) => d.date)).toEqual(['2018-09-21']);
		expect(findExplicitDates('Updated on: 10 August,2025 02:22 PM IST').map((d) => d.date)).toEqual(
			['2025-08-10']
		);
	});

	it('a date line with one-digit month and day after the text: "2022-4-2 09:00" (zv-04)', () => {
		const [c] = lineCandidates(['2022-4-2 09:00'], 'footer', -1);
		expect([c?.date, c?.source]).toEqual(['2022-04-02', 'byline']);
	});

	it('a headline the scrape joined to its byline and date is the header, its date the byline’s (zm-04)', () => {
		const headline =
			'Qatar Affirms its Solidarity With Pakistan in Overcoming Devastation Caused by Floods, Torrential Ra';
		const byline = `${headline} By A Robin - September 01, 2022`;
		const body =
			'The state of Qatar has affirmed its solidarity with Pakistan, government and people, in countering the devastation caused by floods and torrential rains that have recently hit the country.';
		const clean = cleanArticle(
			[headline, '', byline, '', body, '', body, '', body].join('\n'),
			'txt'
		);
		expect(clean.header).toContain(byline);
		expect(clean.paragraphs).not.toContain(byline);
		const d = chosen(clean.header, clean.paragraphs, { titleIdx: -1 });
		expect([d.published, d.source]).toEqual(['2022-09-01', 'byline']);
	});

	it('a line of a day, a month and a two-digit year above the headline: "11 Sep, 23" (yu-06)', () => {
		const [c] = lineCandidates(
			['11 Sep, 23', 'Border Firefights Highlight Strained Pakistan-Taliban Relations'],
			'header',
			1
		);
		expect(c?.date).toBe('2023-09-11');
		// Prose with such words is no date line.
		expect(lineCandidates(['Talks on 11 Sep, 23 delegates said', 'Headline'], 'header', 1)).toEqual(
			[]
		);
	});

	it('a byline line: "Published : Oct 24, 2017, 4:53 am IST" (in-01)', () => {
		const [c] = lineCandidates(
			[
				'Afghan President in Delhi today on a surprise visit',
				'THE ASIAN AGE.',
				'Published : Oct 24, 2017, 4:53 am IST'
			],
			'header',
			0
		);
		expect(c?.date).toBe('2017-10-24');
	});

	it('a numeric date line whose order is certain: "Wednesday 19/12/2018" (ig-02)', () => {
		const [c] = lineCandidates(
			['UAE hosts Afghanistan reconciliation talks', 'Wednesday 19/12/2018'],
			'header',
			0
		);
		expect(c?.date).toBe('2018-12-19');
	});

	it('a date line with its time glued before the day: "20:1523.07.2024" is 23 July 2024 (yd-03)', () => {
		const [c] = lineCandidates(
			[
				'Negotiations between the co-chairs of the Turkmen-Pakistani intergovernmental commission was held',
				'20:1523.07.2024'
			],
			'header',
			0
		);
		expect(c?.date).toBe('2024-07-23');
	});

	it('a photo caption is no candidate, only the day of its photo: "… August 15, 2018. (REUTERS)" (ig-02)', () => {
		const found = lineCandidates(
			[
				'UAE hosts Afghanistan reconciliation talks',
				'A member of the Afghan security forces stands guard after a Taliban attack in Ghazni city, Afghanistan, August 15, 2018. (REUTERS)'
			],
			'header',
			0
		);
		expect(found.map((c) => [c.date, c.weight, c.photo])).toEqual([['2018-08-15', 0, true]]);
	});

	it('a caption credited "— Bernama pic" is a photo’s: only the day of its photo (yt-03)', () => {
		const found = lineCandidates(
			[
				'Taliban assures safety of Malaysian humanitarian workers',
				'Foreign Minister’s Special Adviser on Afghan affairs Datuk Ahmad Azam Ab Rahman speaks during a visit to Wisma Bernama, Kuala Lumpur October 11, 2021. — Bernama pic'
			],
			'header',
			0
		);
		expect(found.map((c) => [c.date, c.weight, c.photo])).toEqual([['2021-10-11', 0, true]]);
	});

	it('a caption ending in a photographer’s and an agency’s credit is no byline: "… June 2018 (Parwiz/Retuers)" (xy-03)', () => {
		const found = lineCandidates(
			[
				'Taliban Releases American, Australian in Prisoner Swap',
				'Taliban in Nangarhar province, Afghanistan, June 2018 (Parwiz/Retuers)'
			],
			'header',
			0
		);
		expect(found.filter((c) => c.weight > 0)).toEqual([]);
	});

	it('an undated page is not older than the news photo above it, taken in the days before it (wi-10)', () => {
		const caption =
			"Pakistan Army's ceremonial guards perform during the funeral ceremony of a paramilitary personnel of the Frontier Corps (FC) who was killed during the Afghanistan-Pakistan border clashes, in Kohat on October 17, 2025. A ceasefire along the frontier between Afghanistan and Pakistan was holding on October 16, officials on both sides said, after dozens of troops and civilians were killed in cross-border clashes. (Photo by Syed Basit / AFP)";
		const body = [
			'A new chapter of hope and reconciliation has opened as Istanbul hosts critical meetings between Afghanistan and Pakistan aimed at consolidating a long-awaited ceasefire agreement.'
		];
		const d = chosen(['Ayan Khan', '16 Min Read', caption], body);
		expect([d.published, d.source, d.range?.[0]]).toEqual(['2025-10-17', 'body', '2025-10-17']);
		// A file photo can be of any year: it bounds nothing.
		expect(chosen(['Ayan Khan', `File photo: ${caption}`], body).published).toBeNull();
	});

	it('a weekday date above the headline is only a hint (the crawl stamp of bundled 001)', () => {
		const [c] = lineCandidates(
			[
				'Friday, January 31, 2025',
				'Seeking Stability: Pakistan’s diplomatic efforts in Afghanistan'
			],
			'header',
			1
		);
		expect(c?.weight).toBeLessThan(0.3);
	});

	it('a weekday date above the headline is taken, doubtfully, when nothing else dates the page (qf-06)', () => {
		const header = ['Thursday March 31, 2022', 'Pakistan Summons US Chargé d’affaires'];
		const d = chosen(
			header,
			[
				'ISLAMABAD: Pakistan has registered a strong protest with the top US diplomat for interfering in the internal affairs of the country.'
			],
			{ titleIdx: 1 }
		);
		expect([d.published, d.confidence]).toEqual(['2022-03-31', 0.2]);
		expect(d.warnings.join()).toMatch(/may be the day the page was read/);
		// The content dates the page: the stamp only bounds it.
		const dated = chosen(
			header,
			['Pakistani Prime Minister Nawaz Sharif met the US chargé d’affaires in Islamabad.'],
			{ titleIdx: 1 }
		);
		expect([dated.source, dated.range?.[1]]).toEqual(['body', '2017-07-28']);
	});

	it('a site bar above the headline framing the day, "| 19 October 2021, Tuesday |", is a crawl stamp (wm-05)', () => {
		const [c] = lineCandidates(
			[
				'| 19 October 2021, Tuesday |',
				'',
				'Taliban to meet EU officials, says Acting foreign minister Muttaqi'
			],
			'header',
			2
		);
		expect([c?.date, c?.seen]).toEqual(['2021-10-19', true]);
		expect(c?.weight ?? 0).toBeLessThan(0.3);
	});

	it('a weekday date above the headline with a comma after the day is a crawl stamp too: "Tuesday 27, September 2022" (ww-06)', () => {
		const [c] = lineCandidates(
			['Tuesday 27, September 2022', '', 'UN fails to reach deal'],
			'header',
			2
		);
		expect(c?.weight ?? 0).toBeLessThan(0.3);
	});

	it("a weekday date with its time of day above the headline is the story's stamp, over the site's bare date above it (mt-03)", () => {
		const header = [
			'24 Nov 2024',
			'Thursday 22 November 2018 - 13:01',
			'Story Code : 327722',
			'',
			'5 kidnapped Iranian border guards repatriated from Pakistan'
		];
		const d = chosen(
			header,
			[
				'Tasnim Five of the 14 Iranian border guards who had been abducted by terrorists at a military post on the common border with Pakistan back in October returned home following consultations with Pakistani diplomatic and military officials.'
			],
			{ titleIdx: 4 }
		);
		expect(d.published).toBe('2018-11-22');
	});

	it('a masthead naming the editor is no candidate: "Editor in Chief: Moh. Reza Huwaida Tuesday, March 26th, 2019" (af-02)', () => {
		expect(
			lineCandidates(
				[
					'Editor in Chief: Moh. Reza Huwaida Tuesday, March 26th, 2019',
					'',
					'Tashkent Vows to Help Promote Peace in Afghanistan'
				],
				'header',
				2
			)
		).toEqual([]);
	});

	it('dates in a "latest" list are no candidates', () => {
		expect(
			lineCandidates(
				[
					'Related',
					'Talks resume - May 10, 2025',
					'Border reopens - April 25, 2025',
					'Envoy visits - April 14, 2025'
				],
				'footer',
				-1
			)
		).toEqual([]);
	});

	it('a dateline gives day and month: "KAZAN, September 29. /TASS/." (ru-06)', () => {
		const [c] = datelineCandidates(
			'KAZAN, September 29. /TASS/. Tajikistan refused to agree on a number of articles of a declaration'
		);
		expect([c?.source, c?.monthDay]).toEqual(['dateline', { month: 9, day: 29 }]);
	});

	it('a dateline in capitals, or with a credit in brackets: "KABUL, MAY 04, (DNA) –" (ae-01), "ISLAMABAD, 23 June 2019 [Fik/News Sources]:" (ae-03)', () => {
		const [may] = datelineCandidates(
			'KABUL, MAY 04, (DNA) – President of Afghanistan Ashraf Ghani has refused the offer to visit Pakistan, Aaj News reported.'
		);
		expect(may?.monthDay).toEqual({ month: 5, day: 4 });
		const [june] = datelineCandidates(
			'ISLAMABAD, 23 June 2019 [Fik/News Sources]: Pakistan on Saturday hosted a day-long Afghan peace conference'
		);
		expect([june?.date, june?.source]).toEqual(['2019-06-23', 'dateline']);
		// A month in lower case is a word of the sentence, no dateline.
		expect(datelineCandidates('Officials, may 4 be the day of the talks.')).toEqual([]);
	});

	it('a credit whose month, day and two-digit year run together: "(TibetanReview.net, Jan14’23) –" (kg-04)', () => {
		const [c] = datelineCandidates(
			'(TibetanReview.net, Jan14’23) – Bhutan and China have held the 11th meeting of their expert groups over their Chinese-occupied Tibet border dispute from Jan 10 to 13 in the Chinese city of Kunming.'
		);
		expect([c?.date, c?.source]).toEqual(['2023-01-14', 'dateline']);
		expect(datelineCandidates('(Reuters, Jan14) – Bhutan and China met.')).toEqual([]);
	});

	it('a dateline whose city ends with a full stop, or that gives the day before the city: "Beijing. March 2." (pt-01), "June 6, Kabul:" (wt-04)', () => {
		const [beijing] = datelineCandidates(
			'Beijing. March 2. Silkroadnews - The U.S. President Donald Trump supports the initiatives of the leader of Uzbekistan Shavkat Mirziyoyev to hold an international conference on Afghanistan in Tashkent on March 26-27, 2018'
		);
		expect([beijing?.source, beijing?.monthDay]).toEqual(['dateline', { month: 3, day: 2 }]);
		const [kabul] = datelineCandidates(
			'June 6, Kabul: The Kabul Process meeting about peace and security cooperation in Afghanistan opened on Tuesday on Jun 06 in Kabul the capital of Afghanistan with the delegation of 23 countries.'
		);
		expect(kabul?.monthDay).toEqual({ month: 6, day: 6 });
		// A sentence that merely starts with a place and a month is no dateline.
		expect(datelineCandidates('Kabul. May 5 was the day the talks were to open.')).toEqual([]);
	});

	it('a date line printed after the month the address gives is the day the site was read (jn-03)', () => {
		const header = ['Fri. Dec 9th, 2022'];
		const text = [
			'Taliban spokesperson Suhail Shaheen has said that he had a meeting with ambassadors and officials from the European Union, Canada, the United Kingdom and the United States.'
		];
		const url =
			'https://panjshirobserver.com/2021/10/taliban-meets-with-officials-from-eu-canada-uk-us-in-doha/';
		expect(chosen(header, text, { titleIdx: -1 }).published).toBe('2022-12-09');
		const p = chosen(header, text, { titleIdx: -1, url });
		expect([p.published, p.source]).toEqual(['2021-10', 'url']);
	});

	it('a date line above the headline in the month the address gives is the page’s own, not a crawl stamp (xq-02)', () => {
		const p = chosen(
			['Friday, May 26, 2017', 'Nine Pakistani census takers killed near Afghan border'],
			[
				'(May 6) Pakistani security officials claim that at least nine people have been killed and 33 wounded when they came under fire from Afghan forces.'
			],
			{
				titleIdx: 1,
				url: 'https://kenthink7.blogspot.co.uk/2017/05/nine-pakistani-census-takers-killed.html'
			}
		);
		expect([p.published, p.source]).toEqual(['2017-05-26', 'byline']);
		expect(p.confidence).toBeGreaterThan(0.3);
		// Without the address it may be a stamp of the day the page was read: taken only because
		// nothing else dates the page, with a doubt.
		expect(
			chosen(
				['Friday, May 26, 2017', 'Nine Pakistani census takers killed near Afghan border'],
				['Pakistani security officials said nine people were killed.'],
				{ titleIdx: 1 }
			).confidence
		).toBeLessThan(0.3);
	});

	it('a dateline’s year is one in which its day is the weekday the lead tells, or the day after: "Islamabad, July 13: … on Friday" (pt-02)', () => {
		const p = chosen(
			['Afghanistan, Pakistan resume ‘Transit Trade Agreement’ talks to bridge differences'],
			[
				'Islamabad, July 13: Afghanistan and Pakistan have on Friday relaunched their dialogues to bridge the differences between the two sides in a way of transit pact after a three-year suspension.',
				'The development has come after Pak Prime Minister Imran Khan and Afghan President Ashraf Ghani on June 27 in capital Islamabad, during which both the leaders agreed to enhance their trade ties.'
			]
		);
		// Khan and Ghani in office together: 2018-08 to 2021-08; 13 July was a Saturday in 2019.
		expect([p.published, p.source]).toEqual(['2019-07-13', 'dateline']);
	});

	it('of two years that fit a dateline, the one where its day is the lead’s weekday wins over the day after: "ISLAMABAD, Jul 23 … on Tuesday" (qk-09)', () => {
		const p = chosen(
			['Pakistan and Turkmenistan bilateral cooperation'],
			[
				'ISLAMABAD, Jul 23 (Alliance News): Pakistan and Turkmenistan agreed on Tuesday to enhance their cooperation in political, economic, and defense areas while committing to boost bilateral trade to match its full potential.',
				'Deputy Prime Minister and Foreign Minister Ishaq Dar met with Turkmenistan’s Deputy Chairman of the Cabinet of Ministers and Minister for Foreign Affairs Rashid Meredov for a one-on-one meeting and the third round of Bilateral Political Consultations (BPC).'
			]
		);
		// Dar as deputy prime minister: from April 2024; 23 July was a Tuesday in 2024, a Wednesday in 2025.
		expect([p.published, p.source]).toEqual(['2024-07-23', 'dateline']);
	});

	it('a lead that opens with its full date and a colon: "July 16, 2021: Pakistan has invited …" (pi-05)', () => {
		const [c] = datelineCandidates(
			'July 16, 2021: Pakistan has invited Afghan delegates to the Afghan Peace Conference this weekend.'
		);
		expect([c?.date, c?.source]).toEqual(['2021-07-16', 'dateline']);
		// A date opening a sentence of the story is no dateline.
		expect(datelineCandidates('July 16, 2021 was the day the conference opened.')).toEqual([]);
	});

	it('a lead whose full date the scrape ran into its first word: "March 12, 2019German Foreign Minister …" (mv-05)', () => {
		const [c] = datelineCandidates(
			'March 12, 2019German Foreign Minister Heiko Maas arrived in the Pakistani capital, Islamabad, Tuesday amid ongoing violence in Kashmir and a tense security situation in Afghanistan.'
		);
		expect([c?.date, c?.source]).toEqual(['2019-03-12', 'dateline']);
	});

	it('a "former" before an earlier title does not reach the next title and name (kd-03)', () => {
		const reasons = officeConstraints(
			'The date was then changed following the transition of US administrations between former President Donald Trump and President Joe Biden.',
			offices
		).map((c) => c.reason);
		expect(reasons).toContain('former president Donald Trump');
		expect(reasons).toContain('president Joe Biden');
		expect(reasons).not.toContain('former president Joe Biden');
	});

	it('a holder whose killing is told no longer holds the office (pi-08)', () => {
		const found = officeConstraints(
			'Sadiq met Afghanistan’s acting Interior Minister Sirajuddin Haqqani to offer condolences over the December 11 killing of Khalil Haqqani, the Minister for Refugees and Repatriation.',
			offices
		);
		expect(found.map((c) => c.reason)).toContain('former refugees minister Khalil Haqqani');
	});

	it('a holder the text says was overthrown, fled or left the country no longer holds the office (qh-10, qi-06, qn-09, pz-10)', () => {
		const found = officeConstraints(
			'In recent years, Qatar has played a key diplomatic role in the Afghanistan file, and has hosted negotiating sessions between the Taliban and the United States during the era of former President Donald Trump, and later with the government of President Ashraf Ghani, who was overthrown by the Taliban on August 15.',
			offices
		);
		expect(found.map((c) => c.reason)).toContain('former president Ashraf Ghani');
		// qi-06
		expect(
			officeConstraints(
				'The insurgent group had overrun Kabul on Sunday after the Afghan President, Ashraf Ghani, fled the country.',
				offices
			).map((c) => c.reason)
		).toContain('former president Ashraf Ghani');
		// qn-09
		expect(
			officeConstraints(
				'Sri Lanka has yet to officially make its stance known on recent events in Afghanistan which saw the Taliban that was defeated in 2001 in a US-led invasion, recapture power by ousting the government of President Ashraf Ghani.',
				offices
			).map((c) => c.reason)
		).toContain('former president Ashraf Ghani');
		// pz-10
		expect(
			officeConstraints(
				'It also comes at a time of significance that the Pakistan-backed Taliban has been in power in Kabul for nearly three months – taking power on August 15 after President Ashraf Ghani left the country.',
				offices
			).map((c) => c.reason)
		).toContain('former president Ashraf Ghani');
		expect(
			officeConstraints(
				'President Ashraf Ghani, who was in Kabul, met them. President Ashraf Ghani left the country for Washington.',
				offices
			).map((c) => c.reason)
		).toEqual(['president Ashraf Ghani']);
	});

	it('a deadline a headline tells is not its date: "… till June 2020" (qr-04)', () => {
		expect(
			lineCandidates(
				[
					'Tuesday, May 21, 2024',
					'Afghan refugees will remain in Pakistan till June 2020',
					'Anadolu |'
				],
				'header',
				1
			).map((c) => c.date)
		).toEqual(['2024-05-21']);
	});

	it('a label glued to the day by the scrape: "Publish date15 Aug 2022 - 22:58" (qi-10)', () => {
		const [c] = lineCandidates(
			['Publish date15 Aug 2022 - 22:58', 'Story Code : 561576', 'Iran affirms support'],
			'header',
			2
		);
		expect(c?.date).toBe('2022-08-15');
	});

	it('"more than three years after … in August 2021" dates the writing from August 2024 to August 2025; a bare or rounded count is not read (qi-07, xa-04)', () => {
		const [c] = yearsAfterConstraints([
			'The decision comes more than three years after Saudi Arabia withdrew its diplomats following the Taliban’s takeover of the country in August 2021.'
		]);
		expect(c?.allowed).toEqual([{ from: '2024-08-01', to: '2025-08-01' }]);
		expect(c?.best).toBe('2024-08');
		expect(
			yearsAfterConstraints([
				'The inauguration of the port project comes some 15 years after India and Iran first formally agreed to develop the Chabahar port in January 2003, during the visit by then Iranian president Mohammed Khatami to New Delhi.'
			])
		).toEqual([]);
		expect(
			yearsAfterConstraints([
				'The deal will expire nearly two years after it was signed in May 2020.'
			])
		).toEqual([]);
	});

	it('"new" before a title with its country: "New Indian Foreign Secretary Vikram Misri" (nj-01); not "New Delhi’s Foreign Secretary"', () => {
		const [fresh] = officeConstraints(
			'New Indian Foreign Secretary Vikram Misri is scheduled to visit Kathmandu early next week.',
			offices
		);
		expect(fresh?.reason).toBe('new foreign secretary Vikram Misri');
		expect(fresh?.allowed[0]?.from).toBe('2024-07-15');
		expect(
			officeConstraints('New Delhi’s Foreign Secretary Vikram Misri met him.', offices).map(
				(c) => c.reason
			)
		).toEqual(['foreign secretary Vikram Misri']);
	});

	it('a holder told as new in the office dates the page in the first half-year of the term (ql-05)', () => {
		const [fresh] = officeConstraints(
			'KUWAIT – Afghan President Ashraf Ghani met with Nawaf Al-Ahmad Al-Jaber Al-Sabah, the new Emir of Kuwait, according to the Palace.',
			offices
		).filter((c) => c.reason.includes('Nawaf'));
		expect(fresh?.reason).toBe('new emir Nawaf Al-Ahmad Al-Jaber Al-Sabah');
		expect(fresh?.allowed).toEqual([{ from: '2020-09-29', to: '2021-03-31' }]);
		expect(
			officeConstraints('Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah received him.', offices)[0]?.allowed
		).toEqual([{ from: '2020-09-29', to: '2023-12-16' }]);
	});

	it('a holder who came back to an office, or was named in the first cabinet, is dated by every term (qn-07, qn-06)', () => {
		// Stanikzai headed the Doha office until 2019 and again once Baradar left for Kabul in 2021.
		const doha = officeConstraints(
			'“Today, Ambassador of India to Qatar, Deepak Mittal, met Sher Mohammad Abbas Stanekzai, the head of Taliban’s Political Office in Doha',
			offices
		).find((c) => c.reason.includes('Stanikzai'));
		expect(doha?.allowed).toEqual([
			{ from: '2015-08-01', to: '2019-01-24' },
			{ from: '2021-08-15', to: '2021-09-07' }
		]);
		// Khairkhwa was in the cabinet announced on 7 September 2021, not the additions of the 21st.
		const [info] = officeConstraints(
			'Sirajuddin Haqani, Acting Ministers of Interior, Khairullah Khairkhwa, Minister of Information and Culture, Mullah Mohammad Fazel Akhund, Deputy Defence Minister,Abdul Haq Wasiq, Chief of Intelligence Dept, Annas Haqani and other dignitaries attended the meeting',
			offices
		).filter((c) => c.reason.includes('Khairkhwa'));
		expect(info?.allowed[0]?.from).toBe('2021-09-07');
	});

	it('the takeover told with its weekday or as the entry into Kabul dates a page after it (za-05, za-06)', () => {
		const codes = (sentence: string) => anchorConstraints(sentence, offices).map((c) => c.code);
		expect(
			codes(
				'Afghanistan has been rocked by political unrest following the takeover by Taliban militants on Sunday, August 15.'
			)
		).toContain('anchor:taliban-takeover-2021-this-year');
		expect(
			codes(
				'The Saudi Foreign Ministry stated that the Kingdom is interested in following up on current developments in Afghanistan following the Taliban’s entry into Kabul, the Afghan capital, and expresses its wish for stability to existing as soon as possible.'
			)
		).toContain('anchor:taliban-takeover-2021');
	});

	it('holders of offices the file lacked date a page: the bloc’s foreign affairs chief, Indonesia’s vice-president, Malaysia’s, Singapore’s and Vietnam’s heads of government, Iraq’s president and prime minister, Nigeria’s president, the foreign ministers of Australia, Canada and Iran (yy-04, zb-01, zb-04, yo-02, xx-03, xy-06, yi-05, zb-03, zv-01, zm-06, yp-06, qq-02)', () => {
		const terms = (sentence: string, name: string) =>
			officeConstraints(sentence, offices).find((c) => c.reason.includes(name))?.allowed;
		const cases: [
			sentence: string,
			name: string,
			allowed: { from: string; to: string | null }[]
		][] = [
			[
				'The EU will engage in dialogue with the Taliban in Afghanistan to prevent a "humanitarian and potential migratory disaster", the bloc\'s foreign affairs chief Josep Borrell said on Tuesday (17 August) after an emergency video conference of 27 member states\' foreign ministers.',
				'Borrell',
				[{ from: '2019-12-01', to: '2024-11-30' }]
			],
			[
				'Jusuf Kalla, who is the chairperson of the Indonesian Mosque Council (DMI), stated he will soon report to the current vice president Ma’ruf Amin on his plan to help realize peace in Afghanistan as soon as he arrives in Indonesia.',
				'Amin',
				[{ from: '2019-10-20', to: '2024-10-20' }]
			],
			[
				'Hadi thanked Prime Minister Datuk Seri Ismail Sabri Yaacob, Wisma Putra, the Qatari Foreign Affairs Ministry, Malaysian embassy and the Qatari embassy in Malaysia for their assistance throughout the visit.',
				'Ismail Sabri',
				[{ from: '2021-08-21', to: '2022-11-24' }]
			],
			[
				'President Muhammadu Buhari has commended the Islamic Republic of Pakistan for training members of the Nigerian Armed Forces.',
				'Buhari',
				[{ from: '2015-05-29', to: '2023-05-29' }]
			],
			[
				'Australian Foreign Minister Penny Wong speaks to the media during a press conference at Parliament House in Canberra.',
				'Wong',
				[{ from: '2022-05-23', to: null }]
			],
			// Heads of government and foreign ministers of countries the pages name often (yi-05, zb-03).
			[
				'The Canadian Foreign Minister Marc Garneau held wide-ranging talks on Afghanistan with his Pakistani counterpart Shah Mahmood Qureshi.',
				'Garneau',
				[{ from: '2021-01-12', to: '2021-10-26' }]
			],
			[
				'Vietnamese Prime Minister Phạm Minh Chính (left) and Pakistani counterpart Shehbaz Sharif met in Saudi Arabia on Wednesday.',
				'Chính',
				[{ from: '2021-04-05', to: null }]
			],
			[
				'Singapore has offered the use of the Republic of Singapore Air Force’s (RSAF) A330 multi-role tanker transporter to help in the evacuation of United States citizens and Afghan refugees from Kabul, Prime Minister Lee Hsien Loong said on Monday (Aug 23).',
				'Lee Hsien Loong',
				[{ from: '2004-08-12', to: '2024-05-15' }]
			],
			// A transliteration of the name the file did not have (zm-06).
			[
				'Abbas Aragchi, Iran’s foreign minister, spoke with senior Taliban officials in the Afghan capital on Sunday.',
				'Araghchi',
				[{ from: '2024-08-21', to: null }]
			],
			// A holder of two terms: either may be the page's (yp-06).
			[
				'Malaysia is not sending the humanitarian mission to Kabul, Afghanistan, to recognise the Taliban government but to ensure that the Afghan people receive the necessary assistance during their time of need, Foreign Minister Saifuddin Abdullah said.',
				'Saifuddin',
				[
					{ from: '2018-07-02', to: '2020-02-24' },
					{ from: '2021-08-30', to: '2022-11-24' }
				]
			],
			// "The head of Iran’s diplomacy" is its foreign minister (qq-02).
			[
				'The head of Iran’s diplomacy, Mohammad Javad Zarif, arrived Sunday night in Pakistan’s Islamabad capital.',
				'Zarif',
				[{ from: '2013-08-15', to: '2021-08-25' }]
			]
		];
		for (const [sentence, name, allowed] of cases) expect(terms(sentence, name)).toEqual(allowed);
		// Iraq's president and prime minister together leave their common years (yo-02).
		const iraq = officeConstraints(
			'During it, he is scheduled to meet with Iraqi President Barham Salih and Prime Minister Mustafa Al-Kazemi.',
			offices
		).map((c) => c.allowed);
		expect(iraq).toContainEqual([{ from: '2018-10-02', to: '2022-10-17' }]);
		expect(iraq).toContainEqual([{ from: '2020-05-07', to: '2022-10-27' }]);
	});

	it('a holder named before the title: "Gamini Lakshman Peiris, Sri Lanka\'s newly appointed foreign minister" (xs-07); the council\'s secretary told with a possessive (qr-03)', () => {
		const [peiris] = officeConstraints(
			"Cavusoglu also called Gamini Lakshman Peiris, Sri Lanka's newly appointed foreign minister, to convey his congratulations on his new post.",
			offices
		);
		expect(peiris?.allowed).toEqual([
			{ from: '2010-04-23', to: '2010-10-23' },
			{ from: '2021-08-16', to: '2022-02-15' }
		]);
		const [shamkhani] = officeConstraints(
			'Iran’s Supreme National Security Council’s Secretary Ali Shamkhani said that “the Afghan government has been informed of the communications and talks carried out with the Taliban, and this process will continue.',
			offices
		);
		expect(shamkhani?.allowed).toEqual([{ from: '2013-09-10', to: '2023-05-22' }]);
	});

	it('a title line ending with its date is a candidate, however long the headline before it (xo-07)', () => {
		const [c] = lineCandidates(
			[
				'Germany′s Maas begins four-day trip to Afghan neighbors ′to prevent collapse′ | News | DW | 29.08.2021',
				'News',
				"Germany's Maas begins four-day trip to Afghan neighbors 'to prevent collapse'"
			],
			'header',
			2
		);
		expect(c?.date).toBe('2021-08-29');
	});

	it('"head of High Council for National Reconciliation Abdullah Abdullah", without "the", is the council’s chair (xp-05)', () => {
		expect(
			officeConstraints(
				"Iranian Foreign Minister Mohammad Javad Zarif discussed Afghanistan's peace process with the country's head of High Council for National Reconciliation Abdullah Abdullah in Tehran on Sunday.",
				offices
			).map((c) => c.reason)
		).toContain('hcnr chair Abdullah Abdullah');
	});

	it('a counterpart who has held several offices is named in the foreign minister’s (qn-02)', () => {
		expect(
			officeConstraints(
				'In the same vein, in a meeting in Islamabad on Monday, Zarif and his Pakistani counterpart Khawaja Muhammad Asif explored avenues for closer political, economic, cultural and security cooperation between the two Muslim neighbors.',
				offices
			).map((c) => c.reason)
		).toEqual(['foreign minister Khawaja Asif']);
	});

	it('a time glued to the year by the scrape: "12 October 201713:19" (ru-01)', () => {
		const [c] = lineCandidates(
			[
				'12 October 201713:19',
				'',
				'Press release on a meeting of the SCO-Afghanistan Contact Group'
			],
			'header',
			2
		);
		expect([c?.date, c?.evidence]).toEqual(['2017-10-12', '12 October 201713:19']);
	});

	it('a stored copy’s date field is metadata: " date 2019-06-27" (af-03)', () => {
		const clean = cleanArticle(
			' date 2019-06-27 (Last Updated On: June 27, 2019)\n\nPresident Ashraf Ghani on Thursday left Kabul for a two-day official visit to Islamabad where he met with Pakistani officials including Prime Minister Imran Khan.\n',
			'txt'
		);
		expect(metaCandidates(clean.htmlMeta ?? {})[0]).toMatchObject({
			date: '2019-06-27',
			source: 'meta'
		});
		expect(clean.paragraphs.join(' ')).not.toMatch(/date 2019/);
	});

	it('a stored copy’s date field on the first of January is a year filled in: " date 2018-01-01" (wv-03)', () => {
		const clean = cleanArticle(
			' date 2018-01-01  \n  World\n\nAfghanistan Offers Taliban Political Recognition, Peace Talks\n\nKABUL – The president of Afghanistan on Wednesday offered the Taliban political recognition and talks without any pre-conditions in order to reopen peace negotiations and end a long-running conflict.\n',
			'txt'
		);
		expect(metaCandidates(clean.htmlMeta ?? {})[0]).toMatchObject({ date: '2018', source: 'meta' });
	});

	it('a month without its year tells the anchor’s own month only near its mention (wq-03), not another event’s further on (xu-01)', () => {
		const upper = (sentence: string) =>
			anchorConstraints(sentence, offices).find(
				(c) => c.code === 'anchor:prime-minister-imran-khan'
			)?.allowed[0]?.to;
		expect(
			upper(
				'Erdogan spoke Friday at a joint news conference with Pakistani Prime Minister Imran Khan, who is making his first visit to Turkey since he came to power in August.'
			)
		).toBe('2019-08-18');
		expect(
			upper(
				'The statement noted Pakistan and the UK “have been closely engaged on the latest developments in Afghanistan” highlighting the phone call between Prime Minister Imran Khan and Prime Minister Boris Johnson on Aug.18 as well as stating that, “Foreign Minister Qureshi and Secretary of State Dominic Raab discussed the situation in Afghanistan twice on 16 and 27 August.”'
			)
		).toBeNull();
	});

	it('the Nth Independence Day or anniversary of independence, of the Islamic Revolution, of 9/11 gives its year (qt-02, pu-10, pn-08, wo-04)', () => {
		const year = (sentence: string, id: string) =>
			anchorConstraints(sentence, offices)
				.find((c) => c.code === `anchor:${id}`)
				?.best?.slice(0, 4);
		expect(
			year(
				'The Prime Minister and Spouse also attended the celebrations held at the National Stadium to commemorate the 52nd Independence Day of the Maldives.',
				'independence-maldives'
			)
		).toBe('2017');
		expect(
			year(
				'Numerous media covered in detail the celebration of the 30th anniversary of state independence of Tajikistan, which ended on September 9 in Dushanbe with a grand celebratory fireworks display and a colorful concert program.',
				'independence-tajikistan'
			)
		).toBe('2021');
		expect(
			year(
				'Iranian President Ebrahim Raisi is seen on display during the 44th anniversary of the Islamic Revolution in Tehran, Iran, February 11, 2023.',
				'iran-islamic-revolution'
			)
		).toBe('2023');
		expect(
			year(
				'officials said President Joe Biden would withdraw all American troops from Afghanistan before this year’s 20th anniversary of the September 11 attacks.',
				'september-11-attacks'
			)
		).toBe('2021');
		expect(
			year('Pakistan’s 75th Independence Day was marked in Kabul.', 'independence-pakistan')
		).toBe('2022');
	});

	it('the US–Taliban deal told as Washington signing an agreement with the Taliban, or as a deal with the Taliban signed last month, or an agreement signed between the USA and the Taliban (xv-04, xu-02, zz-03)', () => {
		const doha = (sentence: string) =>
			anchorConstraints(sentence, offices).find((c) => c.code === 'anchor:doha-agreement')
				?.allowed[0];
		expect(
			doha(
				'Washington signed an agreement with the Taliban last year allowing it to withdraw its forces in exchange of security guarantees.'
			)
		).toEqual({ from: '2021-01-01', to: '2021-12-31' });
		expect(
			doha(
				'He said the US would continue a phased “conditions-based” troop withdrawal as specified in a deal with the Taliban signed last month.'
			)?.from
		).toBe('2020-02-29');
		expect(
			doha(
				'Çavuşoğlu stated that with the US decision to withdraw from NATO’s Resolute Support Mission in Afghanistan, the processes regarding the negotiations between Afghans and the agreement signed between the USA and the Taliban in Doha last year entered a sensitive period.'
			)
		).toEqual({ from: '2021-01-01', to: '2021-12-31' });
		expect(doha('Pakistan signed an agreement with the Taliban on transit trade.')).toBeUndefined();
	});

	it('the takeover told of the Taliban as "they" in the same sentence: "since they completed their reconquest of the war-torn country" (xw-06)', () => {
		const codes = (sentence: string) => anchorConstraints(sentence, offices).map((c) => c.code);
		expect(
			codes(
				'Markus Potzel, Chancellor Angela Merkel’s special representative for Afghanistan and Pakistan, is the highest-ranking Western diplomat to speak face-to-face with the Taliban since they completed their reconquest of the war-torn country over the weekend.'
			)
		).toContain('anchor:taliban-takeover-2021');
		expect(
			codes('The Taliban have held talks with Kabul since they opened their office in Doha.')
		).not.toContain('anchor:taliban-takeover-2021');
	});

	it('"the Taliban’s takeover" told as a known event with no preposition before it (mq-05); not the takeover of 1996', () => {
		const codes = (sentence: string) => anchorConstraints(sentence, offices).map((c) => c.code);
		expect(
			codes(
				'The conference is aimed at discussing the Taliban’s takeover of the democratic government in Afghanistan, its current status, and its relations with neighboring countries.'
			)
		).toContain('anchor:taliban-takeover-2021');
		expect(
			codes('The Taliban’s takeover of Kabul in 1996 was recognised by only three countries.')
		).not.toContain('anchor:taliban-takeover-2021');
	});

	it('the Tehran intra-Afghan meeting of 2021 is not a Tehran dateline over the Doha talks of 2020 (xy-04)', () => {
		const codes = (sentence: string) => anchorConstraints(sentence, offices).map((c) => c.code);
		expect(
			codes(
				"TEHRAN (Tasnim) - Iranian Foreign Minister Mohammad Javad Zarif hailed the launch of intra-Afghan talks in Doha, expressing Tehran's readiness to help Kabul fully restore peace to the crisis-hit country."
			)
		).not.toContain('anchor:tehran-intra-afghan-meeting-2021');
		expect(
			codes(
				'On Wednesday, the Islamic Republic of Iran is hosting an intra-Afghan meeting in Tehran.'
			)
		).toContain('anchor:tehran-intra-afghan-meeting-2021');
	});

	it('"former" qualifies the title it stands before, not a noun further back: "the former cricket star is scheduled to meet Prime Minister Tun Dr Mahathir Mohamad" (xz-04)', () => {
		const reasons = (sentence: string) => officeConstraints(sentence, offices).map((c) => c.reason);
		expect(
			reasons(
				'Set to arrive here tonight, the former cricket star is scheduled to meet Prime Minister Tun Dr Mahathir Mohamad in Putrajaya on Tuesday morning.'
			)
		).toEqual(['prime minister Mahathir Mohamad']);
		expect(
			reasons(
				'Former Afghan President Hamid Karzai wrote on social media that Pakistan’s attack is a violation.'
			)
		).toEqual(['former president Hamid Karzai']);
		expect(reasons('ex-Prime Minister Imran Khan was jailed.')).toEqual([
			'former prime minister Imran Khan'
		]);
	});

	it('the takeover told in the passive: "after the takeover by the Taliban" (yb-01), "after the country was taken over by the Taliban" (qx-06)', () => {
		for (const sentence of [
			'National Security Advisor Ajit Doval in a meeting with Tajikistan and Uzbekistan officials had a detailed discussion on the situation in Afghanistan after the takeover by the Taliban.',
			'Sri Lanka has urged India’s assistance to evacuate nationals held up in Afghanistan after the country was taken over by the Taliban.'
		])
			expect(anchorConstraints(sentence, offices).map((c) => c.code)).toContain(
				'anchor:taliban-takeover-2021'
			);
	});

	it('a holder whose words are told as said "previously" held the office then, not necessarily now (yc-04)', () => {
		// Like "then-": it says nothing of when the page was written.
		expect(
			officeConstraints(
				'Beijing’s acceptance of a Taliban envoy was previously explained by Wang Wenbin, a spokesman for the Chinese Foreign Ministry, as follows.',
				offices
			)
		).toEqual([]);
		const [now] = officeConstraints(
			'The move was explained by Wang Wenbin, a spokesman for the Chinese Foreign Ministry.',
			offices
		);
		expect(now?.allowed).toEqual([{ from: '2020-07-17', to: '2024-05-24' }]);
	});

	it('"my first official foreign visit during 2019" dates the page to that year (qz-02)', () => {
		const d = inferDate(
			[
				'“My close relationship with Pakistan started at a very young age, during my childhood. And I’m lucky today to be in Pakistan in my first official foreign visit during 2019.”'
			],
			null
		);
		expect(d?.range).toEqual(['2019-01-01', '2019-12-31']);
		expect(d?.codes).toContain('date:first-of-year');
	});

	it('"talks between Pakistan and Afghanistan in Istanbul" are the 2025 rounds (wy-08)', () => {
		const found = anchorConstraints(
			'Talks between Pakistan and Afghanistan in Istanbul ended this month without any agreement amid the Kabul government’s reluctance to act against terrorist groups operating from its soil.',
			offices
		);
		expect(found.map((c) => c.allowed[0]?.from)).toContain('2025-10-25');
	});

	it('a meeting the page’s parties agree to hold is still to come: it does not bound the page from below (qh-02)', () => {
		const found = anchorConstraints(
			'Agreeing to deepen BRI cooperation and extend CPEC to Afghanistan, the ministers underscored their shared commitment to countering terrorism and fostering stability and development in the region. They agreed to conduct the 6th Trilateral Foreign Ministers’ Meeting in Kabul at an early, mutually convenient date.',
			offices
		);
		expect(found.map((c) => c.code)).not.toContain(
			'anchor:china-afghanistan-pakistan-fm-dialogue-6'
		);
		const held = anchorConstraints(
			'China, Pakistan and the Taliban held the 6th Trilateral Foreign Ministers’ Meeting in Kabul.',
			offices
		);
		expect(held.map((c) => c.code)).toContain('anchor:china-afghanistan-pakistan-fm-dialogue-6');
	});

	it('the Kabul airlift told as over, Kazakhstan’s removal of the Taliban from its list, Pakistan’s 1.7 million undocumented Afghans: written after them (qh-09, xi-02, xi-10)', () => {
		const after = (sentence: string) =>
			anchorConstraints(sentence, offices).map((c) => c.allowed[0]?.from);
		expect(
			after(
				'More than 123,000 foreign nationals and Afghans have fled the country in a frenzied airlift operation that wound up on Tuesday, but many more are desperate to depart.'
			)
		).toContain('2021-08-30');
		expect(
			after(
				'The Kazakh authorities have decided to remove the Taliban from the list of terrorist organisations.'
			)
		).toContain('2023-12-29');
		expect(
			after(
				'Pakistan is home to over 4 million Afghan migrants and refugees, about 1.7 million of whom are undocumented.'
			)
		).toContain('2023-10-03');
		// Russia weighing the same step, an airlift still going on: no bound.
		expect(
			after(
				'Russia is considering whether the Taliban could be removed from the list of banned organisations.'
			)
		).not.toContain('2023-12-29');
		expect(after('The airlift continued through the night.')).toEqual([]);
	});

	it('a dated event told by the weekday it fell on is the page’s news: written within two weeks of it (qk-07)', () => {
		const [pact] = anchorConstraints(
			'RIYADH: Pakistan and Saudi Arabia on Wednesday signed a landmark Strategic Mutual Defense Agreement (SMDA) during Prime Minister Shehbaz Sharif’s official visit to the Kingdom, pledging to treat aggression against either state as aggression against both.',
			offices
		);
		expect(pact?.allowed).toEqual([{ from: '2025-09-17', to: '2025-10-01' }]);
		expect(pact?.best).toBe('2025-09-17');
		// Another weekday, or an era rather than a piece of news (the Taliban's takeover on a Sunday): no bound.
		const [later] = anchorConstraints(
			'On Monday, officials discussed the Strategic Mutual Defense Agreement.',
			offices
		);
		expect(later?.allowed[0]?.to).toBeNull();
		const takeover = anchorConstraints(
			'The Qatari Foreign Minister on Sunday made a short visit to Kabul, the first since the Taliban took power in August 2021.',
			offices
		).find((c) => c.code === 'anchor:taliban-takeover-2021');
		expect(takeover?.allowed[0]?.to).not.toBe('2021-08-29');
	});

	it('India’s change to Kashmir’s status told without "Article 370" is the revocation of August 2019 (qk-04, qc-09)', () => {
		for (const sentence of [
			'Pakistan has asked Nepal to play its role as the chair of the South Asian Association for Regional Cooperation (SAARC) for peace and stability in the region amid its renewed tension with India after New Delhi altered the status of Jammu and Kashmir.',
			'Later that year, India revoked the special status of Jammu and Kashmir by abrogating Article 370, prompting Pakistan to downgrade trade relations.'
		])
			expect(anchorConstraints(sentence, offices).map((c) => c.allowed[0]?.from)).toContain(
				'2019-08-05'
			);
	});

	it('"last year when the Taliban took control" is written in 2022 (xl-04)', () => {
		const found = anchorConstraints(
			'After the country was thrown into disarray last year when the Taliban took control and foreign forces withdrew, Qatar and Turkey dispatched temporary technical teams to assist in airport operations and security.',
			offices
		).find((c) => c.code === 'anchor:taliban-takeover-2021-last-year');
		expect(found?.allowed).toEqual([{ from: '2022-01-01', to: '2022-12-31' }]);
	});

	it('"in August last year" dates another event than a president elected in June: no year after the election (lr-06)', () => {
		const found = anchorConstraints(
			'Prime Minister Narendra Modi in August last year last held talks with Iranian President Seyyed Ebrahim Raisi and the two leaders reiterated their commitment to further strengthen bilateral cooperation.',
			offices
		).find((c) => c.code === 'anchor:iran-raisi-elected-2021');
		expect(found?.allowed).toEqual([{ from: '2021-06-18', to: null }]);
	});

	it('"signed in February last year" is the year after an anchor of February (the Doha agreement)', () => {
		const found = anchorConstraints(
			'The Doha Agreement between the United States and the Taliban, initially signed in February last year, set a date for the withdrawal.',
			offices
		).find((c) => c.code.startsWith('anchor:doha'));
		expect(found?.allowed).toEqual([{ from: '2021-01-01', to: '2021-12-31' }]);
	});

	it('a Heart of Asia ministerial named by the city that hosted it is that one: Dushanbe, 2021 (qm-06)', () => {
		const [c] = anchorConstraints(
			'Zarif is in the Tajik capital of Dushanbe on a 2-day visit to participate in a ministerial meeting of the Heart of Asia – Istanbul Process initiative and to meet with the Central Ascian country’s high-ranking officials.',
			offices
		);
		expect([c?.code, c?.allowed[0]?.from]).toEqual([
			'anchor:heart-of-asia-ministerial-9-dushanbe',
			'2021-03-29'
		]);
	});

	it('a round of the China–Afghanistan–Pakistan dialogue with its countries listed by commas: "third round of China, Pakistan and Afghanistan Foreign Ministers dialogue" (qm-04)', () => {
		const [c] = anchorConstraints(
			'The third round of China, Pakistan and Afghanistan Foreign Ministers dialogue concluded with the agreement to continue joint efforts for building political mutual trust.',
			offices
		);
		expect([c?.code, c?.allowed[0]?.from]).toEqual([
			'anchor:china-afghanistan-pakistan-fm-dialogue-3',
			'2019-09-07'
		]);
	});

	it('a news event told as of this week is the page’s news; the Pulwama bombing told without its name (xq-06)', () => {
		const [c] = anchorConstraints(
			'Earlier this week a suicide bomber killed 44 Indian paramilitary police in the disputed Kashmir region.',
			offices
		);
		expect([c?.code, c?.allowed[0], c?.best]).toEqual([
			'anchor:pulwama-attack',
			{ from: '2019-02-14', to: '2019-02-28' },
			'2019-02-14'
		]);
	});

	it('anchors name the expressions they share (`@{name}`); a name the file does not define is an error naming the anchor', () => {
		const file = (unless: string) => ({
			titles: {},
			patterns: { 'told-as-coming': '\\bwill\\s+be\\s+held\\b' },
			holders: [],
			anchors: [
				{ id: 'a', pattern: 'the summit', after: '2020-01-01', hint: 'summit', source: 's', unless }
			]
		});
		const compiled = createOffices(file('@{told-as-coming}|^[^.]{0,20}\\b2019\\b'));
		expect(anchorConstraints('After the summit, talks went on.', compiled)).toHaveLength(1);
		expect(
			anchorConstraints('Before the summit will be held, talks go on.', compiled)
		).toHaveLength(0);
		expect(anchorConstraints('Before the summit of 2019, talks went on.', compiled)).toHaveLength(
			0
		);
		expect(() => createOffices(file('@{told-as-comng}'))).toThrow(
			/offices\.json: anchors\[0\]\.unless: no shared pattern "told-as-comng"/
		);
	});

	it('an anchor id used twice is an error naming the second', () => {
		const anchor = {
			id: 'a',
			pattern: 'the summit',
			after: '2020-01-01',
			hint: 'summit',
			source: 's'
		};
		expect(() =>
			createOffices({ titles: {}, holders: [], anchors: [anchor, { ...anchor, pattern: 'x' }] })
		).toThrow(/offices\.json: anchors\[1\]\.id: "a" is used twice/);
	});

	it('their government and interim government, however told, are the Taliban’s rule since 2021 (yn-03, yo-06, jj-04, jj-03)', () => {
		const from = (sentence: string, id: string) =>
			anchorConstraints(sentence, offices).find((c) => c.code === `anchor:${id}`)?.allowed[0]?.from;
		for (const [sentence, id, day] of [
			[
				'Terrorism, humanitarian aid to Afghanistan, and approval of the Taliban-led regime are important topics that India is likely to add to the agenda of the negotiations.',
				'taliban-government',
				'2021-08-15'
			],
			[
				'Taliban’s Ministry of Foreign Affairs criticized the closure of the key Torkham border crossing with Pakistan, saying it negatively impacts trade and connectivity.',
				'taliban-government',
				'2021-08-15'
			],
			[
				'Shortly after declaring a provisional government in Afghanistan, the Islamist Taliban announced willingness to establish ties with all countries with one notable exception: the State of Israel.',
				'taliban-interim-government',
				'2021-09-07'
			],
			[
				'Traders are urging the interim Afghan government to find a permanent solution to the issue.',
				'taliban-interim-government',
				'2021-09-07'
			]
		] as const)
			expect(from(sentence, id)).toBe(day);
		// The first Taliban government's ministers are not the second's.
		expect(
			from(
				'He served as the Taliban’s Minister of Foreign Affairs until the regime was toppled in 2001.',
				'taliban-government'
			)
		).toBeUndefined();
	});

	it('the August 31 withdrawal deadline told as still ahead dates the page to July–August 2021 (yt-06)', () => {
		const found = anchorConstraints(
			'Japan has explored alternative methods of evacuating them, including using commercial airlines, as the August 31 deadline approaches for the withdrawal of US troops.',
			offices
		).find((c) => c.code === 'anchor:withdrawal-august-31-deadline-to-come');
		expect(found?.allowed[0]).toEqual({ from: '2021-07-08', to: '2021-08-31' });
		// Told in a past narrative, it bounds nothing from above.
		expect(
			anchorConstraints(
				'The last troops left before the August 31 deadline, two years ago.',
				offices
			).some((c) => c.code === 'anchor:withdrawal-august-31-deadline-to-come')
		).toBe(false);
	});

	it('the Taliban having "overhauled the Ghani government … last year" dates the page to 2022 (yr-04)', () => {
		const found = anchorConstraints(
			'As soon as the Taliban overhauled the Ghani government in August last year, the Modi government vowed to support the Afghan population with 50,000 tons of wheat drugs and life rescue.',
			offices
		).find((c) => c.code === 'anchor:taliban-takeover-2021-last-year');
		expect(found?.allowed[0]).toEqual({ from: '2022-01-01', to: '2022-12-31' });
	});

	it('the numbered SCO summit dates the page from its year (yp-02)', () => {
		const [sco] = anchorConstraints(
			'President Xi Jinping will attend the 21st meeting of the Council of Heads of State of the Shanghai Cooperation Organization and a joint summit of the leaders of the SCO and the Collective Security Treaty Organization member states on the Afghanistan issue via video link on Sept 17, Foreign Ministry spokesperson Hua Chunying said on Thursday.',
			offices
		);
		expect([sco?.code, sco?.allowed[0]?.from, sco?.best]).toEqual([
			'anchor:sco-heads-of-state-council',
			'2021-01-01',
			'2021'
		]);
	});

	it('Biden’s withdrawal "by Sep.11" still to come dates a page between April and August 2021 (wv-06)', () => {
		const found = anchorConstraints(
			'US President Joe Biden announced Wednesday that Washington would withdraw its troops from Afghanistan by Sep.11, although the original deadline in the Doha agreement was May 1.',
			offices
		);
		const toCome = found.find((c) => c.allowed[0]?.to === '2021-08-31');
		expect(toCome?.allowed[0]?.from).toBe('2021-04-14');
	});

	it('a stored copy’s date field may give the month only: " date 2022-11" (dt-15)', () => {
		const clean = cleanArticle(
			' date 2022-11 EURACTIV: A joint railway project between Uzbekistan, Afghanistan and Pakistan is gaining momentum as it could open up international trade routes.\n',
			'txt'
		);
		expect(metaCandidates(clean.htmlMeta ?? {})[0]).toMatchObject({
			date: '2022-11',
			source: 'meta'
		});
		expect(clean.paragraphs.join(' ')).toMatch(/^EURACTIV: A joint railway/);
	});

	it('an address with a date: /2021/08/13/', () => {
		expect(
			urlCandidates(
				'https://afghanistanpeacecampaign.org/2021/08/13/unsc-discussing-condemnation/'
			)[0]?.date
		).toBe('2021-08-13');
		// Year, day, month: a number above 12 is the day (qm-02).
		expect(urlCandidates('https://paigaam.in/2018/18/12/39946')[0]?.date).toBe('2018-12-18');
	});

	it('an address whose id is the day and a four-digit serial: /en/202206142136 (lm-05, qf-07)', () => {
		expect(urlCandidates('https://d1y0ruayo3dv34.cloudfront.net/en/202206142136')[0]?.date).toBe(
			'2022-06-14'
		);
		expect(urlCandidates('https://iranintl.com/en/202311115804')[0]?.date).toBe('2023-11-11');
		// Not a day: no month 98, and a longer id is no stamp.
		expect(urlCandidates('https://example.org/en/201998765432')).toEqual([]);
		expect(urlCandidates('https://example.org/en/2022061421360')).toEqual([]);
	});

	it('an address with day, month and year in either order gives the year: /9/10/2017 (qf-01)', () => {
		expect(urlCandidates('https://president.gov.af/en/9/10/2017')[0]?.date).toBe('2017');
		expect(urlCandidates('https://example.org/news/25/10/2019/slug')[0]?.date).toBe('2019-10-25');
	});

	it('an address whose slug ends in month, day and two-digit year: -09-02-21 (xu-01)', () => {
		expect(
			urlCandidates(
				'https://edition.cnn.com/world/live-news/afghanistan-kabul-taliban-us-news-09-02-21/h_6db254c9d841d5a81dd3a091af593c9c'
			)[0]?.date
		).toBe('2021-09-02');
		expect(urlCandidates('https://example.org/news/g-20-summit-13-29-21/')).toEqual([]);
	});

	it('an address with a folder of day, month and two-digit year: /251017/ (py-02); a six-digit id is none', () => {
		expect(
			urlCandidates(
				'https://deccanchronicle.com/amp/nation/current-affairs/251017/afghan-president-ashraf-ghani-pm-modi-vow-to-fight-terrorism.html'
			)[0]?.date
		).toBe('2017-10-25');
		expect(urlCandidates('http://alwaght.net/en/News/122971/')).toEqual([]);
	});

	it('an address with a compact date segment: /20240613/ (ru-07)', () => {
		expect(
			urlCandidates(
				'https://www.asiaplustj.info/en/news/world/20240613/only-tajikistan-opposes-the-participation-of-the-taliban-in-the-work-of-sco-says-russian-diplomat'
			)[0]?.date
		).toBe('2024-06-13');
		expect(urlCandidates('https://example.com/news/2023-09-22-kabul-talks')[0]?.date).toBe(
			'2023-09-22'
		);
	});

	it('an address whose slug closes with a timestamp: …conditions202402181318420013 (wi-09)', () => {
		expect(
			urlCandidates(
				'https://washingtondcdespatch.com/news/taliban-reject-participation-in-doha-meet-citing-unmet-conditions202402181318420013'
			)[0]?.date
		).toBe('2024-02-18');
		// Fourteen digits that are no time of day are an article number.
		expect(urlCandidates('https://example.com/article/20240218991234')).toEqual([]);
	});

	it('an address with a month name: /2019/oct/3/ (xc-03), /04-Jun-2022/ (pc-06)', () => {
		expect(
			urlCandidates(
				'https://highergroundtimes.com/higher-ground/2019/oct/3/pakistan-taliban-push-for-restart-of-us-peace-talk'
			)[0]?.date
		).toBe('2019-10-03');
		expect(
			urlCandidates(
				'https://thefridaytimes.com/04-Jun-2022/jirga-returns-from-kabul-as-deadlock-in-govt-ttp-talks-continues'
			)[0]?.date
		).toBe('2022-06-04');
	});

	it('an address with a month-first timestamp (wl-03) or a month named alone (wl-06)', () => {
		expect(
			urlCandidates(
				'https://www.benarnews.org/english/news/indonesian/indonesia-afghanistan-07312019173950.html'
			)[0]?.date
		).toBe('2019-07-31');
		expect(
			urlCandidates(
				'http://admin.pgjonline.com/news/2021/november/taliban-assure-turkmenistan-of-gas-pipeline-commitment-security'
			)[0]?.date
		).toBe('2021-11');
		// A word that only begins like a month is none.
		expect(urlCandidates('https://example.com/2021/mayday/rally')).toEqual([]);
	});

	it('an article number is not a date: /news/1720798, /afghanistan-181233, 208191_…, 20241399', () => {
		for (const url of [
			'https://www.dawn.com/news/1720798',
			'https://tolonews.com/afghanistan-181233',
			'https://24.kg/english/208191_Taalatbek_Masadykov_meets_with_Acting_Foreign_Minister_of_Afghanistan/',
			'https://example.com/story/20241399/slug',
			'https://example.com/story/202406131/slug'
		])
			expect(urlCandidates(url)).toEqual([]);
	});
});

describe('the choice among candidates', () => {
	it('gives a dateline its year from the text: the first year after what it tells as past (ru-06)', () => {
		const p = chosen(
			[],
			[
				'KAZAN, September 29. /TASS/. Tajikistan refused to agree on a number of articles of a declaration summing up the results of the latest Moscow format meeting on Afghanistan in Kazan, said Russian Presidential Special Representative for Afghanistan Zamir Kabulov.',
				'The Moscow Format on Afghanistan was established in 2017. Its previous meeting took place in Moscow in November 2022 without the Taliban (outlawed in Russia) being present.'
			]
		);
		expect([p.published, p.source]).toEqual(['2023-09-29', 'dateline']);
	});

	it('lowers a printed date the titles contradict, and says so', () => {
		const p = chosen(
			['Talks in Islamabad', 'March 3, 2025'],
			['Pakistani Prime Minister Imran Khan met the Afghan delegation in Islamabad.']
		);
		expect(p.confidence).toBeLessThan(0.8);
		expect(p.warnings.join(' ')).toMatch(/disagrees with the text/);
	});

	it('infers an undated page from its office-holders, with the interval (ww-01)', () => {
		const p = chosen(
			[],
			[
				'U.S. Secretary of State Rex Tillerson (left) is greeted by Pakistani Prime Minister Shahid Khaqan Abbasi.',
				'U.S. Secretary of State Rex Tillerson on October 24 visited Pakistan amid fraying bilateral relations.'
			]
		);
		expect([p.published, p.inferred, p.source, p.range]).toEqual([
			'2017-10-24',
			true,
			'body',
			['2017-08-01', '2018-03-31']
		]);
	});

	it('a crawl stamp with a space before its comma, "Monday , May 25 2020", bounds the date and is not it (pj-03)', () => {
		const d = chosen(
			[
				'Monday , May 25 2020',
				'',
				'Taliban delegation meets US Special Representative Zalmay Khalilzad'
			],
			[
				'Islamabad: Afghan Taliban delegation met Zalmay Khalilzad, US Special Representative for the peace process. 5-member US delegation led by Zalmay Khalilzad has been in Islamabad for three days.'
			],
			{ titleIdx: 2 }
		);
		expect([d.source, d.range]).toEqual(['body', ['2018-09-05', '2020-05-25']]);
	});

	it('a byline with the month named between slashes: "Monday 20/March/2017 13:31 PM" (wj-01)', () => {
		const [c] = lineCandidates(
			[
				'Pakistan premier orders border re-opening amid tense Afghanistan ties',
				'',
				'World Monday 20/March/2017 13:31 PM',
				'By: Times News Service'
			],
			'header',
			0
		);
		expect(c?.date).toBe('2017-03-20');
	});

	it('a crawl stamp bounds an inferred date from above: "Tuesday 27, September 2022" over a text of the Taliban era (ww-06)', () => {
		const text = [
			"China and Russia have called for an extension, while the United States and Western nations have sought a reduced list of Taliban officials allowed to travel to protest against the Taliban's rollback of women's rights and failure to form an inclusive government as it promised."
		];
		const open = chosen([], text);
		expect(open.range).toEqual(['2021-08-15', '2026-12-31']);
		const p = chosen(['Tuesday 27, September 2022', '', 'UN fails to reach deal'], text, {
			titleIdx: 2
		});
		expect([p.inferred, p.source, p.range?.[0]]).toEqual([true, 'body', '2021-08-15']);
		expect(p.range?.[1]).toMatch(/^2022-09-(?:2[7-9]|30)$/);
		expect(p.published?.slice(0, 4)).toBe('2022');
	});

	it('a "Today:" line is the day the page was read: never the date, a bound on an inferred one', () => {
		const text = ['Taliban authorities said the border would stay closed.'];
		const p = chosen(['Today: Friday, April 25, 2025', 'Border stays shut'], text, {
			titleIdx: 1
		});
		expect([p.inferred, p.range]).toEqual([true, ['2021-08-15', '2025-04-25']]);
		// A stamp alone dates nothing.
		expect(
			chosen(['Today: Friday, April 25, 2025', 'Talks'], ['The sides met.'], { titleIdx: 1 })
				.published
		).toBeNull();
	});

	it('the byline under the headline beats a date line above it, the site’s bar (dt-35)', () => {
		const p = chosen(
			[
				'• 25 February, 2024',
				'Geopolitics & National Security',
				'',
				'As US forces leave Afghanistan, Taliban asks countries to reopen embassies',
				'',
				'Wed, 01 Sep 2021   |  Reading Time: < 1 minute'
			],
			[
				'Kabul [Afghanistan], August 31(ANI): As the US forces exited Afghanistan on Tuesday, the Taliban have asked countries to reopen their embassies in Kabul that they had shit down soon after the outfit took control of the country, local media said.'
			],
			{ titleIdx: 3 }
		);
		expect([p.published, p.source]).toEqual(['2021-09-01', 'byline']);
	});

	it("a dateline without its year takes the year nearest the middle of what the text allows (Ghani's term: 2014-09 … 2021-08), and stays an inferred date with that interval (ae-01)", () => {
		const p = chosen(
			[
				'Sunday, June 23, 2024',
				'Main Menu',
				'',
				'Afghan President Ashraf Ghani refuses offer to visit Pakistan'
			],
			[
				'KABUL, MAY 04, (DNA) – President of Afghanistan Ashraf Ghani has refused the offer to visit Pakistan, Aaj News reported.'
			],
			{ titleIdx: 3 }
		);
		expect([p.published, p.inferred, p.source, p.range]).toEqual([
			'2018-05-04',
			true,
			'dateline',
			['2014-09-29', '2021-08-15']
		]);
	});

	it('a dateline on its own line above the text (ae-05), a week past a term that ended ("On Tuesday, Zalmay Khalilzad … stepped down")', () => {
		const p = chosen(
			['Kabul, October 20:'],
			[
				'An Indian delegation and Taliban officials will come face-to-face at the “Moscow Format” meeting hosted by Russia on Wednesday.',
				'On Tuesday, Zalmay Khalilzad, the US special representative for Afghanistan who has taken some of the blame for the Taliban’s return to power, stepped down from the position.'
			],
			{ titleIdx: -1 }
		);
		expect([p.published, p.inferred, p.source]).toEqual(['2021-10-20', true, 'dateline']);
		expect(p.range?.[1]).toBe('2021-10-20');
	});

	it('a text bounded only by what it announces is dated the year of it, not the middle of decades: "will be held on 26-27 March 2018" (we-02)', () => {
		const p = chosen(
			[],
			[
				'International conference on Afghanistan will be held on 26-27 March 2018 in the capital of Uzbekistan.'
			]
		);
		expect([p.published, p.inferred, p.range?.[0]]).toEqual(['2018', true, '1990-01-01']);
	});

	it('stays undated when nothing in the text dates it', () => {
		expect(chosen([], ['The two sides discussed trade and transit.']).published).toBeNull();
	});
});

describe('dating from the content', () => {
	it('a page announcing a day to come is dated in the weeks before it, and a span of days by its first: "on March 26-27, 2018" (pt-01)', () => {
		const p = chosen(
			['US President supports Uzbek President’s initiative on Afghanistan'],
			[
				'Beijing. March 2. Silkroadnews - The U.S. President Donald Trump supports the initiatives of the leader of Uzbekistan Shavkat Mirziyoyev to hold an international conference on Afghanistan in Tashkent on March 26-27, 2018, the Afghan Telegraph Agency (AfTAG) reports citing the press service of the Uzbek Foreign Ministry.',
				'The U.S. delegation will take part in the Tashkent conference, Trump also added.'
			]
		);
		// Trump's term bounds it from below; the conference, still to come, from above.
		expect(p.range).toEqual(['2017-01-20', '2018-03-26']);
		expect([p.published, p.source]).toEqual(['2018-03-02', 'dateline']);
	});

	it('a wire photo’s caption above the lead is no body, and its day only bounds the page: "In this handout picture released … on May 31, 2019" (pt-02)', () => {
		const clean = cleanArticle(
			[
				'Afghanistan, Pakistan resume ‘Transit Trade Agreement’ talks to bridge differences',
				'',
				'In this handout picture released by Pakistan\'s Press Information Dapartment (PID) on May 31, 2019, Pakistani Prime Minister Imran Khan (R) meets with Afghan President Ashraf Ghani on the sidelines of the 14th Islamic Summit in the Saudi holy city of Mecca. RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / PID" - NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS / AFP / PID / HANDOUT / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / PID" - NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS',
				'',
				'Islamabad, July 13: Afghanistan and Pakistan have on Friday relaunched their dialogues to bridge the differences between the two sides in a way of transit pact after a three-year suspension.',
				'',
				'The development has come after Pak Prime Minister Imran Khan and Afghan President Ashraf Ghani on June 27 in capital Islamabad, during which both the leaders agreed to enhance their trade ties.'
			].join('\n'),
			'txt'
		);
		expect(clean.paragraphs[0]).toMatch(/^Islamabad, July 13:/);
		expect(clean.paragraphs.join(' ')).not.toMatch(/handout picture/);
		const p = choosePublished({
			header: clean.header,
			footer: clean.footer,
			paragraphs: clean.paragraphs,
			meta: {},
			titleIdx: 0,
			url: null,
			offices
		});
		expect(p.range?.[0]).toBe('2019-05-31');
		expect(p.published).toBe('2019-07-13');
	});

	it('a title held: "Pakistani Prime Minister Imran Khan" bounds the page to his term', () => {
		const [c] = officeConstraints('Pakistani Prime Minister Imran Khan met Ghani.', offices);
		expect(c?.allowed).toEqual([{ from: '2018-08-18', to: '2022-04-10' }]);
	});

	it('"former" puts the page after the term: "Afghanistan\'s former president, Hamid Karzai" (af-07)', () => {
		const [c] = officeConstraints(
			"Afghanistan's former president, Hamid Karzai, has strongly condemned the recent airstrikes.",
			offices
		);
		expect(c?.allowed[0]?.from).toBe('2014-09-29');
		expect(c?.reason).toMatch(/^former/);
	});

	it('"his then-Afghan counterpart Ashraf Ghani" says nothing of when the page was written either (yp-04)', () => {
		const found = officeConstraints(
			'Relations between the two Muslim-majority nations have long been based on religious solidarity, and in 2018 Indonesian President Joko Widodo visited his then-Afghan counterpart Ashraf Ghani, the leader who fled as the Taliban took control of Kabul.',
			offices
		);
		expect(found.some((c) => c.reason.includes('Ashraf Ghani'))).toBe(false);
		expect(found.some((c) => c.reason.includes('Joko Widodo'))).toBe(true);
	});

	it('"then-Prime Minister" says nothing of when the page was written', () => {
		expect(officeConstraints('then-Prime Minister Imran Khan visited Kabul', offices)).toEqual([]);
	});

	it('a name without its title says nothing either', () => {
		expect(officeConstraints('Imran Khan spoke to reporters.', offices)).toEqual([]);
	});

	it('an anchor event: "since the group returned to power in Afghanistan in 2021" (af-08)', () => {
		const [c] = anchorConstraints(
			'marking the first high-level visit to India since the group returned to power in Afghanistan in 2021.',
			offices
		);
		expect(c?.allowed[0]?.from).toBe('2021-08-15');
	});

	it('an attack the page refers back to bounds it and is a guess of its day: the Sehwan shrine bombing (pu-01), the abduction of the Afghan ambassador’s daughter (wu-09)', () => {
		const sehwan = inferDate(
			[
				'Prime Minister Nawaz Sharif has ordered immediate reopening of Pak-Afghan Border. Pakistan’s Border with Afghanistan was closed almost a month ago in aftermath of suicide bombing at Shrine of Lal Shahbaz Qalandar in Sindh and Charing Cross Lahore.'
			],
			offices
		);
		expect(sehwan?.range).toEqual(['2017-02-16', '2017-07-28']);
		const [abduction] = anchorConstraints(
			'While few details have been released about the incident, Afghanistan\'s Ministry of Foreign Affairs has said Silsila Alikhil was abducted for several hours on Friday by unknown individuals and "severely tortured".',
			offices
		);
		expect(abduction?.allowed[0]?.from).toBe('2021-07-16');
	});

	it('a Taliban-run ministry, a government the Taliban established, the Islamic Emirate’s spokesman put the page after August 2021 (pu-07, wu-07, pu-05)', () => {
		for (const sentence of [
			'A spokesman for the Taliban-run interior ministry, Abdul Nafi Takor, said one Taliban guard was killed in the clashes with Iranian forces in the Afghan province of Nimroz earlier in Saturday.',
			'The two countries share a common border for more than 900 km, but Tehran does not recognize the government established by the Taliban in Afghanistan, after the withdrawal of American forces from the country in 2021.',
			'Zabihullah Mujahid, a spokesman for the Islamic Emirate, said the talks between the Tehreek-e-Taliban Pakistan (TTP) and the Pakistani government were hosted by Kabul.'
		]) {
			const found = anchorConstraints(sentence, offices);
			expect(found.map((c) => c.allowed[0]?.from)).toContain('2021-08-15');
		}
	});

	it('an undated page whose latest past year is all that bounds it is dated that year, not the middle of the years to today (ng-01)', () => {
		const d = inferDate(
			[
				'The document amending the intergovernmental agreement of October 16, 2015 was signed by the head of the department Nikolai Shulginov and the Pakistani ambassador to Russia Shafkat Ali-Khan.',
				'The parties signed an agreement at the gavernmental level on the construction of the North-South gas pipeline back in 2015. In 2021, the countries decided to rename the joint project Pakistan Stream.'
			],
			offices
		);
		expect(d?.range[0]).toBe('2021-01-01');
		expect(d?.date).toBe('2021');
	});

	it('Afghanistan "under Taliban rule" told of as it is puts the page after August 2021 (mz-02); not the 1990s rule', () => {
		const [rule] = anchorConstraints(
			'Members of the dialogue are expected to focus on Afghanistan under Taliban rule and the challenges it poses in terms of human rights and terrorism, with India using the opportunity to strengthen its ties with allies in the region.',
			offices
		);
		expect(rule?.allowed[0]?.from).toBe('2021-08-15');
		expect(
			anchorConstraints('Women in Afghanistan under Taliban rule in 1998 could not work.', offices)
		).toEqual([]);
	});

	it('a weekday with its day and month in brackets: "on Saturday (September 7)" in Trump’s term is 2019 (pu-04)', () => {
		const d = inferDate(
			[
				'US President Donald Trump on Saturday (September 7) tweeted that secret meetings that were to be held at Camp David with Taliban leaders and the Afghan president on Sunday (September 8) had been cancelled following a bombing in Kabul last week.'
			],
			offices
		);
		expect(d?.codes).toContain('date:weekday');
		expect(d?.date.slice(0, 4)).toBe('2019');
	});

	it('a weekday with a short month name: "on Monday (Aug 23)" while Lee Hsien Loong and Kamala Harris held office is 2021 (zv-01)', () => {
		const d = inferDate(
			[
				'Singapore has offered the use of the Republic of Singapore Air Force’s (RSAF) A330 multi-role tanker transporter to help in the evacuation of United States citizens and Afghan refugees from Kabul, Prime Minister Lee Hsien Loong said on Monday (Aug 23).',
				'“Countries all over the region, and I’m sure all over the world, are watching the developments in Afghanistan very closely,” said Mr Lee in a joint press conference with US vice-president Kamala Harris.'
			],
			offices
		);
		expect(d?.codes).toContain('date:weekday');
		expect(d?.date).toBe('2021-08-23');
	});

	it('two weekdays that agree outweigh an event referred to elsewhere on the page: the coronavirus line does not move pu-04 out of 2019', () => {
		const d = inferDate(
			[
				'Trump said various wings of the US government were working on the coronavirus round the clock.',
				'US President Donald Trump on Saturday (September 7) tweeted that secret meetings that were to be held at Camp David with Taliban leaders and the Afghan president on Sunday (September 8) had been cancelled following a bombing in Kabul last week.'
			],
			offices
		);
		expect(d?.range[0]).toBe('2019-09-08');
		expect(d?.date.slice(0, 4)).toBe('2019');
		// One weekday alone does not: the event referred to still bounds the page.
		const one = inferDate(
			[
				'Trump said various wings of the US government were working on the coronavirus round the clock.',
				'US President Donald Trump on Saturday (September 7) tweeted that secret meetings had been cancelled.'
			],
			offices
		);
		expect((one?.range[0] ?? '') >= '2020-01-15').toBe(true);
	});

	it('the Taliban as the government puts the page after August 2021 (ww-07); "the former Taliban regime", "the fall of the Taliban government in 2001" do not', () => {
		const [c] = anchorConstraints(
			'it remained unclear whether Taliban authorities would join the closed-session event.',
			offices
		);
		expect(c?.allowed[0]?.from).toBe('2021-08-15');
		expect(
			anchorConstraints(
				'since the fall of the Taliban government in 2001, and the former Taliban rulers went into exile.',
				offices
			)
		).toEqual([]);
		// An excluded mention does not hide a later one.
		expect(
			anchorConstraints(
				'Unlike the former Taliban rulers, the Taliban government now seeks recognition.',
				offices
			)[0]?.code
		).toBe('anchor:taliban-government');
	});

	it("the Taliban's curbs on women put the page after August 2021 (ww-06); those of their earlier rule do not", () => {
		const [c] = anchorConstraints(
			"Western nations have sought a reduced list of Taliban officials allowed to travel to protest against the Taliban's rollback of women's rights.",
			offices
		);
		expect([c?.code, c?.allowed[0]?.from]).toEqual(['anchor:taliban-curbs-on-women', '2021-08-15']);
		expect(
			anchorConstraints(
				"Afghanistan's ban on girls' secondary education drew protests.",
				offices
			)[0]?.code
		).toBe('anchor:taliban-curbs-on-women');
		expect(
			anchorConstraints(
				'The Taliban’s restrictions on women during their previous rule in the 1990s were notorious.',
				offices
			)
		).toEqual([]);
	});

	it('the takeover told "in August" without its year is of the last twelve months: "since the Taliban took over in August" (we-06)', () => {
		const cues = anchorConstraints(
			'Wang Yi’s unannounced trip is China’s highest-level visit to the country since the Taliban took over in August',
			offices
		);
		const within = cues.find((c) => c.code === 'anchor:taliban-takeover-2021-this-year');
		expect(within?.allowed[0]).toEqual({ from: '2021-08-15', to: '2022-08-14' });
		expect(
			anchorConstraints('the Taliban took over in August 1996', offices).some(
				(c) => c.code === 'anchor:taliban-takeover-2021-this-year'
			)
		).toBe(false);
	});

	it('"the Taliban’s return to power" told as done puts the page after August 2021 (ae-05); feared or prevented, it does not', () => {
		const done = anchorConstraints(
			'Zalmay Khalilzad, who has taken some of the blame for the Taliban’s return to power, stepped down.',
			offices
		);
		expect(done.map((c) => c.code)).toContain('anchor:taliban-return-to-power-told-as-done');
		for (const s of [
			'Kabul wants to prevent the Taliban’s return to power.',
			'There are fears of the Taliban’s return to power.',
			'A deal could pave the way for the Taliban’s return to power.'
		])
			expect(anchorConstraints(s, offices).map((c) => c.code)).not.toContain(
				'anchor:taliban-return-to-power-told-as-done'
			);
	});

	it('a numbered meeting told as coming further on in the sentence is no anchor: "the next, already fifth meeting of the Moscow format … are to be held in Kazan" (zv-02)', () => {
		const codes = (sentence: string) => anchorConstraints(sentence, offices).map((c) => c.code);
		expect(
			codes(
				'The next, already fifth meeting of the Moscow format of consultations on Afghanistan are to be held in Kazan on September 29 at the suggestion of the Ministry of Foreign Affairs of Russia.'
			)
		).not.toContain('anchor:moscow-format-meeting-5');
		expect(
			codes(
				'The fifth meeting of the Moscow format of consultations on Afghanistan was held in Kazan.'
			)
		).toContain('anchor:moscow-format-meeting-5');
		// The exceptions read as far after the mention as the told-as-coming pattern reaches.
		const file = JSON.parse(
			readFileSync(new URL('../../geodata/offices.json', import.meta.url), 'utf8')
		) as { patterns: Record<string, string> };
		expect(file.patterns['told-as-coming']?.startsWith(`^[^.]{0,${UNLESS_AFTER}}`)).toBe(true);
	});

	it('Taliban forces closing a crossing or facing a neighbour’s border guards put the page after July 2021 (qp-08, wv-07)', () => {
		for (const s of [
			'The return of Afghan national reportedly irked Taliban forces who closed the border and opened fire in protest.',
			'Taliban commissioner at Torkham also took to social media and accused Pakistani officials of border closure.'
		]) {
			const c = anchorConstraints(s, offices).find(
				(c) => c.code === 'anchor:taliban-hold-the-borders'
			);
			expect(c?.allowed).toEqual([{ from: '2021-07-08', to: null }]);
		}
		expect(
			anchorConstraints('Taliban forces attacked an Afghan army post in Kandahar.', offices).map(
				(c) => c.code
			)
		).not.toContain('anchor:taliban-hold-the-borders');
	});

	it('a deal "signed … earlier this year" puts the page in that year: "US and Taliban had signed a peace deal earlier this year" (we-04)', () => {
		const [c] = anchorConstraints(
			'The ministry statement stated that the planned direct peace negotiations between different Afghani sectors is an important and serious step towards bringing lasting peace to Afghanistan especially after US and Taliban had signed a peace deal earlier this year.',
			offices
		);
		expect([c?.code, c?.allowed[0]]).toEqual([
			'anchor:doha-agreement',
			{ from: '2020-02-29', to: '2020-12-31' }
		]);
		// Without "this year", only after it.
		expect(
			anchorConstraints('The US and the Taliban signed a peace deal in Doha.', offices)[0]
				?.allowed[0]
		).toEqual({ from: '2020-02-29', to: null });
	});

	it('the anchor’s month named without a year ("in August") puts the page within the year after it (wo-06)', () => {
		const sentence =
			'It is the first time that talks between Ambassador Takashi Okada and Taliban officials in Kabul have come to light since the Taliban took control of the war-torn country in August ahead of the complete withdrawal of U.S. troops at the end of that month.';
		const c = anchorConstraints(sentence, offices).find(
			(x) => x.code === 'anchor:taliban-takeover-2021'
		);
		expect(c?.allowed[0]).toEqual({ from: '2021-08-15', to: '2022-08-15' });
		// A month with its year is another month: only after the anchor.
		const dated = anchorConstraints(sentence.replace('in August', 'in August 2021'), offices).find(
			(x) => x.code === 'anchor:taliban-takeover-2021'
		);
		expect(dated?.allowed[0]).toEqual({ from: '2021-08-15', to: null });
	});

	it('the "Western-backed government in Kabul" stands between December 2001 and August 2021 (we-03); the ousted one does not date a page', () => {
		const [c] = anchorConstraints(
			'But they have so far refused to talk to the Western-backed government in Kabul which they consider a foreign imposed “puppet” regime.',
			offices
		);
		expect([c?.code, c?.allowed[0]]).toEqual([
			'anchor:western-backed-afghan-government',
			{ from: '2001-12-22', to: '2021-08-15' }
		]);
		expect(anchorConstraints('the collapse of the US-backed government in Kabul', offices)).toEqual(
			[]
		);
	});

	it('a Taliban delegation still to come to Moscow is not the one of November 2018 (we-03)', () => {
		for (const s of [
			'Afghan Taliban delegation to visit Moscow as peace push grows',
			'the Afghan ambassador in Moscow would attend the ceremony but it was unclear whether he would meet the Taliban delegation.'
		])
			expect(anchorConstraints(s, offices)).toEqual([]);
	});

	it('dated events told in other word orders: "a U.S. drone strike Sunday killed al-Qaeda leader Ayman al-Zawahiri in Kabul" (xc-05), "convened in Doha Sunday in the second UN meeting of its kind" (ww-07)', () => {
		const zawahiri = anchorConstraints(
			'About a year after the U.S. military withdrawal from Afghanistan and the subsequent Taliban takeover, a U.S. drone strike Sunday killed al-Qaeda leader Ayman al-Zawahiri in Kabul, according to U.S. officials.',
			offices
		).find((c) => c.code === 'anchor:zawahiri-killed-kabul');
		expect([zawahiri?.allowed[0]?.from, zawahiri?.best]).toEqual(['2022-07-31', '2022-07-31']);
		const doha = anchorConstraints(
			'National and regional special envoys to Afghanistan convened in Doha Sunday in the second UN meeting of its kind in less than a year, though it remained unclear whether Taliban authorities would join the closed-session event.',
			offices
		).find((c) => c.code === 'anchor:un-doha-meeting-second-2024');
		expect(doha?.best).toBe('2024-02-18');
	});

	it('the takeover named by its day alone ("On August 15, the radical Taliban movement announced full control") puts the page within a year of it (ru-05)', () => {
		const d = inferDate(
			[
				'Deputy Head of the Security Council of Kyrgyzstan Taalatbek Masadykov met with the Acting Foreign Minister of Afghanistan, member of the leadership of the Taliban movement Amir Khan Muttaqi. Official representative of the Islamic Emirate of Afghanistan Zabihullah Mujahid tweeted on September 23.',
				'On August 15, the radical Taliban movement announced full control over the entire territory of Afghanistan.'
			],
			offices
		);
		expect(d?.range).toEqual(['2021-08-15', '2022-08-14']);
		expect(d?.date).toBe('2021-09-23');
	});

	it('an attack named again later with its day and no year ("on April 22") bounds the page to the year after it; the days it tells are taken in their first year (po-07)', () => {
		const d = inferDate(
			[
				'New Delhi: The Indian diplomat met with the Taliban’s acting foreign minister Amir Khan Muttaqi, in Kabul. The meeting comes ahead of India’s rising tension with Pakistan over the Pahalgam terror attack.',
				'The Taliban foreign ministry also condemned the Pahalgam terrorist attack on April 22, in which 26 people were killed. The ministry said that such incidents impact regional security.',
				'On April 23, the Taliban foreign ministry said, “The Ministry of Foreign Affairs of the Islamic Emirate of Afghanistan categorically condemns the recent attack on tourists in the Pahalgam region of Jammu and Kashmir, and expresses our condolences to the bereaved families.”'
			],
			offices
		);
		expect(d?.range).toEqual(['2025-04-22', '2026-04-22']);
		expect(d?.date).toBe('2025-04-23');
	});

	it('an anchor told "last year" puts the page in the year after it (wq-07); one told "in early August" within the year after it (wq-08)', () => {
		const [doha] = anchorConstraints(
			'The Taliban official also praised the Doha Agreement, initially signed in February last year, as a “landmark achievement” while calling on all sides to “adhere to its implementation”.',
			offices
		);
		expect([doha?.code, doha?.allowed[0], doha?.best]).toEqual([
			'anchor:doha-agreement',
			{ from: '2021-01-01', to: '2021-12-31' },
			'2021'
		]);
		const takeover = anchorConstraints(
			'It was the first time South Korea has had a high-level meeting with the interim Afghan government since the Taliban’s takeover in early August.',
			offices
		).find((c) => c.code === 'anchor:taliban-takeover-2021');
		expect(takeover?.allowed[0]).toEqual({ from: '2021-08-15', to: '2022-08-15' });
	});

	it('the Taliban having "overrun Afghanistan" and having "announced a new caretaker government" date the page after them (yi-05)', () => {
		const overrun = anchorConstraints(
			'This comes as efforts are underway for the establishment of an inclusive government after the Taliban group overrun Afghanistan last month.',
			offices
		).find((c) => c.code === 'anchor:taliban-takeover-2021');
		expect(overrun?.allowed[0]?.from).toBe('2021-08-15');
		const cabinet = anchorConstraints(
			'The Taliban group announced a new caretaker government earlier this month, almost three weeks after capturing Kabul city, with the caretaker cabinet mainly consisting of former and current Taliban leaders.',
			offices
		).find((c) => c.code === 'anchor:taliban-interim-government');
		expect(cabinet?.allowed[0]?.from).toBe('2021-09-07');
	});

	it('"Taliban-led Afghanistan" is their rule since 2021 (yj-03); "resumed control two years ago" counts from it (yk-05)', () => {
		const led = anchorConstraints(
			'New Delhi: India has promised to grant humanitarian assistance and aid to the Taliban-led Afghanistan in talks held in Russia’s capital Moscow, but logistical issues continue to remain a challenge, ThePrint has learnt.',
			offices
		).find((c) => c.code === 'anchor:taliban-government');
		expect(led?.allowed[0]?.from).toBe('2021-08-15');
		const resumed = anchorConstraints(
			'Iran has also accused Kabul of disregarding international laws and protocols since the Taliban resumed control two years ago',
			offices
		).find((c) => c.code === 'anchor:taliban-takeover-2021-years-ago');
		expect(resumed?.allowed[0]?.from?.slice(0, 4)).toBe('2023');
	});

	it('a date a visit is counted from ("since it took control of Afghanistan in August 2021") bounds the page but is no guess of its day (wq-09)', () => {
		const d = inferDate(
			[
				'According to reports, this is the Taliban’s first known diplomatic visit outside the Central Asia-Middle East region since it took control of Afghanistan in August 2021.'
			],
			null
		);
		expect(d?.range[0]).toBe('2021-08-01');
		expect(d?.date).not.toBe('2021-08');
	});

	it('"last year" in another paragraph than the anchor’s is not the anchor’s year (dt-37); in the same sentence of a later mention it is (wm-07)', () => {
		const dt37 = inferDate(
			[
				'This development coincides with the interim Afghan Taliban government’s decree that documents from 14 embassies, including London’s, are now void.',
				'Foreign Policy magazine reported last year that diplomats at these missions, often Western-educated and contributors to Afghanistan’s development post-2001, feel increasingly isolated and abandoned abroad.'
			],
			offices
		);
		expect(dt37?.range[1]).not.toBe('2022-12-31');
		const wm07 = inferDate(
			[
				"A decision on whether the Afghan Taliban government and Myanmar's military junta can send a UN ambassador to New York has been delayed for a second time, but the decision could be reconsidered in the next nine months, according to a report by the UN Credentials Committee.",
				'Claims have been made again over the Myanmar and Afghanistan seats from the Taliban government and the Myanmar military junta against the envoys of the two governments they ousted last year.'
			],
			offices
		);
		expect(wm07?.range).toEqual(['2022-01-01', '2022-12-31']);
	});

	it('a year told as past at the start of a sentence ("In 2024, several Taliban delegations traveled to Ashgabat") bounds the page (ps-09)', () => {
		const d = inferDate(
			[
				'In 2024, several Taliban delegations traveled to Ashgabat, where agreements were signed in the fields of energy, transportation, and infrastructure development.',
				'Relations between Kabul and Ashgabat entered a new phase following the Taliban’s return to power in 2021.'
			],
			offices
		);
		expect(d?.range[0]).toBe('2024-01-01');
	});

	it('a year told as to come ("will be held in India in 2019") is most often written the year before (pq-01)', () => {
		const d = inferDate(
			['It is expected that the second session of this summit will be held in India in 2019.'],
			null
		);
		expect(d?.range[1]).toBe('2019-12-31');
		expect(d?.date).toBe('2018');
	});

	it('a state that "prepares to" take a presidency in a month tells of that month as to come (kb-03)', () => {
		const d = inferDate(
			[
				'This conference comes as Tajikistan prepares to presume the presidency of the Commonwealth of Independent States (CIS) in January 2025 Russia held the presidency for 2024'
			],
			null
		);
		expect(d?.range[1]).toBe('2025-01-01');
	});

	it('"we are prepared to … in 2021" tells of 2021 as to come (xu-02)', () => {
		const d = inferDate(
			[
				'“We are today announcing a responsible adjustment to our spending in Afghanistan and immediately reducing assistance by $1billion this year. We are prepared to reduce by another $1billion in 2021,” he said.'
			],
			null
		);
		expect(d?.range[1]).toBe('2021-12-31');
		expect(d?.codes).not.toContain('date:year');
	});

	it('the takeover named by its day and "last year" puts the page in the year after it (wh-06)', () => {
		const cues = anchorConstraints(
			'Border tensions between Pakistan and Afghanistan have risen since the Taliban seized power on August 15 last year, with Islamabad claiming militant groups are carrying out regular attacks from the neighboring country.',
			offices
		);
		expect(cues.map((c) => c.code)).toContain('anchor:taliban-takeover-2021-last-year');
		expect(cues.map((c) => c.code)).not.toContain('anchor:taliban-takeover-2021-this-year');
		expect(cues.find((c) => c.code.endsWith('-last-year'))?.allowed).toEqual([
			{ from: '2022-01-01', to: '2022-12-31' }
		]);
	});

	it('a counterpart named is in office then: "met his Chinese counterpart, Qin Gang" (wh-07)', () => {
		const found = officeConstraints(
			'The acting foreign minister of Afghanistan, Amir Khan Muttaqi, who is subject to a travel ban by the United Nations Security Council (UNSC) but was given an exemption to visit Islamabad, met his Chinese counterpart, Qin Gang.',
			offices
		);
		expect(found.map((c) => c.reason)).toContain('foreign minister Qin Gang');
	});

	it('a counterpart named after an honorific is in office then: "his Pakistani counterpart, Makhdoom Shah Mahmood Qureshi" (ku-04)', () => {
		const found = officeConstraints(
			'This was announced yesterday, in a joint press conference, by the Minister of Foreign Affairs, José Manuel Albares, and his Pakistani counterpart, Makhdoom Shah Mahmood Qureshi, after meeting at the Viana Palace, in Madrid.',
			offices
		);
		expect(found.map((c) => c.reason)).toContain('foreign minister Shah Mahmood Qureshi');
	});

	it('a title before "and" is another\'s, and "former" reaches the title of an apposition (le-06)', () => {
		const found = officeConstraints(
			'The delegation included the US special envoy and Zalmay Khalilzad, the former Afghan reconciliation envoy who was instrumental in the Doha negotiations, as reported by The Khorasan Diary on X.',
			offices
		);
		expect(found.map((c) => [c.reason, c.allowed])).toEqual([
			['former special envoy Zalmay Khalilzad', [{ from: '2021-10-18', to: null }]]
		]);
		// Two words of one title joined by "and" still title the name.
		const wong = officeConstraints(
			"Australia's Minister for Foreign Affairs and Trade Penny Wong met Foreign Minister Wang Yi in Beijing.",
			offices
		);
		expect(wong.map((c) => c.reason)).toContain('foreign minister Penny Wong');
	});

	it('the Kabul airport bombing told by its weekday is the news of its week (li-04)', () => {
		const cues = anchorConstraints(
			'At least 170 people, including 13 US soldiers, were killed in explosions outside the Hamid Karzai International Airport in Kabul on Thursday, where thousands of people have been camped for weeks in hopes of leaving Afghanistan after the Taliban takeover.',
			offices
		);
		const bombing = cues.find((c) => c.code === 'anchor:kabul-airport-bombing-2021');
		expect(bombing?.allowed).toEqual([{ from: '2021-08-26', to: '2021-09-09' }]);
		expect(bombing?.best).toBe('2021-08-26');
	});

	it('a round told as still to be hosted dates nothing after it (ph-10)', () => {
		const cues = anchorConstraints(
			'At the conclusion of the meeting, all parties agreed that the sixth trilateral foreign ministers’ meeting would be hosted in Kabul.',
			offices
		);
		expect(cues.map((c) => c.code)).not.toContain(
			'anchor:china-afghanistan-pakistan-fm-dialogue-6'
		);
	});

	it('the Taliban seizing a crossing is not their takeover of the country (wi-06)', () => {
		const codes = (t: string) => anchorConstraints(t, offices).map((c) => c.code);
		expect(
			codes(
				'Some 900 trucks went through the Chaman-Spin Boldak crossing daily before the Taliban seized it.'
			)
		).not.toContain('anchor:taliban-takeover-2021');
		expect(codes('Trade has fallen since the Taliban seized power.')).toContain(
			'anchor:taliban-takeover-2021'
		);
		expect(codes("Since the Taliban's takeover, the border has been closed twice.")).toContain(
			'anchor:taliban-takeover-2021'
		);
	});

	it('troops told as to leave by September 11 put the page between the announcement and the pull-out (wh-05)', () => {
		const cues = anchorConstraints(
			"The meeting was scheduled for April 24 to fast-track an agreement between Taliban insurgents and the Afghan government following Washington's announcement that foreign troops would leave Afghanistan by Sept. 11.",
			offices
		);
		expect(
			cues.find((c) => c.code === 'anchor:withdrawal-by-september-11-to-come')?.allowed
		).toEqual([{ from: '2021-04-14', to: '2021-08-31' }]);
	});

	it('an honorific’s full stop does not part a title from its name: "Chairman of the High Council for National Reconciliation of Afghanistan Dr. Abdullah Abdullah" (pf-04)', () => {
		const found = officeConstraints(
			'Islamabad : Chairman of the High Council for National Reconciliation of Afghanistan Dr. Abdullah Abdullah arrived in Islamabad on Monday on a three-day visit to Pakistan.',
			offices
		);
		expect(found.map((c) => [c.code, c.allowed])).toEqual([
			['office:hcnr-chair', [{ from: '2020-05-17', to: '2021-08-15' }]]
		]);
	});

	it('the Taliban’s political office in Doha dates a page after June 2013, and a weekday beside a day then finds its year (wf-02)', () => {
		const d = inferDate(
			[
				'Multilateral peace talks on Afghanistan are taking place in Moscow on Friday, November 9.',
				'A delegation representing the Taliban is expected to join the talks. According to the Russian Foreign Ministry, this will be the first time that a delegation from the Taliban’s Doha-based political office will be present at such a high-level international meeting.'
			],
			offices
		);
		expect(d?.codes).toContain('anchor:taliban-political-office-doha');
		expect(d?.date).toBe('2018-11-09');
	});

	it('words that did not exist before a day: "X, formerly Twitter" (ww-07), "Türkiye" (ig-07)', () => {
		expect(
			anchorConstraints('the secretary-general wrote on X, formerly Twitter, that', offices)[0]
				?.allowed[0]?.from
		).toBe('2023-07-24');
		expect(
			anchorConstraints('talks in Doha, mediated by Qatar and Türkiye', offices)[0]?.allowed[0]
				?.from
		).toBe('2021-12-04');
	});

	it('a dated event named as news dates an undated page to its day: the Doha ceasefire (ig-07), the first trilateral dialogue (ig-01)', () => {
		const ceasefire = inferDate(
			[
				'Pakistan and Afghanistan agreed Sunday to an immediate ceasefire during talks in Doha, mediated by Qatar and Türkiye, according to the Qatari Foreign Ministry.'
			],
			offices
		);
		expect(ceasefire?.range[0]).toBe('2025-10-19');
		expect(ceasefire?.date).toBe('2025-10-19');
		const dialogue = inferDate(
			[
				"The first round of the China-Afghanistan-Pakistan trilateral Foreign Ministers' dialogue was held in Beijing this morning."
			],
			offices
		);
		expect(dialogue?.date).toBe('2017-12-26');
	});

	it('a prime minister named as the next one dates the page before his term, within a year of it (pm-02)', () => {
		const d = inferDate(
			[
				'ISLAMABAD : Afghan President Ashraf Ghani on Sunday invited Pakistan’s next Prime Minister Imran Khan to visit Kabul that he has accepted, a spokesman for Khan said.'
			],
			offices
		);
		expect(d?.reasons).toContain('next prime minister Imran Khan');
		expect(d!.range[1] < '2018-08-18').toBe(true);
		expect(d!.range[0] >= '2017-08-18').toBe(true);
		// "the next meeting of Prime Minister …" says nothing of his term.
		const other = inferDate(
			[
				'The next meeting of Prime Minister Imran Khan with the Afghan president was held in Kabul.'
			],
			offices
		);
		expect(other?.reasons).toContain('prime minister Imran Khan');
	});

	it('Norway’s foreign minister named with her title dates the page within her term (wm-06)', () => {
		const d = inferDate(
			[
				'“These meetings do not represent a legitimization or recognition of the Taliban. But we must talk to the de facto authorities in the country,” Foreign Affairs Minister Anniken Huitfeldt said in a statement.'
			],
			offices
		);
		expect(d?.range).toEqual(['2021-10-14', '2023-10-16']);
	});

	it('the takeover told as a year or two ago dates the page about that long after it (wn-07, pj-07)', () => {
		const ayear = inferDate(
			[
				'The Acting Afghan Commerce and Industry Minister Haji Nooruddin Azizi told Reuters that Moscow offered the Taliban administration that took over Afghanistan over a year ago a discount to average global commodity prices.'
			],
			offices
		);
		expect(ayear?.codes).toContain('anchor:taliban-takeover-2021-years-ago');
		expect(ayear?.date).toBe('2022');
		const twoYears = inferDate(
			[
				"The recent closure of the Torkham border comes amidst strained relations between Afghanistan and Pakistan since the Taliban's return to power in Kabul two years ago."
			],
			offices
		);
		expect(twoYears?.range).toEqual(['2023-02-15', '2025-02-15']);
		expect(twoYears?.date).toBe('2023');
	});

	it('an adviser named with the prime minister he advises dates the page within his term (pl-04)', () => {
		const d = inferDate(
			[
				'According to the embassy, officials present at the talks (including Abdul Razak Dawood, an adviser to the Pakistani prime minister; Pakistani Commerce Secretary Muhammad Sualeh Ahmad Faruqi and Afghan Deputy Minister for Investment and Trade Abdul Karim Malikyar) discussed in detail all aspects of the transit trade agreement.'
			],
			offices
		);
		expect(d?.range).toEqual(['2018-08-20', '2022-04-10']);
		expect(d?.codes).toEqual(['office:commerce-adviser']);
	});

	it('the days a travel-ban exemption allows are still to come: the page is dated between the decision and the journey (xc-08)', () => {
		const d = inferDate(
			[
				'“On 30 September 2025, the Security Council Committee established pursuant to resolution 1988 (2011) approved an exemption to the travel ban for Amir Khan Motaqi to visit New Delhi, India, from 9 to 16 October 2025,” a statement by the UN said.'
			],
			offices
		);
		expect(d?.range).toEqual(['2025-09-30', '2025-10-09']);
		expect(d?.date).toBe('2025-09-30');
	});

	it('of two dated events the page names, the later one is the guess; an era such as the takeover gives none', () => {
		const d = inferDate(
			[
				"Since the Taliban's takeover, the first round of the China-Afghanistan-Pakistan trilateral Foreign Ministers' dialogue of 2017 has had several successors.",
				'Pakistan and Afghanistan agreed Sunday to an immediate ceasefire during talks in Doha, mediated by Qatar and Türkiye.'
			],
			offices
		);
		expect(d?.date).toBe('2025-10-19');
		const era = anchorConstraints("since the Taliban's takeover of Kabul", offices)[0];
		expect(era?.code).toBe('anchor:taliban-takeover-2021');
		expect(era?.best).toBeUndefined();
	});

	it('a UN General Assembly session names its years: "the 76th Session of the UN General Assembly" (in-05)', () => {
		const [c] = anchorConstraints(
			'was to be held in-person on September 25 on the sidelines of the 76th Session of the UN General Assembly in New York.',
			offices
		);
		expect(c?.allowed).toEqual([{ from: '2021-01-01', to: '2022-12-31' }]);
	});

	it('a weekday beside a day picks the year: "on Tuesday, March 26"', () => {
		const d = inferDate(
			[
				'The conference opened on Tuesday, March 26, with Afghan Foreign Minister Salahuddin Rabbani present.'
			],
			offices
		);
		expect(d?.date).toBe('2019-03-26');
	});

	it('in a short span, the latest day-month told as past is the day of writing', () => {
		expect(
			latestDayMonth(
				['It followed an unannounced stop in Afghanistan on October 23.'],
				['2017-08-01', '2018-03-31']
			)
		).toBe('2017-10-23');
	});

	it('a title "of <country>" and an honorific before the name: "Acting Foreign Minister of the Islamic Republic of Afghanistan Maulvi Amir Khan Muttaqi" (ru-05)', () => {
		const [c] = officeConstraints(
			'«In the afternoon, Acting Foreign Minister of the Islamic Republic of Afghanistan Maulvi Amir Khan Muttaqi met with the Deputy Chairman of the Security Council of Kyrgyzstan Taalatbek Masadykov.',
			offices
		);
		expect(c?.allowed).toEqual([{ from: '2021-09-07', to: null }]);
	});

	it('the "General" of "Secretary General" is the title, not a rank: "UN Secretary General Antonio Guterres" (af-02)', () => {
		const [c] = officeConstraints(
			'UN Secretary General Antonio Guterres, his Special Representative for Afghanistan Tadamichi Yamamoto and EU foreign policy chief Federica Mogherini are among the invitees.',
			offices
		);
		expect(c?.allowed).toEqual([{ from: '2017-01-01', to: null }]);
	});

	it('more offices date a page: a foreign secretary, a ministry spokesperson (ac-02)', () => {
		const cues = officeConstraints(
			'The Daily Times reported that senior officials would represent the country – possibly the Foreign Secretary Tehmina Janjua. But Russia’s Foreign Ministry Spokesperson Maria Zakharova said on Thursday that details including the date and attendees were still being worked on.',
			offices
		);
		expect(cues.map((c) => [c.code, c.allowed])).toEqual([
			['office:foreign-secretary', [{ from: '2017-03-20', to: '2019-04-16' }]],
			['office:fm-spokesperson', [{ from: '2015-08-10', to: null }]]
		]);
	});

	it('a vice president is not the president: "Iran’s First Vice President Mohammad Mokhber" (ic-04)', () => {
		expect(
			officeConstraints(
				'Iran’s First Vice President Mohammad Mokhber will deliver a speech at the gathering.',
				offices
			).map((c) => [c.code, c.allowed])
		).toEqual([['office:vice-president', [{ from: '2021-08-08', to: '2024-07-28' }]]]);
	});

	it('a vice president is not the president, even when "vice" sits words away from the name (bundled 000)', () => {
		expect(
			officeConstraints(
				'An Indian news website that is wired into Panjshir Valley reported this morning that Amrullah Saleh, former Afghan vice president and security tsar in the Ghani government has relocated to Tajikistan and that that he was given a safe passage by the Tajikistan government.',
				offices
			).map((c) => c.reason)
		).toEqual(['former vice president Amrullah Saleh']);
	});

	it('the Islamic Emirate acting as a state puts the page after August 2021 (af-05); its restoration, or the name the Taliban gave themselves before, does not (ww-05)', () => {
		for (const text of [
			'The clashes between the Islamic Emirate forces and the Pakistan military in the Spin Boldak-Chaman crossing happened twice last week.',
			'a joint committee has been formed to address issues between the Islamic Emirate and Pakistan along the Durand Line.'
		])
			expect(anchorConstraints(text, offices)[0]?.allowed[0]?.from).toBe('2021-08-15');
		expect(
			anchorConstraints(
				'According to Reuters, the text also “strongly affirms that the Islamic Emirate of Afghanistan is not recognized at the United Nations and declares that it does not and will not support the establishment of any government in Afghanistan imposed through military force or restoration of the Islamic Emirate of Afghanistan.',
				offices
			)
		).toEqual([]);
		expect(
			anchorConstraints(
				'a spokesman for the political office of the Islamic Emirate in Doha said',
				offices
			)
		).toEqual([]);
	});

	it('a surname with its title: "President Trump said Saturday" (ww-03); a surname alone says nothing', () => {
		const [c] = officeConstraints(
			'President Trump said Saturday he called off a planned Camp David summit with Taliban leaders.',
			offices
		);
		expect(c?.reason).toBe('president Donald Trump');
		expect(officeConstraints('Trump said Saturday he called off the summit.', offices)).toEqual([]);
	});

	it('a meeting planned for a year is no past date: "to hold the next meeting of the Contact Group in Beijing in 2018" (ru-01)', () => {
		const d = inferDate(
			[
				'It was decided at the SCO summit held in Astana, Kazakhstan, in July 2017 that the group’s activities need to be adjusted.',
				'The group’s members also supported the initiative advanced by China, which holds the rotating SCO chairmanship, to hold the next meeting of the Contact Group in Beijing in 2018.'
			],
			offices
		);
		expect(d?.range[0]).toBe('2017-07-01');
		expect(d?.date).toBe('2017-07');
	});

	it('in a wide span, a whole year told as past puts the best guess the year after it: "killed or wounded in 2015 and 2016" (af-01)', () => {
		const d = inferDate(
			[
				'Afghan President Ashraf Ghani officially opened the Kabul Process meeting on Tuesday and said Afghanistan was on the frontline of terrorism in the world.',
				'Ghani pointed out to delegates attending the meeting that 75,000 Afghans were killed or wounded in 2015 and 2016.'
			],
			offices
		);
		// The Kabul Process began in 2017; the whole years told as past still give the guess.
		expect(d?.range).toEqual(['2017-05-01', '2021-08-15']);
		expect(d?.date).toBe('2017');
	});

	it('a year told as to come bounds the page above, and a date in the past perfect is background, no guess (in-02)', () => {
		const d = inferDate(
			[
				'In May 2016, India, Iran and Afghanistan had signed a pact which entailed establishment of a transit and transport corridor among the three countries using Chabahar Port as one of the regional hubs.',
				'"It was decided to hold the next meeting of the coordination council in the first half of 2019 in India," the MEA said.'
			],
			offices
		);
		expect(d?.range).toEqual(['2016-05-01', '2019-12-31']);
		expect(d?.date).toBe('2018');
	});

	it('bare years alone do not date a page', () => {
		expect(inferDate(['The contact group was set up in 2005.'], offices)).toBeNull();
	});
});

describe('offices.json: office-holders and events across the region', () => {
	const spans = (text: string) =>
		officeConstraints(text, offices).map((c) => [c.reason, c.allowed]);
	const anchored = (text: string) =>
		anchorConstraints(text, offices).map((c) => [c.code, c.allowed[0]?.from, c.allowed[0]?.to]);

	it('ministers of the Islamic Republic and the Taliban cabinet', () => {
		expect(
			spans('Acting Defence Minister Asadullah Khalid flew to Kandahar to inspect the front lines.')
		).toEqual([['defence minister Asadullah Khalid', [{ from: '2018-12-23', to: '2021-06-19' }]]]);
		expect(
			spans('The group’s intelligence chief, Abdul Haq Wasiq, received the visiting delegation.')
		).toEqual([['spy chief Abdul Haq Wasiq', [{ from: '2021-09-07', to: null }]]]);
		expect(
			spans('Former NDS chief Rahmatullah Nabil said the deal would embolden the insurgents.')
		).toEqual([['former spy chief Rahmatullah Nabil', [{ from: '2015-12-10', to: null }]]]);
	});

	it('European, NATO and UN office-holders, and a new title for each office', () => {
		expect(
			spans(
				'EU High Representative for Foreign Affairs and Security Policy Josep Borrell said aid would continue.'
			)
		).toEqual([
			['eu foreign policy chief Josep Borrell', [{ from: '2019-12-01', to: '2024-11-30' }]]
		]);
		expect(spans('NATO Secretary General Jens Stoltenberg told reporters in Brussels.')).toEqual([
			['secretary general Jens Stoltenberg', [{ from: '2014-10-01', to: '2024-10-01' }]]
		]);
		expect(spans('German Chancellor Olaf Scholz defended the deportation flight.')).toEqual([
			['chancellor Olaf Scholz', [{ from: '2021-12-08', to: '2025-05-06' }]]
		]);
		expect(spans('British Foreign Secretary Dominic Raab arrived in Islamabad on Friday.')).toEqual(
			[['foreign secretary Dominic Raab', [{ from: '2019-07-24', to: '2021-09-15' }]]]
		);
		expect(
			spans('Deputy Secretary-General Amina Mohammed met officials of the de facto authorities.')
		).toEqual([['deputy secretary general Amina J. Mohammed', [{ from: '2017-02-28', to: null }]]]);
	});

	it('deputies, spy chiefs and provincial chief ministers', () => {
		expect(spans('Deputy Secretary of State Wendy Sherman held talks in Islamabad.')).toEqual([
			['deputy foreign minister Wendy Sherman', [{ from: '2021-04-14', to: '2023-07-28' }]]
		]);
		expect(spans('CIA Director William Burns met the Taliban leader in Kabul.')).toEqual([
			['spy chief William Burns', [{ from: '2021-03-19', to: '2025-01-20' }]]
		]);
		expect(
			spans('Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur offered to send a jirga to Kabul.')
		).toEqual([['chief minister Ali Amin Gandapur', [{ from: '2024-03-02', to: '2025-10-15' }]]]);
		expect(
			spans('Minister of State for Foreign Affairs Hina Rabbani Khar landed in Kabul on Tuesday.')
		).toEqual([
			[
				'minister of state foreign affairs Hina Rabbani Khar',
				[
					{ from: '2011-02-11', to: '2011-07-19' },
					{ from: '2022-04-19', to: '2023-08-10' }
				]
			]
		]);
	});

	it('a term held twice: Çavuşoğlu before and after the 2015 interim government', () => {
		expect(spans('Turkish Foreign Minister Mevlut Cavusoglu arrived in Kabul.')).toEqual([
			[
				'foreign minister Mevlut Cavusoglu',
				[
					{ from: '2014-08-29', to: '2015-08-28' },
					{ from: '2015-11-24', to: '2023-06-04' }
				]
			]
		]);
	});

	it('numbered rounds of the Moscow format, and a round announced is not yet held', () => {
		expect(
			anchored(
				'Envoys from ten countries gathered in Moscow for the sixth meeting of the Moscow format on Tuesday.'
			)
		).toContainEqual(['anchor:moscow-format-meeting-6', '2024-10-04', null]);
		expect(
			anchored(
				'Taliban officials took part in the 7th Moscow Format Consultations as full members.'
			)
		).toContainEqual(['anchor:moscow-format-meeting-7', '2025-10-07', null]);
		const planned = anchored(
			'The seventh meeting of the Moscow format will be held in the Russian capital next week.'
		).map((c) => c[0]);
		expect(planned).not.toContain('anchor:moscow-format-meeting-7');
		expect(
			anchored(
				'Ahead of the upcoming fifth meeting of the Moscow format, Kabulov met the envoys.'
			).map((c) => c[0])
		).not.toContain('anchor:moscow-format-meeting-5');
	});

	it('conferences named by number or city: Heart of Asia, neighbours, the trilateral dialogue', () => {
		expect(
			anchored('The foreign minister addressed the Heart of Asia conference in Amritsar on Sunday.')
		).toEqual([['anchor:heart-of-asia-ministerial-6-amritsar', '2016-12-03', null]]);
		expect(
			anchored(
				'Ministers met at the ninth ministerial conference of the Heart of Asia-Istanbul Process in Dushanbe.'
			)
		).toEqual([['anchor:heart-of-asia-ministerial-9-dushanbe', '2021-03-29', null]]);
		expect(
			anchored(
				'China hosted the third meeting of foreign ministers of Afghanistan’s neighbouring countries in Tunxi.'
			)
		).toEqual([
			['anchor:afghanistan-neighbours-fm-meeting-3', '2022-03-30', null],
			['anchor:afghanistan-neighbours-fm-meeting-tunxi-2022', '2022-03-30', null]
		]);
		expect(
			anchored(
				'Wang Yi flew to Islamabad for the fifth China-Pakistan-Afghanistan trilateral foreign ministers’ dialogue.'
			).map((c) => c[0])
		).toContain('anchor:china-afghanistan-pakistan-fm-dialogue-5');
		expect(
			anchored('The sixth China-Pakistan foreign ministers’ strategic dialogue opened in Beijing.')
		).toEqual([]);
	});

	it('SCO summits by city: Astana twice, the year left to the other cues; a year named beside it is left to the date', () => {
		expect(anchored('Sharif and Modi were both at the SCO summit in Tianjin.')).toEqual([
			['anchor:sco-summit-tianjin', '2025-08-31', null]
		]);
		expect(anchored('Leaders met at the SCO summit in Astana.')).toEqual([
			['anchor:sco-summit-astana-2017', '2017-06-08', '2018-06-08'],
			['anchor:sco-summit-astana-2024', '2024-07-03', null]
		]);
		const d = inferDate(
			[
				'Kazakh President Kassym-Jomart Tokayev welcomed the leaders at the SCO summit in Astana.',
				'Prime Minister Shehbaz Sharif met President Vladimir Putin on the sidelines.'
			],
			offices
		);
		expect(d?.range[0]).toBe('2024-07-03');
		expect(
			anchored('At the SCO summit in Dushanbe in 2014, the leaders discussed Afghanistan.')
		).toEqual([]);
	});

	it('generals, a rapporteur, and a rank that dates a page: "Field Marshal Asim Munir"', () => {
		expect(
			spans(
				'Chairman of the Joint Chiefs of Staff Mark Milley told senators the collapse was swift.'
			)
		).toEqual([['jcs chairman Mark Milley', [{ from: '2019-10-01', to: '2023-09-30' }]]]);
		expect(spans('UN Special Rapporteur Richard Bennett said he was refused a visa.')).toEqual([
			['special rapporteur Richard Bennett', [{ from: '2022-05-01', to: null }]]
		]);
		expect(anchored('Field Marshal Asim Munir told the cadets the country was ready.')).toEqual([
			['anchor:field-marshal-asim-munir', '2025-05-20', null]
		]);
		expect(
			anchored(
				'Delegations from Pakistan and Afghanistan met for a third round of talks in Istanbul on Thursday.'
			)
			// Told by the weekday it fell on (a Thursday): the page's news, within two weeks of it.
		).toContainEqual(['anchor:istanbul-talks-third-round-2025', '2025-11-06', '2025-11-20']);
		expect(
			anchored('The third round of talks in Istanbul between Russia and Ukraine was brief.')
		).toEqual([]);
	});

	it('UN agency heads and India’s junior ministers and spy chiefs', () => {
		expect(
			spans('UN High Commissioner for Refugees Filippo Grandi urged a halt to the deportations.')
		).toEqual([['unhcr chief Filippo Grandi', [{ from: '2016-01-01', to: '2025-12-31' }]]]);
		expect(spans('UN humanitarian chief Martin Griffiths flew to Kandahar on Monday.')).toEqual([
			['un humanitarian chief Martin Griffiths', [{ from: '2021-07-19', to: '2024-06-30' }]]
		]);
		expect(spans('Former RAW chief Samant Goel declined to comment.')).toEqual([
			['former spy chief Samant Goel', [{ from: '2023-06-30', to: null }]]
		]);
	});

	it('an ouster told as done, not one sought', () => {
		// "in April" with no year: the most recent April, so within the year after the ouster.
		expect(anchored('Since Imran Khan’s ouster in April, his party has held rallies.')).toEqual([
			['anchor:imran-khan-ouster-2022', '2022-04-10', '2023-04-10']
		]);
		expect(anchored('Since Imran Khan’s ouster, his party has held rallies.')).toEqual([
			['anchor:imran-khan-ouster-2022', '2022-04-10', null]
		]);
		expect(anchored('The opposition launched a campaign for the removal of Imran Khan.')).toEqual(
			[]
		);
		expect(anchored('New Delhi threatened the suspension of the Indus Waters Treaty.')).toEqual([]);
	});

	it('events in Pakistan and Afghanistan that pages refer back to', () => {
		expect(
			anchored(
				'Since the launch of the Illegal Foreigners Repatriation Plan, more than half a million Afghans have left.'
			)
		).toEqual([['anchor:pakistan-illegal-foreigners-repatriation-plan', '2023-10-03', null]]);
		expect(
			anchored(
				'The 17th extraordinary session of the OIC Council of Foreign Ministers met in Islamabad.'
			)
		).toContainEqual(['anchor:oic-extraordinary-session-islamabad-2021', '2021-12-19', null]);
		expect(
			anchored(
				'The OIC Executive Committee held an extraordinary meeting on Afghanistan in Jeddah.'
			)
		).toEqual([]);
		expect(
			anchored(
				'In the 1990s the movement barred women from universities; since the Taliban banned women from universities again, donors have cut funding.'
			).map((c) => c[0])
		).toContain('anchor:taliban-university-ban-women');
		expect(
			anchored('Authorities arrested hundreds of party workers after the May 9 riots.')
		).toEqual([['anchor:may-9-riots-pakistan', '2023-05-09', null]]);
	});
});

describe('offices.json', () => {
	it('reports a bad entry by its path and value', () => {
		expect(() =>
			createOffices({
				titles: { president: 'president' },
				holders: [
					{
						names: ['Imran Khan'],
						office: 'president',
						country: 'PK',
						terms: [['2018-8-18', null]],
						source: 'x'
					}
				],
				anchors: []
			})
		).toThrow(
			/^offices\.json: holders\[0\]\.terms\[0\]\[0\]: expected YYYY-MM-DD, got "2018-8-18"$/
		);
	});

	it('rejects a holder whose office has no title', () => {
		expect(() =>
			createOffices({
				titles: {},
				holders: [
					{
						names: ['Imran Khan'],
						office: 'president',
						country: 'PK',
						terms: [['2018-08-18', null]],
						source: 'x'
					}
				],
				anchors: []
			})
		).toThrow(/no title for office "president"/);
	});
});

describe('offices.json: people and events pages on the region name', () => {
	const firstDay = (text: string) => officeConstraints(text, offices)[0]?.allowed;

	it('a foreign minister’s name as a page spells it: "Khwaja Mohammad Asif" (xb-02)', () => {
		expect(
			firstDay(
				'In a response, Pakistani Foreign Minister Khwaja Mohammad Asif postponed his visit to Washington in the wake of Trump’s serious accusations.'
			)
		).toEqual([{ from: '2017-08-04', to: '2018-04-26' }]);
	});

	it('a title of seven words right before the name (xb-04)', () => {
		expect(
			firstDay(
				'Secretary of Iran’s Supreme National Security Council Ali Shamkhani hosted Wednesday’s meeting dubbed ‘Regional Security Dialogue,’ which was joined by his counterparts from Rissia, China, India and Afghanistan, Nikolai Patrushev, Dang Jing Wing, Ajit Doval, and Hamdullah Mohib, respectively.'
			)
		).toEqual([{ from: '2013-09-10', to: '2023-05-22' }]);
	});

	it('a title with its abbreviation in brackets before the name (qb-01)', () => {
		expect(
			firstDay(
				'The Afghan officials were handed over a list of 76 “most wanted” terrorists by the Pakistan Army, DG Inter-Services Public Relations (ISPR) Maj Gen Asif Ghafoor said in a Tweet.'
			)
		).toEqual([{ from: '2016-12-15', to: '2020-01-16' }]);
	});

	it('the Pakistani Taliban’s chief bounds the page (qb-01)', () => {
		expect(
			firstDay(
				'It should be recalled that TTP chief Mullah Fazlullah is also based in Afghanistan and Pakistani pleadings for his arrest and handover have remained unanswered.'
			)
		).toEqual([{ from: '2013-11-07', to: '2018-06-14' }]);
	});

	it('the OIC’s extraordinary conference of foreign ministers on Afghanistan, told without "session" (qe-10)', () => {
		const [oic] = anchorConstraints(
			'The incident took place a day before Pakistan was to host an extraordinary conference of the foreign ministers of the Organisation of Islamic Cooperation (OIC) on Afghanistan’s humanitarian situation.',
			offices
		);
		expect(oic?.allowed[0]?.from).toBe('2021-12-19');
	});

	it('the January 2017 bombing in Kandahar that killed UAE diplomats is an event referred to (xf-01)', () => {
		const [kandahar] = anchorConstraints(
			'The United Arab Emirates’ ambassador to Afghanistan has died of wounds sustained in a January 10 bombing in Kandahar that also killed five other UAE officials, state media said on Thursday.',
			offices
		);
		expect(kandahar?.allowed[0]?.from).toBe('2017-01-10');
	});

	it('the first informal summit of Modi and Xi in Wuhan is an event referred to (qd-02)', () => {
		const [wuhan] = anchorConstraints(
			'The Joint India-China Training Programme for Afghan Diplomats from October 15 to 26 is part of a consensus reached between Prime Minister Narendra Modi and Chinese President Xi Jinping during their first-ever informal summit in the city of Wuhan in central China.',
			offices
		);
		expect(wuhan?.allowed[0]?.from).toBe('2018-04-28');
	});

	it('Russian forces attacking Ukraine, and Iran’s strikes in Pakistan, are events referred to (xb-07, qb-05)', () => {
		const [ukraine] = anchorConstraints(
			'Khan arrived in Moscow the previous day on a long-planned two-day "working" visit, the first by a Pakistani prime minister in 23 years, hours before Russian forces attacked Ukraine.',
			offices
		);
		expect(ukraine?.allowed[0]?.from).toBe('2022-02-24');
		const [strikes] = anchorConstraints(
			'Foreign Minister Hossein Amir-Abdollahian has defended Iran’s strikes in Pakistan as a response to recent deadly attacks on security forces by the jihadist group Jaish al-Adl (Army of Justice).',
			offices
		);
		expect(strikes?.allowed[0]?.from).toBe('2024-01-16');
	});

	it('the National Assembly speaker, his title before parentheses (pc-01)', () => {
		expect(
			firstDay(
				'KABUL: National Assembly (NA) Speaker Ayaz Sadiq on Sunday, clarifying Afghan President Ashraf Ghani’s ‘rejection’ last week of an invitation to visit Pakistan, said Ghani had assured him he would visit Islamabad after Prime Minister Nawaz Sharif pays a visit to Afghanistan.'
			)
		).toEqual([
			{ from: '2013-06-03', to: '2018-08-15' },
			{ from: '2024-03-01', to: null }
		]);
	});

	it('a prime minister’s name as a page spells it: "Shebaz Sharif" (ic-08)', () => {
		expect(
			firstDay(
				'Pakistani Prime Minister Shebaz Sharif condemned what he said were "provocations by Afghanistan" along Pakistan\'s border area overnight.'
			)?.[0]
		).toEqual({ from: '2022-04-11', to: '2023-08-14' });
	});

	it('"Khawaja Mohammad Asif" as defence minister (pk-08)', () => {
		const [c] = officeConstraints(
			'A four-member official Pakistani delegation headed by Defence Minister Khawaja Mohammad Asif, also comprised of top security officials, was due to leave for Kabul on Sunday, sources added.',
			offices
		);
		expect(c?.code).toBe('office:defence-minister');
	});

	it('a round of the Moscow format told as "of consultations of the so-called Moscow Format" (wf-07)', () => {
		const [c] = anchorConstraints(
			'This is the sixth round of consultations of the so-called Moscow Format, a platform that brings together representatives from Russia, China, Iran, Uzbekistan, Pakistan, India, Kazakhstan, Tajikistan, and Turkmenistan.',
			offices
		);
		expect(c).toMatchObject({ code: 'anchor:moscow-format-meeting-6', best: '2024-10-04' });
	});

	it('the second "Kabul Process" conference in quotation marks (xc-02)', () => {
		const [c] = anchorConstraints(
			'"The government offers peace negotiations to the Taliban without any conditions," Ghani said at the second "Kabul Process" conference.',
			offices
		);
		expect(c).toMatchObject({ code: 'anchor:kabul-process-conference-2', best: '2018-02-28' });
	});

	it('the Kabul Process meeting: from the process’s start in 2017 (af-01)', () => {
		const cs = anchorConstraints(
			'Afghan President Ashraf Ghani officially opened the Kabul Process meeting on Tuesday and said Afghanistan was on the frontline of terrorism in the world.',
			offices
		);
		expect(cs.map((c) => c.code)).toEqual(['anchor:kabul-process-2017']);
		expect(cs[0]?.allowed[0]?.from).toBe('2017-05-01');
	});

	it('"State Councilor and Foreign Minister Wang Yi": the years he was both (ic-05)', () => {
		const cs = officeConstraints(
			"HEFEI, March 31 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi Thursday chaired the third foreign ministers' meeting among the neighboring countries of Afghanistan in Tunxi, east China's Anhui Province.",
			offices
		);
		expect(cs.map((c) => c.code).sort()).toEqual([
			'office:foreign-minister',
			'office:state-councilor'
		]);
		expect(cs.find((c) => c.code === 'office:state-councilor')?.allowed).toEqual([
			{ from: '2018-03-19', to: '2023-03-12' }
		]);
	});

	it('"the Taliban (outlawed in Russia)": written before Russia lifted the ban (ru-06)', () => {
		const c = anchorConstraints(
			'Its previous meeting took place in Moscow in November 2022 without the Taliban (outlawed in Russia) being present.',
			offices
		).find((x) => x.code === 'anchor:taliban-banned-in-russia');
		expect(c?.allowed).toEqual([{ from: '2003-02-14', to: '2025-07-03' }]);
	});

	it('the sixth round of the Quadrilateral Coordination Group, in Muscat (pf-01)', () => {
		const cs = anchorConstraints(
			"The sixth round of Quadrilateral Coordination Group's (QCG) meeting between the US, Pakistan, China and Afghanistan was being held in Muscat to revive peace talks between the Afghan government and the Taliban.",
			offices
		);
		expect(
			cs.find((c) => c.code === 'anchor:quadrilateral-coordination-group-6-muscat')
		).toMatchObject({
			best: '2017-10-16'
		});
	});
});

describe('a part of a year told as past dates the page after it', () => {
	it('"in the first six months of 2020 is 3.7 times higher": from July 2020 (xf-05)', () => {
		const d = inferDate(
			[
				'Despite global pandemic, the volume of goods transported by the Baku-Tbilisi-Kars railway in the first six months of 2020 is 3.7 times higher than in the same period in 2019, as mentioned by President Ilham Aliyev.'
			],
			offices
		);
		expect(d?.range[0]).toBe('2020-07-01');
		expect(d?.date).toBe('2020-07');
	});

	it('"the joint work carried out in the first quarter of 2022": from April 2022 (py-07)', () => {
		const d = inferDate(
			[
				"Thanks to the joint work carried out in the first quarter of 2022, the volume of cargo turnover reached last year's level (more than 1.1 million tons)."
			],
			offices
		);
		expect(d?.range[0]).toBe('2022-04-01');
	});
});

describe('a date told as wished for is still to come', () => {
	it('"the efforts … for holding the presidential elections in 2019" does not date the page in 2019 (qe-02)', () => {
		const d = inferDate(
			[
				'Foreign Minister Salahuddin Rabbani of the Islamic Republic of Afghanistan, State Councilor and Foreign Minister Wang Yi of the People’s Republic of China, and Foreign Minister Makhdoom Shah Mahmood Qureshi of the Islamic Republic of Pakistan held the 2nd Afghanistan-China-Pakistan Foreign Ministers’ Dialogue in Kabul, Afghanistan on 15th December 2018.',
				'China and Pakistan congratulated Afghanistan on the completion of the parliamentary elections and welcomed the efforts of the Afghan government for holding the presidential elections in 2019.'
			],
			offices
		);
		expect(d?.date).toBe('2018-12-15');
	});

	it('"has decided to resume … from 15 July 2020" is still to come (qc-03)', () => {
		const d = inferDate(
			[
				'“At the special request of the government of Afghanistan and with a view to facilitating Afghanistan’s transit trade, Pakistan has decided to resume Afghan exports through Wagah border crossing from 15 July 2020, after implementing COVID-19 related protocols, said a statement by the Foreign Ministry.'
			],
			offices
		);
		expect(d?.range[1]).toBe('2020-07-15');
	});

	it('"expressed his interest in meeting … in September 2021" does not date the page after it (qd-05)', () => {
		const d = inferDate(
			[
				'President Rahmon expressed his interest in meeting with Prime Minister Imran Khan at SCO Summit at Dushanbe in September 2021.'
			],
			offices
		);
		const [from, to] = d?.range ?? ['', ''];
		expect(to <= '2021-09-30').toBe(true);
		expect(from < '2021-09-01').toBe(true);
	});
});

describe('a date told with how many years ago it was dates the page', () => {
	it('"27 years ago, on February 21, 1992": written in 2019 (qb-04)', () => {
		const d = inferDate(
			[
				'It was noted during the talks that the current meeting of the leaders of the two countries had taken place on the day of establishing the diplomatic relations between Turkmenistan and Afghanistan. 27 years ago, on February 21, 1992, both states opened a new page in their centuries-old relations.'
			],
			offices
		);
		expect(d?.date).toBe('2019-02-21');
		expect(d?.range).toEqual(['2018-08-21', '2020-08-21']);
	});
});

describe('a war told by its age dates the page', () => {
	it('"a 17-year conflict in Afghanistan": 17 to 18 years after October 2001, half a year either side (ig-02)', () => {
		const [c] = anchorConstraints(
			'The talks aimed at ending a 17-year conflict in Afghanistan but revealed persistent challenges when the Taliban delegation refused direct talks with Afghan government negotiators.',
			offices
		);
		expect(c?.allowed).toEqual([{ from: '2018-04-07', to: '2020-04-07' }]);
	});

	it('"a more than 16-year-old conflict" (xc-02)', () => {
		const c = anchorConstraints(
			'Officials from 25 countries are attending the event to discuss ways to end a more than 16-year-old conflict between the US-backed Afghan government and the Taliban.',
			offices
		).find((x) => x.code === 'anchor:us-invasion-of-afghanistan');
		expect(c?.allowed).toEqual([{ from: '2017-04-07', to: '2019-04-07' }]);
	});

	it('"their 16-year insurgency" is counted from the same fall (qy-02)', () => {
		const c = anchorConstraints(
			'Afghanistan’s president has again invited the Taliban to peace talks, calling it their “last chance” to give up their 16-year insurgency and join the political process.',
			offices
		).find((x) => x.code === 'anchor:us-invasion-of-afghanistan');
		expect(c?.allowed).toEqual([{ from: '2017-04-07', to: '2019-04-07' }]);
	});

	it('"the 17-year Afghanistan war": a word between the age and the war (mn-02)', () => {
		const c = anchorConstraints(
			'Significantly, Iran, which usually denies such contact with the Taliban, also confirmed Monday that the Taliban had visited Tehran for talks aimed at ending the 17-year Afghanistan war.',
			offices
		).find((x) => x.code === 'anchor:us-invasion-of-afghanistan');
		expect(c?.allowed).toEqual([{ from: '2018-04-07', to: '2020-04-07' }]);
		expect(c?.best).toBe('2018');
	});

	it('"more than 16 years of war": the war\'s age told as years of it, the guess half a year on (pj-02)', () => {
		const c = anchorConstraints(
			'Afghan President Ashraf Ghani offered recognition of the Taliban as a legitimate political group on as part of a proposed political process that he said could lead to talks aimed at ending more than 16 years of war.',
			offices
		).find((x) => x.code === 'anchor:us-invasion-of-afghanistan');
		expect(c?.allowed).toEqual([{ from: '2017-04-07', to: '2019-04-07' }]);
		expect(c?.best).toBe('2018');
	});

	it('"nearly two decades of conflict" gives no count (ww-04)', () => {
		expect(
			anchorConstraints(
				'Pakistan says that visiting U.S. and Taliban delegates will hold a direct bilateral meeting to discuss resumption of peace talks aimed at ending to the nearly two decades of conflict in neighboring Afghanistan.',
				offices
			).map((c) => c.code)
		).not.toContain('anchor:us-invasion-of-afghanistan');
	});
});

describe('the best guess of an undated page is a day its cues allow', () => {
	it('between two terms of an envoy, the middle of the longer interval the cues leave, not the gap (pc-08)', () => {
		const d = inferDate(
			[
				'A high-level delegation from Pakistan, special envoy on Afghanistan Muhammad Sadiq, has arrived in the Afghan capital.',
				'Before the JCC meeting, Head of Mission Ubaid Ur Rehman Nizamani, conducted an important meeting with Minister of Foreign Affairs Mullah Amir Khan Muttaqi.'
			],
			offices
		);
		expect(d?.range).toEqual(['2022-11-04', '2026-12-31']);
		expect(d?.date).toBe('2025');
	});
});

describe('a title of eight words before its holder', () => {
	it('"Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz" dates the page to his term (kf-01)', () => {
		const found = officeConstraints(
			'The Afghan Ambassador to Pakistan and all concerned at the two crossing points were conveyed the decision by Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz.',
			offices
		);
		expect(found.map((c) => [c.code, c.allowed])).toEqual([
			['office:foreign-affairs-adviser', [{ from: '2013-06-07', to: '2017-07-28' }]]
		]);
	});
});

describe('a year told as a target is still to come', () => {
	it('"to reach the target of US 1 billion dollars trade by 2018" does not put the page in 2018 (ma-01)', () => {
		const d = inferDate(
			[
				'Sri Lanka and Pakistan have agreed to increase trade and investment relations under the existing Free Trade Agreement in order to reach the target of US 1 billion dollars trade by 2018, a Foreign Ministry statement said here Thursday.',
				'Pakistan’s Foreign Secretary Tehmina Janjua who arrived in Sri Lanka to co chair the consultations met President Maithripala Sirisena earlier this week.'
			],
			offices
		);
		expect(d?.codes).not.toContain('date:year');
		const [from, to] = d!.range;
		expect(from <= '2017-10-19' && to >= '2017-10-19').toBe(true);
	});
});

describe('a past state lasting "until" a year tells of that year as past', () => {
	it('"the Taliban remaining on Kazakhstan\'s official list of terrorist organizations until 2024" is no year to come (mh-04)', () => {
		const d = inferDate(
			[
				"Despite the Taliban remaining on Kazakhstan's official list of terrorist organizations until 2024, Astana established ties with the new regime as early as September 2021."
			],
			offices
		);
		expect(d?.codes).not.toContain('date:future');
		expect(d!.range[0] >= '2024-01-01').toBe(true);
	});

	it('"remaining crossings allowed until May 1, 2025" are still open: the day is to come (yq-06)', () => {
		const d = inferDate(
			[
				'The Attari border closed immediately, with remaining crossings allowed until May 1, 2025, halting all trade and travel.'
			],
			offices
		);
		expect(d!.range[1] <= '2025-05-01').toBe(true);
	});
});

describe('a weekday in brackets after the day dates the page', () => {
	it('"on July 14 (Wednesday)" with the foreign ministers of 2018–2022: July 2021 (lt-04)', () => {
		const d = inferDate(
			[
				'Chinese State Councilor and Foreign Minister Wang Yi said during a meeting with Pakistani Foreign Minister Qureshi in Dushanbe on Wednesday that he was shocked by the serious casualties among Chinese personnel in Pakistan.',
				'The Chinese Embassy in Pakistan published a statement on its official website, saying that on July 14 (Wednesday) at around 7:00 local time, an explosion occurred on a shuttle bus on its way to the construction site of the Dasu hydropower project.'
			],
			offices
		);
		expect(d?.date).toBe('2021-07-14');
		expect(d?.range[0]).toBe('2021-07-14');
	});
});

describe('the expression over every holder name', () => {
	it('stays under the 20 KB past which V8 no longer optimises a regular expression', () => {
		// Past it, scanning a page for holder names took a quarter of the ingest's time.
		for (const re of offices.names) expect(re.source.length).toBeLessThan(20 * 1024);
	});

	it('split in chunks, finds what one expression would: the longest name at each place', () => {
		const chunkedOffices = createOffices({
			titles: { president: 'president' },
			holders: Array.from({ length: 1200 }, (_, i) => ({
				names: [`Person Number${i} Surname`, `Number${i} Surname`],
				office: 'president',
				country: 'PK',
				terms: [['2020-01-01', null]],
				source: 's'
			})),
			anchors: []
		});
		expect(chunkedOffices.names.length).toBeGreaterThan(1);
		expect(
			nameMatches('President Person Number7 Surname met Number1199 Surname.', chunkedOffices).map(
				(m) => [m[0], m.index]
			)
		).toEqual([
			['Person Number7 Surname', 10],
			['Number1199 Surname', 37]
		]);
	});
});
