/**
 * What the links source holds in a view (`drawnLinks`): every link zoomed in; at the overview only
 * the links of the flows a selection opens (`expandedFlows`), the flows standing for the rest.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { LinkFeature } from '$lib/data/schema';
import { linkSourceFeature, type MapLinkProps } from './prepare';
import type { MapView } from './year-states';

/** The flows drawn one link at a time at the overview: those holding a link of the selection. */
export function expandedFlows(view: MapView, flowOfLink: ReadonlyMap<string, string>): Set<string> {
	const expanded = new Set<string>();
	if (!view.events && view.focus)
		for (const id of view.focus) {
			const flow = flowOfLink.get(id);
			if (flow) expanded.add(flow);
		}
	return expanded;
}

/** Every link as the links source takes it, per links array (zooming in again reuses it). */
const allDrawn = new WeakMap<readonly LinkFeature[], FeatureCollection<LineString, MapLinkProps>>();

/**
 * What the links source holds in a view: every link past EVENTS_ZOOM; at the overview only the
 * links of the expanded flows (none with nothing selected), since the flows stand for the rest.
 * Lines the GPU must still draw cost every frame even when feature-state hides them: at 10,000
 * articles the hidden overview links made each frame of a click, a flight or a year change take
 * seconds without a GPU. `key` names the set, so the source is replaced only when it changes;
 * `data` makes the collection only when asked (a year step asks for the key alone), and only the
 * links it holds get an arc built (`linkSourceFeature`): the first frame, at the overview with
 * nothing selected, builds none.
 */
export function drawnLinks(
	links: readonly LinkFeature[],
	flowOfLink: ReadonlyMap<string, string>,
	view: MapView
): { key: string; data: () => FeatureCollection<LineString, MapLinkProps> } {
	if (view.events)
		return {
			key: '*',
			data: () => {
				let all = allDrawn.get(links);
				if (!all) {
					all = { type: 'FeatureCollection', features: links.map(linkSourceFeature) };
					allDrawn.set(links, all);
				}
				return all;
			}
		};
	const expanded = expandedFlows(view, flowOfLink);
	return {
		key: [...expanded].sort().join(),
		data: () => {
			// The expanded flows' links in the order of the corpus (the order the arcs are drawn in),
			// found from the flows rather than by going through every link.
			const byFlow = positionsByFlow(links, flowOfLink);
			const at = [...expanded].flatMap((flow) => byFlow.get(flow) ?? []).sort((x, y) => x - y);
			return { type: 'FeatureCollection', features: at.map((i) => linkSourceFeature(links[i]!)) };
		}
	};
}

const positions = new WeakMap<readonly LinkFeature[], Map<string, number[]>>();

/** Where each flow's links sit in the links array (worked out once per links array). */
export function positionsByFlow(
	links: readonly LinkFeature[],
	flowOfLink: ReadonlyMap<string, string>
): Map<string, number[]> {
	let index = positions.get(links);
	if (!index) {
		index = new Map();
		links.forEach((f, i) => {
			const flow = flowOfLink.get(f.properties.id);
			if (flow === undefined) return;
			const list = index!.get(flow);
			if (list) list.push(i);
			else index!.set(flow, [i]);
		});
		positions.set(links, index);
	}
	return index;
}
