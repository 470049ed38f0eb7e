import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapCamera } from '../../src/lib/map/camera';
import { CameraMoves } from '../../src/lib/map/camera-moves';
import { buildLookup } from '../../src/lib/map/lookup';

const lookup = () =>
	buildLookup(
		{ type: 'FeatureCollection', features: [] },
		{ type: 'FeatureCollection', features: [] }
	);

/**
 * A flat map 1000×600 px over lng 60…70, lat 30…36: a pixel is 0.01° each way. Only what
 * MapCamera.getBounds and its constructor read.
 */
function flatMap(padding: { right: number; bottom: number }): MapLibreMap {
	const unproject = ([x, y]: [number, number]) => ({ lng: 60 + x / 100, lat: 36 - y / 100 });
	return {
		once: () => undefined,
		on: () => undefined,
		off: () => undefined,
		getPadding: () => ({ top: 0, left: 0, ...padding }),
		getCanvas: () => ({ clientWidth: 1000, clientHeight: 600 }),
		getBounds: () => ({
			getWest: () => 60,
			getSouth: () => 30,
			getEast: () => 70,
			getNorth: () => 36
		}),
		unproject
	} as unknown as MapLibreMap;
}

describe('MapCamera.getBounds', () => {
	it('is the whole map when nothing covers it', () => {
		const camera = new MapCamera(flatMap({ right: 0, bottom: 0 }), lookup, () => null);
		expect(camera.getBounds()).toEqual({ west: 60, south: 30, east: 70, north: 36 });
	});

	it('leaves out what the side panel covers on the right (the feed lists what can be seen)', () => {
		const camera = new MapCamera(flatMap({ right: 400, bottom: 0 }), lookup, () => null);
		expect(camera.getBounds()).toEqual({ west: 60, south: 30, east: 66, north: 36 });
	});

	it('leaves out what the bottom sheet covers', () => {
		const camera = new MapCamera(flatMap({ right: 0, bottom: 300 }), lookup, () => null);
		expect(camera.getBounds()).toEqual({ west: 60, south: 33, east: 70, north: 36 });
	});
});

describe('CameraMoves: the padding follows what covers the map', () => {
	/** A map whose eases are cut short (a jump as the panel closes): the padding never arrives. */
	function interruptedMap() {
		const ends: (() => void)[] = [];
		const eases: number[] = [];
		let padding = { top: 0, left: 0, right: 0, bottom: 0 };
		const map = {
			isMoving: () => false,
			once: (_: string, f: () => void) => ends.push(f),
			getPadding: () => padding,
			getCanvas: () => ({ clientWidth: 1000, clientHeight: 600 }),
			easeTo: (o: { padding: { right: number } }) => eases.push(o.padding.right)
		};
		const moveEnd = () => ends.splice(0).forEach((f) => f());
		const arrive = (right: number) => (padding = { ...padding, right });
		return { map: map as unknown as MapLibreMap, eases, moveEnd, arrive };
	}

	it('is set again once the camera rests when another move cut its ease short', async () => {
		const m = interruptedMap();
		const moves = new CameraMoves({
			map: m.map,
			lookup,
			selection: () => null,
			leftInset: () => 0,
			leaveHome: () => undefined
		});
		moves.setInset('right', 400);
		expect(m.eases).toEqual([400]);
		m.moveEnd(); // cut short: the padding is still 0
		await new Promise((done) => setTimeout(done));
		expect(m.eases).toEqual([400, 400]);
		m.arrive(400);
		m.moveEnd(); // arrived: nothing more
		await new Promise((done) => setTimeout(done));
		expect(m.eases).toEqual([400, 400]);
	});
});
