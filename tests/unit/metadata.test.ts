import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../ingest/stages/clean';
import { extractMetadata, parseSidecar, splitTitleSuffix } from '../../ingest/stages/metadata';
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
		expect([m.published, m.publishedInferred]).toEqual(['2024-01', true]);
		expect(m.warnings).toEqual(['no publication date printed; inferred 2024-01 from the body']);
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
		expect(fixtureMeta('news-page.html')).toEqual({
			title: 'Kazakhstan hosts Afghan trade talks in Astana',
			author: 'Dana Seitkali',
			outlet: 'Steppe Herald',
			url: 'https://steppe-herald.example/2023/11/08/afghan-trade-talks',
			published: '2023-11-08',
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
		expect(() => parseSidecar('["2017"]')).toThrow(/must be a JSON object/);
	});

	it('rejects a wrongly typed field', () => {
		expect(() => parseSidecar('{"publishedInferred":"yes"}')).toThrow(
			/publishedInferred.*true or false/
		);
	});

	it('rejects a published value that is not a calendar date', () => {
		expect(() => parseSidecar('{"published":"2021-13-40"}')).toThrow(/"published" must be YYYY/);
	});

	it('rejects a non-string note', () => {
		expect(() => parseSidecar('{"note":42}')).toThrow(/"note" must be a string/);
	});
});
