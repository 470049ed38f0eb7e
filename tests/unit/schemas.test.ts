/**
 * Every data file kind read through its schema: a real document with one bad value is rejected
 * with a message naming the file, the path inside it and the value; the files the project ships
 * (geodata/, static/data/, the answer keys) pass.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkIdOf } from '../../src/lib/data/link-id';
import { createActorIndex } from '../../ingest/actors';
import { loadContext } from '../../ingest/cli';
import { parseCorrections } from '../../ingest/corrections';
import { goldArticles, pageKeys } from '../../ingest/eval-data';
import { createGazetteer, readCues } from '../../ingest/gazetteer';
import { createOffices } from '../../ingest/offices';
import type { PipelineContext } from '../../ingest/pipeline';
import { parseSidecar } from '../../ingest/sidecar';
import { checkArticlesFile, validateArticlesFile } from '../../src/lib/data/articles-schema';
import {
	checkLinks,
	generationOf,
	LINKS_FORMAT,
	linkAsWritten,
	validateLinks,
	validatePlaces
} from '../../src/lib/data/schema';
import { validateSearchIndex } from '../../src/lib/data/search';
import { parseCuration } from '../../src/lib/story/curation-schema';

const root = new URL('../../', import.meta.url);
const text = (file: string) => fs.readFileSync(new URL(file, root), 'utf8');
/** A fresh parsed copy of a file of the project (each test changes its own). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break real files on purpose, one value each
const json = (file: string): Record<string, any> => JSON.parse(text(file));

const pathOf = (relative: string) => fileURLToPath(new URL(relative, root));

/** The message of what `fn` throws (fails the test when it throws nothing). */
function thrown(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('expected an error');
}

