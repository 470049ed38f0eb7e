import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../ingest/stages/clean';
import { extractMetadata, parseSidecar } from '../../ingest/stages/metadata';
import { isNameLike } from '../../ingest/stages/meta-author';
import { splitTitleSuffix } from '../../ingest/stages/meta-outlet';
import { isNavigationPath, pickHeadline } from '../../ingest/stages/meta-title';
import type { InputFormat, Sidecar } from '../../ingest/types';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

function seedMeta(file: string, useSidecar: boolean) {
	const path = root(`geodata/articles/${file}`);
	const sidecarPath = path.replace(/\.[^.]+$/, '.meta.json');
	const sidecar =
		useSidecar && existsSync(sidecarPath)
			? parseSidecar(readFileSync(sidecarPath, 'utf8'))
			: undefined;
	return extractMetadata(cleanArticle(readFileSync(path, 'utf8'), 'txt'), { file, sidecar });
}

function fixtureMeta(file: string, sidecar?: Sidecar) {
	const format: InputFormat = file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'md' : 'txt';
	const text = readFileSync(root(`tests/fixtures/articles/${file}`), 'utf8');
	return extractMetadata(cleanArticle(text, format), { file, sidecar });
}

interface GoldMeta {
	title: string;
	author: string | null;
	outlet: string | null;
	publication_date: string | null;
	publication_date_best_guess?: string;
	acceptable_publication_dates?: string[];
}
const gold = JSON.parse(readFileSync(root('tests/fixtures/gold/seeds-gold.json'), 'utf8')) as {
	articles: Record<string, { metadata: GoldMeta }>;
};
const seeds = Object.entries(gold.articles);

describe('extractMetadata on the seed corpus with its sidecars', () => {
	it.each(seeds)('%s: title matches the answer key', (file, { metadata }) => {
		expect(seedMeta(file, true).title).toBe(metadata.title);
	});

	it.each(seeds)('%s: author matches the answer key', (file, { metadata }) => {
		expect(seedMeta(file, true).author).toBe(metadata.author);
	});

	it.each(seeds)('%s: publication date is one the answer key accepts', (file, { metadata }) => {
		const accepted = [
			metadata.publication_date,
			metadata.publication_date_best_guess,
			...(metadata.acceptable_publication_dates ?? [])
		].filter(Boolean);
		expect(accepted).toContain(seedMeta(file, true).published);
	});

	it('outlets: Global Research, none, The Diplomat, none, Pakistan Today', () => {
		expect(seeds.map(([file]) => seedMeta(file, true).outlet)).toEqual([
			'Global Research',
			null,
			'The Diplomat',
			null,
			'Pakistan Today'
		]);
	});

	it('seed 000 is dated from its printed "Global Research, September 24, 2021" line, not inferred', () => {
		const m = seedMeta('000_7c93162b7207209b.txt', false);
		expect([m.published, m.publishedInferred, m.warnings]).toEqual(['2021-09-24', false, []]);
	});
});

