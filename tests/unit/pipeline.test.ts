import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContext } from '../../ingest/context';
import {
	articleIdFor,
	MAX_MENTIONS_PER_ARTICLE,
	processArticle,
	runPipeline,
	type PipelineContext,
	type PipelineInput
} from '../../ingest/pipeline';
import { articleText } from '../fixtures/article-text';

// The geoparse stage throws for the article `boom` only, to show one failure does not stop the run.
vi.mock('../../ingest/stages/geoparse', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../ingest/stages/geoparse')>();
	return {
		...real,
		geoparse: (...args: Parameters<typeof real.geoparse>) => {
			if (args[0] === 'boom') throw new Error('matcher exploded');
			return real.geoparse(...args);
		}
	};
});

let ctx: PipelineContext;
beforeAll(() => {
	ctx = loadContext('geodata');
});

const enc = new TextEncoder();

const BODY = [
	'Pakistan and Afghanistan held talks in Kabul on Tuesday about the reopening of the Torkham crossing, officials in Islamabad said.',
	'The Afghan foreign minister met his Pakistani counterpart and both sides agreed to set up a joint commission on border management.',
	'Analysts in Kabul said the meeting marked a thaw after months of tension between the two neighbours.'
];
const OTHER_BODY = [
	'Russia hosted a conference in Moscow on Friday with delegations from China, Iran and India to discuss the war in Afghanistan.',
	'The Russian foreign minister said the talks would continue next year in Tashkent.',
	'Diplomats from Uzbekistan welcomed the offer to host the next round.'
];

function input(file: string, text: string | Uint8Array, sidecar?: string): PipelineInput {
	return { file, bytes: typeof text === 'string' ? enc.encode(text) : text, sidecar };
}

const good = () =>
	input('a.txt', articleText('Border talks resume', 'Published June 9, 2017', BODY));
const other = () =>
	input('b.txt', articleText('Moscow hosts conference', 'Published April 14, 2017', OTHER_BODY));

function linesFor(result: ReturnType<typeof runPipeline>, file: string): string[] {
	return result.problems.filter((p) => p.file === file).map((p) => p.message);
}

describe('runPipeline on good input', () => {
	it('turns every article into output with places and links', () => {
		const r = runPipeline([good(), other()], ctx);
		expect(r.output.articles.map((a) => a.id)).toEqual(['a', 'b']);
		expect(r.output.places.features.map((f) => f.properties.id)).toContain('city-kabul');
		expect(r.output.links.features.length).toBeGreaterThan(0);
		expect(r.skipped).toBe(0);
	});

	it('derives the article id from the file name', () => {
		expect(articleIdFor('000_7c93162b7207209b.txt')).toBe('000_7c93162b7207209b');
		expect(articleIdFor('Kabul talks (draft) é.md')).toBe('Kabul-talks-draft-e');
	});

	it('gives two files with the same base name different ids', () => {
		const md = input(
			'a.md',
			articleText('Moscow hosts conference', 'Published April 14, 2017', OTHER_BODY)
		);
		const r = runPipeline([md, good()], ctx);
		expect(r.output.articles.map((a) => [a.file, a.id])).toEqual([
			['a.md', 'a'],
			['a.txt', 'a-2']
		]);
	});
});

