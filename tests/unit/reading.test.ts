import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceOf, indexArticles, mentionsOf } from '../../src/lib/data/reading';
import { joinLinks, splitByStatus } from '../../src/lib/data/load';
import { validateArticles, validateArticlesFile } from '../../src/lib/data/articles-schema';
import { generationOf, SchemaError, validateLinks } from '../../src/lib/data/schema';

// Each test reads its own copy, so no test can change another's data.
const articles = () =>
	validateArticles(
		JSON.parse(readFileSync(new URL('../fixtures/app/articles.json', import.meta.url), 'utf8'))
	);

describe('indexArticles', () => {
	it('lists a place’s mentions from every article, by article, paragraph and offset', () => {
		const kabul = mentionsOf(indexArticles(articles()), 'city-kabul');
		expect(kabul.map((m) => [m.article, m.paragraph, m.start])).toEqual([
			['000_dushanbe', 0, 207],
			['003_moscow', 0, 74],
			['003_moscow', 1, 57],
			['009_undated', 0, 65]
		]);
		expect(kabul[0]).toMatchObject({ text: 'Kabul', via: 'name' });
	});

	it('lists a link’s evidence with the article it comes from', () => {
		const evidence = evidenceOf(indexArticles(articles()), 'link-tj-pk-2021-meeting');
		expect(evidence).toHaveLength(1);
		expect(evidence[0]!.article).toBe('000_dushanbe');
		expect(evidence[0]!.sentence).toContain('Tajik President Emomali Rahmon');
	});

	it('gives nothing for an id no article points at', () => {
		const reading = indexArticles(articles());
		expect(mentionsOf(reading, 'city-atlantis')).toEqual([]);
		expect(evidenceOf(reading, 'link-gone')).toEqual([]);
	});
});

describe('articles.json as written: the articles and their ingest run', () => {
	it('gives the articles and the generation', () => {
		const file = validateArticlesFile({ articles: articles(), generation: '0123456789abcdef' });
		expect(file.generation).toBe('0123456789abcdef');
		expect(file.articles.length).toBe(articles().length);
	});

	it('rejects a bare list (written before generations), saying to re-ingest', () => {
		expect(() => validateArticlesFile(articles())).toThrow(/bare list.*run `npm run ingest`/);
	});

	it('rejects a file without a generation, or with a malformed one, naming the file', () => {
		expect(() => validateArticlesFile({ articles: [] })).toThrow(
			/^articles\.json: generation: missing .*npm run ingest/
		);
		expect(() =>
			generationOf({ type: 'FeatureCollection', features: [] }, 'links.geojson')
		).toThrow(/^links\.geojson: generation: missing/);
		expect(() => generationOf({ generation: 'yesterday' }, 'places.geojson')).toThrow(
			/^places\.geojson: generation: expected 16 hexadecimal digits, got "yesterday"/
		);
	});
});

describe('validateArticles', () => {
	it('rejects articles written before mentions moved into articles.json, saying what to do', () => {
		const old = articles().map(({ mentions: _m, evidence: _e, ...text }) => text);
		expect(() => validateArticles(old)).toThrow(SchemaError);
		expect(() => validateArticles(old)).toThrow(
			/^articles\.json: \[0\]\.mentions \(000_[^)]+\): missing \(data written before .*npm run ingest`\)$/
		);
	});

	it('rejects a mention without a place', () => {
		const list = articles();
		(list[0]!.mentions[0] as { place?: string }).place = undefined;
		expect(() => validateArticles(list)).toThrow(
			/^articles\.json: \[0\]\.mentions\[0\]\.place \(000_[^)]+\): expected string, got undefined$/
		);
	});
});

describe('data written before events had a status and dates a source', () => {
	const links = () =>
		validateLinks(
			JSON.parse(readFileSync(new URL('../fixtures/app/links.geojson', import.meta.url), 'utf8'))
		);

	it('rejects articles without publishedSource, saying to re-ingest', () => {
		const old = articles().map(({ publishedSource: _s, ...rest }) => rest);
		expect(() => validateArticles(old)).toThrow(
			/\[0\]\.publishedSource \(000_[^)]+\): missing \(.*npm run ingest/
		);
	});

	it('reads a link without a status as held (the file leaves it out); a file written before links had one is of an older format, rejected saying to re-ingest', () => {
		const old = links();
		delete (old.features[0]!.properties as { status?: string }).status;
		expect(validateLinks(old).features[0]!.properties.status).toBe('held');
		expect(() => validateLinks({ ...old, format: 2 })).toThrow(
			/^links\.geojson: format: expected 3, got 2 \(.*npm run ingest/
		);
	});

	it('rejects a confidence outside 0–1', () => {
		const bad = links();
		bad.features[0]!.properties.confidence = 1.5;
		expect(() => validateLinks(bad)).toThrow(
			/features\[0\]\.properties\.confidence \([^)]+\): expected a number in 0–1, got 1\.5/
		);
	});

	it('rejects party names that are not names, naming the file and the member', () => {
		const bad = { ...links(), parties: { ttp: 3 } };
		expect(() => validateLinks(bad)).toThrow(
			/^links\.geojson: parties\.ttp: expected string, got 3/
		);
	});

	it('keeps planned, cancelled, refused and denied links apart from those that took place', () => {
		const all = links();
		all.features[0]!.properties.status = 'cancelled';
		const { links: held, notHeld } = splitByStatus(all);
		expect(notHeld.features.map((f) => f.properties.id)).toEqual([all.features[0]!.properties.id]);
		expect(held.features).toHaveLength(all.features.length - 1);
		expect(held.features.every((f) => f.properties.status === 'held')).toBe(true);
	});
});

describe('the two halves of the links', () => {
	it('keep the party names, apart and joined again', () => {
		const all = validateLinks(
			JSON.parse(readFileSync(new URL('../../static/data/links.geojson', import.meta.url), 'utf8'))
		);
		expect(all.parties?.['ttp']).toBe('TTP');
		const { links, notHeld } = splitByStatus(all);
		expect(notHeld.features.length).toBeGreaterThan(0);
		expect(links.parties).toEqual(all.parties);
		expect(notHeld.parties).toEqual(all.parties);
		const joined = joinLinks(links, notHeld);
		expect(joined.parties).toEqual(all.parties);
		expect(joined.features).toHaveLength(all.features.length);
	});
});
