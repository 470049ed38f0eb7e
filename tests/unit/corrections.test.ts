/**
 * The corrections file (ingest/corrections.ts): each kind of entry run through the real pipeline
 * on small articles written here, with the real geodata, and what is reported when an entry is
 * bad or matches nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../ingest/context';
import {
	collapseSpace,
	findEvidenceSentence,
	parseCorrections,
	type CorrectionsRead
} from '../../ingest/corrections';
import { runPipeline, type PipelineContext, type PipelineInput } from '../../ingest/pipeline';
import type { LinkProperties } from '../../src/lib/data/schema';
import { articleText } from '../fixtures/article-text';

let ctx: PipelineContext;
beforeAll(() => {
	ctx = loadContext('geodata');
});

const enc = new TextEncoder();

/** Published on a Friday; five links as read, none from the last paragraph. */
const EAST = [
	'Pakistan accused Afghanistan of sheltering militants, and Afghanistan condemned Pakistan for the air strikes in Khost on Monday.',
	'The Iranian foreign minister visited Kabul on Sunday and met Taliban leaders.',
	'China will host talks between Pakistan and Afghanistan in Beijing next month.',
	'Analysts said the envoy from the east had also travelled north. He met officials there.'
];
/** No date printed; "on Tuesday" is resolved against whatever date the article is given. */
const DUSHANBE = [
	'The foreign ministers of Tajikistan and Afghanistan met in Dushanbe on Tuesday to discuss border security.'
];

const east = (): PipelineInput => ({
	file: 'east.txt',
	bytes: enc.encode(articleText('Tensions in the east', 'Published June 9, 2017', EAST))
});
const dushanbe = (sidecar?: string): PipelineInput => ({
	file: 'dushanbe.txt',
	bytes: enc.encode(articleText('Ministers meet in Dushanbe', null, DUSHANBE)),
	sidecar
});

interface Run {
	read: CorrectionsRead;
	result: ReturnType<typeof runPipeline>;
	links: LinkProperties[];
	/** Every line reported about the corrections, as the CLI prints them. */
	lines: string[];
}

function run(document: unknown, inputs: PipelineInput[] = [east()]): Run {
	const text = typeof document === 'string' ? document : JSON.stringify(document);
	const read = parseCorrections(text, 'corrections.json', ctx);
	const result = runPipeline(inputs, ctx, { corrections: read.corrections });
	return {
		read,
		result,
		links: result.output.links.features.map((f) => f.properties),
		lines: [...read.problems, ...result.corrections.problems]
	};
}

/** `type from→to date status` of each link, sorted. */
function brief(links: LinkProperties[]): string[] {
	return links.map((l) => `${l.type} ${l.from}→${l.to} ${l.date} ${l.status}`).sort();
}

/** The evidence sentences listed for a link under its articles. */
function sentencesOf(r: Run, link: LinkProperties): string[] {
	return r.result.output.articles.flatMap((a) =>
		a.evidence
			.filter((e) => e.link === link.id)
			.map((e) => `${a.file}#${e.paragraph}: ${e.sentence}`)
	);
}

const AS_READ = [
	'accusation PK→AF 2017-06 held',
	'condemnation AF→PK 2017-06-05 held',
	'conference PK→CN 2017-06 planned',
	'meeting IR→taliban 2017-06 held',
	'visit IR→AF 2017-06-04 held'
];

describe('the articles as read, without corrections', () => {
	it('give the links the corrections below change', () => {
		const r = run({ links: [], articles: [] });
		expect(brief(r.links)).toEqual(AS_READ);
		expect(r.links.every((l) => !l.corrected)).toBe(true);
		expect(r.lines).toEqual([]);
		expect(r.result.corrections.applied).toBe(0);
	});
});

