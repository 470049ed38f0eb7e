import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../ingest/dates';

const date = (text: string, published: string | null) => resolveDate(text, published)?.date;

describe('resolveDate', () => {
	it('takes the year of a month and day from the publication date', () => {
		expect(resolveDate('the meeting in Dushanbe on September 17 between', '2021-09-24')).toEqual({
			date: '2021-09-17',
			precision: 'day',
			text: 'September 17'
		});
	});

	it('reads a day range as its first day', () => {
		expect(date('a mission to Kabul on September 21-22 held talks', '2021-09-24')).toBe(
			'2021-09-21'
		);
	});

	it('rolls a month without a year back to the most recent one before publication', () => {
		expect(date('Russia hosted the meeting in December', '2017-04-17')).toBe('2016-12');
	});

	it('rolls a day later in the year than publication back a year', () => {
		expect(date('The meeting on May 20 was cordial', '2017-04-17')).toBe('2016-05-20');
	});

	it('keeps a day a few days after publication in its year: under way or at hand (ph-07)', () => {
		expect(
			date(
				'The acting Afghan foreign minister … are on visit to Pakistan from 05-08 May',
				'2023-05-06'
			)
		).toBe('2023-05-08');
		expect(date('The meeting on May 20 was cordial', '2017-05-12')).toBe('2016-05-20');
	});

	it('keeps an explicit year', () => {
		expect(resolveDate('the regime gained huge success in January 2024.', '2024-02')).toEqual({
			date: '2024-01',
			precision: 'month',
			text: 'January 2024'
		});
	});

	it('reads a full date inside "the morning of"', () => {
		expect(date('arrived in Kabul on the morning of September 4, 2021.', '2024-02')).toBe(
			'2021-09-04'
		);
	});

	it('resolves a weekday to the most recent such day on or before publication', () => {
		expect(date('met on Tuesday at the White House', '2021-09-24')).toBe('2021-09-21');
	});

	it('resolves the publication weekday to the publication day', () => {
		expect(date('agreed on Thursday to share responsibility', '2019-01-17')).toBe('2019-01-17');
	});

	it('rolls a month of a planned event forward to the next one on or after publication', () => {
		expect(
			resolveDate('Talks will resume in February.', '2022-11-20', { future: true })?.date
		).toBe('2023-02');
	});

	it('resolves a weekday of a planned event to the next such day', () => {
		expect(
			resolveDate('The envoys will meet on Friday.', '2022-11-20', { future: true })?.date
		).toBe('2022-11-25');
	});

	it('resolves "last month" to the month before publication', () => {
		expect(resolveDate('talks in Abu Dhabi last month.', '2019-01-17')).toMatchObject({
			date: '2018-12',
			precision: 'month'
		});
	});

	it('resolves "last week" to the month of the week before publication', () => {
		expect(resolveDate('his visit to Pakistan last week', '2019-01-03')).toMatchObject({
			date: '2018-12',
			precision: 'month'
		});
	});

	it('resolves "a month ago"', () => {
		expect(date('Not more than a month ago, Ghani denied the request', '2017-06-09')).toBe(
			'2017-05'
		);
	});

	it('resolves "last year" to the year before publication', () => {
		expect(resolveDate('trade reached $3 billion last year', '2020-05-05')).toMatchObject({
			date: '2019',
			precision: 'year'
		});
	});

	it('reads a decade as its first year', () => {
		expect(date('the organisation that was in power in the 1990s', '2024-02')).toBe('1990');
	});

	it('does not take the modal "may" for a month', () => {
		expect(resolveDate('which may force the leadership to reach out', '2017-06-09')).toBeNull();
	});

	it('does not date by an event relative to another one', () => {
		expect(resolveDate('a day after the meeting', '2021-09-24')).toBeNull();
	});

	it('returns null for a sentence without a date cue', () => {
		expect(resolveDate('Islamabad has taken Kabul into confidence.', '2019-01-17')).toBeNull();
	});

	it('leaves a relative cue undated when the article is undated', () => {
		expect(resolveDate('on Wednesday in New York', null)).toEqual({
			date: null,
			precision: null,
			text: 'Wednesday'
		});
	});

	it('leaves a month without a year undated when the article is undated', () => {
		expect(date('in December', null)).toBeNull();
	});

	it('dates a cue with its own year even when the article is undated', () => {
		expect(date('signed on February 29, 2020, the', null)).toBe('2020-02-29');
	});

	it('falls back to a general parser for rarer forms', () => {
		expect(date('the envoy arrived on 2021-09-04 for talks', '2022-01-01')).toBe('2021-09-04');
	});
});
