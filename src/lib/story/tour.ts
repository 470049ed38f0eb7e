/**
 * The default tour, generated from the data: a title stop, then one stop per diplomatic link in
 * chronological order (partial dates sort at the start of their month or year; undated links go
 * last, or are dropped). Each stop frames the arc's own coordinates plus the venue, sets the year
 * range to the link's year, focuses the link and its places, and captions the evidence sentence.
 *
 * The evidence sentence, its article (caption source) and paragraph (speaker notes) come from
 * articles.json, which the app loads lazily: a stop is built from links.geojson alone, and
 * `withArticles` fills those in later without changing anything else.
 * Pure functions only; no DOM, no MapLibre.
 */
import { arcOf } from '$lib/data/link-arcs';
import { evidenceOf, type ReadingIndex } from '$lib/data/reading';
import type { LinkFeature, LinksCollection, PlacesCollection } from '$lib/data/schema';
import { LINK_TYPE_LABELS } from '$lib/config/tokens';
import { formatDate } from '$lib/data/date-words';
import { partyName } from '$lib/data/selectors';
import { UNCERTAIN_BELOW, isDateInferred } from '$lib/data/certainty';
import { STATUS_WORDS } from '$lib/data/certainty-words';
import { applyCuration, type Curation } from './curation';
import { DEFAULT_MAX_ZOOM } from './tour-camera';
import type { Bounds, StopCamera, TourStop } from './types';
import { linkEnds } from '$lib/data/link-ends';

export interface BuildTourOptions {
	/** Heading of the title stop (default: "Diplomatic events, FIRST–LAST"). */
	title?: string;
	/** Start with a title stop framing every link (default true). */
	titleStop?: boolean;
	/** Where undated links go: after the dated ones (default) or nowhere. */
	undated?: 'end' | 'drop';
	/** Zoom cap when framing a stop's bounds (default 6). */
	maxZoom?: number;
	/** Receives curation problems that are not fatal (an id the data no longer has). */
	onwarning?: (message: string) => void;
	/** Links under this confidence are left out unless curated in (default UNCERTAIN_BELOW). */
	threshold?: number;
}

const TITLE_STOP_ID = 'title';

/** Sort key of a partial date: missing month/day sort first within their year/month. */
export function dateSortKey(date: string | null, year: number | null): string | null {
	if (date && /^\d{4}/.test(date)) {
		const [y, m = '00', d = '00'] = date.split('-');
		return `${y}-${m}-${d}`;
	}
	return year === null ? null : `${String(year).padStart(4, '0')}-00-00`;
}

/** "17 September 2021", "September 2021", "2021", or "" for null. */
function formatPartialDate(date: string | null): string {
	return date ? formatDate(date) : '';
}

/** Smallest bounds holding every coordinate; null for none. Longitudes are kept as given. */
export function boundsOf(coords: ReadonlyArray<readonly number[]>): Bounds | null {
	return boundsOfLines([coords]);
}

/** Smallest bounds holding every coordinate of every line (no concatenated copy is made). */
function boundsOfLines(lines: Iterable<ReadonlyArray<readonly number[]>>): Bounds | null {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const coords of lines)
		for (const c of coords) {
			const [lng, lat] = c;
			if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat))
				continue;
			if (lng < w) w = lng;
			if (lng > e) e = lng;
			if (lat < s) s = lat;
			if (lat > n) n = lat;
		}
	return w === Infinity ? null : [w, s, e, n];
}

/** At most this many other parties are named in a heading; the rest are counted. */
const MAX_OTHERS = 3;

function linkHeading(
	link: LinkFeature['properties'],
	name: (party: string) => string,
	venue: string | null
): string {
	const others = link.parties.filter((p) => p !== link.from && p !== link.to).map(name);
	const named =
		others.length > MAX_OTHERS
			? `${others.slice(0, MAX_OTHERS).join(', ')} and ${others.length - MAX_OTHERS} more`
			: others.join(', ');
	const who = `${linkEnds(link, name)}${named ? ` (with ${named})` : ''}`;
	const parts = [LINK_TYPE_LABELS[link.type] ?? link.type, who];
	if (venue) parts.push(venue);
	const when = formatPartialDate(link.date) || (link.year !== null ? String(link.year) : '');
	if (when) parts.push(when);
	return parts.join(' · ');
}

