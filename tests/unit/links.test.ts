import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorIndex } from '../../ingest/actors';
import { extractLinks } from '../../ingest/stages/links';
import { splitSentences } from '../../ingest/stages/links-sentences';
import type { Gazetteer, GazetteerPlace, PlaceMention, RawLink } from '../../ingest/types';
import type { MentionVia, PartialDate } from '../../src/lib/data/schema';

const places = JSON.parse(
	readFileSync(new URL('../fixtures/links/places.json', import.meta.url), 'utf8')
) as GazetteerPlace[];
const actors = createActorIndex(
	JSON.parse(readFileSync(new URL('../../geodata/actors.json', import.meta.url), 'utf8'))
);

/** A gazetteer over the fixture places. */
function fixtureGazetteer(): Gazetteer {
	const byId = new Map(places.map((p) => [p.id, p]));
	return {
		places: byId,
		get: (id) => byId.get(id),
		country: (iso) => byId.get(`country-${iso.toLowerCase()}`),
		capital: (iso) => places.find((p) => p.kind === 'city' && p.capital && p.country === iso)
	};
}
const gazetteer = fixtureGazetteer();

/** What a geoparser would report: every whole-word occurrence of each surface form. */
type Surface = [text: string, place: string, via: MentionVia];
const SURFACES: Surface[] = [
	['Afghanistan', 'country-af', 'name'],
	['Afghan', 'country-af', 'demonym'],
	['Pakistan', 'country-pk', 'name'],
	['Pakistani', 'country-pk', 'demonym'],
	['United States', 'country-us', 'name'],
	['US', 'country-us', 'alias'],
	['Zalmay Khalilzad', 'country-us', 'alias'],
	['Russia', 'country-ru', 'name'],
	['China', 'country-cn', 'name'],
	['Chinese', 'country-cn', 'demonym'],
	['India', 'country-in', 'name'],
	['Indias', 'country-in', 'name'],
	['Tajik', 'country-tj', 'demonym'],
	['Imran Khan', 'country-pk', 'alias'],
	['Rahmon', 'country-tj', 'alias'],
	['Ghani', 'country-af', 'alias'],
	['Kabul', 'city-kabul', 'name'],
	['Islamabad', 'city-islamabad', 'name'],
	['ISLAMABAD', 'city-islamabad', 'name'],
	['Moscow', 'city-moscow', 'name'],
	['Dushanbe', 'city-dushanbe', 'name'],
	['Abu Dhabi', 'city-abu-dhabi', 'name'],
	['Istanbul', 'city-istanbul', 'name']
];

