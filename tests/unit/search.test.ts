/**
 * The search index (ingest/stages/search.ts, written as search.json by the ingest CLI) and the
 * tolerant matching over it (src/lib/data/search.ts), on the bundled corpus ingested afresh and on
 * short articles written here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../ingest/context';
import { runIngest } from '../../ingest/run';
import { runPipeline, type PipelineContext } from '../../ingest/pipeline';
import { buildSearchIndex, searchIndexText } from '../../ingest/stages/search';
import type { SearchEntry, SearchIndexFile } from '../../src/lib/data/schema';
import {
	compileSearchIndex,
	editDistance,
	groupHits,
	searchIndex,
	searchIndexFromMapData,
	selectionFor,
	validateSearchIndex,
	type SearchIndex
} from '../../src/lib/data/search';
import { validateLinks, validatePlaces } from '../../src/lib/data/schema';
import { articleText } from '../fixtures/article-text';

let ctx: PipelineContext;
let out: string;
/** search.json as the CLI wrote it for the bundled corpus. */
let corpusFile: SearchIndexFile;
let corpus: SearchIndex;
let placeIds: Set<string>;
let parties: Set<string>;

beforeAll(async () => {
	ctx = loadContext('geodata');
	out = mkdtempSync(join(tmpdir(), 'parley-search-'));
	await runIngest({ inDir: 'geodata/articles', outDir: out, geodataDir: 'geodata' });
	const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));
	corpusFile = validateSearchIndex(read('search.json'));
	corpus = compileSearchIndex(corpusFile);
	placeIds = new Set(validatePlaces(read('places.geojson')).features.map((f) => f.properties.id));
	parties = new Set(
		validateLinks(read('links.geojson')).features.flatMap((f) => f.properties.parties)
	);
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const entry = (name: string) => corpusFile.entries.find((e) => e.name === name);
const first = (query: string) => searchIndex(corpus, query)[0]?.entry;

/** The pipeline's output for one short article with these paragraphs. */
function ingestText(paragraphs: string[]) {
	const text = articleText('Talks', 'Published 9 June 2021', paragraphs);
	return runPipeline([{ file: 'a.txt', bytes: new TextEncoder().encode(text) }], ctx).output;
}