describe('reject', () => {
	it('removes every link read from the sentence holding the piece', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'visited Kabul on Sunday',
					action: 'reject',
					note: 'the minister was in Herat'
				}
			]
		});
		expect(brief(r.links)).toEqual(AS_READ.filter((l) => !/^(visit|meeting) IR/.test(l)));
		const sentences = r.result.output.articles[0]!.evidence.map((e) => e.sentence);
		expect(sentences.some((s) => s.includes('Kabul on Sunday'))).toBe(false);
		expect(r.result.corrections).toEqual({ applied: 1, problems: [] });
	});

	it('with "match", only the link of that type among those of the sentence', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'Pakistan accused Afghanistan',
					match: { type: 'accusation' },
					action: 'reject'
				}
			]
		});
		expect(brief(r.links)).toEqual(AS_READ.filter((l) => !l.startsWith('accusation')));
		expect(r.lines).toEqual([]);
	});

	it('compares whitespace loosely and case exactly', () => {
		const loose = run({
			links: [{ article: 'east.txt', evidence: ' visited \n Kabul   on Sunday ', action: 'reject' }]
		});
		expect(loose.links).toHaveLength(3);
		const cased = run({
			links: [{ article: 'east.txt', evidence: 'VISITED Kabul', action: 'reject' }]
		});
		expect(cased.links).toHaveLength(5);
		expect(cased.lines).toEqual([
			'corrections.json: links[0].evidence: no link read in east.txt has "VISITED Kabul" in its evidence; entry not applied'
		]);
	});
});

describe('set', () => {
	it('turns an arc around and marks the link corrected, with confidence 1', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'Pakistan accused Afghanistan of sheltering militants',
					match: { type: 'accusation', from: 'PK' },
					set: { from: 'AF', to: 'PK' }
				}
			]
		});
		const link = r.links.find((l) => l.type === 'accusation')!;
		expect([link.from, link.to, link.parties]).toEqual(['AF', 'PK', ['AF', 'PK']]);
		expect(link.corrected).toBe(true);
		expect(link.confidence).toBe(1);
		expect(link.reasons).toContain('corrected');
		// The reading's own date cue stays: the date was not corrected.
		expect(link.reasons).toContain('date:publication');
		expect(link.dateBasis).toBe('publication');
		// The other link of that sentence is as read.
		const other = r.links.find((l) => l.type === 'condemnation')!;
		expect([other.from, other.to, other.corrected]).toEqual(['AF', 'PK', false]);
		expect(r.result.corrections).toEqual({ applied: 1, problems: [] });
	});

	it('changes type, status and date; a date given by hand has the basis "corrected"', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'China will host talks',
					set: { type: 'talks', status: 'cancelled', date: '2017-07-12', place: null }
				}
			]
		});
		const link = r.links.find((l) => l.type === 'talks')!;
		expect(link).toMatchObject({
			type: 'talks',
			status: 'cancelled',
			date: '2017-07-12',
			year: 2017,
			dateBasis: 'corrected',
			place: null,
			parties: ['AF', 'CN', 'PK'],
			corrected: true,
			confidence: 1
		});
		expect(link.reasons).toEqual(['corrected']);
		expect(sentencesOf(r, link)).toEqual([
			'east.txt#2: China will host talks between Pakistan and Afghanistan in Beijing next month.'
		]);
		expect(brief(r.links).some((l) => l.startsWith('conference'))).toBe(false);
	});

	it('adds a new end to the parties; "parties" replaces them', () => {
		const added = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'visited Kabul',
					match: { type: 'visit' },
					set: { to: 'taliban' }
				}
			]
		});
		const visit = added.links.find((l) => l.type === 'visit')!;
		expect([visit.from, visit.to, visit.parties]).toEqual([
			'IR',
			'taliban',
			['AF', 'IR', 'taliban']
		]);
		const replaced = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'visited Kabul',
					match: { type: 'visit' },
					set: { to: 'taliban', parties: ['IR', 'taliban'] }
				}
			]
		});
		const only = replaced.links.find((l) => l.type === 'visit')!;
		expect(only.parties).toEqual(['IR', 'taliban']);
	});

	it('merges with the same event read in another article; the corrected reading sets the direction', () => {
		const telling = (file: string, title: string, sentence: string): PipelineInput => ({
			file,
			bytes: enc.encode(articleText(title, 'Published June 9, 2017', [sentence]))
		});
		const inputs = [
			telling(
				'x.txt',
				'Islamabad blames Kabul',
				'Pakistan accused Afghanistan of sheltering militants on Monday.'
			),
			telling(
				'y.txt',
				'Kabul blamed again',
				'On Monday, Pakistan accused Afghanistan of harbouring the attackers.'
			)
		];
		const plain = run({}, inputs);
		expect(plain.links.map((l) => [l.from, l.to, l.articles, l.corrected])).toEqual([
			['PK', 'AF', 2, false]
		]);
		const r = run(
			{
				links: [
					{ article: 'y.txt', evidence: 'harbouring the attackers', set: { from: 'AF', to: 'PK' } }
				]
			},
			inputs
		);
		expect(
			r.links.map((l) => [l.from, l.to, l.date, l.articles, l.corrected, l.confidence])
		).toEqual([['AF', 'PK', '2017-06-05', 2, true, 1]]);
	});

	it('an undated correction leaves the link undated', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					evidence: 'air strikes in Khost',
					match: { type: 'condemnation' },
					set: { date: null }
				}
			]
		});
		const link = r.links.find((l) => l.type === 'condemnation')!;
		expect([link.date, link.year, link.dateBasis]).toEqual([null, null, null]);
	});

	it('a later entry sees what an earlier one did', () => {
		const r = run({
			links: [
				{ article: 'east.txt', evidence: 'China will host', set: { type: 'talks' } },
				{
					article: 'east.txt',
					evidence: 'China will host',
					match: { type: 'talks' },
					set: { status: 'held' }
				},
				{ article: 'east.txt', evidence: 'China will host', action: 'reject' },
				{ article: 'east.txt', evidence: 'China will host', set: { status: 'planned' } }
			]
		});
		expect(brief(r.links).some((l) => l.includes('PK→CN'))).toBe(false);
		expect(r.result.corrections.applied).toBe(3);
		expect(r.lines).toEqual([
			'corrections.json: links[3]: the links of "China will host" in east.txt were rejected by links[2]; entry not applied'
		]);
	});
});

