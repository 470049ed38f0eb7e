import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLinks, validatePlaces } from '$lib/data/schema';
import { applyCuration, CurationError } from '$lib/story/curation';
import { parseCuration } from '$lib/story/curation-schema';
import { buildTour } from '$lib/story/tour';

const dir = new URL('../fixtures/story/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const generated = () =>
	buildTour(validatePlaces(read('places.json')), validateLinks(read('links.json')));
const ids = (stops: { id: string }[]) => stops.map((s) => s.id);

const MEETING = 'link-tj-pk-meeting-2021-09-17';
const DOHA = 'link-us-taliban-agreement-2020-02-29';
const UNDATED = 'link-ru-taliban-cooperation-undated';

/** The message of the CurationError thrown by `fn` (fails the test when none is thrown). */
function errorOf(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(CurationError);
		return (e as Error).message;
	}
	throw new Error('expected a CurationError');
}

describe('applyCuration', () => {
	it('drops stops by id', () => {
		const stops = applyCuration(generated(), parseCuration({ drop: [UNDATED, 'title'] }));
		expect(ids(stops)).not.toContain(UNDATED);
		expect(ids(stops)).not.toContain('title');
		expect(stops).toHaveLength(generated().length - 2);
	});

	it('reorders: listed stops first in that order, the rest after in their order', () => {
		const stops = applyCuration(generated(), parseCuration({ order: ['title', MEETING, DOHA] }));
		const rest = ids(generated()).filter((id) => ![MEETING, DOHA, 'title'].includes(id));
		expect(ids(stops)).toEqual(['title', MEETING, DOHA, ...rest]);
	});

	it('reorders and drops the unlisted stops with others: drop', () => {
		const stops = applyCuration(
			generated(),
			parseCuration({ order: [DOHA, MEETING], others: 'drop' })
		);
		expect(ids(stops)).toEqual([DOHA, MEETING]);
	});

	it('adds a stop after a given stop', () => {
		const stops = applyCuration(
			generated(),
			parseCuration({
				add: [
					{
						id: 'region-intro',
						after: 'title',
						camera: { center: [67, 34], zoom: 4 },
						caption: { heading: 'The region', text: 'Afghanistan and its neighbours.' },
						notes: 'Point at the Wakhan corridor.'
					}
				]
			})
		);
		expect(ids(stops).slice(0, 2)).toEqual(['title', 'region-intro']);
		expect(stops[1]).toMatchObject({
			kind: 'custom',
			camera: { center: [67, 34], zoom: 4 },
			years: null,
			caption: { heading: 'The region', text: 'Afghanistan and its neighbours.', source: null },
			notes: 'Point at the Wakhan corridor.'
		});
	});

	it('adds a stop at the end when no position is given, and at the start with after: null', () => {
		const add = (after?: null) =>
			applyCuration(
				generated(),
				parseCuration({
					add: [
						{
							id: 'x',
							...(after === null ? { after } : {}),
							camera: { bounds: [60, 20, 80, 40] },
							caption: { heading: 'X' }
						}
					]
				})
			);
		expect(ids(add()).at(-1)).toBe('x');
		expect(ids(add(null))[0]).toBe('x');
	});

	it('overrides camera, caption heading, notes and years, keeping the rest', () => {
		const stops = applyCuration(
			generated(),
			parseCuration({
				override: {
					[MEETING]: {
						camera: { center: [69, 37], zoom: 5 },
						caption: { heading: 'Dushanbe, 17 September 2021' },
						notes: 'The meeting that set up the Panjshir talks.',
						years: { from: 2020, to: 2021 }
					}
				}
			})
		);
		const stop = stops.find((s) => s.id === MEETING)!;
		const before = generated().find((s) => s.id === MEETING)!;
		expect(stop.camera).toEqual({ center: [69, 37], zoom: 5 });
		expect(stop.caption.heading).toBe('Dushanbe, 17 September 2021');
		expect(stop.caption.text).toBe(before.caption.text);
		expect(stop.notes).toBe('The meeting that set up the Panjshir talks.');
		expect(stop.years).toEqual({ from: 2020, to: 2021 });
		expect(stop.focus).toEqual(before.focus);
	});

	it('warns about an id the data does not have, and leaves the tour otherwise intact', () => {
		const warnings: string[] = [];
		const stops = applyCuration(generated(), parseCuration({ drop: ['link-gone'] }), {
			onwarning: (m) => warnings.push(m)
		});
		expect(warnings).toEqual(['tour.json.drop[0]: no stop has id "link-gone"']);
		expect(stops).toHaveLength(generated().length);
	});

	it('throws on an unknown id in strict mode', () => {
		const message = errorOf(() =>
			applyCuration(generated(), parseCuration({ override: { nope: { notes: 'x' } } }), {
				strict: true
			})
		);
		expect(message).toBe('tour.json.override["nope"]: no stop has id "nope"');
	});

	it('refuses to add a stop whose id already exists', () => {
		const message = errorOf(() =>
			applyCuration(
				generated(),
				parseCuration({
					add: [{ id: MEETING, camera: { center: [0, 0], zoom: 1 }, caption: { heading: 'x' } }]
				})
			)
		);
		expect(message).toContain(`"${MEETING}" is already a stop`);
	});

	it('applies curation passed to buildTour', () => {
		const stops = buildTour(
			validatePlaces(read('places.json')),
			validateLinks(read('links.json')),
			null,
			parseCuration({ drop: ['title'] })
		);
		expect(stops[0]?.id).not.toBe('title');
	});
});

