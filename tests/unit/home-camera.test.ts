import { describe, expect, it } from 'vitest';
import { HOME, HOME_BOUNDS, homeCamera } from '../../src/lib/map/home';

/** Where a longitude/latitude lands in a map of this size under a camera, in CSS px. */
function project(
	[lng, lat]: [number, number],
	camera: { center: [number, number]; zoom: number },
	width: number,
	height: number
): [number, number] {
	const world = 512 * 2 ** camera.zoom;
	const x = (l: number) => ((l + 180) / 360) * world;
	const y = (φ: number) => {
		const s = Math.sin((φ * Math.PI) / 180);
		return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
	};
	return [x(lng) - x(camera.center[0]) + width / 2, y(lat) - y(camera.center[1]) + height / 2];
}

const MOSCOW: [number, number] = [37.62, 55.76];
const BEIJING: [number, number] = [116.39, 39.91];
const GWADAR: [number, number] = [62.33, 25.12];
const KABUL: [number, number] = [69.17, 34.53];

describe('homeCamera', () => {
	it('keeps the desk view where it has room for the whole setting', () => {
		expect(homeCamera(1366, 620)).toEqual(HOME);
		expect(homeCamera(1920, 900)).toEqual(HOME);
		expect(homeCamera(3840, 1950)).toEqual(HOME);
	});

	it.each([
		[390, 640],
		[360, 560],
		[800, 450],
		[640, 360]
	])('zooms a %ix%i map out until Moscow, Beijing, Gwadar and Kabul are all in it', (w, h) => {
		const camera = homeCamera(w, h);
		expect(camera.zoom).toBeLessThan(HOME.zoom);
		for (const place of [MOSCOW, BEIJING, GWADAR, KABUL]) {
			const [x, y] = project(place, camera, w, h);
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(w);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(h);
		}
		// Fitted, not just zoomed out: the bounds fill the map's width or height.
		const [x0, y0] = project([HOME_BOUNDS[0], HOME_BOUNDS[3]], camera, w, h);
		const [x1, y1] = project([HOME_BOUNDS[2], HOME_BOUNDS[1]], camera, w, h);
		expect(Math.max((x1 - x0) / w, (y1 - y0) / h)).toBeGreaterThan(0.9);
	});

	it('shows the setting beside an open legend: right of it, whole where it fits', () => {
		// A 1366×768 desk: the map is 1366×574 and the open legend reaches 486 px in.
		const [w, h, legend] = [1366, 574, 486];
		const camera = homeCamera(w, h, legend);
		const DOHA: [number, number] = [51.53, 25.29];
		for (const place of [MOSCOW, BEIJING, GWADAR, KABUL, DOHA]) {
			const [x, y] = project(place, camera, w, h);
			expect(x, `${place.join()} right of the legend`).toBeGreaterThan(legend);
			expect(x).toBeLessThan(w);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(h);
		}
		// The same view as without a legend, moved by half its width.
		const [kx] = project(KABUL, camera, w, h);
		const [kx0] = project(KABUL, homeCamera(w, h), w, h);
		expect(kx - kx0).toBeCloseTo(legend / 2, 0);
	});

	it('zooms out beside a legend that leaves too little room', () => {
		const camera = homeCamera(900, 574, 450);
		expect(camera.zoom).toBeLessThan(HOME.zoom);
		const [x] = project(MOSCOW, camera, 900, 574);
		expect(x).toBeGreaterThan(450);
	});

	it('survives a map with no size yet', () => {
		const camera = homeCamera(0, 0);
		expect(camera.zoom).toBeGreaterThanOrEqual(0);
		expect(Number.isFinite(camera.center[0]) && Number.isFinite(camera.center[1])).toBe(true);
	});
});