describe('the app’s data files', () => {
	it('articles.json: names the article, the mention and the bad value', () => {
		const file = json('static/data/articles.json');
		const id = file.articles[1].id;
		file.articles[1].mentions[2].via = 'guess';
		expect(thrown(() => validateArticlesFile(file))).toBe(
			`articles.json: articles[1].mentions[2].via (${id}): expected ("name" | "alias" | "demonym"), got "guess"`
		);
	});

	it('places.geojson: names the feature, the property and the bad value', () => {
		const file = json('static/data/places.geojson');
		const id = file.features[3].properties.id;
		file.features[3].properties.kind = 'town';
		expect(thrown(() => validatePlaces(file))).toMatch(
			new RegExp(
				`^places\\.geojson: features\\[3\\]\\.properties\\.kind \\(${id}\\): expected \\("country" \\| .*\\), got "town"$`
			)
		);
	});

	it('places.geojson: checks the coordinates', () => {
		const file = json('static/data/places.geojson');
		file.features[0].geometry.coordinates = ['69.2', 34.5];
		expect(thrown(() => validatePlaces(file))).toMatch(
			/^places\.geojson: features\[0\]\.geometry\.coordinates \(.+\): expected \[longitude, latitude\], got \["69\.2",34\.5\]$/
		);
	});

	it('links.geojson: checks the two ends of a link', () => {
		const file = json('static/data/links.geojson');
		file.features[2].geometry.coordinates[1] = [69.2];
		expect(thrown(() => validateLinks(file))).toMatch(
			/^links\.geojson: features\[2\]\.geometry\.coordinates \(link-.+\): expected two \[longitude, latitude\] \(the ends of the link\), got \[\[/
		);
	});

	it('links.geojson: an arc stored whole (the layout before) is not two ends', () => {
		const file = json('static/data/links.geojson');
		file.features[0].geometry.coordinates.splice(1, 0, [71, 34]);
		expect(thrown(() => validateLinks(file))).toMatch(
			/^links\.geojson: features\[0\]\.geometry\.coordinates \(link-.+\): expected two \[longitude/
		);
	});

	it('links.geojson: names the feature, the property and the bad value', () => {
		const file = json('static/data/links.geojson');
		file.features[3].properties.status = 'maybe';
		// The file leaves the id out: the message names the one the link's key gives.
		const link = validateLinks(json('static/data/links.geojson')).features[3]!.properties;
		const id = linkIdOf({ ...link, status: 'maybe' });
		expect(thrown(() => validateLinks(file))).toBe(
			`links.geojson: features[3].properties.status (${id}): expected ("held" | "planned" | "cancelled" | "refused" | "denied"), got "maybe"`
		);
	});

	it('a data file from before generations: says to re-ingest', () => {
		const file = json('static/data/links.geojson');
		delete file.generation;
		expect(thrown(() => generationOf(file, 'links.geojson'))).toMatch(
			/^links\.geojson: generation: missing \(.*run `npm run ingest`\)$/
		);
	});

	it('search.json: names the entry and the bad value', () => {
		const file = json('static/data/search.json');
		file.entries[2].kind = 'city';
		expect(thrown(() => validateSearchIndex(file))).toMatch(
			/^search\.json: entries\[2\]\.kind: expected \("place" \| "party" \| "organisation" \| "person"\), got "city"$/
		);
	});

	it('accepts the bundled data as built by npm run ingest', () => {
		const articles = validateArticlesFile(json('static/data/articles.json'));
		const places = validatePlaces(json('static/data/places.geojson'));
		const links = validateLinks(json('static/data/links.geojson'));
		expect(articles.articles.length).toBeGreaterThan(0);
		expect(places.features.length).toBeGreaterThan(0);
		expect(links.features.length).toBeGreaterThan(0);
		expect(validateSearchIndex(json('static/data/search.json')).entries.length).toBeGreaterThan(0);
		for (const f of ['places.geojson', 'links.geojson'])
			expect(generationOf(json(`static/data/${f}`), f)).toBe(articles.generation);
	});
});

describe('what the app checks of its data before the first frame', () => {
	/** The bundled links.geojson with its links repeated up to `n` (a corpus past the sample). */
	function manyLinks(n: number) {
		const file = json('static/data/links.geojson');
		const one = file.features as unknown[];
		file.features = Array.from({ length: n }, (_, i) => structuredClone(one[i % one.length]));
		return file;
	}

	it('accepts the bundled data as built by npm run ingest', () => {
		expect(checkLinks(json('static/data/links.geojson')).features.length).toBeGreaterThan(0);
		const articles = checkArticlesFile(json('static/data/articles.json'));
		expect(articles.articles.length).toBeGreaterThan(0);
	});

	it('rejects a links.geojson written before the app drew the arcs, saying to re-ingest', () => {
		const file = json('static/data/links.geojson');
		delete file.format;
		expect(thrown(() => checkLinks(file))).toBe(
			'links.geojson: format: missing (data written by an older ingest: run `npm run ingest`)'
		);
	});

	it('rejects a links.geojson of an older or newer layout, saying what to do', () => {
		const file = json('static/data/links.geojson');
		file.format = 1;
		expect(thrown(() => checkLinks(file))).toMatch(
			/^links\.geojson: format: expected 3, got 1 \(.*run `npm run ingest`\)$/
		);
		file.format = LINKS_FORMAT + 1;
		expect(thrown(() => checkLinks(file))).toMatch(
			/newer ingest than this app: rebuild the app\)$/
		);
	});

	it('checks every link of a file no longer than its sample', () => {
		const file = json('static/data/links.geojson');
		file.features[3].properties.status = 'maybe';
		// The file leaves the id out: the message names the one the link's key gives.
		const link = validateLinks(json('static/data/links.geojson')).features[3]!.properties;
		const id = linkIdOf({ ...link, status: 'maybe' });
		expect(thrown(() => checkLinks(file))).toBe(
			`links.geojson: features[3].properties.status (${id}): expected ("held" | "planned" | "cancelled" | "refused" | "denied"), got "maybe"`
		);
	});

	it('names a bad link of a long file by its index in the whole file', () => {
		const file = manyLinks(5000);
		file.features[4999].geometry.coordinates = [[69, 34]];
		expect(thrown(() => checkLinks(file))).toMatch(
			/^links\.geojson: features\[4999\]\.geometry\.coordinates \(link-.+\): expected two/
		);
	});

	it('checks a sample of a long file: a link between samples is left to the ingest’s check', () => {
		const file = manyLinks(5000);
		file.features[1].properties.type = 'picnic';
		expect(checkLinks(file).features).toHaveLength(5000);
		expect(thrown(() => validateLinks(file))).toMatch(
			/^links\.geojson: features\[1\]\.properties\.type/
		);
	});

	it('reads back the parties links.geojson leaves out: those that are just the two ends', () => {
		const raw = json('static/data/links.geojson');
		const written = raw.features.filter((f: { properties: object }) => 'parties' in f.properties);
		expect(written.length).toBeGreaterThan(0);
		expect(written.length).toBeLessThan(raw.features.length);
		for (const read of [checkLinks(json('static/data/links.geojson')), validateLinks(raw)])
			for (const { properties: p } of read.features) {
				expect(p.parties).toContain(p.from);
				expect(p.parties).toContain(p.to);
				expect(p.parties).toEqual([...p.parties].sort());
			}
	});

	it('writes a link without its top-level id, without parties that are just its ends, and without what reading gives back', () => {
		const [link] = validateLinks(json('static/data/links.geojson')).features;
		const two = { ...link!, id: link!.properties.id };
		two.properties = { ...two.properties, from: 'PK', to: 'AF', parties: ['AF', 'PK'] };
		two.properties.id = linkIdOf(two.properties);
		const written = linkAsWritten(two) as { type: string; properties: Record<string, unknown> };
		expect(written).not.toHaveProperty('id');
		for (const key of ['parties', 'id', 'year', 'absent', 'corrected', 'articles'])
			expect(written.properties).not.toHaveProperty(key);
		// Read again, it is the link it was (its id the one its key gives, the same as before).
		const file = { ...json('static/data/links.geojson'), features: [written] };
		expect(validateLinks(file).features[0]!.properties).toEqual(two.properties);
		const three = { ...two, properties: { ...two.properties, parties: ['AF', 'CN', 'PK'] } };
		expect(linkAsWritten(three)).toMatchObject({ properties: { parties: ['AF', 'CN', 'PK'] } });
		const unsorted = { ...two, properties: { ...two.properties, parties: ['PK', 'AF'] } };
		expect(linkAsWritten(unsorted)).toMatchObject({ properties: { parties: ['PK', 'AF'] } });
		const told = { ...two, properties: { ...two.properties, articles: 3, absent: ['IN'] } };
		expect(linkAsWritten(told)).toMatchObject({ properties: { articles: 3, absent: ['IN'] } });
	});

	it('rejects an articles.json of old runs, and a bad article in its sample', () => {
		const file = json('static/data/articles.json');
		expect(thrown(() => checkArticlesFile(file.articles))).toMatch(
			/bare list.*run `npm run ingest`/
		);
		const id = file.articles[0].id;
		delete file.articles[0].mentions;
		expect(thrown(() => checkArticlesFile(file))).toBe(
			`articles.json: articles[0].mentions (${id}): missing (data written before mentions moved to articles.json: run \`npm run ingest\`)`
		);
	});
});

describe('geodata read by the ingest', () => {
	it('gazetteer.json: names the place, the path and the bad value', () => {
		const file = json('geodata/gazetteer.json');
		const id = file.places[5].id;
		file.places[5].coord = [200, 10];
		expect(thrown(() => createGazetteer(file, json('geodata/aliases.json')))).toBe(
			`gazetteer.json: places[5].coord[0] (${id}): expected a number in -180..180, got 200`
		);
	});

	it('aliases.json: names the block, the key and the bad value', () => {
		const aliases = json('geodata/aliases.json');
		aliases.countryAliases.map.PK = 'Pakistan';
		expect(thrown(() => createGazetteer(json('geodata/gazetteer.json'), aliases))).toBe(
			'aliases.json: countryAliases.map.PK: expected Array, got "Pakistan"'
		);
		expect(thrown(() => readCues({ cues: { map: { AF: [3] } } }))).toBe(
			'aliases.json: cues.map.AF[0]: expected string, got 3'
		);
	});

	it('actors.json: names the actor, the path and the bad value', () => {
		const file = json('geodata/actors.json');
		const id = file.actors[1].id;
		file.actors[1].locations[0].from = '2021-8';
		expect(thrown(() => createActorIndex(file))).toBe(
			`actors.json: actors[1].locations[0].from (${id}): expected YYYY[-MM[-DD]] or null, got "2021-8"`
		);
	});

	it('offices.json: names the holder’s term and the bad value', () => {
		const file = json('geodata/offices.json');
		file.holders[2].terms[0][1] = '2022-13';
		expect(thrown(() => createOffices(file))).toBe(
			'offices.json: holders[2].terms[0][1]: expected YYYY-MM-DD, got "2022-13"'
		);
	});

	it('a sidecar (NAME.meta.json): names the field and the bad value', () => {
		const sidecar = json('geodata/articles/001_423acc813efee99a.meta.json');
		sidecar.author = 42;
		expect(thrown(() => parseSidecar(JSON.stringify(sidecar)))).toBe(
			'sidecar: author: expected string, got 42'
		);
	});

	it('tour.json: names the stop, the path and the bad value', () => {
		const tour = json('geodata/tour.json');
		tour.add[0].camera = { center: [67, 95], zoom: 4 };
		expect(thrown(() => parseCuration(tour))).toBe(
			`tour.json: add[0].camera.center[1] (${tour.add[0].id}): expected a number in -90..90, got 95`
		);
	});

	it('accepts the geodata the project ships', () => {
		const gazetteer = createGazetteer(json('geodata/gazetteer.json'), json('geodata/aliases.json'));
		expect(gazetteer.places.size).toBeGreaterThan(1000);
		expect(createActorIndex(json('geodata/actors.json')).actors.length).toBeGreaterThan(0);
		expect(createOffices(json('geodata/offices.json')).holders.length).toBeGreaterThan(0);
		expect(() => parseCuration(json('geodata/tour.json'))).not.toThrow();
		const sidecars = fs
			.readdirSync(new URL('geodata/articles/', root))
			.filter((f) => f.endsWith('.meta.json'));
		expect(sidecars.length).toBeGreaterThan(0);
		for (const f of sidecars)
			expect(() => parseSidecar(text(`geodata/articles/${f}`))).not.toThrow();
	});
});

describe('corrections.json', () => {
	let ctx: PipelineContext;
	beforeAll(() => {
		ctx = loadContext('geodata');
	});

	it('names the entry, the key and the bad value; the entry is skipped', () => {
		const file = json('geodata/corrections.json');
		file.links = [
			{ article: 'east.txt', evidence: 'visited Kabul', set: { status: 'maybe' } },
			...(file.links ?? [])
		];
		const read = parseCorrections(JSON.stringify(file), 'corrections.json', ctx);
		expect(read.problems).toEqual([
			'corrections.json: links[0].set.status: "maybe" is not a status (held, planned, cancelled, refused, denied); entry skipped'
		]);
	});

	it('accepts the corrections file the project ships', () => {
		const read = parseCorrections(text('geodata/corrections.json'), 'corrections.json', ctx);
		expect(read.problems).toEqual([]);
	});
});

describe('answer keys', () => {
	let dir: string;
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-keys-'));
	});

	it('an answer key of the bundled corpus: names the file, the article and the value', () => {
		const gold = json('tests/fixtures/gold/seeds-gold.json');
		const name = Object.keys(gold.articles)[1]!;
		gold.articles[name].links = 'none';
		const file = path.join(dir, 'gold.json');
		fs.writeFileSync(file, JSON.stringify(gold));
		expect(thrown(() => goldArticles(file))).toBe(
			`${file}: articles[${JSON.stringify(name)}].links: expected Array, got "none"`
		);
	});

	it('a real page’s key: names the file, the field and the value', () => {
		const real = pathOf('tests/fixtures/real');
		const set = path.join(dir, 'real');
		fs.mkdirSync(path.join(set, 'keys'), { recursive: true });
		fs.copyFileSync(path.join(real, 'split.json'), path.join(set, 'split.json'));
		const first = fs.readdirSync(path.join(real, 'keys')).sort()[0]!;
		const key = JSON.parse(fs.readFileSync(path.join(real, 'keys', first), 'utf8'));
		key.places = { Kabul: 'city' };
		fs.writeFileSync(path.join(set, 'keys', first), JSON.stringify(key));
		expect(thrown(() => pageKeys(set))).toBe(
			`${path.join(set, 'keys', first)}: places: expected Array, got {"Kabul":"city"}`
		);
	});

	it('accepts the answer keys the project ships', () => {
		expect(goldArticles(pathOf('tests/fixtures/gold')).length).toBeGreaterThan(0);
		expect(pageKeys(pathOf('tests/fixtures/real')).length).toBeGreaterThan(100);
	});
});
