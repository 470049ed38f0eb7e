import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createActorIndex } from '../../ingest/actors';
import { createEvalResolver, evaluatePages, main } from '../../ingest/eval';
import { publicationDateRight } from '../../ingest/eval-events';
import { createGazetteer } from '../../ingest/gazetteer';
import {
	goldYearAccepts,
	linkMatches,
	scoreLinks,
	scorePlaces,
	scores,
	type EvalResolver,
	type GoldLink,
	type GoldPlace,
	type PredictedPlace
} from '../../ingest/eval-score';
import type { GazetteerPlace } from '../../ingest/types';

const GAZ: Record<string, GazetteerPlace> = {
	kabul: { id: 'city-kabul', name: 'Kabul', kind: 'city', country: 'AF', coord: [69.17, 34.53] },
	fata: {
		id: 'region-fata',
		name: 'FATA',
		kind: 'region',
		country: 'PK',
		coord: [70.3, 32.8],
		bbox: [69.2, 31.5, 71.8, 34.9]
	}
};
const PARTIES: Record<string, string> = {
	pakistan: 'PK',
	afghanistan: 'AF',
	russia: 'RU',
	china: 'CN',
	'united states': 'US',
	taliban: 'taliban',
	ttp: 'ttp'
};

/** A tiny resolver: lower-case exact names. */
const resolver: EvalResolver = {
	place: (name) => GAZ[name.toLowerCase()],
	party: (name) => {
		if (name.startsWith('(')) return undefined;
		return PARTIES[name.toLowerCase().replace(/ government$/, '')];
	}
};

function gp(canonical: string, kind: string, over: Partial<GoldPlace> = {}): GoldPlace {
	return { canonical, kind, within_country: null, expected_in_place_set: 'required', ...over };
}

function pp(
	id: string,
	kind: string,
	coord: [number, number],
	over: Partial<PredictedPlace> = {}
): PredictedPlace {
	return { id, name: id, kind, country: null, coord, texts: [], ...over };
}

function gl(parties: string[], date: string | null, over: Partial<GoldLink> = {}): GoldLink {
	return { id: parties.join('-'), parties, date, priority: 'core', ...over };
}

describe('place matching', () => {
	it('matches a country by ISO alpha-2 whatever its name', () => {
		const r = scorePlaces(
			[gp('Afghanistan', 'country', { within_country: 'AF' })],
			[pp('country-af', 'country', [0, 0], { name: 'Islamic Republic', country: 'AF' })],
			resolver
		);
		expect(r.counts).toEqual({ tp: 1, fp: 0, found: 1, gold: 1 });
	});

	it('matches a city within 40 km of the gold place resolved through the gazetteer', () => {
		const near = scorePlaces([gp('Kabul', 'city')], [pp('city-x', 'city', [69.4, 34.6])], resolver);
		const far = scorePlaces([gp('Kabul', 'city')], [pp('city-y', 'city', [70.0, 34.6])], resolver);
		expect(near.counts.found).toBe(1);
		expect(far.counts).toEqual({ tp: 0, fp: 1, found: 0, gold: 1 });
	});

	it('matches a region by its extent', () => {
		const r = scorePlaces(
			[gp('FATA (Federally Administered Tribal Areas)', 'region')],
			[pp('region-waziristan', 'region', [69.9, 32.4])],
			resolver
		);
		expect(r.counts.found).toBe(1);
	});

	it('matches by a normalised surface form when the gazetteer cannot resolve the name', () => {
		const r = scorePlaces(
			[gp('Panjshir', 'province', { surface_forms: ['Panjshir Valley'] })],
			[pp('province-p', 'province', [0, 0], { name: 'Panjsher', texts: ['Panjshir Valley’s'] })],
			resolver
		);
		expect(r.counts.found).toBe(1);
	});

	it('lets optional places neither help nor hurt', () => {
		const r = scorePlaces(
			[gp('Kabul', 'city', { expected_in_place_set: 'optional' })],
			[pp('city-kabul', 'city', [69.17, 34.53])],
			resolver
		);
		expect(r.counts).toEqual({ tp: 0, fp: 0, found: 0, gold: 0 });
	});

	it('lets must_not_be_a_party places neither help nor hurt', () => {
		const r = scorePlaces(
			[gp('Istanbul', 'city', { expected_in_place_set: 'must_not_be_a_party' })],
			[pp('city-istanbul', 'city', [28.97, 41.01], { name: 'Istanbul' })],
			resolver
		);
		expect(r.counts).toEqual({ tp: 0, fp: 0, found: 0, gold: 0 });
	});

	it('counts a predicted place that matches no gold place as a false positive', () => {
		const r = scorePlaces([], [pp('city-lima', 'city', [-77, -12])], resolver);
		expect(r.counts.fp).toBe(1);
		expect(r.wrong).toEqual(['city-lima']);
	});
});