describe('parseCuration errors name the problem', () => {
	it.each([
		[[], 'tour.json: expected a JSON object, got []'],
		[
			{ stops: [] },
			'tour.json: stops: unknown key (allowed: include, drop, add, override, order, others, version)'
		],
		[{ drop: 'title' }, 'tour.json: drop: expected an array of stop ids, got "title"'],
		[{ drop: [3] }, 'tour.json: drop[0]: expected string, got 3'],
		[{ order: ['a', 'a'] }, 'tour.json: order[1]: "a" is listed twice'],
		[{ others: 'all' }, 'tour.json: others: expected ("keep" | "drop"), got "all"'],
		[
			{ add: [{ camera: { center: [0, 0], zoom: 1 }, caption: { heading: 'x' } }] },
			'tour.json: add[0].id: missing'
		],
		[
			{ add: [{ id: 'x', caption: { heading: 'x' } }] },
			'tour.json: add[0].camera (x): missing (required for an added stop)'
		],
		[
			{ add: [{ id: 'x', camera: { center: [0, 0], zoom: 1 } }] },
			'tour.json: add[0].caption (x): missing (required for an added stop)'
		],
		[
			{ override: { a: { camera: { center: [0, 95], zoom: 3 } } } },
			'tour.json: override.a.camera.center[1]: expected a number in -90..90, got 95'
		],
		[
			{ override: { a: { camera: { center: [0, 0] } } } },
			'tour.json: override.a.camera: needs "bounds", or "center" with "zoom"'
		],
		[
			{ override: { a: { camera: { bounds: [70, 40, 60, 30] } } } },
			'tour.json: override.a.camera.bounds: south (40) is north of north (30)'
		],
		[
			{ override: { a: { camera: { center: [0, 0], zoom: 30 } } } },
			'tour.json: override.a.camera.zoom: expected a number in 0..22, got 30'
		],
		[
			{ override: { a: { years: { from: 2021, to: 2017 } } } },
			'tour.json: override.a.years: from (2021) is after to (2017)'
		],
		[
			{ override: { a: { caption: { heading: 5 } } } },
			'tour.json: override.a.caption.heading: expected string, got 5'
		],
		[
			{ override: { a: { colour: 'red' } } },
			'tour.json: override.a.colour: unknown key (allowed: camera, years, caption, notes, focus)'
		]
	])('%j', (raw, message) => {
		expect(errorOf(() => parseCuration(raw))).toBe(message);
	});

	it('accepts $comment keys', () => {
		expect(parseCuration({ $comment: 'why', drop: [] })).toEqual({ drop: [] });
	});
});

describe('the shipped geodata/tour.json', () => {
	it('is a valid curation', () => {
		const raw: unknown = JSON.parse(
			readFileSync(new URL('../../geodata/tour.json', import.meta.url), 'utf8')
		);
		expect(() => parseCuration(raw)).not.toThrow();
	});
});