describe('entries as the app writes them (one per evidence sentence, with the values shown)', () => {
	const TOLD_TWICE = [
		'The Pakistani foreign minister met his Afghan counterpart in Tashkent on Monday.',
		'The two ministers met again in Tashkent on Monday evening to discuss the border.'
	];
	const twice = (): PipelineInput => ({
		file: 'tashkent.txt',
		bytes: enc.encode(articleText('Talks in Tashkent', 'Published June 9, 2017', TOLD_TWICE))
	});
	const shown = { type: 'meeting', from: 'PK', to: 'AF' };
	const entries = (what: object) =>
		TOLD_TWICE.map((sentence) => ({
			article: 'tashkent.txt',
			evidence: sentence,
			match: shown,
			...what
		}));

	it('rejects a link told in two sentences once, and the second entry is not reported', () => {
		const plain = run({}, [twice()]);
		expect(brief(plain.links)).toEqual(['meeting PK→AF 2017-06-05 held']);
		const r = run({ links: entries({ action: 'reject' }) }, [twice()]);
		expect(r.links).toEqual([]);
		expect(r.lines).toEqual([]);
		expect(r.result.corrections.applied).toBe(2);
	});

	it('changes it once; the second entry names it by the values it was read with', () => {
		const r = run({ links: entries({ set: { from: 'AF', to: 'PK', type: 'talks' } }) }, [twice()]);
		expect(brief(r.links)).toEqual(['talks AF→PK 2017-06-05 held']);
		expect(r.lines).toEqual([]);
		expect(r.result.corrections.applied).toBe(2);
	});

	it('names a reading of another article that has the ends the other way round', () => {
		const other: PipelineInput = {
			file: 'other.txt',
			bytes: enc.encode(
				articleText('Ministers in Tashkent', 'Published June 9, 2017', [
					'The Afghan foreign minister met his Pakistani counterpart in Tashkent on Monday.'
				])
			)
		};
		// Told by both articles: shown in the direction of the first reading.
		const plain = run({}, [twice(), other]);
		expect(plain.links.map((l) => [l.from, l.to, l.articles])).toEqual([['PK', 'AF', 2]]);
		const r = run(
			{
				links: [
					...entries({ action: 'reject' }),
					{
						article: 'other.txt',
						evidence: 'The Afghan foreign minister met',
						match: shown,
						action: 'reject'
					}
				]
			},
			[twice(), other]
		);
		expect(r.links).toEqual([]);
		expect(r.lines).toEqual([]);
	});
});