/** Why the generated tour leaves a link out, or null when it keeps it. */
function leftOutBecause(link: LinkFeature['properties'], threshold: number): string | null {
	if (link.status !== 'held') return STATUS_WORDS[link.status];
	if (!link.corrected && link.confidence < threshold)
		return `uncertain: confidence ${Math.round(link.confidence * 100)} %`;
	// As the map draws it (dashed): a tour in the order events happened needs their dates.
	if (isDateInferred(link)) return 'uncertain: date inferred';
	return null;
}

function leftOutSummary(left: { uncertain: number; notHeld: number }, threshold: number): string[] {
	if (left.uncertain + left.notHeld === 0) return [];
	const parts: string[] = [];
	if (left.uncertain)
		parts.push(
			`${left.uncertain} uncertain event${left.uncertain === 1 ? '' : 's'} (confidence under ${Math.round(threshold * 100)} %, or a date inferred)`
		);
	if (left.notHeld)
		parts.push(
			`${left.notHeld} event${left.notHeld === 1 ? '' : 's'} that did not take place (planned, called off, refused or denied)`
		);
	return [
		`Left out of this tour: ${parts.join(' and ')}. Each is named on the stop it would have come before; tour.json's "include" brings one back.`
	];
}

function venueName(link: LinkFeature['properties'], names: ReadonlyMap<string, string>) {
	return link.place ? (names.get(link.place) ?? null) : null;
}

function eventStop(
	feature: LinkFeature,
	placeCoords: ReadonlyMap<string, [number, number]>,
	names: ReadonlyMap<string, string>,
	party: (id: string) => string,
	maxZoom: number
): TourStop {
	const link = feature.properties;
	const venueCoords = link.place ? placeCoords.get(link.place) : undefined;
	const bounds = boundsOfLines(venueCoords ? [arcOf(feature), [venueCoords]] : [arcOf(feature)]);
	const camera: StopCamera = bounds ? { bounds, maxZoom } : { center: [0, 20], zoom: 1 };
	const places = new Set<string>();
	if (link.place) places.add(link.place);
	for (const p of link.parties) {
		const id = `country-${p.toLowerCase()}`;
		if (names.has(id)) places.add(id);
	}
	const year = link.year ?? (link.date ? Number(link.date.slice(0, 4)) : null);
	return {
		id: link.id,
		kind: 'event',
		camera,
		years: year !== null && Number.isInteger(year) ? { from: year, to: year } : null,
		focus: { link: link.id, places: [...places] },
		caption: {
			heading: linkHeading(link, party, venueName(link, names)),
			text: '',
			articleId: null,
			paragraph: null,
			source: null,
			quotes: link.id
		},
		notes: null
	};
}

/**
 * The links in the order they happened (partial dates at the start of their month or year, equal
 * dates in file order), the undated ones after them or dropped; and the years of the dated ones.
 */
function chronologicalLinks(
	links: LinksCollection,
	undated: 'end' | 'drop'
): { chronological: LinkFeature[]; years: number[] } {
	const keyed = links.features.map((f, i) => ({
		f,
		i,
		key: dateSortKey(f.properties.date, f.properties.year)
	}));
	const dated = keyed
		.filter((k) => k.key !== null)
		.sort((a, b) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : a.i - b.i));
	const last = undated === 'drop' ? [] : keyed.filter((k) => k.key === null);
	return {
		chronological: [...dated, ...last].map((k) => k.f),
		years: dated.map((k) => Number(k.key!.slice(0, 4)))
	};
}

/** The title stop: every event of the tour framed, the span of the dated links' years. */
function titleStop(
	ordered: LinkFeature[],
	years: number[],
	title: string | undefined,
	skipped: TourStop['skipped']
): TourStop {
	const all = boundsOfLines(ordered.map(arcOf));
	const first = years.length ? Math.min(...years) : null;
	const last = years.length ? Math.max(...years) : null;
	const span = first === null ? '' : first === last ? `${first}` : `${first}–${last}`;
	return {
		id: TITLE_STOP_ID,
		kind: 'title',
		camera: all ? { bounds: all, maxZoom: 4 } : { center: [67, 33], zoom: 3 },
		years: null,
		focus: { link: null, places: [] },
		caption: {
			heading: title ?? `Diplomatic events${span ? `, ${span}` : ''}`,
			text: `${ordered.length} events, in the order they happened.`,
			articleId: null,
			paragraph: null,
			source: null
		},
		notes: null,
		skipped
	};
}

