/**
 * A copy of the map's current frame, for "Save this view" (story/export.ts draws the caption and
 * legend over it). The map's WebGL canvas is created without `preserveDrawingBuffer` (it costs
 * every frame), so its pixels are only readable while a frame is being drawn: a repaint is asked
 * for and the canvas copied inside MapLibre's `render` event, before the buffer is presented and
 * cleared.
 */
import type { MapCapture } from '$lib/state/types';

/** The part of a MapLibre Map the capture uses. */
export interface CanvasSource {
	getCanvas(): HTMLCanvasElement;
	once(type: 'render', listener: () => void): unknown;
	triggerRepaint(): void;
}

/** Copies the map canvas while a frame is drawn; fails when no frame comes within `timeoutMs`. */
export function captureMapCanvas(map: CanvasSource, timeoutMs = 3000): Promise<MapCapture> {
	return new Promise((resolve, reject) => {
		const source = map.getCanvas();
		const timer = setTimeout(
			() => reject(new Error('The map did not draw a frame to capture')),
			timeoutMs
		);
		map.once('render', () => {
			clearTimeout(timer);
			const copy = document.createElement('canvas');
			copy.width = source.width;
			copy.height = source.height;
			const ctx = copy.getContext('2d');
			if (!ctx) return reject(new Error('No 2D canvas available'));
			ctx.drawImage(source, 0, 0);
			resolve({
				image: copy,
				cssWidth: source.clientWidth || source.width,
				cssHeight: source.clientHeight || source.height
			});
		});
		map.triggerRepaint();
	});
}
