/**
 * An undated event's actors date it (ingest/stages/links-tenure.ts): the office-holders its
 * sentence names with their titles, on sentences quoted from the dev split of the real-page set
 * (tests/fixtures/real, named by page). The test split is never quoted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorIndex } from '../../ingest/actors';
import { createGazetteer } from '../../ingest/gazetteer';
import { createOffices } from '../../ingest/offices';
import { geoparse } from '../../ingest/stages/geoparse';
import { extractLinks } from '../../ingest/stages/links';
import { eventTenure, yearInTenure } from '../../ingest/stages/links-tenure';
import type { PartialDate } from '../../src/lib/data/schema';

const json = (p: string) =>
	JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const gazetteer = createGazetteer(json('geodata/gazetteer.json'), json('geodata/aliases.json'));
const actors = createActorIndex(json('geodata/actors.json'));
const offices = createOffices(json('geodata/offices.json'));

/** The links read from one paragraph of a page printed (or inferred) on `published`. */
function read(paragraph: string, published: PartialDate, range?: [string, string]) {
	const paragraphs = [paragraph];
	return extractLinks({
		article: {
			id: 'a',
			published,
			publishedInferred: range !== undefined,
			publishedRange: range ?? null,
			paragraphs
		},
		mentions: geoparse('a', paragraphs, gazetteer),
		gazetteer,
		actors,
		offices
	});
}

const QURESHI_MET =
	'Upon his arrival, the Afghan leader met with Pakistan’s Foreign Minister Shah Mahmood Qureshi.';

describe('eventTenure: the terms of the actors a sentence names with their titles', () => {
	it('a minister named with his title: his terms (af-03)', () => {
		expect(eventTenure(QURESHI_MET, offices)?.allowed).toEqual([
			{ from: '2008-03-31', to: '2011-02-11' },
			{ from: '2018-08-20', to: '2022-04-10' }
		]);
	});

	it('three ministers: the days all three held office (pk-03)', () => {
		const t = eventTenure(
			'Chinese Foreign Minister and State Councilor Wang Yi, and Afghan Foreign Minister Salahuddin Rabbani arrived in Islamabad on Saturday and were received by Foreign Minister Shah Mahmood Qureshi.',
			offices
		);
		expect(t?.allowed).toEqual([{ from: '2018-08-20', to: '2019-12-31' }]);
	});

	it('a "then" title dates the event (pf-01)', () => {
		const t = eventTenure(
			'The peace talks on Afghanistan were halted last year in May after an American drone killed then Taliban chief Mullah Akhtar Mansoor in southern part of Balochistan bordering Iran.',
			offices
		);
		expect(t?.allowed).toEqual([{ from: '2015-07-29', to: '2016-05-21' }]);
	});

	it('a "former" title does not (we-03)', () => {
		expect(
			eventTenure(
				'Former president Hamid Karzai is traveling to Moscow along with officials from the High Peace Council.',
				offices
			)
		).toBeNull();
	});

	it('a speaker named after "said" is not an actor; the event referred to still counts (ru-06)', () => {
		const t = eventTenure(
			'Tajikistan refused to agree on a number of articles of a declaration summing up the results of the latest Moscow format meeting on Afghanistan in Kazan, said Russian Presidential Special Representative for Afghanistan Zamir Kabulov.',
			offices
		);
		expect(t?.who.some((w) => w.includes('Kabulov'))).toBe(false);
		expect(t?.allowed).toEqual([{ from: '2023-09-29', to: null }]);
	});

	it('a speaker whose words follow his name and an apposition is not an actor (ae-04)', () => {
		expect(
			eventTenure(
				'Zahid Hafeez Chaudhry, a spokesperson for the Foreign Office, had confirmed the other day that an Afghan Taliban delegation will be visiting Pakistan to discuss the way forward in the peace process.',
				offices
			)
		).toBeNull();
	});
});

describe('yearInTenure: where an event outside its actors’ terms goes', () => {
	const qureshi = eventTenure(QURESHI_MET, offices)!;

	it('a date inside the terms stays', () => {
		expect(yearInTenure('2019-06', qureshi, 'held', '2019-06-27')).toBeNull();
	});

	it('a later page: the last year of the term nearest it', () => {
		expect(yearInTenure('2023-05', qureshi, 'held', '2023-05-10')).toBe('2022');
	});

	it('a title kept a few days after the term ended in the same year: the year stays', () => {
		expect(yearInTenure('2022-04', qureshi, 'held', '2022-04-20')).toBeNull();
	});

	it('an event told as held is not moved after its page', () => {
		expect(yearInTenure('2017-03', qureshi, 'held', '2017-03-01')).toBe('2011');
	});
});

describe('an undated event takes its actors’ years, not its page’s', () => {
	it('a 2023 page telling a meeting with Foreign Minister Qureshi dates it 2022 (af-03)', () => {
		const [link] = read(QURESHI_MET, '2023-05-10');
		expect(link).toMatchObject({ date: '2022', dateBasis: 'tenure' });
		expect(link?.reasons).toContain('date:tenure');
	});

	it('a page of his term keeps its own date', () => {
		const [link] = read(QURESHI_MET, '2019-06-27');
		expect(link).toMatchObject({ date: '2019-06', dateBasis: 'publication' });
	});
});
