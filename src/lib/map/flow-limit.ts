/**
 * The flows the overview draws when there are too many to read: the FLOW_LIMIT with the most
 * events shown, as flowmap.gl shows its top flows. A corpus of thousands of articles spread over
 * the world has thousands of pairs of parties, most with one event; drawn together they are a
 * hairball in which the main relationships are lost, and every one of them costs its arrowhead's
 * placement at each redraw. The others come back when the camera zooms in past EVENTS_ZOOM (every
 * event drawn) or a selection draws its own events; the legend says how many are left out.
 */

/** The most flows drawn at the overview. */
export const FLOW_LIMIT = 150;

/**
 * The most events a flow's width stands for (about 12 px, see flowWidthExpression): when the
 * largest flow drawn has more, every flow's width is scaled down by the same factor (its `weight`),
 * so that the largest are told apart instead of all drawn at the widest.
 */
export const WIDEST_COUNT = 40;

/**
 * The ids of the flows drawn: every one when there are `limit` or fewer, else the `limit` with the
 * largest counts, ties taken in id order so that a year step and a fresh count pick the same.
 * `counts` holds only flows with at least one event shown.
 */
export function topFlows(counts: ReadonlyMap<string, number>, limit: number): Set<string> {
	if (counts.size <= limit) return new Set(counts.keys());
	// The count of the last flow kept: counts are small integers, so tally them rather than sort.
	const flowsPerCount = new Map<number, number>();
	for (const n of counts.values()) flowsPerCount.set(n, (flowsPerCount.get(n) ?? 0) + 1);
	const desc = [...flowsPerCount.keys()].sort((a, b) => b - a);
	let above = 0;
	let threshold = 0;
	for (const n of desc) {
		const here = flowsPerCount.get(n)!;
		if (above + here >= limit) {
			threshold = n;
			break;
		}
		above += here;
	}
	const top = new Set<string>();
	const tied: string[] = [];
	for (const [id, n] of counts)
		if (n > threshold) top.add(id);
		else if (n === threshold) tied.push(id);
	tied.sort();
	for (const id of tied.slice(0, limit - above)) top.add(id);
	return top;
}

/**
 * The flows the overview draws (none zoomed in): those of the `limit` largest that hold a shown
 * event (`flowTypes`: its shown links counted by type) and are not drawn one link at a time, and
 * the factor of their widths (see WIDEST_COUNT).
 */
export function drawnFlows(
	flowTypes: ReadonlyMap<string, ReadonlyMap<string, number>>,
	events: boolean,
	expanded: ReadonlySet<string>,
	limit: number
): { top: Set<string>; of: number; factor: number } {
	if (events) return { top: new Set(), of: 0, factor: 1 };
	const counts = new Map<string, number>();
	for (const [flow, types] of flowTypes) {
		if (expanded.has(flow)) continue;
		let n = 0;
		for (const k of types.values()) n += k;
		counts.set(flow, n);
	}
	const top = topFlows(counts, limit);
	let most = 0;
	for (const id of top) most = Math.max(most, counts.get(id)!);
	return { top, of: counts.size, factor: most > WIDEST_COUNT ? WIDEST_COUNT / most : 1 };
}