/** Generates the tour; applies a curation when given; fills captions when the reading data is given. */
export function buildTour(
	places: PlacesCollection,
	links: LinksCollection,
	reading?: ReadingIndex | null,
	curation?: Curation | null,
	options: BuildTourOptions = {}
): TourStop[] {
	const maxZoom = options.maxZoom ?? DEFAULT_MAX_ZOOM;
	const party = (id: string) => partyName(id, places, links);
	const names = new Map<string, string>();
	const placeCoords = new Map<string, [number, number]>();
	for (const f of places.features) {
		names.set(f.properties.id, f.properties.name);
		const [lng, lat] = f.geometry.coordinates;
		if (lng !== undefined && lat !== undefined) placeCoords.set(f.properties.id, [lng, lat]);
	}

	const { chronological, years } = chronologicalLinks(links, options.undated ?? 'end');

	// Uncertain and not-held events are left out unless curated in; the speaker is told which, on
	// the stop each would have come before (or the last stop).
	const threshold = options.threshold ?? UNCERTAIN_BELOW;
	const included = new Set(curation?.include ?? []);
	const ordered: LinkFeature[] = [];
	const stops: TourStop[] = [];
	let pending: string[] = [];
	const left = { uncertain: 0, notHeld: 0 };
	for (const f of chronological) {
		const why = leftOutBecause(f.properties, threshold);
		if (why && !included.has(f.properties.id)) {
			pending.push(`${linkHeading(f.properties, party, venueName(f.properties, names))} (${why})`);
			if (f.properties.status === 'held') left.uncertain++;
			else left.notHeld++;
			continue;
		}
		const stop = eventStop(f, placeCoords, names, party, maxZoom);
		if (pending.length) stop.skipped = pending.map((l) => `Left out before this stop: ${l}`);
		pending = [];
		ordered.push(f);
		stops.push(stop);
	}
	const last = stops.at(-1);
	if (pending.length && last)
		last.skipped = [
			...(last.skipped ?? []),
			...pending.map((l) => `Left out after this stop: ${l}`)
		];

	if (options.titleStop !== false)
		stops.unshift(titleStop(ordered, years, options.title, leftOutSummary(left, threshold)));
	(curation?.include ?? []).forEach((id, i) => {
		if (!links.features.some((f) => f.properties.id === id))
			options.onwarning?.(`tour.json.include[${i}]: no link has id "${id}"`);
	});

	const curated = curation
		? applyCuration(stops, curation, { onwarning: options.onwarning })
		: stops;
	return reading ? withArticles(curated, reading) : curated;
}

/**
 * Fills what comes from the article text: an event caption's evidence sentence (the link's first;
 * a curated text is kept), its source and, where no notes were curated, the evidence's paragraph
 * as notes. Returns the same array when nothing changes; only changed stops are new objects.
 */
export function withArticles(stops: TourStop[], reading: ReadingIndex): TourStop[] {
	let changed = false;
	const out = stops.map((stop) => {
		if (stop.caption.source) return stop;
		const evidence = stop.caption.quotes ? evidenceOf(reading, stop.caption.quotes)[0] : undefined;
		const id = evidence?.article ?? stop.caption.articleId;
		const article = id ? reading.articles.get(id) : undefined;
		if (!article) return stop;
		changed = true;
		const index = evidence ? evidence.paragraph : stop.caption.paragraph;
		const paragraph = index !== null ? article.paragraphs[index] : undefined;
		return {
			...stop,
			caption: {
				...stop.caption,
				text: stop.caption.text || evidence?.sentence || '',
				articleId: article.id,
				paragraph: index,
				source: {
					articleId: article.id,
					title: article.title,
					outlet: article.outlet,
					date: article.published
				}
			},
			notes: stop.notes ?? paragraph ?? null
		};
	});
	return changed ? out : stops;
}

/** "Title — Outlet, 17 September 2021" (parts omitted when unknown). */
export function formatSource(source: TourStop['caption']['source']): string {
	if (!source) return '';
	const tail = [source.outlet, formatPartialDate(source.date)].filter(Boolean).join(', ');
	return tail ? `${source.title} — ${tail}` : source.title;
}