describe('extractMetadata without sidecars (what the text alone gives)', () => {
	it('ignores a current-date header above the title and infers the month from the body (seed 001)', () => {
		const m = seedMeta('001_423acc813efee99a.txt', false);
		expect([m.published, m.publishedInferred, m.publishedSource]).toEqual([
			'2024-01',
			true,
			'body'
		]);
		expect(m.warnings[0]).toMatch(/^no publication date printed; inferred 2024-01 \(2024-01-01 … /);
	});

	it('takes a bare name after the title as the author (seed 001)', () => {
		expect(seedMeta('001_423acc813efee99a.txt', false).author).toBe('Sanaullah');
	});

	it('strips the outlet suffix from the title and records the outlet (seed 002)', () => {
		const m = seedMeta('002_d42262bbb112a971.txt', false);
		expect([m.title, m.outlet]).toEqual([
			'Does Afghanistan Seek Rapprochement With Pakistan?',
			'The Diplomat'
		]);
	});

	it('does not date an article from its link list (seed 002)', () => {
		const m = seedMeta('002_d42262bbb112a971.txt', false);
		expect(m.published).toBeNull();
		expect(m.warnings).toEqual(['undated: no publication date found']);
	});

	it('does not date an article from "14 mins ago" in Recent Posts (seed 003)', () => {
		expect(seedMeta('003_a1476e04c82c5799.txt', false).published).toBeNull();
	});

	it('finds a name printed after the body above a bio (seed 004)', () => {
		expect(seedMeta('004_8e8250f4a2a3196f.txt', false).author).toBe('Mian Abrar');
	});
});

describe('extractMetadata on other outlets’ layouts', () => {
	it('wire story: outlet from the dateline credit, authors from "Reporting by"', () => {
		const m = fixtureMeta('wire-dateline.txt');
		expect([m.outlet, m.author, m.published]).toEqual([
			'Reuters',
			'Asif Shahzad, Jibran Ahmad',
			'2020-03-03'
		]);
	});

	it('WordPress blog: title under the site name, "Posted on … by …" gives date and author', () => {
		const m = fixtureMeta('wordpress-blog.txt');
		expect([m.title, m.author, m.published, m.publishedInferred]).toEqual([
			'Tajikistan and Uzbekistan sign border water deal',
			'Jane Doe',
			'2020-03-03',
			false
		]);
	});

	it('HTML page: everything from the meta tags', () => {
		expect(fixtureMeta('news-page.html')).toMatchObject({
			title: 'Kazakhstan hosts Afghan trade talks in Astana',
			author: 'Dana Seitkali',
			outlet: 'Steppe Herald',
			url: 'https://steppe-herald.example/2023/11/08/afghan-trade-talks',
			published: '2023-11-08',
			publishedSource: 'meta',
			publishedInferred: false,
			warnings: []
		});
	});

	it('markdown: title from the heading, author and date from the byline line', () => {
		const m = fixtureMeta('markdown-story.md');
		expect([m.title, m.author, m.published]).toEqual([
			'Turkmenistan and Afghanistan resume pipeline talks in Herat',
			'Ali Rezaei',
			'2022-05-12'
		]);
	});

	it('undated op-ed: bare years are not evidence; reported as undated', () => {
		const m = fixtureMeta('undated-oped.txt');
		expect([m.published, m.publishedInferred]).toEqual([null, false]);
		expect(m.warnings).toEqual(['undated: no publication date found']);
	});

	it('undated op-ed: the section label is not the title', () => {
		expect(fixtureMeta('undated-oped.txt').title).toBe(
			'Why Central Asia should keep talking to Kabul'
		);
	});

	it('a sidecar wins over what the text gives', () => {
		const m = fixtureMeta('wire-dateline.txt', {
			title: 'Border talks',
			author: null,
			outlet: 'Wire',
			published: '2020-03',
			publishedInferred: true
		});
		expect(m).toMatchObject({
			title: 'Border talks',
			author: null,
			outlet: 'Wire',
			published: '2020-03',
			publishedInferred: true
		});
	});

	it('takes a date from a SOURCE URL line when none is printed', () => {
		const text =
			'SOURCE: https://news.example/2019/01/17/envoy-arrives\n\nEnvoy arrives in Islamabad\n\nThe US envoy arrived in Islamabad on Thursday for talks with the civil and military leadership on the Afghan peace process.\n';
		const m = extractMetadata(cleanArticle(text, 'txt'), { file: 'x.txt' });
		expect([m.url, m.published, m.title]).toEqual([
			'https://news.example/2019/01/17/envoy-arrives',
			'2019-01-17',
			'Envoy arrives in Islamabad'
		]);
	});

	it('falls back to the file name when no title can be found', () => {
		const m = extractMetadata(
			{ paragraphs: ['Talks went on.'], header: [], footer: [] },
			{ file: 'dir/some_article.txt' }
		);
		expect(m.title).toBe('some_article');
		expect(m.warnings).toContain('no title found; using the file name');
	});
});

describe('splitTitleSuffix', () => {
	it('splits "Headline | Outlet"', () => {
		expect(splitTitleSuffix('Talks resume | Pakistan Today', { otherLines: [] })).toEqual({
			title: 'Talks resume',
			outlet: 'Pakistan Today'
		});
	});

	it('leaves a dash that is part of the headline', () => {
		expect(splitTitleSuffix('Afghanistan - the road ahead', { otherLines: [] })).toBeNull();
	});
});

describe('parseSidecar', () => {
	it('reads the known fields and ignores unknown ones', () => {
		expect(
			parseSidecar(
				'{"published":"2017-06-09","publishedInferred":true,"outlet":"The Diplomat","note":"why","extra":1}'
			)
		).toEqual({
			published: '2017-06-09',
			publishedInferred: true,
			outlet: 'The Diplomat',
			note: 'why'
		});
	});

	it('accepts null for author, outlet, url and published', () => {
		expect(parseSidecar('{"author":null,"outlet":null,"url":null,"published":null}')).toEqual({
			author: null,
			outlet: null,
			url: null,
			published: null
		});
	});

	it('rejects invalid JSON with a clear message', () => {
		expect(() => parseSidecar('{"published": 2017-06-09}')).toThrow(/sidecar is not valid JSON/);
	});

	it('rejects a JSON value that is not an object', () => {
		expect(() => parseSidecar('["2017"]')).toThrow(
			/^sidecar: expected a JSON object like .*, got \["2017"\]$/
		);
	});

	it('rejects a wrongly typed field', () => {
		expect(() => parseSidecar('{"publishedInferred":"yes"}')).toThrow(
			/publishedInferred.*true or false/
		);
	});

	it('rejects a published value that is not a calendar date', () => {
		expect(() => parseSidecar('{"published":"2021-13-40"}')).toThrow(
			/^sidecar: published: expected a date \(YYYY, YYYY-MM, YYYY-MM-DD\) or null, got "2021-13-40"$/
		);
	});

	it('rejects a non-string note', () => {
		expect(() => parseSidecar('{"note":42}')).toThrow(/^sidecar: note: expected string, got 42$/);
	});
});

describe('extractMetadata on five more layouts', () => {
	it('South Asian daily: "Published:" beats "Updated:", a desk byline is no author, outlet from "Published in"', () => {
		expect(fixtureMeta('daily-published-updated.txt')).toMatchObject({
			title: 'Islamabad and Kabul agree to revive joint border commission',
			author: null,
			outlet: 'Daily Indus Courier',
			url: null,
			published: '2019-01-18',
			publishedSource: 'print-line',
			publishedInferred: false,
			warnings: []
		});
	});

	it('think-tank PDF text: two-line capitals title, name and date below it, outlet from the copyright', () => {
		expect(fixtureMeta('thinktank-commentary-pdf.txt')).toMatchObject({
			title: 'THE DUSHANBE TRACK: TAJIKISTAN, RUSSIA AND THE TALIBAN AFTER THE FALL OF KABUL',
			author: 'Nodira Karimova',
			outlet: 'Centre for Regional Dialogue',
			url: null,
			published: '2022-03-14',
			publishedSource: 'byline',
			publishedInferred: false,
			warnings: []
		});
	});

	it('newsletter: title above the subtitle, bare name and short date, outlet from "Thanks for reading"', () => {
		expect(fixtureMeta('newsletter-post.txt')).toMatchObject({
			title: 'Tashkent opens a door to the Taliban',
			author: 'Farid Ahmadi',
			outlet: 'The Steppe Letter',
			url: null,
			published: '2022-03-14',
			publishedSource: 'byline',
			publishedInferred: false,
			warnings: []
		});
	});

	it('aggregator: outlet and date from the "Source:" line, not the aggregator copyright or the list', () => {
		expect(fixtureMeta('aggregator-source.txt')).toMatchObject({
			title: 'Kazakhstan removes the Taliban from its list of banned organisations',
			author: 'Lina Haidari',
			outlet: 'Kabul Monitor',
			url: null,
			published: '2024-02-03',
			publishedSource: 'byline',
			publishedInferred: false,
			warnings: []
		});
	});

	it('date only in the URL line: the URL path gives the day', () => {
		expect(fixtureMeta('url-dated.txt')).toMatchObject({
			title: 'Uzbekistan presses trans-Afghan railway at Tashkent meeting',
			author: 'Rustam Aliev',
			outlet: null,
			url: 'https://regional-review.example/2020/02/29/uzbek-railway-talks/',
			published: '2020-02-29',
			publishedSource: 'url',
			publishedInferred: false,
			warnings: []
		});
	});
});

const PARA =
	'The foreign ministers met in Islamabad on Saturday, months after the Taliban took power in August 2021, and agreed to meet again.';

function headerMeta(header: string[], paragraphs: string[] = [PARA], footer: string[] = []) {
	return extractMetadata({ paragraphs, header, footer }, { file: 'x.txt' });
}

describe('headline among the header lines', () => {
	it('a section path above the headline is not the title', () => {
		const m = headerMeta([
			'Skip to main content',
			'World | Asia Pacific',
			'China, Pakistan and Afghanistan agree to extend economic corridor to Kabul',
			'By Staff Reporter'
		]);
		expect(m.title).toBe(
			'China, Pakistan and Afghanistan agree to extend economic corridor to Kabul'
		);
	});

	it('a standfirst sentence after the headline is not the title', () => {
		const m = headerMeta([
			'ANALYSIS',
			'Why Pakistan keeps talking to the Taliban',
			'The border is calm for now. It will not stay that way.',
			'By Jane Doe'
		]);
		expect(m.title).toBe('Why Pakistan keeps talking to the Taliban');
	});

	it('a site menu above the headline is not the title', () => {
		const m = headerMeta([
			'My Blog',
			'Home',
			'About',
			'Pakistan and the Taliban: a troubled friendship',
			'May 7, 2023'
		]);
		expect(m.title).toBe('Pakistan and the Taliban: a troubled friendship');
	});

	it('a headline repeated with the outlet gives the outlet', () => {
		const m = headerMeta([
			'Talks resume in Doha | Gulf Courier',
			'Talks resume in Doha',
			'By Jane Doe'
		]);
		expect([m.title, m.outlet]).toEqual(['Talks resume in Doha', 'Gulf Courier']);
	});

	it('pickHeadline joins a headline printed on two lines', () => {
		const pick = pickHeadline(
			['PAKISTAN, CHINA AND', 'THE CORRIDOR TO KABUL', 'Jane Doe'],
			isNameLike
		);
		expect(pick).toEqual({ index: 0, end: 1, text: 'PAKISTAN, CHINA AND THE CORRIDOR TO KABUL' });
	});

	it("pickHeadline passes over the outlet's half of a title line whose headline was lost (qr-04)", () => {
		const pick = pickHeadline(
			[
				'| Welcome to Global Village Space',
				'Tuesday, May 21, 2024',
				'Afghan refugees will remain in Pakistan till June 2020'
			],
			isNameLike
		);
		expect(pick.text).toBe('Afghan refugees will remain in Pakistan till June 2020');
	});

	it('pickHeadline passes over a weather widget and an ad slot above the headline (qn-06)', () => {
		const pick = pickHeadline(
			[
				'Saturday, July 27, 2024',
				'31.1 C',
				'Saturday, July 27, 2024',
				'- Advertisement -corhaz 3',
				'Qatar’s High Level Delegation Meets Taliban’s New Prime Minister In Kabul'
			],
			isNameLike
		);
		expect(pick.text).toBe(
			'Qatar’s High Level Delegation Meets Taliban’s New Prime Minister In Kabul'
		);
	});

	it('isNavigationPath: short items between separators', () => {
		expect([
			isNavigationPath('World | Asia Pacific'),
			isNavigationPath('Home » News » Asia'),
			isNavigationPath('Talks resume in Doha | Gulf Courier')
		]).toEqual([true, true, false]);
	});
});

describe('bylines', () => {
	it.each(['Staff Reporter', 'Our Correspondent', 'Web Desk', 'News Agencies', 'Monitoring Desk'])(
		'"%s" names a desk, not a person',
		(byline) => {
			expect(isNameLike(byline)).toBe(false);
		}
	);

	it('"By Staff Reporter" gives no author', () => {
		expect(
			headerMeta(['Talks resume in Doha after a pause', 'By Staff Reporter']).author
		).toBeNull();
	});
});

describe('outlet from a wire dateline', () => {
	it('"ISLAMABAD, May 7 (Newsdesk) -" names the agency', () => {
		const m = headerMeta(
			['Talks resume in Islamabad'],
			[
				'ISLAMABAD, May 7 (Newsdesk) - The foreign ministers met in Islamabad on Saturday and agreed to meet again.'
			]
		);
		expect(m.outlet).toBe('Newsdesk');
	});
});

describe('publication date lines', () => {
	const title = 'Pakistan and China sign a trade deal in Islamabad';
	it.each([
		['May 7, 2023 3:12 PM UTC Updated ago', '2023-05-07'],
		['7 May 2023', '2023-05-07'],
		['07 May, 2023', '2023-05-07'],
		['2023-05-07T10:00:00Z', '2023-05-07'],
		['Sat 7 May 2023 10.05 BST', '2023-05-07'],
		['Published May 7, 2023 at 3:12 pm ET', '2023-05-07'],
		['Published: 12:05 AM, Jan 18, 2019', '2019-01-18'],
		['Updated May 8, 2023 · Published May 7, 2023', '2023-05-07'],
		['Published On 7 May 20237 May 2023', '2023-05-07'],
		['Posted: 25/07/2023', '2023-07-25']
	])('"%s" → %s, not inferred', (line, date) => {
		const m = headerMeta([title, line]);
		expect([m.published, m.publishedInferred, m.warnings]).toEqual([date, false, []]);
	});

	it('"Published" wins over "Updated" on separate lines', () => {
		expect(
			headerMeta([title, 'Updated: 19 January 2019', 'Published: 18 January 2019']).published
		).toBe('2019-01-18');
	});

	it('a numeric date whose day/month order is unknown keeps only the year, and says so', () => {
		const m = headerMeta([title, 'Posted: 05/07/2023']);
		expect([m.published, m.publishedInferred]).toEqual(['2023', false]);
		expect(m.warnings[0]).toMatch(/does not say which number is the day; kept the year 2023/);
	});

	it('a printed date line wins over any date in the body', () => {
		const m = headerMeta(
			[title, 'May 7, 2023 3:12 PM UTC Updated ago'],
			['The Taliban took power in August 2021. Talks are planned for March 2026.']
		);
		expect(m.published).toBe('2023-05-07');
	});
});

describe('publication date inferred from the body', () => {
	it('takes the latest month the body mentions as a past event', () => {
		const m = headerMeta(
			['Talks resume in Doha after a pause'],
			[
				'Beijing has kept its embassy open since the Taliban took power in August 2021, and envoys met in January 2023.'
			]
		);
		expect([m.published, m.publishedInferred]).toEqual(['2023-01', true]);
		expect(m.publishedRange?.[0]).toBe('2023-01-01');
		expect(m.warnings[0]).toMatch(
			/^no publication date printed; inferred 2023-01 .*tells of 2023-01 as past/
		);
	});

	it('ignores dates the text puts in the future', () => {
		const m = headerMeta(
			['Talks resume in Doha after a pause'],
			[
				'The line was agreed in February 2021. It will be finished by December 2027, and talks will resume in March 2026.'
			]
		);
		expect(m.published).toBe('2021-02');
	});

	it('never uses a relative time as a date', () => {
		const m = headerMeta(
			['Talks resume in Doha after a pause', '2 hours ago'],
			['Envoys met again on Sunday and agreed to continue.']
		);
		expect(m.published).toBeNull();
	});
});

describe('publication date printed after the text', () => {
	it('a lone date line right after the body dates the article', () => {
		const m = headerMeta(
			['Talks resume in Doha after a pause'],
			[PARA],
			['17 January 2019', 'Mian Abrar']
		);
		expect([m.published, m.publishedInferred]).toEqual(['2019-01-17', false]);
	});

	it('a date line inside a dated list after the body does not', () => {
		const m = headerMeta(
			['Talks resume in Doha after a pause'],
			[PARA],
			['Related', 'May 10, 2025', 'April 25, 2025']
		);
		expect(m.publishedInferred).toBe(true);
	});
});

describe('headline and byline among share buttons, relative times and decks', () => {
	it('a bare name under the headline is the author, not the title', () => {
		const m = headerMeta([
			'Skip to content',
			'Home',
			'News',
			'Pakistan and Taliban agree to reopen Torkham border crossing',
			'2 hours ago',
			'Share',
			'Save',
			'Jane Doe'
		]);
		expect([m.title, m.author]).toEqual([
			'Pakistan and Taliban agree to reopen Torkham border crossing',
			'Jane Doe'
		]);
	});

	it('the headline is above its longer deck; "Name in Place" is the author', () => {
		const m = headerMeta([
			'This article is more than 1 year old',
			'Pakistan and China pledge to extend economic corridor to Afghanistan',
			'Foreign ministers meet Taliban counterpart in Islamabad and agree to push Belt and Road projects',
			'Jane Doe in Islamabad',
			'Sat 6 May 2023 14.05 BST',
			'Last modified on Sun 7 May 2023 09.10 BST'
		]);
		expect([m.title, m.author, m.published]).toEqual([
			'Pakistan and China pledge to extend economic corridor to Afghanistan',
			'Jane Doe',
			'2023-05-06'
		]);
	});
});

describe('only an update date printed', () => {
	it('"Last updated: 8 May 2023" is read as an update date', () => {
		const m = headerMeta(['Talks resume in Doha after a pause', 'Last updated: 8 May 2023']);
		expect([m.published, m.warnings.length]).toEqual(['2023-05-08', 1]);
	});

	it('is used as the publication date, with a warning', () => {
		const m = headerMeta(['Talks resume in Doha after a pause', 'Updated: 10:40 AM, Jan 19, 2019']);
		expect([m.published, m.publishedInferred]).toEqual(['2019-01-19', false]);
		expect(m.warnings).toEqual([
			'only an update date is printed; used 2019-01-19 as the publication date'
		]);
	});
});
