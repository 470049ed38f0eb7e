import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YearFilter } from '../../src/lib/state/YearFilter.svelte';

const domain = { min: 2017, max: 2021 };

describe('YearFilter', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('starts with all years (no range)', () => {
		const f = new YearFilter(domain);
		expect(f.all).toBe(true);
		expect(f.range).toBeNull();
	});

	it('shows one year', () => {
		const f = new YearFilter(domain);
		f.setYear(2019);
		expect(f.range).toEqual({ from: 2019, to: 2019 });
	});

	it('orders and clamps a range to the data years', () => {
		const f = new YearFilter(domain);
		f.setRange(2030, 2018);
		expect(f.range).toEqual({ from: 2018, to: 2021 });
	});

	it('ignores NaN', () => {
		const f = new YearFilter(domain);
		f.setYear(2018);
		f.setFrom(NaN);
		f.setRange(NaN, 2019);
		expect(f.range).toEqual({ from: 2018, to: 2018 });
	});

	it('moves the end along when the start passes it, and back', () => {
		const f = new YearFilter(domain);
		f.setRange(2017, 2018);
		f.setFrom(2020);
		expect(f.range).toEqual({ from: 2020, to: 2020 });
		f.setTo(2017);
		expect(f.range).toEqual({ from: 2017, to: 2017 });
	});

	it('cumulative runs from the first year to the chosen one', () => {
		const f = new YearFilter(domain);
		f.setYear(2019);
		f.setCumulative(true);
		expect(f.range).toEqual({ from: 2017, to: 2019 });
	});

	it('cumulative from all years shows every dated year', () => {
		const f = new YearFilter(domain);
		f.setCumulative(true);
		expect(f.range).toEqual({ from: 2017, to: 2021 });
	});

	it('play steps one year at a time and stops at the last year', () => {
		const f = new YearFilter(domain, { stepMs: 100 });
		f.play();
		expect(f.playing).toBe(true);
		expect(f.range).toEqual({ from: 2017, to: 2017 });
		vi.advanceTimersByTime(100);
		expect(f.range).toEqual({ from: 2018, to: 2018 });
		vi.advanceTimersByTime(300);
		expect(f.range).toEqual({ from: 2021, to: 2021 });
		expect(f.playing).toBe(false);
		vi.advanceTimersByTime(1000);
		expect(f.range).toEqual({ from: 2021, to: 2021 });
	});

	it('play in cumulative mode grows the end year', () => {
		const f = new YearFilter(domain, { stepMs: 100 });
		f.setCumulative(true);
		f.play();
		expect(f.range).toEqual({ from: 2017, to: 2017 });
		vi.advanceTimersByTime(200);
		expect(f.range).toEqual({ from: 2017, to: 2019 });
	});

	it('play from the middle continues from there', () => {
		const f = new YearFilter(domain, { stepMs: 100 });
		f.setYear(2019);
		f.play();
		vi.advanceTimersByTime(100);
		expect(f.range).toEqual({ from: 2020, to: 2020 });
	});

	it('a manual choice stops playing', () => {
		const f = new YearFilter(domain, { stepMs: 100 });
		f.play();
		f.setYear(2018);
		vi.advanceTimersByTime(500);
		expect(f.playing).toBe(false);
		expect(f.range).toEqual({ from: 2018, to: 2018 });
	});

	it('restores a view read from the URL', () => {
		const f = new YearFilter(domain);
		f.restore({ from: 2019, to: 2019 }, true);
		expect(f.range).toEqual({ from: 2017, to: 2019 });
		f.restore(null, false);
		expect(f.range).toBeNull();
	});
});
