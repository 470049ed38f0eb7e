import { describe, expect, it } from 'vitest';
import { certaintyOf } from '$lib/data/certainty';
import {
	confidenceWord,
	dateAsKnown,
	publishedSourceInWords,
	reasonsInWords
} from '$lib/data/certainty-words';
import {
	changedFields,
	checkChange,
	correctionEntries,
	evidenceKey,
	mergeCorrections
} from '$lib/data/correction-entries';
import type { LinkProperties } from '$lib/data/schema';

const link = (change: Partial<LinkProperties> = {}): LinkProperties => ({
	id: 'link-1',
	type: 'meeting',
	parties: ['PK', 'TJ'],
	from: 'PK',
	to: 'TJ',
	directed: true,
	place: null,
	date: '2021-09-17',
	year: 2021,
	dateBasis: 'stated',
	status: 'held',
	absent: [],
	confidence: 0.8,
	reasons: ['date:stated'],
	corrected: false,
	articles: 1,
	...change
});

describe('certainty of a link', () => {
	it('is certain with a stated date and enough confidence', () => {
		expect(certaintyOf(link())).toBe('certain');
	});

	it('is uncertain under the threshold, or with an inferred date', () => {
		expect(certaintyOf(link({ confidence: 0.35 }))).toBe('uncertain');
		expect(certaintyOf(link({ dateBasis: 'inferred' }))).toBe('uncertain');
		// Counted from a publication date that was itself inferred.
		expect(
			certaintyOf(link({ dateBasis: 'relative', reasons: ['date:relative', 'pub:inferred'] }))
		).toBe('uncertain');
		// A printed date is not made uncertain by an inferred publication date.
		expect(certaintyOf(link({ reasons: ['date:stated', 'pub:inferred'] }))).toBe('certain');
	});

	it('is uncertain with a year taken from the terms of office of the people named', () => {
		const l = link({ date: '2022', dateBasis: 'tenure', reasons: ['date:tenure'] });
		expect(certaintyOf(l)).toBe('uncertain');
		expect(dateAsKnown(l)).toBe('≈ 2022');
	});

	it('is certain when corrected, whatever the cues; not held when it did not take place', () => {
		expect(certaintyOf(link({ confidence: 0.1, dateBasis: 'inferred', corrected: true }))).toBe(
			'certain'
		);
		for (const status of ['planned', 'cancelled', 'refused', 'denied'] as const)
			expect(certaintyOf(link({ status }))).toBe('notHeld');
	});
});

describe('the date as known', () => {
	it('gives a stated date plainly, an inferred one with ≈, a publication date with ?', () => {
		expect(dateAsKnown(link())).toBe('17 Sep 2021');
		expect(dateAsKnown(link({ date: '2019', dateBasis: 'inferred' }))).toBe('≈ 2019');
		expect(dateAsKnown(link({ date: '2021-09', dateBasis: 'publication' }))).toBe('Sep 2021?');
	});

	it('says a plan is planned, and an unknown date is unknown', () => {
		expect(dateAsKnown(link({ date: '2025-03', status: 'planned' }))).toBe(
			'planned for March 2025'
		);
		expect(dateAsKnown(link({ date: null, dateBasis: null }))).toBe('date unknown');
	});
});

describe('reasons in words', () => {
	it('turns codes into words and ends with how many sentences and articles', () => {
		expect(
			reasonsInWords(link({ reasons: ['date:inferred', 'trigger:weak', 'new:code'] }), 1)
		).toEqual([
			'date inferred from the story around the sentence',
			"read from a word of attitude ('pressure', 'support'), not an act",
			'new:code',
			'one sentence, one article'
		]);
		expect(reasonsInWords(link({ articles: 3, reasons: [] }), 4)).toEqual([
			'4 sentences in 3 articles'
		]);
	});

	it('names a correction first and words the confidence', () => {
		expect(reasonsInWords(link({ corrected: true, reasons: ['corrected'] }))).toEqual([
			'one sentence, one article'
		]);
		expect(confidenceWord(link({ corrected: true, confidence: 1 }))).toBe('corrected by hand');
		expect(confidenceWord(link({ confidence: 0.3 }))).toBe('uncertain');
		expect(confidenceWord(link({ confidence: 0.5 }))).toBe('fairly sure');
		expect(confidenceWord(link({ confidence: 0.75 }))).toBe('sure');
	});

	it('says where an article date was read, and that a person inferred a sidecar date', () => {
		expect(publishedSourceInWords({ publishedSource: 'byline', publishedInferred: false })).toBe(
			'read from the byline'
		);
		expect(publishedSourceInWords({ publishedSource: 'sidecar', publishedInferred: true })).toMatch(
			/^inferred by a person/
		);
	});
});

