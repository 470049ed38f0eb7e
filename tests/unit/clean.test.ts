import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle, locateBody } from '../../ingest/stages/clean';
import { datelineCandidates } from '../../ingest/stages/meta-dateline';
import {
	capParagraphs,
	MAX_PARAGRAPH_CHARS,
	splitLongParagraph
} from '../../ingest/stages/clean-long';
import { toPlain } from '../../ingest/stages/clean-inline';
import { countNotes, pageFurniture, stripFootnoteMarkers } from '../../ingest/stages/clean-pages';
import { readArticle } from '../../ingest/stages/read';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const seed = (file: string) => readFileSync(root(`geodata/articles/${file}`), 'utf8');
const fixture = (file: string) => readFileSync(root(`tests/fixtures/articles/${file}`), 'utf8');

interface GoldBody {
	start_line: number;
	end_line: number;
	first_words: string;
	last_words: string;
}
const gold = JSON.parse(readFileSync(root('tests/fixtures/gold/seeds-gold.json'), 'utf8')) as {
	articles: Record<string, { body: GoldBody }>;
};
const seeds = Object.entries(gold.articles);

describe('cleanArticle on the seed corpus (answer key)', () => {
	it.each(seeds)('%s: body starts and ends on the answer key’s lines', (file, { body }) => {
		const loc = locateBody(seed(file), 'txt');
		expect([loc.startLine, loc.endLine]).toEqual([body.start_line, body.end_line]);
	});

	it.each(seeds)(
		'%s: first paragraph starts with the answer key’s first words',
		(file, { body }) => {
			const { paragraphs } = cleanArticle(seed(file), 'txt');
			expect(paragraphs[0]?.startsWith(body.first_words)).toBe(true);
		}
	);

	it.each(seeds)('%s: last paragraph ends with the answer key’s last words', (file, { body }) => {
		const { paragraphs } = cleanArticle(seed(file), 'txt');
		expect(paragraphs[paragraphs.length - 1]?.endsWith(body.last_words)).toBe(true);
	});

	it.each(seeds)('%s: no markdown artefacts survive in the body', (file) => {
		const text = cleanArticle(seed(file), 'txt').paragraphs.join('\n');
		expect(text).not.toMatch(/\*\*|\]\(|\[email|\(#\)|^\*|\*$/m);
	});

	it('joins a sentence cut by a stray blank line (seed 000)', () => {
		const { paragraphs } = cleanArticle(seed('000_7c93162b7207209b.txt'), 'txt');
		expect(paragraphs.some((p) => p.includes('they love their homeland and want calm'))).toBe(true);
	});

	it('drops a [read more](#) trailer and keeps the sentence (seed 000)', () => {
		const { paragraphs } = cleanArticle(seed('000_7c93162b7207209b.txt'), 'txt');
		expect(paragraphs).toContain(
			'Rahmon concluded, “We agreed to facilitate negotiations between the Taliban and Tajiks in Dushanbe.'
		);
	});

	it('keeps typographic apostrophes and quotes as printed (seed 000)', () => {
		const text = cleanArticle(seed('000_7c93162b7207209b.txt'), 'txt').paragraphs.join('\n');
		expect(text).toContain('Rahmon’s preconditions');
		expect(text).toContain('“lengthy meeting”');
	});

	it('treats one line as one paragraph when a file has no blank lines (seed 002)', () => {
		expect(cleanArticle(seed('002_d42262bbb112a971.txt'), 'txt').paragraphs).toHaveLength(12);
	});

	it('moves the standfirst question into the header (seed 002)', () => {
		const { header } = cleanArticle(seed('002_d42262bbb112a971.txt'), 'txt');
		expect(header[1]).toMatch(/^Where are Pakistan and Afghanistans relations/);
	});

	it('leaves the crawl-date header and breadcrumb in the header (seed 001)', () => {
		const { header } = cleanArticle(seed('001_423acc813efee99a.txt'), 'txt');
		expect(header.slice(0, 2)).toEqual([
			'Friday, January 31, 2025',
			'HomePakistanSeeking Stability: Pakistan’s diplomatic efforts in Afghanistan'
		]);
	});

	it('puts the author bio and comment form in the footer (seed 001)', () => {
		const { footer } = cleanArticle(seed('001_423acc813efee99a.txt'), 'txt');
		expect(footer[0]).toMatch(/^The author is a Freelance Researcher/);
		expect(footer).toContain('LEAVE A REPLY');
	});

	it('keeps the Recent Posts sidebar out of the body (seed 003)', () => {
		const text = cleanArticle(seed('003_a1476e04c82c5799.txt'), 'txt').paragraphs.join('\n');
		expect(text).not.toMatch(/mins ago|Rana Mashhood|Syria/);
	});

	it('leaves the deck bullets in the header and the byline after the body in the footer (seed 004)', () => {
		const { header, footer } = cleanArticle(seed('004_8e8250f4a2a3196f.txt'), 'txt');
		expect(header).toHaveLength(4);
		expect(footer[0]).toBe('Mian Abrar');
	});
});

describe('toPlain (inline markdown repair)', () => {
	it('unwraps bold and italic', () => {
		expect(toPlain('*Tajik **President Emomali Rahmon** met* _them_')).toBe(
			'Tajik President Emomali Rahmon met them'
		);
	});

	it('keeps link text and drops the target', () => {
		expect(toPlain('a [mission to Kabul](#) on [day](https://x.org/a "t")')).toBe(
			'a mission to Kabul on day'
		);
	});

	it('removes link-only trailers such as [read more](#)', () => {
		expect(toPlain('They met in Dushanbe. [read more](#)')).toBe('They met in Dushanbe.');
	});

	it('replaces a scraped [email protected] with a placeholder', () => {
		expect(toPlain('Reach him at [email protected] today')).toBe(
			'Reach him at (email address) today'
		);
	});

	it('decodes entities and normalises spaces', () => {
		expect(toPlain('Russia&nbsp;&amp;  China\u200b agreed')).toBe('Russia & China agreed');
	});

	it('returns an empty string for a separator line', () => {
		expect(toPlain('*')).toBe('');
	});
});

describe('cleanArticle on other outlets’ layouts', () => {
	it('wire story: keeps the dateline paragraph and ends before the credits', () => {
		const { paragraphs, footer } = cleanArticle(fixture('wire-dateline.txt'), 'txt');
		expect(paragraphs[0]).toMatch(/^ISLAMABAD \(Reuters\) - Pakistan and Afghanistan agreed/);
		expect(paragraphs).toHaveLength(4);
		expect(footer[0]).toMatch(/^Reporting by Asif Shahzad/);
	});

	it('a lead whose dateline is names and numbers is still the first paragraph (ae-03)', () => {
		const page = [
			'Urdu   /   Kannada   /   Nawayathi',
			'',
			'Afghan politicians attend conference hosted by Pakistan',
			'',
			'share with us',
			'',
			'ISLAMABAD, 23 June 2019 [Fik/News Sources]: Pakistan on Saturday hosted a day-long Afghan peace conference, ahead of President Ashraf Ghani’s visit to Islamabad next week. ',
			'',
			'According to Pakistani officials, Ghani is likely to pay a visit to Islamabad on June 27. ',
			'',
			'The conference was jointly organized by the Lahore Center for Peace and Research (LCPR) and the South Asian Strategic Stability Institute (SASSI) in Pakistan’s scenic town of Bhurban. ',
			'',
			'Addressing the participants at the start of the conference, Pakistan’s Foreign Minister Shah Mehmood Qureshi welcomed the prominent Afghan political and religious leaders and said his country remains “firmly committed to a peaceful, stable, united, democratic and prosperous Afghanistan”.'
		].join('\n');
		expect(cleanArticle(page, 'txt').paragraphs[0]).toMatch(
			/^ISLAMABAD, 23 June 2019 .*hosted a day-long/
		);
	});

	it('WordPress blog: body is the three paragraphs, without share, related or comment text', () => {
		const { paragraphs } = cleanArticle(fixture('wordpress-blog.txt'), 'txt');
		expect(paragraphs).toHaveLength(3);
		expect(paragraphs.join(' ')).not.toMatch(/Share this|Related|Good news for farmers|Tags/);
	});

	it('WordPress blog: navigation, site name and byline stay in the header', () => {
		const { header } = cleanArticle(fixture('wordpress-blog.txt'), 'txt');
		expect(header).toContain('Posted on March 3, 2020 by Jane Doe');
		expect(header).toContain('Home » Region » Central Asia');
	});

	it('markdown: headings, emphasis and links become plain text', () => {
		const { paragraphs, title } = cleanArticle(fixture('markdown-story.md'), 'md');
		expect(title).toBe('Turkmenistan and Afghanistan resume pipeline talks in Herat');
		expect(paragraphs[0]).toMatch(/^Officials from Turkmenistan and Afghanistan met in Herat on/);
		expect(paragraphs[1]).toMatch(/could start within months if security guarantees held\.$/);
	});

	it('markdown: the bio and the related link after the body are footer', () => {
		const { footer } = cleanArticle(fixture('markdown-story.md'), 'md');
		expect(footer).toEqual([
			'Ali Rezaei is a freelance journalist based in Mashhad.',
			'Related: Iran raises gas exports to Iraq'
		]);
	});

	it('hard-wrapped text: lines of one paragraph are joined', () => {
		const { paragraphs } = cleanArticle(fixture('wrapped-column.txt'), 'txt');
		expect(paragraphs).toHaveLength(2);
		expect(paragraphs[0]).toContain(
			'would carry Chinese goods through the Fergana Valley to northern'
		);
	});

	it('undated op-ed: the section label stays in the header and the bio in the footer', () => {
		const { header, footer, paragraphs } = cleanArticle(fixture('undated-oped.txt'), 'txt');
		expect(header[0]).toBe('Opinion');
		expect(paragraphs).toHaveLength(3);
		expect(footer).toEqual(['Farida Nazari is a researcher at a policy institute in Almaty.']);
	});

	it('Windows-1252 file: decoded quotes reach the paragraphs intact', () => {
		const body =
			'Kabul\x92s foreign ministry said the \x93constructive\x94 talks with Islamabad would continue next month in Doha, officials said.';
		const bytes = Uint8Array.from(`Talks resume\n\n${body}\n`, (c) => c.charCodeAt(0));
		const read = readArticle('old.txt', bytes);
		if (!read.ok) throw new Error(read.problem);
		const { paragraphs } = cleanArticle(read.text, read.format);
		expect(paragraphs[0]).toMatch(/^Kabul’s foreign ministry said the “constructive” talks/);
	});
});

describe('cleanArticle on HTML', () => {
	const html = fixture('news-page.html');

	it('keeps the article paragraphs as plain text', () => {
		const { paragraphs } = cleanArticle(html, 'html');
		expect(paragraphs).toHaveLength(3);
		expect(paragraphs[0]).toMatch(
			/^Kazakhstan hosted a delegation from the Taliban administration in Astana on Tuesday/
		);
	});

	it('decodes entities', () => {
		const text = cleanArticle(html, 'html').paragraphs.join('\n');
		expect(text).toContain('the “complicated” situation');
		expect(text).toContain('Russia & Kyrgyzstan');
	});

	it('drops scripts, styles, navigation, figures, asides and the page footer', () => {
		const all = JSON.stringify(cleanArticle(html, 'html'));
		expect(all).not.toMatch(
			/tracking|document\.write|color: red|Most read|Floods in Pakistan|All rights reserved|Delegations at the talks|Share on Facebook/
		);
	});

	it('never lets a tag through', () => {
		const out = cleanArticle(
			'<p>Talks in <b>Kabul</b> <img src=x onerror=alert(1)> went on <i>for hours</i> and both sides said they would meet again soon in Tashkent.</p>',
			'html'
		);
		expect(out.paragraphs).toEqual([
			'Talks in Kabul went on for hours and both sides said they would meet again soon in Tashkent.'
		]);
	});

	it('returns the page metadata', () => {
		const { htmlMeta } = cleanArticle(html, 'html');
		expect(htmlMeta).toMatchObject({
			title: 'Kazakhstan hosts Afghan trade talks in Astana | Steppe Herald',
			'og:title': 'Kazakhstan hosts Afghan trade talks in Astana',
			'og:site_name': 'Steppe Herald',
			author: 'Dana Seitkali',
			'article:published_time': '2023-11-08T09:00:00+05:00',
			canonical: 'https://steppe-herald.example/2023/11/08/afghan-trade-talks'
		});
	});

	it('reads JSON-LD when the page has no meta tags', () => {
		const page = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Envoys meet in Doha","datePublished":"2020-02-29","author":{"@type":"Person","name":"Sam Lee"},"publisher":{"name":"Gulf Wire"}}</script></head><body><p>Envoys from the United States and the Taliban signed an agreement in Doha on Saturday after more than a year of talks.</p></body></html>`;
		expect(cleanArticle(page, 'html').htmlMeta).toMatchObject({
			'ld:headline': 'Envoys meet in Doha',
			'ld:datePublished': '2020-02-29',
			'ld:author': 'Sam Lee',
			'ld:publisher': 'Gulf Wire'
		});
	});
});

describe('cleanArticle on five more layouts (body first and last words)', () => {
	const cases: Array<[string, number, string, string]> = [
		[
			'daily-published-updated.txt',
			4,
			'ISLAMABAD: Pakistan and Afghanistan on Thursday agreed',
			'use Afghan soil to attack its border posts.'
		],
		[
			'thinktank-commentary-pdf.txt',
			4,
			'Tajikistan is the only neighbour of Afghanistan',
			'as long as the Taliban refuse to share power.'
		],
		[
			'newsletter-post.txt',
			5,
			'When an Uzbek delegation landed in Kabul',
			'thinner than it looks from Washington.'
		],
		[
			'aggregator-source.txt',
			3,
			'Kazakhstan has removed the Taliban from its national list',
			'link Kazakhstan to Turkmenistan and Afghanistan.'
		],
		[
			'url-dated.txt',
			3,
			'Uzbekistan pressed Afghanistan and Pakistan on Friday',
			'promised to connect the line to Peshawar.'
		]
	];

	it.each(cases)('%s: %i paragraphs', (file, count) => {
		expect(cleanArticle(fixture(file), 'txt').paragraphs).toHaveLength(count);
	});

	it.each(cases)('%s: body starts with the expected words', (file, _n, first) => {
		expect(cleanArticle(fixture(file), 'txt').paragraphs[0]?.startsWith(first)).toBe(true);
	});

	it.each(cases)('%s: body ends with the expected words', (file, _n, _first, last) => {
		const { paragraphs } = cleanArticle(fixture(file), 'txt');
		expect(paragraphs[paragraphs.length - 1]?.endsWith(last)).toBe(true);
	});
});

describe('cleanArticle on furniture of those layouts', () => {
	it('a "read also" label in another language and the headlines under it end the body (pu-09)', () => {
		const page = readFileSync(
			new URL(
				'../fixtures/real/pages/pu-09-atavatan-turkmenistan-border-meeting.txt',
				import.meta.url
			),
			'utf8'
		);
		const { paragraphs, footer } = cleanArticle(page, 'txt');
		expect(paragraphs.at(-1)).toMatch(
			/^At the end of August, Afghanistan’s delegation visited Ashgabat\./
		);
		expect(footer[0]).toBe('Ýene-de okaň');
		expect(paragraphs.join('\n')).not.toMatch(/German chancellor/);
	});

	it('daily: an "Also Read" promo inside the body is dropped', () => {
		const text = cleanArticle(fixture('daily-published-updated.txt'), 'txt').paragraphs.join('\n');
		expect(text).not.toMatch(/Also Read|Chaman crossing/);
	});

	it('daily: the "Published in …" credit is footer', () => {
		const { footer } = cleanArticle(fixture('daily-published-updated.txt'), 'txt');
		expect(footer[0]).toBe('Published in Daily Indus Courier, January 18th, 2019');
	});

	it('newsletter: subscribe prompts inside and after the post are not body', () => {
		const text = cleanArticle(fixture('newsletter-post.txt'), 'txt').paragraphs.join('\n');
		expect(text).not.toMatch(/Thanks for reading|Subscribe|Restack|Share/);
	});

	it('aggregator: the "Read the full story" line and the "More from" list are footer', () => {
		const { footer } = cleanArticle(fixture('aggregator-source.txt'), 'txt');
		expect(footer.slice(0, 2)).toEqual([
			'Read the full story at Kabul Monitor',
			'More from Kabul Monitor'
		]);
	});

	it('a box label inside the story ("More From This Section") does not end it when prose follows (in-02)', () => {
		const page = readFileSync(
			new URL('../fixtures/real/pages/in-02-chabahar-first-trilateral.txt', import.meta.url),
			'utf8'
		);
		const { paragraphs } = cleanArticle(page, 'txt');
		const text = paragraphs.join('\n');
		expect(text).toContain('in the first half of 2019 in India');
		expect(text).not.toContain('More From This Section');
	});

	it('a lead sentence heavy with names, right before the body, is its first paragraph (ph-03)', () => {
		const page = readFileSync(
			new URL(
				'../fixtures/real/pages/ph-03-bakhtarnews-khalilzad-islamabad-2019.txt',
				import.meta.url
			),
			'utf8'
		);
		const { paragraphs, header } = cleanArticle(page, 'txt');
		expect(paragraphs[0]).toContain('Zalmay Khalilzad reached Islamabad on Tuesday.');
		expect(header).toContain('Friday October 4, 2019');
		expect(paragraphs.join('\n')).not.toContain('Arrives in Islamabad to Hold Meetings');
	});

	it('a lead that ends on a colon to open the quotation the body starts with is its first paragraph, and dates the page (wn-01)', () => {
		const page = readFileSync(
			new URL(
				'../fixtures/real/pages/wn-01-larouchepub-moscow-six-party-2017.txt',
				import.meta.url
			),
			'utf8'
		);
		const { paragraphs } = cleanArticle(page, 'txt');
		expect(paragraphs[0]).toMatch(
			/^Feb\. 16, 2017 \(EIRNS\)—Following yesterday's six-nation talks/
		);
		expect(datelineCandidates(paragraphs[0])[0]?.date).toBe('2017-02-16');
	});

	it('a wire’s “RELATED” teaser, a reader poll and a dated teaser after the story are not body (wr-04, wr-03)', () => {
		const page = (name: string) =>
			readFileSync(new URL(`../fixtures/real/pages/${name}.txt`, import.meta.url), 'utf8');
		const upi = cleanArticle(page('wr-04-upi-chaman-border-clash'), 'txt').paragraphs.join('\n');
		expect(upi).toContain('The clashes took place Friday at the Chaman border');
		expect(upi).not.toMatch(/RELATED|Kashmir/);
		const brief = cleanArticle(page('wr-03-caravanserai-uzbek-afghan-railway'), 'txt');
		const text = brief.paragraphs.join('\n');
		expect(text).toContain('No details about the cost and funding of the project were given.');
		expect(text).not.toMatch(/Do you like this article|Kazakhstanis|Syria/);
	});

	it('PDF text: page numbers and the repeated running header leave the body', () => {
		const text = cleanArticle(fixture('thinktank-commentary-pdf.txt'), 'txt').paragraphs.join('\n');
		expect(text).not.toMatch(/Commentary No\.|^\s*\d+\s*$/m);
	});

	it('PDF text: a paragraph cut by a page break is joined again', () => {
		const { paragraphs } = cleanArticle(fixture('thinktank-commentary-pdf.txt'), 'txt');
		expect(paragraphs[1]).toContain(
			"tolerated Dushanbe's position, because it gives Moscow a second channel"
		);
	});

	it('PDF text: a word hyphenated at the line end is rejoined', () => {
		const { paragraphs } = cleanArticle(fixture('thinktank-commentary-pdf.txt'), 'txt');
		expect(paragraphs[1]).toContain('military base in Tajikistan and has held');
	});

	it('PDF text: footnote markers are dropped, the notes list is footer', () => {
		const { paragraphs, footer } = cleanArticle(fixture('thinktank-commentary-pdf.txt'), 'txt');
		expect(paragraphs[0]).toContain('in August 2021. President Emomali Rahmon');
		expect(paragraphs[0]).toMatch(/to live in the capital\.$/);
		expect(footer[0]).toBe('Notes');
		expect(footer[4]).toBe('4 Russian foreign ministry briefing, 20 October 2021.');
	});

	it('PDF text: the first page header stays in the header (it names the publisher)', () => {
		const { header } = cleanArticle(fixture('thinktank-commentary-pdf.txt'), 'txt');
		expect(header[0]).toBe('Centre for Regional Dialogue | Commentary No. 14');
	});

	it('PDF text: body line numbers still match the input file', () => {
		const loc = locateBody(fixture('thinktank-commentary-pdf.txt'), 'txt');
		expect([loc.startLine, loc.endLine]).toEqual([9, 32]);
	});
});

describe('paged text helpers', () => {
	it('pageFurniture: ordinary text with number lines (like counts) is not paged', () => {
		expect(pageFurniture(['Title', '12', '3', 'Share', 'Some text.'])).toBeNull();
	});

	it('pageFurniture: page numbers that count up mark the text as paged', () => {
		const lines = [
			'Header',
			...Array(10).fill('text line'),
			'1',
			'Header',
			'more',
			...Array(8).fill('x y'),
			'2'
		];
		const blank = pageFurniture(lines);
		expect(blank && [blank[0], blank[11], blank[12], blank[22]]).toEqual([0, 1, 1, 1]);
	});

	it('countNotes: the highest number listed under a notes heading', () => {
		expect(countNotes(['Notes', '1 First.', '2 Second.', '© X'])).toBe(2);
		expect(countNotes(['1 First.', '2 Second.'])).toBe(0);
	});

	it('stripFootnoteMarkers: only numbers up to the count of notes', () => {
		expect(stripFootnoteMarkers('in the capital.2 Then in 2021.7 and base 201st', 3)).toBe(
			'in the capital. Then in 2021.7 and base 201st'
		);
	});

	it('stripFootnoteMarkers: leaves text alone when there are no notes', () => {
		expect(stripFootnoteMarkers('in the capital.2', 0)).toBe('in the capital.2');
	});
});

describe('overlong paragraphs (bounded cost per article)', () => {
	const sentence = (i: number) => `Envoys met in Dushanbe on day ${i} of the long talks.`;
	const long = Array.from({ length: 400 }, (_, i) => sentence(i)).join(' ');

	it('cuts a paragraph over the cap at the last sentence end before it, losing no text', () => {
		const pieces = splitLongParagraph(long, 1000);
		expect(pieces.length).toBeGreaterThan(1);
		for (const p of pieces) {
			expect(p.length).toBeLessThanOrEqual(1000);
			expect(p).toMatch(/^Envoys met .*talks\.$/);
		}
		expect(pieces.join(' ')).toBe(long);
		// The last sentence end before the cap: one more sentence would not have fitted.
		expect(pieces[0]!.length + 1 + sentence(0).length + 2).toBeGreaterThan(1000);
	});

	it('cuts hard, at a space, only a run with no sentence end', () => {
		const words = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
		const pieces = splitLongParagraph(words, 500);
		expect(pieces.every((p) => p.length <= 500)).toBe(true);
		expect(pieces.join(' ')).toBe(words);
		const unbroken = 'x'.repeat(1200);
		expect(splitLongParagraph(unbroken, 500).map((p) => p.length)).toEqual([500, 500, 200]);
	});

	it('leaves paragraphs within the cap as they are', () => {
		expect(splitLongParagraph(sentence(1), 1000)).toEqual([sentence(1)]);
		const paragraphs = [sentence(1), sentence(2)];
		expect(capParagraphs(paragraphs, 1000)).toBe(paragraphs);
	});

	it('applies to what the clean stage returns: no paragraph over 5,000 characters', () => {
		const text = `A headline about talks\n\nBy Jane Doe\n\n${Array.from({ length: 2000 }, (_, i) => sentence(i)).join(' ')}\n`;
		const { paragraphs } = cleanArticle(text, 'txt');
		expect(paragraphs.length).toBeGreaterThan(1);
		expect(Math.max(...paragraphs.map((p) => p.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
		expect(paragraphs.join(' ')).toContain(`${sentence(0)} ${sentence(1)}`);
		expect(paragraphs[paragraphs.length - 1]).toMatch(/day 1999 of the long talks\.$/);
	});
});

describe('teasers in the body', () => {
	it('a line that offers another story to read is no part of the story: "READ: …", "Read | …" (ja-04, qb-03)', () => {
		const teaser = 'READ: Turkey, Pakistan plan landmark deal for dual nationality';
		const bar =
			"Read | Nepal sign agreement on China's new 'Silk route' plan, One Belt One Road Initiative";
		const { paragraphs } = cleanArticle(
			[
				'Pakistan PM: friends told me not to attend Malaysia summit',
				'',
				'Pakistan’s “friends” felt Prime Minister Imran Khan’s attendance of the Kuala Lumpur Summit in December would “divide the Ummah”, the officials said during a two-day visit to Malaysia this week.',
				'',
				'Khan explained his absence from the Kuala Lumpur Summit and expressed his sadness in not attending, adding that he hopes to attend the next summit.',
				'',
				teaser,
				'',
				bar,
				'',
				'Addressing a joint press conference with his Malaysian counterpart, Mahathir Mohamad in Putrajaya, Khan said the conference was not meant to divide the ummah, and that he had explained as much to the leaders who had asked him to stay away.',
				'',
				'The two leaders also discussed trade, palm oil purchases and the situation in Kashmir, and agreed that their ministers would meet again before the end of the year to take the talks forward.'
			].join('\n'),
			'txt'
		);
		expect(paragraphs.join('\n')).not.toContain(teaser);
		expect(paragraphs.join('\n')).not.toContain(bar);
		expect(paragraphs.join('\n')).toContain('joint press conference');
	});
});

describe('numbered paragraphs', () => {
	// kh-06: a joint communiqué whose numbered paragraphs run together, cut off mid-sentence.
	const communique = [
		'PR No. 138',
		'Joint Communiqué on Official Visit of President of the Republic of Tajikistan, H.E. Emomali Rahmon to Islamic Republic of Pakistan ISLAMABAD; December 14, 2022',
		'',
		'1. On the invitation of Prime Minister H.E. Muhammad Shehbaz Sharif, the President of the Republic of Tajikistan, H.E. Emomali Rahmon paid an official visit to Pakistan on 14-15 December 2022. 2. During the delegation level talks, the two leaders exchanged views on a wide range of issues of bilateral cooperation, including trade, energy, connectivity, education and culture, as well as regional and international matters of mutual interest. 3. The two leaders agreed that the Strategic Partnership Agreement, which will further enhance bilateral cooperation, should be finalized at the earliest and be signed during the visit of Prime Minister of Pakistan to Dushanbe next year. 4. The Prime Minister of Pakistan highly appreciated efforts of the President'
	].join('\n');

	it('a numbered paragraph that runs on for sentences is prose, even cut off mid-sentence (kh-06)', () => {
		const { paragraphs } = cleanArticle(communique, 'txt');
		expect(paragraphs.join('\n')).toContain(
			'paid an official visit to Pakistan on 14-15 December 2022'
		);
	});

	it('a short numbered line without a full stop is still no paragraph of the story', () => {
		const { paragraphs } = cleanArticle(
			`${communique}.\n\n5. Related: Pakistan and Tajikistan sign transit deal`,
			'txt'
		);
		expect(paragraphs.join('\n')).not.toContain('Related: Pakistan and Tajikistan');
	});
});

describe('a digest in bullet points', () => {
	// lt-01: a news digest whose story is a list of sentences, each with its reference mark.
	const digest = [
		'Taliban Confirms Conditional Reopening of Pakistan-Afghan Key Trade Route',
		'',
		'    Last updated Feb 24, 2023',
		'    Image credit: Samaa',
		'',
		'    • A Taliban official announced on Friday that the Torkham crossing, a key Afghanistan-Pakistan trade route closed over the last five days, has been conditionally reopened after Kabul and Islamabad agreed that they will only allow their citizens to cross the border.[1]',
		'    • The border was first closed on Sunday by the Taliban on claims that Pakistan was preventing sick Afghans from crossing the border. In turn, Pakistan has recently accused Kabul of tacitly supporting the Tahreek-e Taliban Pakistan (TTP), an armed Islamist group waging an insurgency against the Pakistani military.[3]',
		'    • A day after the closing, Taliban and Pakistani troops exchanged fire, with one Pakistani soldier being reported injured in the clash.[5]',
		'',
		'Narrative A',
		'',
		"The worsening of the TTP insurgency in Pakistan is a direct result of the Taliban's takeover of neighboring Afghanistan."
	].join('\n');

	it('a bullet that ends a sentence before its reference mark ("border.[1]") is the story, not the header', () => {
		const { paragraphs } = cleanArticle(digest, 'txt');
		expect(paragraphs.join('\n')).toContain('The border was first closed on Sunday by the Taliban');
		expect(paragraphs.join('\n')).toContain('Taliban and Pakistani troops exchanged fire');
	});
});

describe('captions in the body', () => {
	it('a photo caption marked with a capitalised position, "(Centre)", is dropped with its date (xp-07)', () => {
		const { paragraphs } = cleanArticle(
			[
				'Russia to invite Taliban to international talks in Moscow',
				'',
				"Russia will invite the Taliban to international talks on Afghanistan scheduled for October 20 in Moscow, the Kremlin's envoy to Afghanistan, Zamir Kabulov, said Thursday.",
				'',
				'Taliban co-founder Mullah Abdul Ghani Baradar (Centre) leaves after signing an agreement with the United States during a ceremony in the Qatari capital Doha on February 29, 2020.',
				'',
				'The talks will bring together delegations from the region and the Taliban, Kabulov told reporters in Moscow on Thursday afternoon.'
			].join('\n'),
			'txt'
		);
		expect(paragraphs.join('\n')).not.toContain('(Centre)');
		expect(paragraphs.join('\n')).toContain('scheduled for October 20 in Moscow');
	});

	it('a lead that ends on the day it tells with a time of day is prose, a line ending on a photo’s place and day a caption (jd-04)', () => {
		const lead =
			'The Supreme Leader of the Islamic Revolution, Ayatollah Khamenei, received the Prime Minister of Pakistan—Mr. Imran Khan—and his entourage this afternoon, October 13, 2019.';
		const caption =
			'Pakistani Prime Minister Imran Khan speaks during a news conference in Tehran, Iran, October 13, 2019.';
		const { paragraphs } = cleanArticle(
			[
				'Pakistan PM Imran Khan met with Imam Khamenei',
				'',
				lead,
				'',
				caption,
				'',
				'In this meeting, Ayatollah Khamenei described the relationship between Iran and Pakistan as very deep and popular and urged the corresponding officials to exploit this foundation in order to expand collaboration between the two governments.'
			].join('\n'),
			'txt'
		);
		expect(paragraphs).toContain(lead);
		expect(paragraphs).not.toContain(caption);
	});

	it('a notice glued to the start of a page on one line is split off, not the whole text lost with it (ns-01)', () => {
		const text =
			"Originally posted by the Voice of America. Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain. Taliban Rejects Afghan Team for Peace Talks Ayaz Gul The Taliban have refused to engage in talks with a team of negotiators announced by the Afghan government, saying the move violates the insurgent group's peace-building pact with the United States. The insurgent refusal came on a day when Taliban fighters unleashed a new wave of attacks against government forces in northern Afghanistan and overran a district.";
		const { paragraphs, header } = cleanArticle(text, 'txt');
		expect(paragraphs.join(' ')).toContain('The Taliban have refused to engage in talks');
		expect(paragraphs.join(' ')).not.toContain('public domain');
		expect(header.join(' ')).toContain('Originally posted by the Voice of America.');
	});
});
