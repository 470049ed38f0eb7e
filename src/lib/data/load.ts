/**
 * Fetches and checks the data the app draws. Places and links (map data: the places' points, the
 * links' two ends, counts) are needed before the first frame; the article text with the mentions and link evidence in it
 * (articles.json, reading data) is fetched only when an excerpt, the reader or the tour needs it, or
 * once the map is idle, by load-articles.ts, which is loaded then too (with the articles' schema).
 * Every failure becomes a DataLoadError whose message says which file and what went wrong.
 *
 * The ingest checked every link and article as it wrote them: the app checks each file's top level
 * (links.geojson's `format` first, so a file of another version is rejected with what to do) and a
 * sample of its links and articles (`checkLinks`, `checkArticlesFile` in schema.ts); places whole.
 *
 * The three files are one ingest run's output, and each names its run (`generation`). Files of
 * two runs side by side are not an error that stops the app: the map draws, and the page says
 * plainly what happened and what to do (`mixedRunsMessage`).
 */
import { fanOut } from './link-arcs';
import {
	checkLinks,
	generationOf,
	validatePlaces,
	type LinksCollection,
	type PlacesCollection
} from './schema';

export const DATA_FILES = {
	places: '/data/places.geojson',
	links: '/data/links.geojson',
	articles: '/data/articles.json',
	/** The corrections the data was built with (fetched only by the "Correct this" form). */
	corrections: '/data/corrections.json',
	/** Names to search for (fetched with the search code, when the search box is first focused). */
	search: '/data/search.json'
} as const;

export class DataLoadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DataLoadError';
	}
}

type Fetch = typeof fetch;
/** Turns a path under static/ into the URL to fetch (the app's base path applied). */
export type Resolve = (path: string) => string;

/** How long a data request may go unanswered before it is tried again, then given up. */
export const ANSWER_TIMEOUT_MS = 8000;

/**
 * The response, or a DataLoadError: a request with no answer within ANSWER_TIMEOUT_MS is tried
 * once more, so a hanging server ends in a message, never in a page that waits forever. (The
 * body may still take long to arrive: a large file on a slow link is not cut off.)
 */
async function fetchAnswered(
	fetchFn: Fetch,
	url: string,
	name: string,
	timeoutMs: number
): Promise<Response> {
	for (let attempt = 1; ; attempt++) {
		const abort = new AbortController();
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			abort.abort();
		}, timeoutMs);
		try {
			return await fetchFn(url, { signal: abort.signal });
		} catch (e) {
			if (attempt < 2) continue;
			const why = timedOut
				? `no answer within ${Math.round(timeoutMs / 1000)} s (tried twice)`
				: e instanceof Error
					? e.message
					: String(e);
			throw new DataLoadError(`Could not load ${name}: ${why}`);
		} finally {
			clearTimeout(timer);
		}
	}
}

/** The parsed JSON of a data file, or a DataLoadError naming it. */
export async function fetchJson(
	fetchFn: Fetch,
	url: string,
	name: string,
	timeoutMs = ANSWER_TIMEOUT_MS
): Promise<unknown> {
	const res = await fetchAnswered(fetchFn, url, name, timeoutMs);
	if (!res.ok) {
		const hint = res.status === 404 ? ' (has the data been built? run `npm run ingest`)' : '';
		throw new DataLoadError(`Could not load ${name}: HTTP ${res.status}${hint}`);
	}
	try {
		return await res.json();
	} catch {
		throw new DataLoadError(`${name} is not valid JSON`);
	}
}

/** The value `validate` returns, or a DataLoadError saying what does not follow the schema. */
export function checked<T>(validate: () => T): T {
	try {
		return validate();
	} catch (e) {
		throw new DataLoadError(
			`The data does not follow the schema: ${e instanceof Error ? e.message : String(e)}`
		);
	}
}

export interface MapData {
	places: PlacesCollection;
	/** The links that took place (`status: held`): what the map, the list and the tour show. */
	links: LinksCollection;
	/** Planned, cancelled, refused and denied links, kept apart (not drawn as events that happened). */
	notHeld: LinksCollection;
	/** The ingest run places.geojson came from: articles.json must come from the same one. */
	generation: string;
	/** Said to the user when places.geojson and links.geojson come from two runs (null: one). */
	mixed: string | null;
}

/**
 * What the app says when two data files come from different ingest runs (an ingest killed between
 * its renames, a file copied by hand, a cache holding an older file): plainly, with what to do.
 * The app goes on with what it has; the map still draws.
 */
export function mixedRunsMessage(
	a: { name: string; generation: string | null },
	b: { name: string; generation: string | null }
): string | null {
	if (a.generation === null || b.generation === null || a.generation === b.generation) return null;
	const what =
		a.name === 'articles.json' || b.name === 'articles.json'
			? 'The map data and the articles'
			: `The map's ${a.name} and ${b.name}`;
	return `${what} come from different ingest runs: run \`npm run ingest\` again and rebuild. Until then, what the panel quotes may not match the map.`;
}

/** Splits links into those that took place and the rest. */
export function splitByStatus(links: LinksCollection): Pick<MapData, 'links' | 'notHeld'> {
	const held: LinksCollection['features'] = [];
	const other: LinksCollection['features'] = [];
	for (const f of links.features) (f.properties.status === 'held' ? held : other).push(f);
	// Both halves keep the party names: either may be the one a view names parties from.
	const names = links.parties ? { parties: links.parties } : {};
	return {
		links: { type: 'FeatureCollection', ...names, features: held },
		notHeld: { type: 'FeatureCollection', ...names, features: other }
	};
}

/** The two halves of splitByStatus in one collection again (the map and the tour take both). */
export function joinLinks(held: LinksCollection, notHeld?: LinksCollection): LinksCollection {
	if (!notHeld?.features.length) return held;
	const parties =
		held.parties || notHeld.parties ? { ...notHeld.parties, ...held.parties } : undefined;
	return {
		type: 'FeatureCollection',
		...(parties ? { parties } : {}),
		features: [...held.features, ...notHeld.features]
	};
}

export async function loadMapData(
	fetchFn: Fetch,
	resolve: Resolve = (p) => p,
	timeoutMs = ANSWER_TIMEOUT_MS
): Promise<MapData> {
	const [places, links] = await Promise.all([
		fetchJson(fetchFn, resolve(DATA_FILES.places), 'places.geojson', timeoutMs),
		fetchJson(fetchFn, resolve(DATA_FILES.links), 'links.geojson', timeoutMs)
	]);
	const generation = checked(() => generationOf(places, 'places.geojson'));
	const linksGeneration = checked(() => generationOf(links, 'links.geojson'));
	const all = checked(() => checkLinks(links));
	// Fan indexes count over the whole file, in its order: before the split by status.
	fanOut(all.features);
	return {
		places: checked(() => validatePlaces(places)),
		...splitByStatus(all),
		generation,
		mixed: mixedRunsMessage(
			{ name: 'places.geojson', generation },
			{ name: 'links.geojson', generation: linksGeneration }
		)
	};
}
