import { describe, expect, it } from 'vitest';
import { buildOutput, type BuildInput } from '../../ingest/stages/build';
import { drawnCollection } from '../../src/lib/data/link-arcs';
import { LINKS_FORMAT, type ArticleText } from '../../src/lib/data/schema';
import type {
	ActorIndex,
	Gazetteer,
	GazetteerPlace,
	PlaceMention,
	RawLink
} from '../../ingest/types';

const PLACES: GazetteerPlace[] = [
	{ id: 'country-af', name: 'Afghanistan', kind: 'country', country: 'AF', coord: [66, 34] },
	{
		id: 'city-kabul',
		name: 'Kabul',
		kind: 'city',
		country: 'AF',
		coord: [69.17, 34.53],
		capital: true
	},
	{ id: 'country-pk', name: 'Pakistan', kind: 'country', country: 'PK', coord: [70, 30] },
	{
		id: 'city-islamabad',
		name: 'Islamabad',
		kind: 'city',
		country: 'PK',
		coord: [73.04, 33.72],
		capital: true
	},
	{ id: 'country-ru', name: 'Russia', kind: 'country', country: 'RU', coord: [100, 60] },
	{
		id: 'province-panjshir',
		name: 'Panjshir',
		kind: 'province',
		country: 'AF',
		coord: [69.9, 35.5],
		polygon: 'panjshir'
	}
];

function fakeGazetteer(): Gazetteer {
	const places = new Map(PLACES.map((p) => [p.id, p]));
	return {
		places,
		get: (id) => places.get(id),
		country: (iso) => PLACES.find((p) => p.kind === 'country' && p.country === iso),
		capital: (iso) => PLACES.find((p) => p.capital && p.country === iso)
	};
}

function fakeActors(): ActorIndex {
	const taliban = {
		id: 'taliban',
		name: 'Taliban',
		names: ['Taliban'],
		country: 'AF',
		locations: [{ from: '2021-08', to: null, place: 'city-kabul' }]
	};
	return {
		actors: [taliban],
		get: (id) => (id === 'taliban' ? taliban : undefined),
		locate: (id) => (id === 'taliban' ? 'city-kabul' : undefined)
	};
}

function article(id: string, published: string | null): ArticleText {
	return {
		id,
		file: `${id}.txt`,
		title: id,
		author: null,
		outlet: null,
		url: null,
		published,
		publishedInferred: false,
		publishedSource: published ? 'byline' : 'none',
		publishedRange: null,
		publishedConfidence: published ? 0.8 : 0,
		publishedEvidence: null,
		paragraphs: ['Pakistan and Afghanistan met in Kabul.']
	};
}

function mention(articleId: string, place: string, start = 0): PlaceMention {
	return {
		article: articleId,
		paragraph: 0,
		start,
		end: start + 5,
		text: 'Kabul',
		via: 'name',
		place
	};
}

function link(articleId: string, over: Partial<RawLink> = {}): RawLink {
	return {
		type: 'meeting',
		parties: ['AF', 'PK'],
		from: 'PK',
		to: 'AF',
		directed: true,
		place: 'city-kabul',
		date: '2021-09-17',
		dateBasis: 'stated',
		status: 'held',
		absent: [],
		confidence: 0.8,
		reasons: ['trigger:meeting'],
		evidence: [{ article: articleId, paragraph: 0, sentence: `Sentence of ${articleId}.` }],
		...over
	};
}

function input(over: Partial<BuildInput> = {}): BuildInput {
	return {
		articles: [article('a', '2021-09-24'), article('b', '2019-01-17'), article('c', null)],
		mentions: [],
		links: [],
		gazetteer: fakeGazetteer(),
		actors: fakeActors(),
		...over
	};
}