describe('gold years', () => {
	it('accepts either year of a range A/B', () => {
		const accepts = goldYearAccepts('2016-06/2017-06');
		expect([2015, 2016, 2017, 2018].map(accepts)).toEqual([false, true, true, false]);
	});

	it('accepts any year of a list x; y', () => {
		const accepts = goldYearAccepts('2016-12; 2017-02');
		expect([2016, 2017].map(accepts)).toEqual([true, true]);
	});

	it('reads 1990s as 1990', () => {
		expect([1990, 1995].map(goldYearAccepts('1990s'))).toEqual([true, false]);
	});

	it('does not check the year of an undated gold link', () => {
		expect(goldYearAccepts(null)(null)).toBe(true);
	});

	it('accepts the start year or later for an open range A/..', () => {
		expect([2020, 2021, 2023].map(goldYearAccepts('2021-08/..'))).toEqual([false, true, true]);
	});

	it('rejects an undated prediction when the gold link has a year', () => {
		expect(goldYearAccepts('2019-01')(null)).toBe(false);
	});
});

describe('link matching', () => {
	it('finds a gold link sharing two parties and the year', () => {
		expect(
			linkMatches(
				gl(['Pakistan', 'Afghanistan'], '2017-06'),
				{ id: 'x', parties: ['AF', 'PK'], year: 2017 },
				2017,
				resolver
			)
		).toBe(true);
	});

	it('needs the shared parties to be at least half of the union', () => {
		const gold = gl(['Russia', 'China', 'Pakistan'], '2016-12');
		const half = { id: 'x', parties: ['RU', 'CN', 'US'], year: 2016 };
		const under = { id: 'y', parties: ['RU', 'CN', 'US', 'AF'], year: 2016 };
		expect(linkMatches(gold, half, 2017, resolver)).toBe(true);
		expect(linkMatches(gold, under, 2017, resolver)).toBe(false);
	});

	it('needs at least two shared parties', () => {
		expect(
			linkMatches(
				gl(['Pakistan', 'Afghanistan'], null),
				{ id: 'x', parties: ['PK', 'IN'], year: null },
				2017,
				resolver
			)
		).toBe(false);
	});

	it('rejects a link of another year', () => {
		expect(
			linkMatches(
				gl(['Pakistan', 'Afghanistan'], '2017'),
				{ id: 'x', parties: ['PK', 'AF'], year: 2016 },
				2017,
				resolver
			)
		).toBe(false);
	});

	it('accepts AF for the Taliban from 2021 on', () => {
		const link = { id: 'x', parties: ['PK', 'AF'], year: 2021 };
		expect(linkMatches(gl(['Pakistan', 'Taliban'], '2021-09-04'), link, 2024, resolver)).toBe(true);
	});

	it('does not accept AF for the Taliban before 2021', () => {
		const link = { id: 'x', parties: ['US', 'AF'], year: 2018 };
		expect(linkMatches(gl(['United States', 'Taliban'], '2018-12'), link, 2019, resolver)).toBe(
			false
		);
	});

	it('uses the article year for an undated link with the Taliban', () => {
		const link = { id: 'x', parties: ['RU', 'AF'], year: 2024 };
		expect(linkMatches(gl(['Russia', 'Taliban'], null), link, 2024, resolver)).toBe(true);
	});

	it('accepts the acceptable_party_aliases the key lists', () => {
		const gold = gl(['Russia', 'Taliban'], '2019', {
			acceptable_party_aliases: { Taliban: ['Afghanistan'] }
		});
		expect(linkMatches(gold, { id: 'x', parties: ['RU', 'AF'], year: 2019 }, 2019, resolver)).toBe(
			true
		);
	});

	it('leaves parenthesised unnamed participants unmatched but in the union', () => {
		const gold = gl(['Russia', 'Afghanistan', '(four other nations, unnamed)'], '2017-02');
		expect(linkMatches(gold, { id: 'x', parties: ['RU', 'AF'], year: 2017 }, 2017, resolver)).toBe(
			true
		);
		const bigger = gl(['Russia', 'Afghanistan', '(a)', '(b)', '(c)'], '2017-02');
		expect(
			linkMatches(bigger, { id: 'x', parties: ['RU', 'AF'], year: 2017 }, 2017, resolver)
		).toBe(false);
	});

	it('does not let one predicted party stand for two gold parties', () => {
		const gold = gl(['Taliban', 'Afghanistan', 'Russia'], '2021');
		expect(linkMatches(gold, { id: 'x', parties: ['AF', 'IN'], year: 2021 }, 2021, resolver)).toBe(
			false
		);
	});
});