function mentionsOf(paragraphs: string[]): PlaceMention[] {
	const out: PlaceMention[] = [];
	const sorted = [...SURFACES].sort((a, b) => b[0].length - a[0].length);
	paragraphs.forEach((text, paragraph) => {
		const taken: Array<[number, number]> = [];
		for (const [surface, place, via] of sorted) {
			const re = new RegExp(`(?<![\\w-])${surface}(?![\\w])`, 'g');
			for (let m = re.exec(text); m !== null; m = re.exec(text)) {
				const start = m.index;
				const end = start + surface.length;
				if (taken.some(([s, e]) => start < e && end > s)) continue;
				taken.push([start, end]);
				out.push({ article: 'a1', paragraph, start, end, text: surface, via, place });
			}
		}
	});
	return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

function links(paragraphs: string[], published: PartialDate = '2019-01-17'): RawLink[] {
	return extractLinks({
		article: { id: 'a1', published, paragraphs },
		mentions: mentionsOf(paragraphs),
		gazetteer,
		actors
	});
}

const sorted = (parties: string[]) => [...parties].sort();

describe('extractLinks: events and their parties', () => {
	it('makes a meeting between the two leaders named, at the stated venue and day', () => {
		const [link, ...rest] = links(
			[
				'The meeting in Dushanbe on September 17 between Tajik President Rahmon and Imran Khan was long.'
			],
			'2021-09-24'
		);
		expect(rest).toEqual([]);
		expect(link).toMatchObject({ type: 'meeting', place: 'city-dushanbe', date: '2021-09-17' });
		expect(sorted(link!.parties)).toEqual(['PK', 'TJ']);
	});

	it('draws a visit from the visitor to the host of the city arrived in', () => {
		const [link] = links(
			['A Pakistani delegation arrived in Kabul on Thursday for talks.'],
			'2019-01-17'
		);
		expect(link).toMatchObject({
			type: 'visit',
			from: 'PK',
			to: 'AF',
			place: 'city-kabul',
			date: '2019-01-17'
		});
	});

	it('keeps a visited capital as its state when the text does not name who governs it', () => {
		const [link] = links(
			['A Pakistani delegation arrived in Kabul on September 4, 2021.'],
			'2024-02'
		);
		expect(link).toMatchObject({ from: 'PK', to: 'AF', date: '2021-09-04' });
	});

	it('names the governing actor when the text names it beside its country after August 2021', () => {
		const [link] = links(
			['Taliban leaders and Afghan ministers held talks with a Pakistani delegation on 4 October 2022.'],
			'2022-10-10'
		);
		expect(sorted(link!.parties)).toEqual(['PK', 'taliban']);
	});

	it('reads capital cities as their governments when they act', () => {
		const [link] = links(['Islamabad has taken Kabul into confidence about its efforts.']);
		expect(sorted(link!.parties)).toEqual(['AF', 'PK']);
		expect(link!.place).toBeNull();
	});

	it('keeps a venue city out of the parties', () => {
		const [link] = links([
			'He lauded Pakistan’s efforts in facilitating direct talks between the Taliban and the US in Abu Dhabi last month.'
		]);
		expect(link).toMatchObject({ type: 'mediation', place: 'city-abu-dhabi', date: '2018-12' });
		expect(sorted(link!.parties)).toEqual(['PK', 'US', 'taliban']);
	});

	it('carries every listed party of a hosted conference, the host as the arc end', () => {
		const [link] = links(
			[
				'The April 14 meeting, which Russia has hosted, was attended by senior diplomats from Afghanistan, China, India and Pakistan.'
			],
			'2017-04-17'
		);
		expect(link).toMatchObject({ type: 'conference', to: 'RU', date: '2017-04-14' });
		expect(sorted(link!.parties)).toEqual(['AF', 'CN', 'IN', 'PK', 'RU']);
	});

	it('draws an accusation from the accuser to the accused', () => {
		const [link] = links(
			['Ghani singled out Pakistan for allegedly supporting insurgent groups.'],
			'2017-06-09'
		);
		expect(link).toMatchObject({ type: 'accusation', from: 'AF', to: 'PK' });
	});

	it('finds non-state actors by name in the text', () => {
		const [link] = links(
			['Some sources said that Taliban envoys last visited Moscow in December.'],
			'2017-04-17'
		);
		expect(link).toMatchObject({
			type: 'visit',
			from: 'taliban',
			to: 'RU',
			place: 'city-moscow',
			date: '2016-12'
		});
	});

	it('gives an insurgent’s peace deal its government as the other party', () => {
		const [link] = links(
			['Hizb-e-islami (Hekmatyar) struck the peace deal in September.'],
			'2017-04-17'
		);
		expect(link).toMatchObject({ type: 'agreement', date: '2016-09' });
		expect(sorted(link!.parties)).toEqual(['AF', 'hizb-e-islami']);
	});

	it('reads an unqualified role as the dateline country', () => {
		const result = links([
			'ISLAMABAD: Officials spoke on Thursday.',
			'Zalmay Khalilzad arrived on a visit.',
			'Khalilzad held a meeting with the foreign secretary.'
		]);
		const meeting = result.find((l) => l.type === 'meeting');
		expect(sorted(meeting!.parties)).toEqual(['PK', 'US']);
	});

	it('resolves "the two leaders" to the parties of the previous event', () => {
		const result = links(
			[
				'Rahmon met Imran Khan in Dushanbe on September 17.',
				'And the two leaders also agreed to direct all efforts to these goals.'
			],
			'2021-09-24'
		);
		const agreement = result.find((l) => l.type === 'agreement');
		expect(sorted(agreement!.parties)).toEqual(['PK', 'TJ']);
		expect(agreement!.date).toBe('2021-09-17');
	});
	it('splits a sentence telling two events into two links', () => {
		const result = links([
			'Russia met China in Moscow on Monday, and the two sides agreed to extend their partnership to Pakistan.'
		]);
		expect(result.map((l) => l.type)).toEqual(['meeting', 'agreement']);
	});

	it('does not take the city a statement was made in for the venue', () => {
		const [link] = links([
			'Russia offered to mediate between Pakistan and the Taliban, a spokesman said in Moscow.'
		]);
		expect(link).toMatchObject({ type: 'mediation', place: null });
	});
});

describe('extractLinks: what is not a link', () => {
	it('ignores a posting', () => {
		expect(
			links(['He looked towards the Pakistan ambassador to Kabul, who stood by his side.'])
		).toEqual([]);
	});

	it('ignores a relationship described with no event', () => {
		expect(
			links([
				'The statement was aimed at Islamabads anxieties regarding Indias overwhelming influence in Afghanistan.'
			])
		).toEqual([]);
	});

	it('does not link a capital with a city that is not a capital', () => {
		const result = links([
			'While bilateral relations between Kabul and Istanbul remain hostile, nothing moved.'
		]);
		expect(result.flatMap((l) => l.parties)).not.toContain('TR');
	});

	it('ignores hypothetical events', () => {
		expect(
			links(['I think the US needs to involve Russia and China in the Afghan peace talks.'])
		).toEqual([]);
	});

	it('ignores an interview given to the media', () => {
		expect(
			links(['Imran Khan told the BBC this week that Afghanistan needs peace.'], '2021-09-23')
		).toEqual([]);
	});
});

describe('extractLinks: dates and evidence', () => {
	it('merges sentences about one event into one link with several pieces of evidence', () => {
		const paragraphs = [
			'Pakistan and the United States on Thursday agreed to share responsibility. The US and Pakistan also agreed on Thursday to meet again.'
		];
		const result = links(paragraphs);
		expect(result).toHaveLength(1);
		expect(result[0]!.evidence).toHaveLength(2);
	});

	it('quotes each evidence sentence verbatim from its paragraph', () => {
		const paragraphs = [
			'The U.S. envoy met Pakistani officials in Islamabad on Thursday. Lt. Gen. Faiz Hameed arrived in Kabul on Friday.'
		];
		for (const link of links(paragraphs))
			for (const e of link.evidence) expect(paragraphs[e.paragraph]).toContain(e.sentence);
	});

	it('dates an event with no cue by the publication month', () => {
		const [link] = links(
			['Islamabad has taken Kabul into confidence about its efforts.'],
			'2019-01-17'
		);
		expect(link!.date).toBe('2019-01');
	});

	it('inherits the date of an earlier sentence about the same party in the paragraph', () => {
		const result = links(
			[
				'In this context, the Taliban regime gained huge success in January 2024. China took a step forward to engage the regime in trade.'
			],
			'2024-02'
		);
		expect(result[0]).toMatchObject({ date: '2024-01' });
		expect(sorted(result[0]!.parties)).toEqual(['CN', 'taliban']);
	});

	it('leaves the date null for an undated article with no explicit year', () => {
		const [link] = links(['Russia hosted Chinese and Pakistani diplomats in December.'], null);
		expect(link!.date).toBeNull();
	});
});

describe('splitSentences', () => {
	it('keeps abbreviations and initials inside sentences', () => {
		const text =
			'The U.S. response was lukewarm. Lt. Gen. Faiz Hameed met M. K. Bhadrakumar. Then he left.';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'The U.S. response was lukewarm.',
			'Lt. Gen. Faiz Hameed met M. K. Bhadrakumar.',
			'Then he left.'
		]);
	});
});
