import { describe, expect, it } from 'vitest';
import { coveredByInset, framePadding } from '../../src/lib/map/inset';

const size = { width: 390, height: 600 };
/** A bottom sheet `px` high, nothing on the right. */
const b = (px: number) => ({ bottom: px, right: 0 });
/** A side panel `px` wide over the map's right edge. */
const r = (px: number) => ({ bottom: 0, right: px });
const wide = { width: 1366, height: 574 };

describe('coveredByInset', () => {
	it('a point near the bottom ends under a sheet a third of the map high', () => {
		// Moves up by 100 to y 450; the visible part ends at 600 - 200 - 24 = 376.
		expect(coveredByInset({ x: 200, y: 550 }, size, b(0), b(200))).toBe(true);
	});

	it('a point in the upper half stays visible above the same sheet', () => {
		expect(coveredByInset({ x: 200, y: 250 }, size, b(0), b(200))).toBe(false);
	});

	it('a point near the top is pushed off the map by a sheet most of the map high', () => {
		// Moves up by 250 to y -170.
		expect(coveredByInset({ x: 200, y: 80 }, size, b(0), b(500))).toBe(true);
	});

	it('closing the sheet never covers what was visible above it', () => {
		expect(coveredByInset({ x: 200, y: 300 }, size, b(250), b(0))).toBe(false);
	});

	it('a point already off the visible part is left alone', () => {
		expect(coveredByInset({ x: 200, y: 700 }, size, b(0), b(200))).toBe(false);
		expect(coveredByInset({ x: -20, y: 300 }, size, b(0), b(200))).toBe(false);
		// Under the sheet already (y 500 with a 200 px sheet): not visible, so not newly covered.
		expect(coveredByInset({ x: 200, y: 500 }, size, b(200), b(300))).toBe(false);
	});
});

describe('coveredByInset, side panel', () => {
	it('a point right of the middle ends under a panel a third of the map wide', () => {
		// Moves left by 219 to x 981; the visible part ends at 1366 - 437 - 24 = 905.
		expect(coveredByInset({ x: 1200, y: 300 }, wide, r(0), r(437))).toBe(true);
	});

	it('a point left of the middle stays visible beside the panel', () => {
		// Moves left by 219 to x 381.
		expect(coveredByInset({ x: 600, y: 300 }, wide, r(0), r(437))).toBe(false);
	});

	it('a point near the left edge is pushed off the map as the panel opens', () => {
		expect(coveredByInset({ x: 100, y: 300 }, wide, r(0), r(437))).toBe(true);
	});

	it('closing the panel never covers what was visible beside it', () => {
		expect(coveredByInset({ x: 700, y: 300 }, wide, r(437), r(0))).toBe(false);
	});
});

describe('framePadding', () => {
	it('keeps the open legend’s width clear on the left of what is framed', () => {
		const pad = framePadding(930, 485);
		expect(pad.left).toBe(80 + 485);
		expect(pad.right).toBe(80);
		// What is left to frame in lies right of the legend.
		expect(930 - pad.left - pad.right).toBeGreaterThanOrEqual(160);
	});

	it('frames with even room when nothing covers the map', () => {
		expect(framePadding(1366, 0)).toEqual({ top: 80, right: 80, bottom: 80, left: 80 });
	});

	it('gives the legend less room on a narrow map, never all of it', () => {
		const pad = framePadding(500, 470);
		expect(500 - pad.left - pad.right).toBe(160);
		expect(framePadding(200, 470).left).toBe(80);
	});
});
