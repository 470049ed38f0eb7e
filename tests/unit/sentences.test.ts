import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContext } from '../../ingest/context';
import { runPipeline } from '../../ingest/pipeline';
import { sentenceBounds, splitSentences } from '../../src/lib/data/sentences';

describe('sentenceBounds', () => {
	const p = 'First one here. The talks in Dushanbe went well! Third sentence.';

	it('finds the sentence holding the range', () => {
		const i = p.indexOf('Dushanbe');
		const [s, e] = sentenceBounds(p, i, i + 8);
		expect(p.slice(s, e)).toBe('The talks in Dushanbe went well!');
	});

	it('returns the whole paragraph when it has one sentence', () => {
		expect(sentenceBounds('Kabul is a city', 0, 5)).toEqual([0, 15]);
	});

	it('does not split after an abbreviation like U.S. or Mr.', () => {
		const q = 'Earlier. Mr. Khan met U.S. envoys in Kabul on Monday. Later.';
		const i = q.indexOf('Kabul');
		const [s, e] = sentenceBounds(q, i, i + 5);
		expect(q.slice(s, e)).toBe('Mr. Khan met U.S. envoys in Kabul on Monday.');
	});

	it('keeps a closing quote with its sentence', () => {
		const q = 'He said “go to Moscow.” Then he left.';
		const i = q.indexOf('Moscow');
		expect(q.slice(...sentenceBounds(q, i, i + 6))).toBe('He said “go to Moscow.”');
	});

	it('gives both sentences when the range crosses a sentence end', () => {
		const i = p.indexOf('here.');
		expect(p.slice(...sentenceBounds(p, i, i + 10))).toBe(
			'First one here. The talks in Dushanbe went well!'
		);
	});
});

describe('sentenceBounds, split once per paragraph', () => {
	/** The rule, one split per call: the reference the cached binary search must equal. */
	function reference(paragraph: string, start: number, end: number): [number, number] {
		const covering = splitSentences(paragraph).filter(
			(s) => s.end > start && s.start < Math.max(end, start + 1)
		);
		if (covering.length === 0) return [start, end];
		return [Math.min(covering[0]!.start, start), Math.max(covering[covering.length - 1]!.end, end)];
	}

	it('agrees with one split per call on the real pages, at offsets through every paragraph', () => {
		const dir = new URL('../fixtures/real/pages/', import.meta.url);
		let n = 0;
		for (const f of readdirSync(dir).slice(0, 60))
			for (const p of readFileSync(new URL(f, dir), 'utf8').split(/\n+/))
				for (let start = 0; start < p.length; start += 37) {
					const end = Math.min(p.length, start + 9);
					expect(sentenceBounds(p, start, end)).toEqual(reference(p, start, end));
					n++;
				}
		expect(n).toBeGreaterThan(1000);
	});

	it('agrees at every offset of a paragraph with abbreviations, quotes and spaces between sentences', () => {
		const p =
			'Mr. Khan met U.S. envoys.   “Talks went well,” he said! Then: No. 5 was next? Yes… done';
		for (let start = 0; start < p.length; start++)
			for (const len of [0, 1, 3, 12]) {
				const end = Math.min(p.length, start + len);
				expect(sentenceBounds(p, start, end)).toEqual(reference(p, start, end));
			}
	});
});

describe('one splitter for the ingest and the app', () => {
	it("quotes, for a mention inside a link's evidence, exactly the sentence the link was read from", () => {
		const dir = 'geodata/articles';
		const inputs = readdirSync(dir)
			.filter((f) => /\.(txt|md|html)$/.test(f))
			.map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
		const { output } = runPipeline(inputs, loadContext('geodata'));
		let n = 0;
		for (const a of output.articles)
			for (const e of a.evidence) {
				const p = a.paragraphs[e.paragraph]!;
				const at = p.indexOf(e.sentence);
				expect(at).toBeGreaterThanOrEqual(0);
				const mid = at + Math.floor(e.sentence.length / 2);
				expect(p.slice(...sentenceBounds(p, mid, mid + 1))).toBe(e.sentence);
				n++;
			}
		expect(n).toBeGreaterThan(20);
	});
});