describe('add', () => {
	it('creates a link whose evidence is the whole sentence holding the piece, with its paragraph', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					add: {
						from: 'CN',
						to: 'PK',
						type: 'visit',
						evidence: 'the envoy from   the east\nhad also travelled',
						date: '2017-06'
					}
				}
			]
		});
		const visit = r.links.find((l) => l.type === 'visit' && l.from === 'CN')!;
		expect(visit).toMatchObject({
			to: 'PK',
			parties: ['CN', 'PK'],
			date: '2017-06',
			dateBasis: 'corrected',
			status: 'held',
			place: null,
			absent: [],
			confidence: 1,
			reasons: ['corrected'],
			corrected: true,
			articles: 1
		});
		expect(sentencesOf(r, visit)).toEqual([
			'east.txt#3: Analysts said the envoy from the east had also travelled north.'
		]);
		expect(r.links).toHaveLength(6);
		expect(r.result.corrections).toEqual({ applied: 1, problems: [] });
	});

	it('takes the defaults: parties from and to, undated, held', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					add: { from: 'CN', to: 'PK', type: 'meeting', evidence: 'He met officials there.' }
				}
			]
		});
		const meeting = r.links.find((l) => l.type === 'meeting' && l.from === 'CN')!;
		expect([meeting.parties, meeting.date, meeting.dateBasis, meeting.status]).toEqual([
			['CN', 'PK'],
			null,
			null,
			'held'
		]);
		expect(sentencesOf(r, meeting)).toEqual(['east.txt#3: He met officials there.']);
	});

	it('reports a piece that is not in the text, and adds nothing', () => {
		const r = run({
			links: [
				{
					article: 'east.txt',
					add: {
						from: 'CN',
						to: 'PK',
						type: 'visit',
						evidence: 'the envoy flew to Lahore'
					}
				}
			]
		});
		expect(brief(r.links)).toEqual(AS_READ);
		expect(r.lines).toEqual([
			'corrections.json: links[0].add.evidence: "the envoy flew to Lahore" is not in the text of east.txt; entry not applied'
		]);
		expect(r.result.corrections.applied).toBe(0);
	});

	it('finds the sentence as the links stage splits them, across a boundary too', () => {
		const paragraphs = ['Mr. Lavrov met Mr. Wang in Beijing. They  signed a deal.'];
		expect(findEvidenceSentence(paragraphs, 'Lavrov met')).toEqual({
			paragraph: 0,
			sentence: 'Mr. Lavrov met Mr. Wang in Beijing.'
		});
		expect(findEvidenceSentence(paragraphs, 'Beijing. They signed')).toEqual({
			paragraph: 0,
			sentence: paragraphs[0]
		});
		expect(findEvidenceSentence(paragraphs, 'Moscow')).toBeNull();
		expect(collapseSpace('  a \n\t b ')).toBe('a b');
	});
});

describe('article dates', () => {
	const DATE = {
		article: 'dushanbe.txt',
		published: '2021-09-24',
		note: 'from the outlet archive'
	};

	it('dates an undated article; "on Tuesday" resolves in the corrected week', () => {
		const before = run({}, [dushanbe()]);
		expect(before.result.output.articles[0]!.published).toBeNull();
		expect(before.links.map((l) => l.date)).toEqual([null]);

		const r = run({ articles: [DATE] }, [dushanbe()]);
		const article = r.result.output.articles[0]!;
		expect(article).toMatchObject({
			published: '2021-09-24',
			publishedSource: 'correction',
			publishedInferred: false,
			publishedRange: null,
			publishedConfidence: 1,
			publishedEvidence: 'from the outlet archive'
		});
		// 2021-09-24 is a Friday: the Tuesday before it.
		expect(r.links.map((l) => [l.type, l.date, l.dateBasis])).toEqual([
			['meeting', '2021-09-21', 'relative']
		]);
		expect(r.result.problems).toEqual([]);
		expect(r.result.corrections).toEqual({ applied: 1, problems: [] });
	});

	it('wins over a sidecar date; without a note the evidence says a person set it', () => {
		const sidecar = '{"published": "2019-03-01", "title": "From the sidecar"}';
		const r = run({ articles: [{ article: 'dushanbe.txt', published: '2021-09' }] }, [
			dushanbe(sidecar)
		]);
		const article = r.result.output.articles[0]!;
		expect([article.published, article.publishedSource, article.publishedEvidence]).toEqual([
			'2021-09',
			'correction',
			'corrected by hand'
		]);
		expect(article.title).toBe('From the sidecar');
	});

	it('a second date for the same article is reported and the first kept', () => {
		const r = run({ articles: [DATE, { article: 'dushanbe.txt', published: '2020' }] }, [
			dushanbe()
		]);
		expect(r.result.output.articles[0]!.published).toBe('2021-09-24');
		expect(r.lines).toEqual([
			'corrections.json: articles[1].article: "dushanbe.txt" already has a date in articles[0]; entry skipped'
		]);
	});
});