describe('buildOutput places', () => {
	it('emits one Point per mentioned place at its gazetteer coordinate', () => {
		const out = buildOutput(
			input({ mentions: [mention('a', 'city-kabul'), mention('b', 'city-kabul', 10)] })
		);
		expect(out.places.features).toHaveLength(1);
		const f = out.places.features[0]!;
		expect(f.geometry.coordinates).toEqual([69.17, 34.53]);
		expect(f.properties).toMatchObject({
			id: 'city-kabul',
			name: 'Kabul',
			kind: 'city',
			country: 'AF'
		});
	});

	it('marks capitals and carries the polygon id', () => {
		const out = buildOutput(
			input({ mentions: [mention('a', 'city-kabul'), mention('a', 'province-panjshir')] })
		);
		const byId = Object.fromEntries(
			out.places.features.map((f) => [f.properties.id, f.properties])
		);
		expect(byId['city-kabul']).toMatchObject({ capital: true, polygon: null });
		expect(byId['province-panjshir']).toMatchObject({ capital: false, polygon: 'panjshir' });
	});

	it('counts mentions per publication year, undated articles under "undated"', () => {
		const out = buildOutput(
			input({
				mentions: [
					mention('a', 'city-kabul'),
					mention('a', 'city-kabul', 9),
					mention('c', 'city-kabul')
				]
			})
		);
		expect(out.places.features[0]!.properties.mentionsByYear).toEqual({ '2021': 2, undated: 1 });
	});

	it('keeps the mentions out of the place features', () => {
		const out = buildOutput(input({ mentions: [mention('a', 'city-kabul')] }));
		expect(out.places.features[0]!.properties).not.toHaveProperty('mentions');
	});

	it('lists the mentions under their article, with the place and without the article field, by offset', () => {
		const out = buildOutput(
			input({
				mentions: [
					mention('b', 'city-kabul', 7),
					mention('a', 'province-panjshir', 9),
					mention('a', 'city-kabul', 3)
				]
			})
		);
		const [a, b, c] = out.articles;
		expect(a!.mentions.map((m) => [m.place, m.start])).toEqual([
			['city-kabul', 3],
			['province-panjshir', 9]
		]);
		expect(b!.mentions).toEqual([
			{ place: 'city-kabul', paragraph: 0, start: 7, end: 12, text: 'Kabul', via: 'name' }
		]);
		expect(c!.mentions).toEqual([]);
	});

	it('drops mentions of places the gazetteer does not know, with a warning', () => {
		const out = buildOutput(input({ mentions: [mention('a', 'city-atlantis')] }));
		expect(out.places.features).toHaveLength(0);
		expect(out.articles[0]!.mentions).toEqual([]);
		expect(out.warnings).toEqual(['place city-atlantis is not in the gazetteer (dropped)']);
	});
});

