import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorIndex, governingActor } from '../../ingest/actors';
import { createGazetteer } from '../../ingest/gazetteer';

const readJson = (rel: string) =>
	JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as unknown;
const actorsJson = readJson('../../geodata/actors.json');
const index = createActorIndex(actorsJson);

const minimal = (over: Record<string, unknown> = {}) => ({
	id: 'x',
	name: 'X',
	names: ['X'],
	country: null,
	locations: [{ from: null, to: null, place: 'country-af' }],
	...over
});

describe('geodata/actors.json', () => {
	it('draws every actor at places the gazetteer knows', () => {
		const gazetteer = createGazetteer(
			readJson('../../geodata/gazetteer.json'),
			readJson('../../geodata/aliases.json')
		);
		const unknown = index.actors
			.flatMap((a) => a.locations.map((l) => l.place))
			.filter((p) => !gazetteer.get(p));
		expect(unknown).toEqual([]);
	});

	it('lists the Taliban, the TTP and the United Nations under their ids', () => {
		expect(
			['taliban', 'ttp', 'hizb-e-islami', 'isis-k', 'un'].map((id) => index.get(id)?.id)
		).toEqual(['taliban', 'ttp', 'hizb-e-islami', 'isis-k', 'un']);
	});
});

describe('createActorIndex', () => {
	it('accepts a bare array of actors', () => {
		expect(createActorIndex([minimal()]).get('x')?.name).toBe('X');
	});

	it('rejects content that is not a list of actors', () => {
		expect(() => createActorIndex({ people: [] })).toThrow(/actors/);
	});

	it('rejects a duplicate id', () => {
		expect(() => createActorIndex([minimal(), minimal()])).toThrow(/duplicate id/);
	});

	it('rejects a country that is not an ISO alpha-2 code', () => {
		expect(() => createActorIndex([minimal({ country: 'Afghanistan' })])).toThrow(/country/);
	});

	it('rejects an actor without names', () => {
		expect(() => createActorIndex([minimal({ names: [] })])).toThrow(/names/);
	});

	it('rejects a malformed date', () => {
		expect(() =>
			createActorIndex([
				minimal({ locations: [{ from: 'August 2021', to: null, place: 'city-kabul' }] })
			])
		).toThrow(/from/);
	});

	it('rejects a period that ends before it starts', () => {
		expect(() =>
			createActorIndex([
				minimal({ locations: [{ from: '2021', to: '2020', place: 'city-kabul' }] })
			])
		).toThrow(/after/);
	});
});

describe('ActorIndex.locate', () => {
	it('draws the Taliban at Doha before the fall of Kabul', () => {
		expect(index.locate('taliban', '2017-04')).toBe('city-doha');
	});

	it('draws the Taliban at Kabul from 2021-08-15', () => {
		expect(index.locate('taliban', '2021-09-04')).toBe('city-kabul');
	});

	it('takes the latest period a partial date overlaps', () => {
		expect(index.locate('taliban', '2021-08')).toBe('city-kabul');
	});

	it('gives the latest location when the date is null', () => {
		expect(index.locate('taliban', null)).toBe('city-kabul');
	});

	it('gives the first location for a date before every period', () => {
		expect(index.locate('ttp', '1990')).toBe('region-fata');
	});

	it('returns undefined for an unknown actor', () => {
		expect(index.locate('nobody', '2020')).toBeUndefined();
	});
});

describe('governingActor', () => {
	it('names the Taliban as Afghanistan’s government after August 2021', () => {
		expect(governingActor(index, 'AF', '2021-09')).toBe('taliban');
	});

	it('names no actor for Afghanistan’s republic years', () => {
		expect(governingActor(index, 'AF', '2019-01-17')).toBeUndefined();
	});

	it('does not take a month that straddles the takeover as Taliban rule', () => {
		expect(governingActor(index, 'AF', '2021-08')).toBeUndefined();
	});
});
