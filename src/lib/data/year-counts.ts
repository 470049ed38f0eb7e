/**
 * Links counted per year, type and certainty, once per links array: the counts a year change
 * shows (the legend's per type, the timeline's total) are sums over the few years and types in
 * the range, not a pass over every link (46,566 at 10,000 articles) at each step of the slider.
 */
import { certaintyOf, type Certainty } from './certainty';
import type { LinkFeature } from './schema';
import { inYears } from './selectors';
import type { YearRange } from '../state/types';

/** Per year (null: undated), per type, the links of each certainty. */
type YearCounts = Map<number | null, Map<string, Record<Certainty, number>>>;

const cache = new WeakMap<readonly LinkFeature[], YearCounts>();

function yearCounts(links: readonly LinkFeature[]): YearCounts {
	let counts = cache.get(links);
	if (!counts) {
		counts = new Map();
		for (const f of links) {
			const l = f.properties;
			let types = counts.get(l.year);
			if (!types) counts.set(l.year, (types = new Map()));
			let byCertainty = types.get(l.type);
			if (!byCertainty) types.set(l.type, (byCertainty = { certain: 0, uncertain: 0, notHeld: 0 }));
			byCertainty[certaintyOf(l)]++;
		}
		cache.set(links, counts);
	}
	return counts;
}

/**
 * The links in the range (null: all years, undated included) of each type, counting only the
 * certainties `keep` accepts: what a scan with `inYears` and the certainty would count.
 */
export function linksPerTypeInYears(
	links: readonly LinkFeature[],
	range: YearRange | null,
	keep: (c: Certainty) => boolean = () => true
): Map<string, number> {
	const out = new Map<string, number>();
	for (const [year, types] of yearCounts(links)) {
		if (!inYears(year, range)) continue;
		for (const [type, byCertainty] of types) {
			let n = 0;
			for (const c of ['certain', 'uncertain', 'notHeld'] as const)
				if (keep(c)) n += byCertainty[c];
			if (n > 0) out.set(type, (out.get(type) ?? 0) + n);
		}
	}
	return out;
}

/** How many links fall in the range (null: all of them). */
export function linkCountInYears(links: readonly LinkFeature[], range: YearRange | null): number {
	let n = 0;
	for (const count of linksPerTypeInYears(links, range).values()) n += count;
	return n;
}