describe('the search index of the bundled corpus', () => {
	it('points every entry at a place on the map or a party of a link', () => {
		expect(corpusFile.entries.length).toBeGreaterThan(40);
		for (const e of corpusFile.entries) {
			if (e.place !== null) expect(placeIds, e.name).toContain(e.place);
			else expect(parties, e.name).toContain(e.party);
		}
	});

	it('lists every place of the map once, under its own name', () => {
		const places = corpusFile.entries.filter((e) => e.kind === 'place');
		expect(places.map((e) => e.place).sort()).toEqual([...placeIds].sort());
	});

	it('names people the articles name, with the party they belong to', () => {
		expect(entry('Emomali Rahmon')).toMatchObject({
			kind: 'person',
			place: 'country-tj',
			party: 'TJ',
			aliases: ['Rahmon']
		});
		expect(entry('Imran Khan')).toMatchObject({ kind: 'person', place: 'country-pk', party: 'PK' });
		expect(entry('Qamar Javed Bajwa')).toMatchObject({ kind: 'person', party: 'PK' });
	});

	it('leaves out people the articles never name', () => {
		// Both are in offices.json and aliases.json, and neither is in the five articles.
		expect(entry('Narendra Modi')).toBeUndefined();
		expect(entry('Xi Jinping')).toBeUndefined();
	});

	it('lists a party with no place of its own, with the names the articles use for it', () => {
		const taliban = entry('Taliban');
		expect(taliban).toMatchObject({ kind: 'party', place: null, party: 'taliban' });
		expect(taliban?.aliases).toContain('Islamic Emirate');
		expect(entry('United Nations')).toMatchObject({ kind: 'organisation', party: 'un' });
	});

	it("keeps a country's institutions among its names, not among people", () => {
		expect(entry('United States')?.aliases).toContain('Biden Administration');
		expect(corpusFile.entries.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain(
			'Biden Administration'
		);
	});

	it('writes one entry per line, the same text every time', () => {
		const output = {
			// articles.json is { articles, generation }: the build's output holds the list.
			articles: JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')).articles,
			places: JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')),
			links: validateLinks(JSON.parse(readFileSync(join(out, 'links.geojson'), 'utf8'))),
			warnings: []
		};
		const text = readFileSync(join(out, 'search.json'), 'utf8');
		expect(searchIndexText(buildSearchIndex(output, ctx))).toBe(text);
		expect(text.trim().split('\n')).toHaveLength(corpusFile.entries.length + 2);
	});
});

describe('people in an article', () => {
	it('finds a holder named by surname only, and points at their country', () => {
		const output = ingestText([
			'Rahmon received the Pakistani delegation in Dushanbe on Tuesday to discuss the border.'
		]);
		const people = buildSearchIndex(output, ctx).entries.filter((e) => e.kind === 'person');
		expect(people.map((p) => [p.name, p.party])).toEqual([['Emomali Rahmon', 'TJ']]);
	});

	it('does not take a surname inside another name for the holder', () => {
		const output = ingestText([
			'Jalaluddin Haqqani founded the Haqqani Network, which met Pakistani officials in Kabul.'
		]);
		const names = buildSearchIndex(output, ctx).entries.map((e) => e.name);
		expect(names).not.toContain('Sirajuddin Haqqani');
	});

	it('finds a name with a possessive', () => {
		const output = ingestText(['Putin’s envoy met Pakistani officials in Islamabad on Tuesday.']);
		const people = buildSearchIndex(output, ctx).entries.filter((e) => e.kind === 'person');
		expect(people.map((p) => [p.name, p.party])).toEqual([['Vladimir Putin', 'RU']]);
	});

	it('does not take a place that starts like a surname for a person', () => {
		// "Dar" is Ishaq Dar's surname, "Xi" Xi Jinping's.
		const output = ingestText([
			'Pakistani officials met Chinese traders in Dar es Salaam and later in Xi’an on Tuesday.'
		]);
		expect(buildSearchIndex(output, ctx).entries.some((e) => e.kind === 'person')).toBe(false);
	});

	it('lists no people when the article names none', () => {
		const output = ingestText(['Pakistan and Afghanistan held talks in Kabul on the border.']);
		expect(buildSearchIndex(output, ctx).entries.some((e) => e.kind === 'person')).toBe(false);
	});
});

describe('matching', () => {
	it('finds Dushanbe first for "Dushanbeh"', () => {
		expect(first('Dushanbeh')).toMatchObject({ name: 'Dushanbe', place: 'city-dushanbe' });
	});

	it('finds Imran Khan, who selects Pakistan', () => {
		const hit = first('Imran Khan')!;
		expect(hit).toMatchObject({ name: 'Imran Khan', kind: 'person' });
		expect(selectionFor(hit)).toEqual({ type: 'place', id: 'country-pk' });
	});

	it('finds Emomali Rahmon by his surname, who selects Tajikistan', () => {
		const hit = first('Rahmon')!;
		expect(hit.name).toBe('Emomali Rahmon');
		expect(selectionFor(hit)).toEqual({ type: 'place', id: 'country-tj' });
	});

	it('finds Bajwa, misspelt or not, and then Pakistan', () => {
		expect(first('Bajwa')?.name).toBe('Qamar Javed Bajwa');
		expect(first('Bajwah')?.name).toBe('Qamar Javed Bajwa');
		expect(selectionFor(first('Bajwa')!)).toEqual({ type: 'place', id: 'country-pk' });
	});

	it('selects the Taliban as a party', () => {
		const hit = first('Taliban')!;
		expect(hit.kind).toBe('party');
		expect(selectionFor(hit)).toEqual({ type: 'party', id: 'taliban' });
	});

	it('finds nothing for a made-up word', () => {
		for (const q of ['Zqxwv', 'Blorptastic', 'qqq']) expect(searchIndex(corpus, q)).toEqual([]);
	});

	it('tolerates a swap of two letters and a misplaced space', () => {
		expect(first('Islamabda')?.name).toBe('Islamabad');
		expect(first('Dushan be')?.name).toBe('Dushanbe');
	});

	it('needs short words spelt right: one wrong letter in three matches too much', () => {
		expect(searchIndex(corpus, 'Kab').map((h) => h.entry.name)).toContain('Kabul');
		expect(searchIndex(corpus, 'Kxb')).toEqual([]);
	});

	it('ranks a name that starts with the query before one that only contains it', () => {
		const names = searchIndex(corpus, 'ista').map((h) => h.entry.name);
		expect(names[0]).toBe('Istanbul');
		expect(names).toContain('Pakistan');
		expect(names.indexOf('Istanbul')).toBeLessThan(names.indexOf('Pakistan'));
	});

	it('ignores case and accents', () => {
		expect(first('dUSHANBÉ')?.name).toBe('Dushanbe');
	});

	it('returns nothing for an empty query', () => {
		expect(searchIndex(corpus, '   ')).toEqual([]);
	});

	it('tells which alias matched', () => {
		const hit = searchIndex(corpus, 'Islamic Emirate')[0]!;
		expect(hit.matched).toBe('Islamic Emirate');
		expect(hit.matched).not.toBe(hit.entry.name);
	});
});

describe('groupHits', () => {
	it('groups by kind with a label, the group of the best hit first', () => {
		const groups = groupHits(searchIndex(corpus, 'Pakistan'));
		expect(groups[0]).toMatchObject({ kind: 'place', label: 'Places' });
		expect(groups[0]!.hits[0]!.entry.name).toBe('Pakistan');
		const ttp = groups.find((g) => g.kind === 'party');
		expect(ttp?.label).toBe('Parties');
		expect(ttp?.hits.map((h) => h.entry.party)).toContain('ttp');
		const people = groupHits(searchIndex(corpus, 'Rahmon'));
		expect(people[0]).toMatchObject({ kind: 'person', label: 'People' });
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
		expect(editDistance('dushanbeh', 'dushanbe', 2)).toBe(1);
		expect(editDistance('dushnbe', 'dushanbe', 2)).toBe(1);
		expect(editDistance('dushanbi', 'dushanbe', 2)).toBe(1);
		expect(editDistance('dusahnbe', 'dushanbe', 2)).toBe(1);
		expect(editDistance('kabul', 'kabul', 0)).toBe(0);
	});

	it('gives up past the bound', () => {
		expect(editDistance('moscow', 'kabul', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 1)).toBe(2);
	});
});

describe('validateSearchIndex', () => {
	const ok: SearchEntry = {
		name: 'Kabul',
		kind: 'place',
		place: 'city-kabul',
		party: null,
		aliases: []
	};

	it('accepts a well-formed file', () => {
		expect(validateSearchIndex({ entries: [ok] }).entries).toHaveLength(1);
	});

	it('names the entry and the problem', () => {
		expect(() => validateSearchIndex({ entries: [ok, { ...ok, kind: 'city' }] })).toThrow(
			/entries\[1\].*kind/
		);
		expect(() => validateSearchIndex({ entries: [{ ...ok, place: null }] })).toThrow(
			/both be null/
		);
		expect(() => validateSearchIndex({ entries: [{ ...ok, aliases: 'x' }] })).toThrow(/aliases/);
		expect(() => validateSearchIndex([])).toThrow(/entries/);
	});
});

describe('compileSearchIndex', () => {
	it('leaves out entries that point at nothing the loaded data has', () => {
		const file: SearchIndexFile = {
			entries: [
				{ name: 'Kabul', kind: 'place', place: 'city-kabul', party: null, aliases: [] },
				{ name: 'Atlantis', kind: 'place', place: 'city-atlantis', party: null, aliases: [] }
			]
		};
		const index = compileSearchIndex(file, (s) => s?.id === 'city-kabul');
		expect(index.entries.map((e) => e.entry.name)).toEqual(['Kabul']);
	});
});

describe('searchIndexFromMapData', () => {
	it('offers the places and the parties without a place when search.json is missing', () => {
		const read = (f: string) =>
			JSON.parse(readFileSync(new URL(`../fixtures/app/${f}`, import.meta.url), 'utf8'));
		const file = searchIndexFromMapData(
			validatePlaces(read('places.geojson')),
			validateLinks(read('links.geojson'))
		);
		const index = compileSearchIndex(file);
		expect(selectionFor(searchIndex(index, 'tali')[0]!.entry)).toEqual({
			type: 'party',
			id: 'taliban'
		});
		expect(searchIndex(index, 'dUSH')[0]!.entry.place).toBe('city-dushanbe');
	});
});
