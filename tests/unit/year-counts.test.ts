/**
 * The legend's and the timeline's counts come from links counted once per year, type and
 * certainty (year-counts.ts): they must be what a scan of every link gives, for every range and
 * certainty choice, on the bundled corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certaintyOf, isShown, type Certainty } from '$lib/data/certainty';
import { validateLinks, type LinkFeature } from '$lib/data/schema';
import { inYears } from '$lib/data/selectors';
import { linkCountInYears, linksPerTypeInYears } from '$lib/data/year-counts';
import type { LinksShown, YearRange } from '$lib/state/types';

const links = validateLinks(
	JSON.parse(readFileSync(new URL('../../static/data/links.geojson', import.meta.url), 'utf8'))
).features;

function scan(
	all: readonly LinkFeature[],
	range: YearRange | null,
	keep: (c: Certainty) => boolean
) {
	const n = new Map<string, number>();
	for (const { properties: l } of all)
		if (inYears(l.year, range) && keep(certaintyOf(l))) n.set(l.type, (n.get(l.type) ?? 0) + 1);
	return n;
}

const years = links.map((f) => f.properties.year).filter((y): y is number => y !== null);
const [min, max] = [Math.min(...years), Math.max(...years)];
const RANGES: (YearRange | null)[] = [
	null,
	{ from: min, to: max },
	{ from: min, to: min },
	{ from: max, to: max },
	{ from: min + 1, to: max - 1 },
	{ from: max + 1, to: max + 5 }
];
const CHOICES: Omit<LinksShown, 'hiddenTypes'>[] = [
	{ uncertain: true, notHeld: true },
	{ uncertain: false, notHeld: false },
	{ uncertain: true, notHeld: false },
	{ uncertain: false, notHeld: true }
];

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b));

describe('links counted per year', () => {
	it('count each type in a range as a scan of every link does, whatever certainties are shown', () => {
		let some = 0;
		for (const range of RANGES)
			for (const choice of CHOICES) {
				const shown = { ...choice, hiddenTypes: [] };
				const keep = (c: Certainty) => isShown(c, shown);
				const counted = linksPerTypeInYears(links, range, keep);
				expect(sorted(counted)).toEqual(sorted(scan(links, range, keep)));
				some += counted.size;
			}
		expect(some).toBeGreaterThan(0);
	});

	it('count the links in a range as filtering them does', () => {
		for (const range of RANGES)
			expect(linkCountInYears(links, range)).toBe(
				links.filter((f) => inYears(f.properties.year, range)).length
			);
		expect(linkCountInYears(links, null)).toBe(links.length);
	});
});
