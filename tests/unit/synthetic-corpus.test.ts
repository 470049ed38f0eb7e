import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/run';
import { validateLinks } from '../../src/lib/data/schema';
import {
	syntheticArticles,
	writeSyntheticCorpus,
	type SyntheticArticle
} from '../../scripts/synthetic-corpus';

const gazetteerJson = JSON.parse(fs.readFileSync('geodata/gazetteer.json', 'utf8'));
const actorsJson = JSON.parse(fs.readFileSync('geodata/actors.json', 'utf8'));
const corpus = (n: number, seed = 42): SyntheticArticle[] => [
	...syntheticArticles({ n, gazetteerJson, actorsJson, seed })
];

describe('synthetic corpus: determinism', () => {
	it('writes the same articles for the same seed', () => {
		const a = corpus(30);
		const b = corpus(30);
		expect(b.map((x) => x.text)).toEqual(a.map((x) => x.text));
		expect(b.map((x) => x.sidecar)).toEqual(a.map((x) => x.sidecar));
	});

	it('writes other articles for another seed', () => {
		const a = corpus(10, 1);
		const b = corpus(10, 2);
		expect(a.filter((x, i) => x.text === b[i]!.text)).toHaveLength(0);
	});
});

describe('synthetic corpus: what a scraped page carries', () => {
	const articles = corpus(120);
	const plain = articles.filter((a) => a.format !== 'html');

	it('wraps every story in site furniture', () => {
		for (const a of articles) {
			expect(a.text, a.name).toMatch(/Skip to main content/);
			expect(a.text, a.name).toMatch(/cookies/i);
			expect(a.text, a.name).toMatch(/Privacy Policy/);
			expect(a.text, a.name).toMatch(/Related/i);
			expect(a.text, a.name).toMatch(/Also read:/);
		}
	});

	it('opens the story with a dateline and gives a byline', () => {
		for (const a of articles) {
			expect(a.text, a.name).toMatch(/By (?:\*\*)?[A-Z][a-z]+ [A-Z][a-z]+/);
			expect(a.text, a.name).toMatch(
				/(?:^|<p>)[A-Z][A-Za-z’' -]+(?:, [A-Z][a-z]+ \d{1,2} \([A-Z]+\) —|:| —| \([A-Z]+\) —) /m
			);
		}
	});

	it('tells several events per article, some planned or called off, with quotes', () => {
		for (const a of articles) {
			expect(a.events.length, a.name).toBeGreaterThanOrEqual(3);
			for (const e of a.events) expect(a.text, a.name).toContain(e.text.replace(/&/g, '&amp;'));
		}
		const statuses = new Set(articles.flatMap((a) => a.events.map((e) => e.status)));
		expect([...statuses].sort()).toEqual(['cancelled', 'held', 'planned']);
		const kinds = new Set(articles.flatMap((a) => a.events.map((e) => e.kind)));
		expect(kinds.size).toBeGreaterThanOrEqual(8);
		expect(articles.filter((a) => /[“"]/.test(a.text)).length).toBeGreaterThan(articles.length / 2);
	});

	it('leaves some pages undated, with no date printed anywhere a page prints one', () => {
		const undated = articles.filter((a) => a.published === null);
		expect(undated.length).toBeGreaterThan(0);
		expect(undated.length).toBeLessThan(articles.length / 4);
		for (const a of undated) {
			expect(a.text, a.name).not.toMatch(
				/(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/
			);
			expect(a.text, a.name).not.toMatch(/Updated:|published_time|Published /);
			expect(a.sidecar?.text ?? '', a.name).not.toMatch(/published/);
		}
	});

	it('has photo captions on some pages, and the three formats', () => {
		expect(
			articles.filter((a) => /Photo|File photo|<figcaption>/.test(a.text)).length
		).toBeGreaterThan(10);
		expect(new Set(articles.map((a) => a.format))).toEqual(new Set(['txt', 'md', 'html']));
		expect(plain.length).toBeGreaterThan(0);
	});
});

describe('synthetic corpus through the ingest', () => {
	const N = 40;
	let dir: string;
	let data: {
		articles: Array<{ id: string; paragraphs: string[]; evidence: Array<{ link: string }> }>;
	};
	let statuses: string[];

	beforeAll(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-synthetic-'));
		writeSyntheticCorpus({
			n: N,
			dir: path.join(dir, 'articles'),
			gazetteerJson,
			actorsJson,
			seed: 7
		});
		await runIngest({
			inDir: path.join(dir, 'articles'),
			outDir: path.join(dir, 'data'),
			geodataDir: 'geodata',
			jobs: 1
		});
		data = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'articles.json'), 'utf8'));
		// Read as the app reads it: the file leaves out what is usual (a held link's status).
		const links = validateLinks(
			JSON.parse(fs.readFileSync(path.join(dir, 'data', 'links.geojson'), 'utf8'))
		);
		statuses = links.features.map((f: { properties: { status: string } }) => f.properties.status);
	}, 60_000);
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('finds several links in most articles', () => {
		const perArticle = data.articles.map((a) => new Set(a.evidence.map((e) => e.link)).size);
		expect(data.articles.length).toBeGreaterThanOrEqual(N - 2);
		expect(perArticle.filter((n) => n >= 2).length).toBeGreaterThan(data.articles.length * 0.75);
		expect(new Set(statuses)).toEqual(new Set(['held', 'planned', 'cancelled']));
	});

	it('keeps the furniture out of the article bodies', () => {
		const body = data.articles.flatMap((a) => a.paragraphs).join('\n');
		expect(body).not.toMatch(/cookies|Skip to main content|Privacy Policy|Enter your email/);
	});
});
