import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexArticles } from '$lib/data/reading';
import { validateArticles } from '$lib/data/articles-schema';
import { validateLinks, validatePlaces } from '$lib/data/schema';
import { boundsOf, buildTour, dateSortKey, formatSource, withArticles } from '$lib/story/tour';
import { stopView } from '$lib/state/Tour.svelte';
import { cameraForStop } from '$lib/story/tour-camera';

const dir = new URL('../fixtures/story/', import.meta.url);
// Fresh objects for every test: no shared mutable fixtures.
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const places = () => validatePlaces(read('places.json'));
const links = () => validateLinks(read('links.json'));
const reading = () => indexArticles(validateArticles(read('articles.json')));

// Web Mercator projection to screen pixels, independent of the code under test.
function project(
	lngLat: [number, number],
	center: [number, number],
	zoom: number,
	w: number,
	h: number
) {
	const ws = 512 * 2 ** zoom;
	const x = (lng: number) => ((lng + 180) / 360) * ws;
	const y = (lat: number) =>
		((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * ws;
	return [x(lngLat[0]) - x(center[0]) + w / 2, y(lngLat[1]) - y(center[1]) + h / 2];
}

describe('buildTour leaves out what is uncertain or did not happen', () => {
	/** The fixture with one link made uncertain and one cancelled. */
	const doubtful = () => {
		const l = links();
		const byId = (id: string) => l.features.find((f) => f.properties.id === id)!.properties;
		byId('link-af-pk-accusation-2017-06').confidence = 0.3;
		byId('link-tj-pk-meeting-2021-09-17').status = 'cancelled';
		return l;
	};

	it('skips a link under the threshold and a cancelled one, and names them on the next stop', () => {
		const stops = buildTour(places(), doubtful());
		const ids = stops.map((s) => s.id);
		expect(ids).not.toContain('link-af-pk-accusation-2017-06');
		expect(ids).not.toContain('link-tj-pk-meeting-2021-09-17');
		const next = stops.find((s) => s.id === 'link-us-taliban-agreement-2020-02-29')!;
		expect(next.skipped).toEqual([
			'Left out before this stop: Accusation · Afghanistan → Pakistan · June 2017 (uncertain: confidence 30 %)'
		]);
		const after = stops.find((s) => s.id === 'link-cn-taliban-cooperation-2024')!;
		expect(after.skipped?.[0]).toMatch(
			/^Left out before this stop: Meeting · Pakistan → Tajikistan .*\(called off or postponed\)$/
		);
		expect(stops[0]!.skipped).toEqual([
			'Left out of this tour: 1 uncertain event (confidence under 40 %, or a date inferred) and 1 event that did not take place (planned, called off, refused or denied). Each is named on the stop it would have come before; tour.json\'s "include" brings one back.'
		]);
		expect(stops[0]!.caption.text).toBe('5 events, in the order they happened.');
	});

	it('leaves out a link whose date is inferred, as the map draws it uncertain', () => {
		const l = doubtful();
		const agreement = l.features.find(
			(f) => f.properties.id === 'link-us-taliban-agreement-2020-02-29'
		)!;
		agreement.properties.dateBasis = 'inferred';
		const stops = buildTour(places(), l);
		expect(stops.map((s) => s.id)).not.toContain('link-us-taliban-agreement-2020-02-29');
		expect(stops.flatMap((s) => s.skipped ?? []).join('\n')).toMatch(
			/Left out (?:before|after) this stop: [^\n]*\(uncertain: date inferred\)/
		);
	});

	it('keeps a link the curation includes', () => {
		const stops = buildTour(places(), doubtful(), null, {
			include: ['link-tj-pk-meeting-2021-09-17']
		});
		expect(stops.map((s) => s.id)).toContain('link-tj-pk-meeting-2021-09-17');
		expect(stops.map((s) => s.id)).not.toContain('link-af-pk-accusation-2017-06');
	});

	it('keeps a corrected link whatever its confidence, and reports an included id it does not know', () => {
		const l = doubtful();
		const acc = l.features.find((f) => f.properties.id === 'link-af-pk-accusation-2017-06')!;
		acc.properties.corrected = true;
		const warnings: string[] = [];
		const stops = buildTour(
			places(),
			l,
			null,
			{ include: ['link-gone'] },
			{
				onwarning: (m) => warnings.push(m)
			}
		);
		expect(stops.map((s) => s.id)).toContain('link-af-pk-accusation-2017-06');
		expect(warnings).toEqual(['tour.json.include[0]: no link has id "link-gone"']);
	});

	it('leaves nothing out and says nothing when every link is sure', () => {
		const stops = buildTour(places(), links());
		expect(stops.every((s) => !s.skipped?.length)).toBe(true);
	});
});

describe('buildTour', () => {
	it('starts with a title stop showing all years', () => {
		const [first] = buildTour(places(), links());
		expect(first?.id).toBe('title');
		expect(first?.years).toBeNull();
		expect(first?.caption.heading).toBe('Diplomatic events, 2017–2024');
	});

	it('orders events chronologically, partial dates first in their period, undated last', () => {
		const ids = buildTour(places(), links()).map((s) => s.id);
		expect(ids).toEqual([
			'title',
			'link-us-pk-visit-2017',
			'link-ru-af-conference-2017-04-14',
			'link-af-pk-accusation-2017-06',
			'link-us-taliban-agreement-2020-02-29',
			'link-tj-pk-meeting-2021-09-17',
			'link-cn-taliban-cooperation-2024',
			'link-ru-taliban-cooperation-undated'
		]);
	});

	it('drops undated links when asked', () => {
		const ids = buildTour(places(), links(), null, null, { undated: 'drop' }).map((s) => s.id);
		expect(ids).not.toContain('link-ru-taliban-cooperation-undated');
		expect(ids).toHaveLength(7);
	});

	it("sets each event stop's year filter to the link's year", () => {
		const stops = buildTour(places(), links());
		const byId = new Map(stops.map((s) => [s.id, s]));
		expect(byId.get('link-tj-pk-meeting-2021-09-17')?.years).toEqual({ from: 2021, to: 2021 });
		expect(byId.get('link-af-pk-accusation-2017-06')?.years).toEqual({ from: 2017, to: 2017 });
		expect(byId.get('link-ru-taliban-cooperation-undated')?.years).toBeNull();
	});

	it('frames bounds that contain every arc coordinate and the venue', () => {
		const stops = buildTour(places(), links());
		const venues = new Map(places().features.map((f) => [f.properties.id, f.geometry.coordinates]));
		for (const f of links().features) {
			const stop = stops.find((s) => s.id === f.properties.id)!;
			const [w, s, e, n] = stop.camera.bounds!;
			const points = [...f.geometry.coordinates];
			if (f.properties.place) points.push(venues.get(f.properties.place)!);
			for (const [lng, lat] of points as [number, number][]) {
				expect(lng).toBeGreaterThanOrEqual(w);
				expect(lng).toBeLessThanOrEqual(e);
				expect(lat).toBeGreaterThanOrEqual(s);
				expect(lat).toBeLessThanOrEqual(n);
			}
		}
	});

	it('focuses the link, its venue and the parties that are countries', () => {
		const stop = buildTour(places(), links()).find(
			(s) => s.id === 'link-tj-pk-meeting-2021-09-17'
		)!;
		expect(stop.focus.link).toBe('link-tj-pk-meeting-2021-09-17');
		expect(stop.focus.places.sort()).toEqual(['city-dushanbe', 'country-pk', 'country-tj']);
	});

	it('captions a heading naming type, parties, venue and date, from the links alone', () => {
		const stop = buildTour(places(), links()).find(
			(s) => s.id === 'link-tj-pk-meeting-2021-09-17'
		)!;
		expect(stop.caption.heading).toBe(
			'Meeting · Pakistan → Tajikistan · Dushanbe · 17 September 2021'
		);
		expect(stop.caption.text).toBe('');
		expect(stop.caption.source).toBeNull();
	});

	it('captions the evidence sentence once the article text is given', () => {
		const stop = buildTour(places(), links(), reading()).find(
			(s) => s.id === 'link-tj-pk-meeting-2021-09-17'
		)!;
		expect(stop.caption.text).toMatch(
			/^This comes within days of the “lengthy meeting” in Dushanbe/
		);
		expect(stop.caption.articleId).toBe('a2021');
		expect(stop.caption.paragraph).toBe(0);
	});

	it('names actor parties that are not countries', () => {
		const stop = buildTour(places(), links()).find(
			(s) => s.id === 'link-us-taliban-agreement-2020-02-29'
		)!;
		expect(stop.caption.heading).toBe(
			'Agreement · United States → Taliban · Doha · 29 February 2020'
		);
	});

	it('fills the caption source and notes when articles are given', () => {
		const stop = buildTour(places(), links(), reading()).find(
			(s) => s.id === 'link-tj-pk-meeting-2021-09-17'
		)!;
		expect(formatSource(stop.caption.source)).toBe(
			'Pakistani Diplomacy Is on a Roll — Global Research, 24 September 2021'
		);
		expect(stop.notes).toMatch(/They spoke at length\.$/);
	});
});

describe('withArticles', () => {
	it('returns the same array when no stop gains a source', () => {
		const stops = buildTour(places(), links(), reading());
		expect(withArticles(stops, reading())).toBe(stops);
	});

	it('keeps curated notes rather than the paragraph', () => {
		const stops = buildTour(places(), links()).map((s) => ({ ...s, notes: 'curated' }));
		expect(withArticles(stops, reading()).every((s) => s.notes === 'curated')).toBe(true);
	});

	it('keeps a curated caption text rather than the evidence sentence, and still gives its source', () => {
		const stops = buildTour(places(), links()).map((s) => ({
			...s,
			caption: { ...s.caption, text: 'Curated.' }
		}));
		const stop = withArticles(stops, reading()).find(
			(s) => s.id === 'link-tj-pk-meeting-2021-09-17'
		)!;
		expect(stop.caption.text).toBe('Curated.');
		expect(stop.caption.source?.title).toBe('Pakistani Diplomacy Is on a Roll');
	});
});

describe('helpers', () => {
	it('sorts a partial date before full dates of the same month', () => {
		expect(dateSortKey('2017-04', 2017)! < dateSortKey('2017-04-14', 2017)!).toBe(true);
		expect(dateSortKey(null, null)).toBeNull();
	});

	it('computes bounds of coordinates, ignoring non-finite ones', () => {
		expect(
			boundsOf([
				[1, 2],
				[3, -4],
				[NaN, 0]
			])
		).toEqual([1, -4, 3, 2]);
		expect(boundsOf([])).toBeNull();
	});

	it('frames bounds inside the padded area of the screen', () => {
		const bounds: [number, number, number, number] = [60, 25, 75, 40];
		const padding = { top: 100, right: 150, bottom: 400, left: 150 };
		const cam = cameraForStop({ bounds, maxZoom: 10 }, { width: 1920, height: 1080, padding });
		for (const corner of [
			[60, 25],
			[75, 40]
		] as [number, number][]) {
			const [x, y] = project(corner, cam.center, cam.zoom, 1920, 1080);
			expect(x).toBeGreaterThanOrEqual(150 - 0.5);
			expect(x).toBeLessThanOrEqual(1920 - 150 + 0.5);
			expect(y).toBeGreaterThanOrEqual(100 - 0.5);
			expect(y).toBeLessThanOrEqual(1080 - 400 + 0.5);
		}
	});

	it('caps the zoom for a stop whose bounds are a single point', () => {
		const cam = cameraForStop(
			{ bounds: [69, 34, 69, 34], maxZoom: 6 },
			{ width: 800, height: 600 }
		);
		expect(cam.zoom).toBe(6);
	});

	it('frames a capped stop to the same share of a 4K screen as of a 1080p one, at scale 2', () => {
		// Kabul to Islamabad: the fit wants more than the cap on both screens.
		const stop = {
			bounds: [69.2, 33.7, 73.1, 34.5] as [number, number, number, number],
			maxZoom: 6
		};
		const share = (w: number, h: number, scale: number) => {
			const cam = cameraForStop(stop, { width: w, height: h, scale });
			const [x0] = project([69.2, 34], cam.center, cam.zoom, w, h);
			const [x1] = project([73.1, 34], cam.center, cam.zoom, w, h);
			return (x1! - x0!) / w;
		};
		const hd = share(1920, 1080, 1);
		expect(cameraForStop(stop, { width: 1920, height: 1080, scale: 1 }).zoom).toBe(6);
		expect(cameraForStop(stop, { width: 3840, height: 2160, scale: 2 }).zoom).toBe(7);
		expect(share(3840, 2160, 2)).toBeCloseTo(hd, 6);
		// Without the scale, the cap halves the share on the bigger screen.
		expect(share(3840, 2160, 1)).toBeCloseTo(hd / 2, 6);
	});

	it('frames uncapped bounds the same way whatever the scale', () => {
		const stop = { bounds: [40, 10, 100, 50] as [number, number, number, number], maxZoom: 6 };
		const a = cameraForStop(stop, { width: 3840, height: 2160 });
		const b = cameraForStop(stop, { width: 3840, height: 2160, scale: 2 });
		expect(b).toEqual(a);
	});

	it('zooms a given zoom in by log2 of the scale', () => {
		expect(
			cameraForStop({ center: [67, 34], zoom: 4 }, { width: 3840, height: 2160, scale: 2 }).zoom
		).toBe(5);
		expect(
			cameraForStop({ center: [67, 34], zoom: 4 }, { width: 800, height: 600, scale: NaN }).zoom
		).toBe(4);
	});

	it('uses center and zoom as given', () => {
		expect(cameraForStop({ center: [67, 34], zoom: 4 }, { width: 800, height: 600 })).toMatchObject(
			{
				center: [67, 34],
				zoom: 4
			}
		);
	});

	it('maps a stop to the year filter and the selected link', () => {
		const stop = buildTour(places(), links()).find(
			(s) => s.id === 'link-af-pk-accusation-2017-06'
		)!;
		expect(stopView(stop)).toEqual({
			years: { from: 2017, to: 2017 },
			selected: { type: 'link', id: 'link-af-pk-accusation-2017-06' }
		});
		expect(stopView(null)).toEqual({ years: null, selected: null });
	});
});