describe('buildOutput links', () => {
	it('merges the same interaction from two articles into one link with both evidences', () => {
		const out = buildOutput(input({ links: [link('a'), link('b', { parties: ['PK', 'AF'] })] }));
		expect(out.links.features).toHaveLength(1);
		const p = out.links.features[0]!.properties;
		expect(p).not.toHaveProperty('evidence');
		expect(p.articles).toBe(2);
		const [a, b, c] = out.articles;
		expect(a!.evidence).toEqual([{ link: p.id, paragraph: 0, sentence: 'Sentence of a.' }]);
		expect(b!.evidence).toEqual([{ link: p.id, paragraph: 0, sentence: 'Sentence of b.' }]);
		expect(c!.evidence).toEqual([]);
	});

	it("names every party of the links once, an actor by its short name, a country by the gazetteer's", () => {
		const actors = fakeActors();
		const ttp = {
			id: 'ttp',
			name: 'Tehreek-e-Taliban Pakistan (TTP)',
			short: 'TTP',
			names: ['TTP'],
			country: 'PK',
			locations: [{ from: null, to: null, place: 'city-kabul' }]
		};
		const out = buildOutput(
			input({
				actors: { ...actors, get: (id) => (id === 'ttp' ? ttp : actors.get(id)) },
				links: [
					link('a'),
					link('b', { parties: ['PK', 'taliban'], from: 'PK', to: 'taliban' }),
					link('c', { parties: ['PK', 'ttp'], from: 'ttp', to: 'PK', place: null })
				]
			})
		);
		expect(out.links.parties).toEqual({
			AF: PLACES.find((p) => p.id === 'country-af')!.name,
			PK: PLACES.find((p) => p.id === 'country-pk')!.name,
			taliban: 'Taliban',
			ttp: 'TTP'
		});
		expect(Object.keys(out.links.parties!)).toEqual(['AF', 'PK', 'taliban', 'ttp']);
	});

	it('lists no evidence for a link that was dropped', () => {
		const out = buildOutput(
			input({ links: [link('a', { parties: ['AF', 'nobody'], to: 'nobody' })] })
		);
		expect(out.links.features).toHaveLength(0);
		expect(out.articles[0]!.evidence).toEqual([]);
	});

	it('keeps links on different dates apart', () => {
		const out = buildOutput(input({ links: [link('a'), link('b', { date: '2021-09-18' })] }));
		expect(out.links.features).toHaveLength(2);
	});

	it('derives the year from the date, null when undated', () => {
		const out = buildOutput(
			input({ links: [link('a', { date: '2017-06' }), link('b', { date: null })] })
		);
		expect(out.links.features.map((f) => f.properties.year)).toEqual([2017, null]);
	});

	it('draws a state from its capital to the other state capital', () => {
		const out = buildOutput(input({ links: [link('a')] }));
		const coords = out.links.features[0]!.geometry.coordinates;
		expect(coords[0]).toEqual([73.04, 33.72]);
		expect(coords[coords.length - 1]).toEqual([69.17, 34.53]);
	});

	it('draws a state without a known capital from its country point', () => {
		const out = buildOutput(
			input({ links: [link('a', { parties: ['PK', 'RU'], from: 'RU', to: 'PK' })] })
		);
		expect(out.links.features[0]!.geometry.coordinates[0]).toEqual([100, 60]);
	});

	it('stores only the two ends of a link, and the layout version', () => {
		const out = buildOutput(input({ links: [link('a')] }));
		expect(out.links.format).toBe(LINKS_FORMAT);
		expect(out.links.features[0]!.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[73.04, 33.72],
				[69.17, 34.53]
			]
		});
	});

	it('stores one point twice when both parties sit there, which the app draws as a loop', () => {
		const out = buildOutput(
			input({ links: [link('a', { parties: ['AF', 'taliban'], from: 'taliban', to: 'AF' })] })
		);
		const [a, b] = out.links.features[0]!.geometry.coordinates;
		expect(a).toEqual(b);
		const arc = drawnCollection(out.links).features[0]!.geometry.coordinates;
		expect(arc[0]).toEqual(arc[arc.length - 1]);
		expect(new Set(arc.map((c) => c.join(','))).size).toBeGreaterThan(5);
	});

	it('keeps two links between the same pair in order, and the app fans them out', () => {
		const out = buildOutput(input({ links: [link('a'), link('a', { type: 'agreement' })] }));
		const [e1, e2] = out.links.features.map((f) => f.geometry.coordinates);
		expect(e1).toEqual(e2);
		const [g1, g2] = drawnCollection(out.links).features.map((f) => f.geometry.coordinates);
		expect(g1![Math.floor(g1!.length / 2)]).not.toEqual(g2![Math.floor(g2!.length / 2)]);
	});

	it('gives the same ids and order whatever the input order', () => {
		const links = [
			link('a'),
			link('b', { type: 'visit', date: '2019-01-17' }),
			link('c', { date: null })
		];
		const one = buildOutput(input({ links }));
		const two = buildOutput(input({ links: [...links].reverse() }));
		expect(two.links.features.map((f) => f.properties.id)).toEqual(
			one.links.features.map((f) => f.properties.id)
		);
		expect(one.links.features.map((f) => f.properties.year)).toEqual([2019, 2021, null]);
	});

	it('drops a link whose party cannot be located, with a warning', () => {
		const out = buildOutput(
			input({ links: [link('a', { parties: ['PK', 'ttp'], from: 'ttp', to: 'PK' })] })
		);
		expect(out.links.features).toHaveLength(0);
		expect(out.warnings[0]).toMatch(/party ttp cannot be located/);
	});
});
