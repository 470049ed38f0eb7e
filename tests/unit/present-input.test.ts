import { describe, expect, it } from 'vitest';
import { isMapBackdrop, swipeCommand, SWIPE_MAX_MS } from '$lib/story/gestures';
import {
	forgetStartedAt,
	keptStartedAt,
	readTapAdvances,
	STARTED_AT_KEY,
	TAP_ADVANCES_KEY,
	writeTapAdvances
} from '$lib/story/present-storage';

const at = (x: number, y: number, t: number) => ({ x, y, t });

describe('swipeCommand', () => {
	it('a quick swipe to the left goes to the next stop', () => {
		expect(swipeCommand(at(600, 200, 0), at(300, 210, 200), 844)).toBe('next');
	});

	it('a quick swipe to the right goes back', () => {
		expect(swipeCommand(at(200, 200, 0), at(500, 190, 200), 844)).toBe('prev');
	});

	it('a short movement is a tap, not a swipe', () => {
		expect(swipeCommand(at(300, 200, 0), at(270, 200, 100), 844)).toBeNull();
	});

	it('a mostly vertical movement is not a swipe', () => {
		expect(swipeCommand(at(300, 100, 0), at(220, 300, 200), 844)).toBeNull();
	});

	it('a slow drag pans the map instead', () => {
		expect(swipeCommand(at(600, 200, 0), at(300, 200, SWIPE_MAX_MS + 1), 844)).toBeNull();
	});

	it('needs a longer swipe on a wide screen (a twentieth of its width)', () => {
		expect(swipeCommand(at(1000, 500, 0), at(850, 500, 200), 3840)).toBeNull();
		expect(swipeCommand(at(1000, 500, 0), at(780, 500, 200), 3840)).toBe('next');
	});

	it('ignores points that are not numbers', () => {
		expect(swipeCommand(at(NaN, 0, 0), at(0, 0, 100), 800)).toBeNull();
	});
});

describe('isMapBackdrop', () => {
	it('nothing, a country, a province or a region is the empty area', () => {
		expect(isMapBackdrop(null)).toBe(true);
		expect(isMapBackdrop({ type: 'place', id: 'country-afg' })).toBe(true);
		expect(isMapBackdrop({ type: 'place', id: 'region-balochistan' })).toBe(true);
		expect(isMapBackdrop({ type: 'place', id: 'province-kunar' })).toBe(true);
	});

	it('an arc, a city or a party is a thing on the map', () => {
		expect(isMapBackdrop({ type: 'link', id: 'l1' })).toBe(false);
		expect(isMapBackdrop({ type: 'place', id: 'city-kabul' })).toBe(false);
		expect(isMapBackdrop({ type: 'party', id: 'taliban' })).toBe(false);
		expect(isMapBackdrop({ type: 'pair', id: 'AF~PK' })).toBe(false);
	});
});

function memoryStorage() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

const refusing = {
	getItem: (): string | null => {
		throw new Error('denied');
	},
	setItem: () => {
		throw new Error('denied');
	},
	removeItem: () => {
		throw new Error('denied');
	}
};

describe('tap-advances choice', () => {
	it('is on by default and remembers being turned off and on', () => {
		const s = memoryStorage();
		expect(readTapAdvances(s)).toBe(true);
		writeTapAdvances(s, false);
		expect(s.data.get(TAP_ADVANCES_KEY)).toBe('0');
		expect(readTapAdvances(s)).toBe(false);
		writeTapAdvances(s, true);
		expect(readTapAdvances(s)).toBe(true);
	});

	it('is on when storage is refused', () => {
		expect(readTapAdvances(refusing)).toBe(true);
		expect(() => writeTapAdvances(refusing, false)).not.toThrow();
		expect(readTapAdvances(null)).toBe(true);
	});
});

describe('presentation start', () => {
	it('keeps the first start across calls (a reload) until forgotten', () => {
		const s = memoryStorage();
		expect(keptStartedAt(s, 1_000_000)).toBe(1_000_000);
		expect(keptStartedAt(s, 1_060_000)).toBe(1_000_000);
		forgetStartedAt(s);
		expect(s.data.has(STARTED_AT_KEY)).toBe(false);
		expect(keptStartedAt(s, 2_000_000)).toBe(2_000_000);
	});

	it('starts anew from a kept value in the future, a day old, or not a number', () => {
		for (const raw of ['200000000', '1', 'soon']) {
			const s = memoryStorage();
			s.data.set(STARTED_AT_KEY, raw);
			expect(keptStartedAt(s, 100_000_000)).toBe(100_000_000);
			expect(s.data.get(STARTED_AT_KEY)).toBe('100000000');
		}
	});

	it('starts now when storage is refused', () => {
		expect(keptStartedAt(refusing, 5)).toBe(5);
		expect(() => forgetStartedAt(refusing)).not.toThrow();
	});
});
