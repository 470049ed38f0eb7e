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

/** The most flows the flows source holds at once: those drawn and some likely next (heldFlows). */
export const FLOWS_HELD = 4 * FLOW_LIMIT;

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

/**
 * What the flows source should hold for the flows to draw (`top`), or null when what it holds
 * (`held`) already has them. At first, those to draw and no more (the first frame waits for no
 * other); when a year step brings one it lacks, those to draw, those held before and the largest of
 * all years, up to `max`: the next steps are likely to draw them. Flows held but not drawn are
 * hidden by their feature-state. Replacing the source cost 0.3–0.6 s of main thread at 10,000
 * articles, and a year step brought a few flows new to the top at almost every step; holding up to
 * 600 of 8,000 flows, stepping through the years replaced it once (8 steps measured).
 */
export function heldFlows(
	top: ReadonlySet<string>,
	held: ReadonlySet<string> | null,
	flows: readonly { id: string; links: readonly string[] }[],
	max: number
): Set<string> | null {
	if (held && [...top].every((id) => held.has(id))) return null;
	const next = new Set(top);
	if (!held) return next;
	const largest = topFlows(new Map(flows.map((f) => [f.id, f.links.length])), max);
	for (const id of [...held, ...largest]) if (next.size < max) next.add(id);
	return next;
}