describe('link scoring', () => {
	it('counts core and secondary links for recall, not optional ones', () => {
		const gold = [
			gl(['Pakistan', 'Afghanistan'], '2017'),
			gl(['Russia', 'China'], '2017', { priority: 'secondary' }),
			gl(['Russia', 'Taliban'], '2017', { priority: 'optional' })
		];
		const r = scoreLinks(gold, [{ id: 'x', parties: ['PK', 'AF'], year: 2017 }], 2017, resolver);
		expect(r.counts).toEqual({ tp: 1, fp: 0, found: 1, gold: 2 });
	});

	it('does not count a prediction matching an optional link as a false positive', () => {
		const gold = [gl(['Russia', 'Taliban'], '2017', { priority: 'optional' })];
		const r = scoreLinks(
			gold,
			[{ id: 'x', parties: ['RU', 'taliban'], year: 2017 }],
			2017,
			resolver
		);
		expect(r.counts).toEqual({ tp: 1, fp: 0, found: 0, gold: 0 });
	});

	it('counts a prediction matching no gold link as a false positive', () => {
		const r = scoreLinks([], [{ id: 'x', parties: ['RU', 'US'], year: 2017 }], 2017, resolver);
		expect(r.counts.fp).toBe(1);
	});
});

describe('scores', () => {
	it('computes precision, recall and F1 from counts', () => {
		const s = scores({ tp: 3, fp: 1, found: 3, gold: 6 });
		expect(s.precision).toBeCloseTo(0.75);
		expect(s.recall).toBeCloseTo(0.5);
		expect(s.f1).toBeCloseTo(0.6);
	});

	it('gives precision 1 with no predictions and recall 1 with nothing to find', () => {
		expect(scores({ tp: 0, fp: 0, found: 0, gold: 0 })).toMatchObject({
			precision: 1,
			recall: 1,
			f1: 1
		});
	});
});

describe('the resolver built from geodata', () => {
	let real: EvalResolver;
	beforeAll(() => {
		const read = (f: string) => JSON.parse(fs.readFileSync(`geodata/${f}`, 'utf8'));
		const aliases = read('aliases.json');
		real = createEvalResolver(
			createGazetteer(read('gazetteer.json'), aliases),
			createActorIndex(read('actors.json')),
			aliases
		);
	});

	it('maps country names, official names and abbreviations to ISO alpha-2', () => {
		expect(
			['United States', 'United States of America', 'US', 'United Kingdom', 'Tajikistan'].map((n) =>
				real.party(n)
			)
		).toEqual(['US', 'US', 'US', 'GB', 'TJ']);
	});

	it('maps the common English names the country packages spell otherwise ("Turkey" for Türkiye)', () => {
		expect(['Turkey', 'Türkiye', 'Turkiye'].map((n) => real.party(n))).toEqual(['TR', 'TR', 'TR']);
	});

	it('maps actors by their names, dropping a parenthesised note and a trailing "government"', () => {
		expect(
			['Taliban', 'Taliban government', 'TTP', 'Hizb-e-Islami (Hekmatyar)'].map((n) =>
				real.party(n)
			)
		).toEqual(['taliban', 'taliban', 'ttp', 'hizb-e-islami']);
	});

	it('leaves parenthesised unnamed participants unmatched', () => {
		expect(real.party('(four other nations, unnamed)')).toBeUndefined();
	});

	it('resolves gold place names through the gazetteer, preferring the gold kind', () => {
		expect(real.place('FATA', 'region')?.id).toBe('region-fata');
		expect(real.place('Kabul', 'city')?.id).toBe('city-kabul');
		expect(real.place('New York City', 'city')?.country).toBe('US');
	});
});

