/**
 * The MapLibre map the controller owns: created from the style (style.ts) with the app's controls
 * and arrow image, and a hit test that sees only what is drawn.
 */
import {
	AttributionControl,
	Map as MapLibreMap,
	NavigationControl,
	type MapGeoJSONFeature
} from 'maplibre-gl';
import type { ThemeTokens } from '$lib/config/tokens';
import type { ControllerOptions } from './controller';
import { IMAGES, SOURCES, STATE } from './ids';
import { preparePlaces } from './prepare';
import { buildStyle } from './style';
import { arrowImage } from './arrow';

/**
 * The map, with `queryRenderedFeatures` leaving out what is not drawn: places and links the year
 * range hides and flows not drawn stay in their tiles with zero opacity (feature-state `off`, a
 * flow's `count` of 0: a year change needs no re-layout),
 * and are not "rendered" for hit tests, tooltips or anyone querying the map.
 */
export class ParleyMap extends MapLibreMap {
	override queryRenderedFeatures(
		geometryOrOptions?: Parameters<MapLibreMap['queryRenderedFeatures']>[0],
		options?: Parameters<MapLibreMap['queryRenderedFeatures']>[1]
	): MapGeoJSONFeature[] {
		return super
			.queryRenderedFeatures(geometryOrOptions, options)
			.filter((f) =>
				f.source === SOURCES.flows
					? Number(f.state?.[STATE.count] ?? 0) > 0
					: f.state?.[STATE.off] !== true
			);
	}
}

/** The map for these options, drawn with these tokens at this label scale, events from `eventsZoom`. */
export function createMap(
	opts: ControllerOptions,
	tokens: ThemeTokens,
	labelScale: number,
	eventsZoom: number
): ParleyMap {
	const style = buildStyle({
		tokens,
		labelScale,
		eventsZoom,
		countriesUrl: opts.urls.countries,
		regionsUrl: opts.urls.regions,
		fontUrl: opts.urls.font,
		places: preparePlaces(opts.places, opts.links),
		// The view's links and flows are set with the first states (scheduling.ts).
		links: { type: 'FeatureCollection', features: [] },
		flows: { type: 'FeatureCollection', features: [] }
	});
	const map = new ParleyMap({
		container: opts.container,
		style,
		center: opts.camera.center,
		zoom: opts.camera.zoom,
		bearing: opts.camera.bearing ?? 0,
		pitch: opts.camera.pitch ?? 0,
		pixelRatio: opts.pixelRatio,
		attributionControl: false,
		maxPitch: 60,
		// Labels appear and go at once: a fade is a run of whole-map redraws, which on a machine
		// without a GPU costs more (first idle, the labels' re-placement after a year change) than
		// it gives.
		fadeDuration: 0,
		// MapLibre redraws synchronously inside its ResizeObserver, i.e. inside the very frame
		// that shows the excerpt panel: resized from our own observer, after that frame.
		trackResize: false
	});
	map.addControl(
		new AttributionControl({ compact: true, customAttribution: opts.attribution }),
		'bottom-right'
	);
	map.addControl(new NavigationControl({ showCompass: true }), 'top-right');
	map.addImage(IMAGES.arrow, arrowImage(), { sdf: true, pixelRatio: 2 });
	return map;
}
