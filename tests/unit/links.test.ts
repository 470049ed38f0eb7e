import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorIndex } from '../../ingest/actors';
import { extractLinks } from '../../ingest/stages/links';
import { splitSentences } from '../../src/lib/data/sentences';
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
	['Istanbul', 'city-istanbul', 'name'],
	['Iran', 'country-ir', 'name'],
	['Iranian', 'country-ir', 'demonym'],
	['Uzbekistan', 'country-uz', 'name'],
	['Uzbek', 'country-uz', 'demonym'],
	['Qatar', 'country-qa', 'name'],
	['Tashkent', 'city-tashkent', 'name'],
	['TASHKENT', 'city-tashkent', 'name'],
	['Tehran', 'city-tehran', 'name'],
	['New Delhi', 'city-new-delhi', 'name'],
	['Doha', 'city-doha', 'name']
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
			[
				'Taliban leaders and Afghan ministers held talks with a Pakistani delegation on 4 October 2022.'
			],
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

describe('extractLinks: clause structure', () => {
	it('splits ", and" before a clause with its own subject and verb', () => {
		const result = links(
			[
				'In May an Iranian delegation toured Kabul, and Tashkent has since hosted a round of talks between China, Russia and Pakistan.'
			],
			'2022-06-20'
		);
		expect(result).toHaveLength(2);
		expect(result[0]).toMatchObject({ type: 'visit', from: 'IR', to: 'AF', date: '2022-05' });
		expect(sorted(result[1]!.parties)).toEqual(['CN', 'PK', 'RU', 'UZ']);
		expect(result[1]!.date).toBe('2022-06');
	});

	it('keeps a list joined by ", and" inside one clause', () => {
		const [link, ...rest] = links(['China, Russia, and Pakistan agreed on Monday to coordinate.']);
		expect(rest).toEqual([]);
		expect(sorted(link!.parties)).toEqual(['CN', 'PK', 'RU']);
	});

	it('does not count a party of a subordinate clause with its own subject (no comma needed)', () => {
		const [link, ...rest] = links(
			[
				'The Iranian envoy landed in Kabul on Monday after the Taliban lifted a ban on his flights.'
			],
			'2022-06-20'
		);
		expect(rest).toEqual([]);
		expect(sorted(link!.parties)).toEqual(['AF', 'IR']);
	});

	it('keeps a prepositional "after" phrase inside the clause', () => {
		const [link] = links(
			[
				'Uzbekistan and Afghanistan signed a transit accord after talks in Tehran mediated by Iran.'
			],
			'2022-06-20'
		);
		expect(sorted(link!.parties)).toEqual(['AF', 'IR', 'UZ']);
	});

	it('does not let a modal in a "where" clause make the event before it hypothetical', () => {
		const [link] = links(
			[
				'Last week a Taliban minister was on a trip to Tashkent, where Uzbekistan said it would build a railway.'
			],
			'2022-06-20'
		);
		expect(link).toMatchObject({
			type: 'visit',
			from: 'taliban',
			to: 'UZ',
			place: 'city-tashkent'
		});
	});

	it('gives a second verb phrase the subject of the first', () => {
		const result = links(
			[
				'A Chinese delegation visited Kabul on Monday and urged the Taliban to protect its nationals.'
			],
			'2022-06-20'
		);
		expect(result.map((l) => l.type)).toEqual(['visit', 'dispute']);
		expect(sorted(result[1]!.parties)).toEqual(['CN', 'taliban']);
	});
});

describe('extractLinks: who is a party', () => {
	it('reads a person introduced by nationality and title as that state when named again', () => {
		const result = links(
			[
				'Iranian Foreign Minister Parviz Tahmasbi spoke in Geneva on Monday.',
				'Tahmasbi later held talks with Uzbekistan on water sharing.'
			],
			'2022-06-20'
		);
		expect(sorted(result[0]!.parties)).toEqual(['IR', 'UZ']);
	});

	it('treats the target of an alleged act as a topic, not a party', () => {
		const [link] = links(
			['Tehran accused Kabul on Sunday of harbouring fighters of the Islamic State.'],
			'2022-06-20'
		);
		expect(link).toMatchObject({ type: 'accusation', from: 'IR', to: 'AF' });
		expect(link!.parties).toHaveLength(2);
	});

	it('makes the capital of a gathering with one party named its host', () => {
		const [link] = links(
			['Pakistan took part in a round of talks in Tehran in March.'],
			'2022-06-20'
		);
		expect(sorted(link!.parties)).toEqual(['IR', 'PK']);
		expect(link!.date).toBe('2022-03');
	});

	it('does not take a capital before a facility noun for its government', () => {
		const [link] = links(
			['Qatar and Uzbekistan discussed security at Kabul airport by phone on Monday.'],
			'2022-06-20'
		);
		expect(sorted(link!.parties)).toEqual(['QA', 'UZ']);
	});
});

describe('extractLinks: events told over several sentences', () => {
	it('adds the participants named in the next sentence to a hosted gathering', () => {
		const result = links(
			[
				'Uzbekistan hosted a Taliban delegation in Tashkent on Tuesday for a regional forum.',
				'The delegation sat down with envoys from Iran, Pakistan and China.'
			],
			'2022-06-20'
		);
		expect(result).toHaveLength(1);
		expect(sorted(result[0]!.parties)).toEqual(['CN', 'IR', 'PK', 'UZ', 'taliban']);
		expect(result[0]!.evidence).toHaveLength(2);
	});

	it('reads staying away as a refusal of the gathering just told of, towards its host', () => {
		const result = links(
			[
				'Uzbekistan hosted envoys of China and Pakistan in Tashkent on Tuesday for a regional forum.',
				'Iran did not attend.'
			],
			'2022-06-20'
		);
		const absence = result.find((l) => l.evidence[0]!.paragraph === 1);
		expect(absence).toMatchObject({
			type: 'conference',
			status: 'refused',
			from: 'IR',
			to: 'UZ',
			date: '2022-06-14'
		});
	});

	it('dates a planned event forward from publication', () => {
		const [link] = links(
			['Iran and Pakistan will meet again in Tehran on January 9.'],
			'2022-11-20'
		);
		expect(link).toMatchObject({ date: '2023-01-09', place: 'city-tehran' });
	});
});

describe('extractLinks: trigger words', () => {
	it.each([
		['Uzbek officials received an Iranian delegation in Tashkent.', 'meeting'],
		['Qatar inked a gas accord with Pakistan.', 'signing'],
		['Tehran summoned the Afghan ambassador over the killing of a border guard.', 'condemnation'],
		['The Iranian and Uzbek presidents spoke by phone about transit routes.', 'talks'],
		['Pakistan pressed Iran to reopen the crossing.', 'dispute']
	])('%s → %s', (sentence, type) => {
		const [link] = links([sentence], '2022-06-20');
		expect(link?.type).toBe(type);
	});
});

describe('extractLinks: what is not a link', () => {
	it('ignores a standing relation described with a present or durative copula', () => {
		expect(
			links(['Of all the neighbours, Uzbekistan remains the least hostile to the Taliban.'])
		).toEqual([]);
	});

	it('ignores a news conference', () => {
		expect(
			links(['The Iranian spokesman told a news conference that Pakistan had shared its concerns.'])
		).toEqual([]);
	});

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

	it('does not date an event by the date of a wire dateline', () => {
		const [link] = links(
			[
				'TASHKENT, June 12 (Wire) - Uzbekistan and Afghanistan agreed on Friday to open a trade zone.'
			],
			'2022-06-12'
		);
		expect(link!.date).toBe('2022-06-10');
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