describe('npm run eval', () => {
	it('exits 2 when the data folder is missing', () => {
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			expect(main(['--data', 'no/such/folder'])).toBe(2);
			expect(String(err.mock.calls[0]?.[0])).toMatch(
				/cannot read no\/such\/folder\/articles\.json/
			);
		} finally {
			err.mockRestore();
		}
	});

	it('shows the check split as totals only, page by page with --rows', () => {
		const printed = (argv: string[]) => {
			const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
			try {
				expect(main(argv)).toBe(0);
				return out.mock.calls.map((c) => String(c[0])).join('');
			} finally {
				out.mockRestore();
			}
		};
		const pageRow = /^[a-z]{2}-\d\d-\S+\.(txt|html|md) /m;
		const totals = printed(['--split', 'check']);
		expect(totals).toMatch(/check split: \d+ pages .*totals only/);
		expect(totals).toMatch(/micro total/);
		expect(totals).not.toMatch(pageRow);
		expect(printed(['--split', 'check', '--rows'])).toMatch(pageRow);
	}, 60_000);
});

describe('publication date right (real pages)', () => {
	it('is right on the same day, or any day the key accepts', () => {
		const gold = { publication_date: '2019-09-17', acceptable_publication_dates: ['2019-09-18'] };
		expect(publicationDateRight(gold, { published: '2019-09-17' })).toBe(true);
		expect(publicationDateRight(gold, { published: '2019-09-18' })).toBe(true);
		expect(publicationDateRight(gold, { published: '2019-09-19' })).toBe(false);
	});

	it('is right for an inferred date when the key’s day lies in its interval', () => {
		const gold = { publication_date: '2017-10-24' };
		expect(
			publicationDateRight(gold, {
				published: '2017',
				publishedRange: ['2017-08-01', '2018-03-31']
			})
		).toBe(true);
		expect(
			publicationDateRight(gold, {
				published: '2018',
				publishedRange: ['2018-01-01', '2018-03-31']
			})
		).toBe(false);
	});

	it('is wrong when undated, and unjudged when the key knows no date', () => {
		expect(publicationDateRight({ publication_date: '2021-09-21' }, { published: null })).toBe(
			false
		);
		expect(publicationDateRight({ publication_date: null }, { published: '2021' })).toBeNull();
	});

	it('a key known to the month accepts a prediction inside that month only', () => {
		const gold = { publication_date: '2018-08' };
		expect(publicationDateRight(gold, { published: '2018-08-12' })).toBe(true);
		expect(publicationDateRight(gold, { published: '2018' })).toBe(false);
	});
});

describe('pages keyed for their publication date only', () => {
	it('count for the publication date and not for places or links', () => {
		const real = 'tests/fixtures/real';
		const set = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-dates-'));
		fs.mkdirSync(path.join(set, 'keys'));
		fs.mkdirSync(path.join(set, 'pages'));
		const full = 'pk-03-pakistan-hosts-trilateral';
		const dateOnly = 'dt-09-afghancentral-russia-returns-to-afghanistan';
		const outlets: string[] = [];
		for (const name of [full, dateOnly]) {
			const key = JSON.parse(fs.readFileSync(path.join(real, 'keys', `${name}.json`), 'utf8'));
			outlets.push(key.outlet);
			fs.copyFileSync(
				path.join(real, 'keys', `${name}.json`),
				path.join(set, 'keys', `${name}.json`)
			);
			fs.copyFileSync(path.join(real, 'pages', key.file), path.join(set, 'pages', key.file));
		}
		fs.writeFileSync(path.join(set, 'split.json'), JSON.stringify({ dev: outlets, test: [] }));
		const [dev] = evaluatePages({
			pages: set,
			geodata: 'geodata',
			splits: ['dev'],
			withAddress: true
		});
		expect(dev!.articles.map((a) => a.file)).toEqual([`${full}.txt`]);
		expect(dev!.dates.map((d) => [d.file, d.dateOnly, d.right])).toEqual([
			[`${dateOnly}.txt`, true, true],
			[`${full}.txt`, false, true]
		]);
	});
});