describe('entries that match nothing', () => {
	it('are reported, one line each, naming the entry', () => {
		const r = run(
			{
				links: [
					{ article: 'west.txt', evidence: 'met', action: 'reject' },
					{ article: 'east.txt', evidence: 'met in Tehran', action: 'reject' },
					{
						article: 'east.txt',
						evidence: 'visited Kabul',
						match: { type: 'signing' },
						set: { status: 'planned' }
					}
				],
				articles: [{ article: 'west.txt', published: '2020' }]
			},
			[east()]
		);
		expect(brief(r.links)).toEqual(AS_READ);
		expect(r.lines).toEqual([
			'corrections.json: links[0].article: no article "west.txt" in the input (the file name as in the articles folder)',
			'corrections.json: links[1].evidence: no link read in east.txt has "met in Tehran" in its evidence; entry not applied',
			'corrections.json: links[2].match: no link of "visited Kabul" in east.txt has type signing (read: visit IR → AF; meeting IR → taliban); entry not applied',
			'corrections.json: articles[0].article: no article "west.txt" in the input (the file name as in the articles folder)'
		]);
		expect(r.result.corrections.applied).toBe(0);
	});

	it('say so when the article was skipped', () => {
		const empty: PipelineInput = { file: 'west.txt', bytes: new Uint8Array() };
		const r = run({ links: [{ article: 'west.txt', evidence: 'met', action: 'reject' }] }, [
			east(),
			empty
		]);
		expect(r.lines).toEqual([
			'corrections.json: links[0].article: "west.txt" was skipped (see its own line); entry not applied'
		]);
	});
});