describe('runPipeline on bad input', () => {
	it('skips an empty file with one line and processes the others', () => {
		const r = runPipeline([input('empty.txt', ''), good()], ctx);
		expect(linesFor(r, 'empty.txt')).toEqual(['file is empty']);
		expect(r.problems.find((p) => p.file === 'empty.txt')?.skipped).toBe(true);
		expect(r.output.articles.map((a) => a.id)).toEqual(['a']);
		expect(r.skipped).toBe(1);
	});

	it('skips a binary file', () => {
		const bytes = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
		const r = runPipeline([input('image.txt', bytes), good()], ctx);
		expect(linesFor(r, 'image.txt')).toHaveLength(1);
		expect(linesFor(r, 'image.txt')[0]).toMatch(/binary/);
		expect(r.output.articles).toHaveLength(1);
	});

	it('decodes a Windows-1252 file, keeps it, and says so', () => {
		const text = articleText('Quoted talks', 'Published June 9, 2017', [
			'\u201cWe want peace,\u201d the Afghan envoy said after meeting Pakistani officials in Islamabad on Monday.',
			...BODY.slice(1)
		]);
		// Windows-1252 encoding: curly quotes are 0x93/0x94, everything else here is ASCII.
		const bytes = Uint8Array.from(
			[...text].map((c) => (c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0)))
		);
		const r = runPipeline([input('cp1252.txt', bytes)], ctx);
		expect(linesFor(r, 'cp1252.txt')).toEqual(['not valid UTF-8; decoded as Windows-1252']);
		expect(r.output.articles[0]!.paragraphs[0]).toMatch(/^\u201cWe want peace,\u201d/);
	});

	it('skips a 20 MB file as too large', () => {
		const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
		const r = runPipeline([input('dump.txt', big), good()], ctx);
		expect(linesFor(r, 'dump.txt')).toHaveLength(1);
		expect(linesFor(r, 'dump.txt')[0]).toMatch(/too large \(20\.0 MB/);
		expect(r.output.articles).toHaveLength(1);
	});

	it('skips the later copy of the same article', () => {
		const copy = input('z.txt', articleText('Border talks resume', 'Published June 9, 2017', BODY));
		const r = runPipeline([good(), copy], ctx);
		expect(linesFor(r, 'z.txt')).toEqual(['duplicate of a.txt']);
		expect(r.output.articles.map((a) => a.id)).toEqual(['a']);
	});

	it('treats the same title and date with reworded text as a duplicate', () => {
		const reworded = input(
			'z.txt',
			articleText('Border talks resume', 'Published June 9, 2017', BODY.slice(0, 2))
		);
		const r = runPipeline([good(), reworded], ctx);
		expect(linesFor(r, 'z.txt')).toEqual(['duplicate of a.txt']);
	});

	it('keeps two undated pages under one headline whose dates are only guessed (zl-02, lk-05)', () => {
		const page = (file: string, first: string) =>
			input(
				file,
				articleText('Bangladesh stops issuing visas to Pakistanis', null, [
					first,
					'Prime Minister Imran Khan was told that diplomacy works on reciprocity.'
				])
			);
		const r = runPipeline(
			[
				page(
					'a.txt',
					'On Monday the Bangladeshi High Commission stopped issuing visas to Pakistanis for all categories.'
				),
				page(
					'z.txt',
					'Bangladesh has halted the process of issuing visas to Pakistanis for all categories.'
				)
			],
			ctx
		);
		expect(r.output.articles.map((a) => [a.id, a.publishedInferred])).toEqual([
			['a', true],
			['z', true]
		]);
		expect(r.skipped).toBe(0);
	});

	it('keeps an article with no date, reports it as undated and counts it in no year', () => {
		const r = runPipeline(
			[input('nodate.txt', articleText('Border talks resume', null, BODY))],
			ctx
		);
		expect(r.output.articles[0]!.published).toBeNull();
		expect(linesFor(r, 'nodate.txt')).toHaveLength(1);
		expect(linesFor(r, 'nodate.txt')[0]).toMatch(/^undated/);
		expect(r.skipped).toBe(0);
		const kabul = r.output.places.features.find((f) => f.properties.id === 'city-kabul')!;
		expect(Object.keys(kabul.properties.mentionsByYear!)).toEqual(['undated']);
	});

	it('reports a broken sidecar by name and still processes the article', () => {
		const r = runPipeline([input('a.txt', good().bytes, '{ "title": ')], ctx);
		expect(linesFor(r, 'a.txt')).toHaveLength(1);
		expect(linesFor(r, 'a.txt')[0]).toMatch(/^sidecar a\.meta\.json is broken and was ignored/);
		expect(r.output.articles).toHaveLength(1);
	});

	it('lets a sidecar win over what the text says', () => {
		const r = runPipeline(
			[input('a.txt', good().bytes, '{ "title": "Sidecar title", "published": "2017-06-08" }')],
			ctx
		);
		expect(r.output.articles[0]).toMatchObject({ title: 'Sidecar title', published: '2017-06-08' });
	});

	it('catches an error thrown inside a stage, names the stage, and goes on', () => {
		const boom = input(
			'boom.txt',
			articleText('Moscow hosts conference', 'Published April 14, 2017', OTHER_BODY)
		);
		const r = runPipeline([boom, good()], ctx);
		expect(linesFor(r, 'boom.txt')).toEqual(['failed in the geoparse stage: matcher exploded']);
		expect(r.output.articles.map((a) => a.id)).toEqual(['a']);
		expect(r.skipped).toBe(1);
	});
});

describe('processArticle', () => {
	it('returns a skip problem instead of throwing', () => {
		const r = processArticle('boom.txt', good().bytes, undefined, ctx);
		expect(r.ok).toBe(false);
		expect(r.problems.at(-1)).toMatchObject({ file: 'boom.txt', skipped: true });
	});
});

describe('an article naming a place thousands of times (bounded cost)', () => {
	const sentences = Array.from(
		{ length: MAX_MENTIONS_PER_ARTICLE + 500 },
		(_, i) => `Delegates stayed in Kabul for round ${i} of the talks.`
	);
	const huge = () =>
		input(
			'huge.txt',
			articleText('Talks in Kabul', 'Published June 9, 2017', [sentences.join(' ')])
		);

	it('keeps the first mentions up to the cap, with one line naming the file', () => {
		const r = runPipeline([huge(), good()], ctx);
		const [article] = r.output.articles.filter((a) => a.id === 'huge');
		expect(article!.mentions).toHaveLength(MAX_MENTIONS_PER_ARTICLE);
		const last = article!.mentions.at(-1)!;
		expect(article!.paragraphs[last.paragraph]!.slice(last.start, last.end)).toBe('Kabul');
		expect(linesFor(r, 'huge.txt')).toEqual([
			`${sentences.length} place mentions: only the first ${MAX_MENTIONS_PER_ARTICLE} are kept (the rest are not listed, counted or used to read links)`
		]);
		// The count on the map agrees with the mentions listed.
		const kabul = r.output.places.features.find((f) => f.properties.id === 'city-kabul')!;
		const other = r.output.articles.find((a) => a.id === 'a')!;
		const inOther = other.mentions.filter((m) => m.place === 'city-kabul').length;
		expect(kabul.properties.mentionsByYear['2017']).toBe(MAX_MENTIONS_PER_ARTICLE + inOther);
		// The other article is untouched by the cap.
		expect(linesFor(r, 'a.txt')).toEqual([]);
	});

	it('has its one long paragraph cut into paragraphs of at most 5,000 characters', () => {
		const r = processArticle('huge.txt', huge().bytes, undefined, ctx);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.article.paragraphs.length).toBeGreaterThan(10);
		expect(Math.max(...r.article.paragraphs.map((p) => p.length))).toBeLessThanOrEqual(5000);
	});
});