describe('correction entries', () => {
	const evidence = [
		{ file: 'a.txt', sentence: 'Pakistan and Tajikistan met in Dushanbe on Friday.' },
		{ file: 'b.txt', sentence: 'They met in Dushanbe.' }
	];

	it('rejects a link in every sentence it was read from, pinned to its current values', () => {
		expect(correctionEntries(link(), evidence, { action: 'reject' }, ' wrong city ')).toEqual([
			{
				article: 'a.txt',
				evidence: 'Pakistan and Tajikistan met in Dushanbe on Friday.',
				match: { type: 'meeting', from: 'PK', to: 'TJ' },
				action: 'reject',
				note: 'wrong city'
			},
			{
				article: 'b.txt',
				evidence: 'They met in Dushanbe.',
				match: { type: 'meeting', from: 'PK', to: 'TJ' },
				action: 'reject',
				note: 'wrong city'
			}
		]);
	});

	it('sets only what changed, and writes nothing when nothing did', () => {
		const reversed = correctionEntries(link(), evidence.slice(0, 1), {
			action: 'set',
			change: { from: 'TJ', to: 'PK', type: 'meeting', date: '2021-09-17', status: 'held' }
		});
		expect(reversed[0]!.set).toEqual({ from: 'TJ', to: 'PK' });
		expect(
			correctionEntries(link(), evidence, { action: 'set', change: { type: 'meeting' } })
		).toEqual([]);
		expect(changedFields(link(), { date: null })).toEqual({ date: null });
	});

	it('refuses a bad date, a type it does not know, and one party on both ends', () => {
		expect(checkChange(link(), { date: '17/09/2021' })).toMatch(/YYYY/);
		expect(checkChange(link(), { date: '2021-02-30' })).toMatch(/real/);
		expect(checkChange(link(), { date: '2021-13' })).toMatch(/real/);
		expect(checkChange(link(), { date: '2024-02-29' })).toBeNull();
		expect(checkChange(link(), { date: '2021-09' })).toBeNull();
		expect(checkChange(link(), { type: 'meating' as never })).toMatch(/not a link type/);
		expect(checkChange(link(), { to: 'PK' })).toMatch(/two different parties/);
		expect(checkChange(link(), { from: 'TJ', to: 'PK', date: '2021' })).toBeNull();
	});

	it('keys a long sentence by a verbatim start cut at a word', () => {
		const long = `${'word '.repeat(40)}end.`;
		const key = evidenceKey(long);
		expect(long.startsWith(key)).toBe(true);
		expect(key.length).toBeLessThanOrEqual(120);
		expect(key.endsWith(' ')).toBe(false);
	});

	it('merges entries into the served file once, keeping what it had', () => {
		const entries = correctionEntries(link(), evidence.slice(0, 1), { action: 'reject' });
		const served = { $comment: 'x', links: [{ article: 'c.txt' }], articles: [{ article: 'd' }] };
		const { file, problem } = mergeCorrections(served, entries);
		expect(file.links).toHaveLength(2);
		expect(file.$comment).toBe('x');
		expect(file.articles).toEqual([{ article: 'd' }]);
		expect(problem).toBeNull();
		expect(mergeCorrections(file, entries).file.links).toHaveLength(2);
		expect(mergeCorrections(null, entries)).toEqual({
			file: { links: entries, articles: [] },
			problem: null
		});
	});

	it('leaves out a served file that does not fit and says where and why', () => {
		const entries = correctionEntries(link(), evidence.slice(0, 1), { action: 'reject' });
		const merged = mergeCorrections({ links: [{ article: 'c.txt' }, 'c.txt'] }, entries);
		expect(merged.file).toEqual({ links: entries, articles: [] });
		expect(merged.problem).toBe(
			'corrections.json: links[1]: must be an object with "article" and "action": "reject", "set" or "add", got "c.txt"'
		);
	});
});
