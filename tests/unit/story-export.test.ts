import { describe, expect, it } from 'vitest';
import { cappedPixelRatio } from '$lib/story/display';
import { exportFilename, linkLegend, wrapText } from '$lib/story/export';

// One unit of width per character: easy to reason about.
const measure = (s: string) => s.length;

describe('wrapText', () => {
	it('breaks between words so no line is wider than the limit', () => {
		expect(wrapText('the quick brown fox jumps', 10, measure)).toEqual([
			'the quick',
			'brown fox',
			'jumps'
		]);
	});

	it('keeps a word wider than the line on its own line', () => {
		expect(wrapText('a extraordinarily b', 5, measure)).toEqual(['a', 'extraordinarily', 'b']);
	});

	it('ends the last kept line with an ellipsis when lines are capped', () => {
		const lines = wrapText('one two three four five six', 9, measure, 2);
		expect(lines).toEqual(['one two', 'three…']);
		expect(lines.every((l) => measure(l) <= 9)).toBe(true);
	});
});

describe('exportFilename', () => {
	it('names the stop and the local time', () => {
		expect(exportFilename('link-ab12', new Date(2026, 0, 5, 9, 7))).toBe(
			'parley-link-ab12-20260105-0907.png'
		);
	});

	it('strips characters that do not belong in a file name', () => {
		expect(exportFilename('a/b c', new Date(2026, 0, 5, 9, 7))).toBe(
			'parley-a-b-c-20260105-0907.png'
		);
	});
});

describe('linkLegend', () => {
	it('lists every link type with its colour from the theme tokens', () => {
		const legend = linkLegend('projector');
		expect(legend).toHaveLength(14);
		expect(legend[0]).toEqual({ label: 'Meeting', color: '#6aa8ff' });
	});

	it('explains the dashed and dotted arcs when the view shows them', () => {
		const labels = (shown: { uncertain: boolean; notHeld: boolean }) =>
			linkLegend('light', { ...shown, hiddenTypes: [] })
				.slice(14)
				.map((e) => [e.label, e.dash]);
		expect(labels({ uncertain: true, notHeld: false })).toEqual([
			['uncertain (dashed)', [2.2, 1.6]]
		]);
		expect(labels({ uncertain: false, notHeld: true })).toEqual([
			['did not take place (dotted)', [0, 2.4]]
		]);
	});
});

describe('cappedPixelRatio', () => {
	it('keeps the device ratio on a laptop screen', () => {
		expect(cappedPixelRatio(2, 1440, 900)).toBe(2);
	});

	it('caps a 4K screen at ratio 2 to the pixels of one 4K frame', () => {
		expect(cappedPixelRatio(2, 3840, 2160)).toBe(1);
	});

	it('lowers the ratio of a 1080p screen at ratio 3 to what 4K would draw', () => {
		expect(cappedPixelRatio(3, 1920, 1080)).toBeCloseTo(2, 5);
	});

	it('never goes below 1 and treats a bad ratio as 1', () => {
		expect(cappedPixelRatio(1, 7680, 4320)).toBe(1);
		expect(cappedPixelRatio(NaN, 800, 600)).toBe(1);
	});
});
