/**
 * Pure functions from loaded data to what the timeline, list and map labels show (the excerpts
 * the panel and reader quote are in excerpts.ts, loaded with them; search: search.ts). No Svelte,
 * no DOM: unit-tested in tests/unit/selectors.test.ts.
 *
 * Year rules (the same as the map's): a place's mentions count in the year their article was
 * published; a link counts in its own `year`; undated items count only when no range is set.
 */
import type { Article, LinksCollection, PlaceProperties, PlacesCollection } from './schema';
import type { YearRange } from '../state/types';

/** Publication year of an article, or null when undated. */
export function articleYear(article: Pick<Article, 'published'>): number | null {
	const y = article.published ? Number(article.published.slice(0, 4)) : NaN;
	return Number.isInteger(y) ? y : null;
}

/** Whether an item of this year is shown under the range (undated only with no range). */
export function inYears(year: number | null, range: YearRange | null): boolean {
	if (range === null) return true;
	return year !== null && year >= range.from && year <= range.to;
}

/** Links dated more than this many years before the first article are background, not timeline. */
const CONTEXT_YEARS = 5;

/**
 * The years the timeline spans: from the first article's year (or an event up to CONTEXT_YEARS
 * before it) to the last article or event. Events long before the reporting (a 1979 invasion
 * recalled in a 2021 piece) fall outside it and show, like undated items, under "all years" only.
 * Article years come from the places' `mentionsByYear`. Null when nothing is dated.
 */
export function yearDomain(
	places: PlacesCollection,
	links: LinksCollection
): { min: number; max: number } | null {
	// Loops, not Math.min(...years): a spread of a few hundred thousand link years overflows the stack.
	let firstArticle = Infinity;
	let lastArticle = -Infinity;
	for (const p of places.features)
		for (const k of Object.keys(p.properties.mentionsByYear)) {
			const y = Number(k);
			if (!Number.isInteger(y)) continue;
			if (y < firstArticle) firstArticle = y;
			if (y > lastArticle) lastArticle = y;
		}
	const floor = firstArticle === Infinity ? -Infinity : firstArticle - CONTEXT_YEARS;
	let min = firstArticle;
	let max = lastArticle;
	for (const l of links.features) {
		const y = l.properties.year;
		if (y === null || !Number.isInteger(y) || y < floor) continue;
		if (y < min) min = y;
		if (y > max) max = y;
	}
	return min === Infinity ? null : { min, max };
}

/** Number of links per year over the domain (every year present, zeros included), and those outside it. */
export function linksPerYear(
	links: LinksCollection,
	domain: { min: number; max: number }
): { years: Array<{ year: number; count: number }>; earlier: number; undated: number } {
	const counts = new Map<number, number>();
	let undated = 0;
	let earlier = 0;
	for (const l of links.features) {
		const y = l.properties.year;
		if (y === null) undated++;
		else if (y < domain.min) earlier++;
		else counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	const years = [];
	for (let y = domain.min; y <= domain.max; y++) years.push({ year: y, count: counts.get(y) ?? 0 });
	return { years, earlier, undated };
}

/** A place's mentions per year (null: undated), read once per place. */
const yearCounts = new WeakMap<PlaceProperties, { years: (number | null)[]; counts: number[] }>();

/** Mentions of a place under the range (from `mentionsByYear`); null = all years, undated included. */
export function mentionCount(place: PlaceProperties, range: YearRange | null): number {
	// A year change counts every place again: no entries array or string parse per call.
	let parsed = yearCounts.get(place);
	if (!parsed) {
		const entries = Object.entries(place.mentionsByYear);
		parsed = {
			years: entries.map(([k]) => (k === 'undated' ? null : Number(k))),
			counts: entries.map(([, v]) => v)
		};
		yearCounts.set(place, parsed);
	}
	const { years, counts } = parsed;
	let n = 0;
	for (let i = 0; i < years.length; i++) if (inYears(years[i]!, range)) n += counts[i]!;
	return n;
}

/** The platform's English region names, made on first use (creating them costs ~30 ms at load). */
let regionNames: Intl.DisplayNames | null | undefined;
// Intl lookups are slow next to a Map, and a large corpus names the same parties thousands of times.
const isoNames = new Map<string, string | null>();

/** The standard English name of an ISO 3166 code (`RU` → Russia), or null when the platform has none. */
function isoRegionName(code: string): string | null {
	const upper = code.toUpperCase();
	const known = isoNames.get(upper);
	if (known !== undefined) return known;
	if (regionNames === undefined) {
		try {
			regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
		} catch {
			regionNames = null;
		}
	}
	let name: string | null = null;
	try {
		name = regionNames?.of(upper) ?? null;
	} catch {
		// Not a well-formed region code.
	}
	isoNames.set(upper, name);
	return name;
}

const countryNames = new WeakMap<PlacesCollection, Map<string, string>>();

/** Country place names by ISO code (worked out once per places collection). */
function countryNamesOf(places: PlacesCollection): Map<string, string> {
	let names = countryNames.get(places);
	if (!names) {
		names = new Map();
		for (const f of places.features)
			if (f.properties.kind === 'country' && f.properties.country)
				names.set(f.properties.country, f.properties.name);
		countryNames.set(places, names);
	}
	return names;
}

/**
 * The name every view shows for a party id: the one ingest wrote for it (links.geojson
 * `parties`: an actor's short name, a country's name); for data written before that, the
 * country place's name, the standard English name of an ISO code, or a tidy form of an actor id.
 */
export function partyName(id: string, places?: PlacesCollection, links?: LinksCollection): string {
	const written = links?.parties?.[id];
	if (written) return written;
	if (/^[A-Za-z]{2}$/.test(id)) {
		const code = id.toUpperCase();
		return (places && countryNamesOf(places).get(code)) ?? isoRegionName(code) ?? code;
	}
	return actorLabel(id);
}

/**
 * A readable name for an actor id: short ids are acronyms (`ttp` → TTP, `saarc` → SAARC), longer
 * ones words (`haqqani-network` → Haqqani Network).
 */
function actorLabel(id: string): string {
	if (id.length <= 5 && !id.includes('-')) return id.toUpperCase();
	return id
		.split(/[-_]/)
		.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		.join(' ');
}

/** `2017–2019`, `2017`, or `all years`. */
export function formatRange(range: YearRange | null): string {
	if (!range) return 'all years';
	return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