describe('validation', () => {
	it('skips a bad entry with one line naming it and its key; the others apply', () => {
		const r = run({
			$comment: 'ignored',
			links: [
				{
					article: 'east.txt',
					evidence: 'visited Kabul',
					match: { type: 'visit' },
					action: 'reject'
				},
				{ article: 'east.txt', evidence: 'China will host', set: { type: 'meating' } },
				{
					article: 'east.txt',
					evidence: 'China will host',
					set: { status: 'cancelled' },
					$why: 'a comment'
				}
			]
		});
		expect(r.lines).toEqual([
			'corrections.json: links[1].set.type: "meating" is not a link type (meeting, visit, talks, mediation, conference, agreement, signing, cooperation, recognition, dispute, accusation, condemnation, sanctions, border); entry skipped'
		]);
		expect(brief(r.links)).toEqual([
			'accusation PK→AF 2017-06 held',
			'condemnation AF→PK 2017-06-05 held',
			'conference PK→CN 2017-06 cancelled',
			'meeting IR→taliban 2017-06 held'
		]);
		expect(r.result.corrections.applied).toBe(2);
	});

	it.each([
		[
			{ article: 'east.txt', evidence: 'x' },
			'links[0]: must be an object with "article" and "action": "reject", "set" or "add"'
		],
		[
			{ article: 'east.txt', evidence: 'x', action: 'delete' },
			'links[0].action: "delete" is not an action'
		],
		[{ evidence: 'x', action: 'reject' }, 'links[0].article: is missing'],
		[
			{ article: 'articles/east.txt', evidence: 'x', action: 'reject' },
			'links[0].article: "articles/east.txt" is a path'
		],
		[{ article: 'east.txt', action: 'reject' }, 'links[0].evidence: is missing'],
		[
			{ article: 'east.txt', evidence: '  ', action: 'reject' },
			'links[0].evidence: must be a piece'
		],
		[
			{ article: 'east.txt', evidence: 'x', action: 'reject', because: 1 },
			'links[0].because: is not a key of a "reject" entry'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { from: 'pk' } },
			'links[0].set.from: "pk" is not a party id: a state is written in capitals, "PK"'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { from: 'TTP' } },
			'links[0].set.from: "TTP" is not a party id: actor ids are lower case, "ttp"'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { to: 'isis' } },
			'links[0].set.to: "isis" is marked "party": false'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { to: 'XX' } },
			'links[0].set.to: "XX" is not a party id'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { from: 'PK', to: 'PK' } },
			'links[0].set.to: is the same party as from'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { date: '2021-02-30' } },
			'links[0].set.date: "2021-02-30" is not a date'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { status: 'done' } },
			'links[0].set.status: "done" is not a status (held, planned'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { place: 'city-atlantis' } },
			'links[0].set.place: "city-atlantis" is not a place id'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { parties: ['PK'] } },
			'links[0].set.parties: must be an array of at least two'
		],
		[
			{ article: 'east.txt', evidence: 'x', set: { stauts: 'held' } },
			'links[0].set.stauts: is not a key of set'
		],
		[{ article: 'east.txt', evidence: 'x', set: {} }, 'links[0].set: changes nothing'],
		[
			{ article: 'east.txt', evidence: 'x', match: { status: 'held' }, action: 'reject' },
			'links[0].match.status: is not a key of match'
		],
		[
			{ article: 'east.txt', add: { from: 'PK', to: 'AF', type: 'talks' } },
			'links[0].add.evidence: is missing'
		],
		[
			{
				article: 'east.txt',
				add: { from: 'PK', to: 'AF', type: 'talks', evidence: 'x' },
				action: 'reject'
			},
			'links[0]: has "add" with "action" or "set"'
		],
		[
			{ article: 'east.txt', evidence: 'x', action: 'reject', note: 3 },
			'links[0].note: must be text'
		]
	])('reports %j', (entry, line) => {
		const r = run({ links: [entry] });
		expect(r.lines).toHaveLength(1);
		expect(r.lines[0]).toContain(`corrections.json: ${line}`);
		expect(r.read.corrections.links).toEqual([]);
	});

	it.each([
		[{ article: 'east.txt' }, 'articles[0].published: is missing'],
		[
			{ article: 'east.txt', published: 'June 2021' },
			'articles[0].published: "June 2021" is not a date'
		],
		['east.txt', 'articles[0]: must be an object']
	])('reports the article entry %j', (entry, line) => {
		const r = run({ articles: [entry] });
		expect(r.lines).toEqual([expect.stringContaining(`corrections.json: ${line}`)]);
	});

	it('skips an entry that is not an object and applies the others', () => {
		const r = run({
			links: [7, { article: 'east.txt', evidence: 'visited Kabul', action: 'reject' }]
		});
		expect(r.lines).toEqual([
			'corrections.json: links[0]: must be an object with "article" and "action": "reject", "set" or "add", got 7; entry skipped'
		]);
		expect(r.read.corrections.links.map((e) => e.where)).toEqual(['links[1]']);
		expect(r.links).toHaveLength(3);
	});

	it('reports an unknown top-level key and a list that is not an array, and goes on', () => {
		const r = run({
			link: [],
			links: { article: 'east.txt' },
			articles: [{ article: 'east.txt', published: '2017-06-08' }]
		});
		expect(r.lines).toEqual([
			'corrections.json: link: is not a key of the file (links, articles; keys starting with $ are comments)',
			'corrections.json: links: must be an array of entries, got {"article":"east.txt"}; none of them applied'
		]);
		expect(r.result.output.articles[0]!.published).toBe('2017-06-08');
	});

	it('a file that is not JSON is one line; nothing applies and the document is the empty one', () => {
		const r = run('{"links": [ { "article": "east.txt", ');
		expect(r.lines).toHaveLength(1);
		expect(r.lines[0]).toMatch(/^corrections\.json: is not valid JSON \(.+\); nothing applied$/);
		expect(r.read.document).toEqual({ links: [], articles: [] });
		expect(brief(r.links)).toEqual(AS_READ);
	});

	it('a file that is not an object is one line; nothing applies', () => {
		const r = run('[{"article": "east.txt", "evidence": "visited", "action": "reject"}]');
		expect(r.lines).toEqual([
			'corrections.json: must be an object like {"links": […], "articles": […]}, got [{"article":"east.txt","evidence":"visited","action":"rej…; nothing applied'
		]);
		expect(r.read.document).toEqual({ links: [], articles: [] });
		expect(r.links).toHaveLength(5);
	});

	it('reads a file saved with a byte order mark', () => {
		const r = run(
			'\uFEFF{"links": [{"article": "east.txt", "evidence": "visited Kabul", "action": "reject"}]}'
		);
		expect(r.lines).toEqual([]);
		expect(r.links).toHaveLength(3);
	});

	it('keeps the document as read, comments and all', () => {
		const doc = {
			$comment: 'hello',
			links: [{ article: 'a.txt', evidence: 'x', action: 'reject' }]
		};
		expect(run(doc).read.document).toEqual(doc);
	});
});
