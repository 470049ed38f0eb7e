import { describe, expect, it } from 'vitest';
import { arcInView, feedLinks, pointInView } from '$lib/data/feed';
import type { LinkFeature } from '$lib/data/schema';

function link(id: string, date: string | null, line: number[][], status = 'held'): LinkFeature {
	const year = date ? Number(date.slice(0, 4)) : null;
	return {
		type: 'Feature',
		geometry: { type: 'LineString', coordinates: line },
		properties: {
			id,
			type: 'meeting',
			parties: ['AF', 'PK'],
			from: 'AF',
			to: 'PK',
			place: null,
			date,
			year,
			articles: 1,
			dateBasis: date ? 'stated' : null,
			status,
			absent: [],
			confidence: 0.8,
			reasons: [],
			corrected: false
		}
	} as unknown as LinkFeature;
}

const KABUL_ISLAMABAD = [
	[69.18, 34.53],
	[71, 35],
	[73.04, 33.72]
];
const CENTRAL_ASIA = { west: 60, south: 25, east: 80, north: 45 };

describe('the view', () => {
	it('holds a point inside it and not one outside', () => {
		expect(pointInView([69.18, 34.53], CENTRAL_ASIA)).toBe(true);
		expect(pointInView([37.62, 55.75], CENTRAL_ASIA)).toBe(false);
	});

	it('wraps longitudes: an arc end unwrapped past 180° is found across the antimeridian', () => {
		const pacific = { west: 170, south: 30, east: 200, north: 50 };
		expect(pointInView([-170, 40], pacific)).toBe(true);
		expect(pointInView([190 + 360, 40], pacific)).toBe(true);
		expect(pointInView([150, 40], pacific)).toBe(false);
	});

	it('holds every longitude when the view is wider than the world', () => {
		expect(pointInView([-77, 38.9], { west: -400, south: -80, east: 400, north: 80 })).toBe(true);
	});

	it('counts an arc passing through the view by its middle', () => {
		const moscowToIslamabad = [
			[37.62, 55.75],
			[65, 40],
			[73.04, 33.72]
		];
		expect(arcInView(moscowToIslamabad, { west: 60, south: 38, east: 70, north: 42 })).toBe(true);
	});
});

describe('feedLinks', () => {
	const links = [
		link('old', '2017-05-02', KABUL_ISLAMABAD),
		link('new', '2021-09-04', KABUL_ISLAMABAD),
		link('month', '2021-09', KABUL_ISLAMABAD),
		link('undated', null, KABUL_ISLAMABAD),
		link('far', '2021-01-01', [
			[-77, 38.9],
			[-0.13, 51.5]
		]),
		link('cancelled', '2021-10-01', KABUL_ISLAMABAD, 'cancelled')
	];
	const held = (l: { status: string }) => l.status === 'held';

	it('lists the events shown, newest first, undated last', () => {
		expect(feedLinks(links, null, held, null).map((l) => l.id)).toEqual([
			'new',
			'month',
			'far',
			'old',
			'undated'
		]);
	});

	it('keeps the year range and the part of the map in view', () => {
		expect(feedLinks(links, { from: 2021, to: 2021 }, held, CENTRAL_ASIA).map((l) => l.id)).toEqual(
			['new', 'month']
		);
	});

	it('keeps 60,000 events in order, the years and view applied', () => {
		const many = Array.from({ length: 60_000 }, (_, i) =>
			link(`l${i}`, `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, KABUL_ISLAMABAD)
		);
		const rows = feedLinks(many, { from: 2015, to: 2020 }, held, CENTRAL_ASIA);
		expect(rows.length).toBe(24_000);
		expect(rows[0]!.date! >= rows[rows.length - 1]!.date!).toBe(true);
	});
});
