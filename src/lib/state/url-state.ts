/**
 * The shareable part of the view, as query parameters:
 *   ?y=2017 | ?y=2017-2019   year or inclusive range (absent = all years)
 *   &cum=1                   cumulative: from the first year up to the chosen one
 *   &sel=place:city-dushanbe | &sel=link:<id> | &sel=party:taliban (a party id of links.geojson)
 *   | &sel=pair:AF~PK (two party ids, sorted)
 *   &cam=lng,lat,zoom        camera
 *   &uncertain=0             uncertain events hidden (shown, dashed, by default)
 *   &notheld=1               planned, cancelled, refused and denied events shown (hidden by default)
 *   &hide=accusation,border  link types switched off in the legend (known types only, sorted)
 *   &read=<article id>.<n>   the article reader open on paragraph n
 *   &theme=dark              the theme chosen (light, dark or projector; absent = the viewer's own,
 *                            kept from their last visit or their system's); wins over the kept one
 * Parsing never throws: a value that does not make sense is dropped, the rest is kept.
 * Whether a selected id exists is only known once data is loaded (see `knownSelection`).
 */
import { THEME_NAMES } from '$lib/config/tokens';
import { LINK_TYPES } from '$lib/data/schema';
import {
	DEFAULT_SHOWN,
	type Camera,
	type LinksShown,
	type Selection,
	type SelectionType,
	type Theme,
	type YearRange
} from './types';

export interface UrlState {
	years: YearRange | null;
	cumulative: boolean;
	selection: Selection;
	camera: Camera | null;
	shown: LinksShown;
	/** The article open in the reader, and the paragraph it opened on. */
	reader: { article: string; paragraph: number } | null;
	/** The theme the sender chose; null leaves the viewer's own. */
	theme: Theme | null;
}

export interface YearDomain {
	min: number;
	max: number;
}

export const EMPTY_URL_STATE: UrlState = {
	years: null,
	cumulative: false,
	selection: null,
	camera: null,
	shown: DEFAULT_SHOWN,
	reader: null,
	theme: null
};

const YEAR_RE = /^(\d{4})(?:-(\d{4}))?$/;
const ID_RE = /^[\w.:-]{1,200}$/;
const PAIR_RE = /^[\w.-]{1,100}~[\w.-]{1,100}$/;
const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;

function parseYears(raw: string | null, domain?: YearDomain): YearRange | null {
	const m = raw?.trim().match(YEAR_RE);
	if (!m) return null;
	let from = Number(m[1]);
	let to = m[2] === undefined ? from : Number(m[2]);
	if (from > to) [from, to] = [to, from];
	if (domain) {
		// A range that misses the data entirely is ignored; one that overlaps it is clamped.
		if (to < domain.min || from > domain.max) return null;
		from = Math.max(from, domain.min);
		to = Math.min(to, domain.max);
	}
	return { from, to };
}

function parseSelection(raw: string | null): Selection {
	if (!raw) return null;
	const i = raw.indexOf(':');
	if (i < 0) return null;
	const type = raw.slice(0, i);
	const id = raw.slice(i + 1);
	if (type === 'pair') return PAIR_RE.test(id) ? { type, id } : null;
	if ((type !== 'place' && type !== 'link' && type !== 'party') || !ID_RE.test(id)) return null;
	return { type, id };
}

const READ_RE = /^([\w-]{1,200})(?:\.(\d{1,6}))?$/;

function parseReader(raw: string | null): { article: string; paragraph: number } | null {
	const m = raw?.match(READ_RE);
	return m ? { article: m[1]!, paragraph: m[2] === undefined ? 0 : Number(m[2]) } : null;
}

function parseCamera(raw: string | null): Camera | null {
	if (!raw) return null;
	const parts = raw.split(',');
	// Decimal numbers only: `Number` would read `0x10` as 16 and `1e1` as 10.
	if (parts.length !== 3 || !parts.every((p) => DECIMAL_RE.test(p.trim()))) return null;
	const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
	if (![lng, lat, zoom].every(Number.isFinite)) return null;
	if (lng < -180 || lng > 180 || lat < -85.06 || lat > 85.06 || zoom < 0 || zoom > 22) return null;
	return { center: [lng, lat], zoom };
}

/** Reads the view from a query string (with or without `?`). Unknown or bad values are ignored. */
export function parseUrlState(search: string | URLSearchParams, domain?: YearDomain): UrlState {
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return { ...EMPTY_URL_STATE };
	}
	const years = parseYears(params.get('y'), domain);
	return {
		years,
		cumulative: years !== null && params.get('cum') === '1',
		selection: parseSelection(params.get('sel')),
		camera: parseCamera(params.get('cam')),
		reader: parseReader(params.get('read')),
		theme: parseTheme(params.get('theme')),
		shown: {
			uncertain: params.get('uncertain') !== '0',
			notHeld: params.get('notheld') === '1',
			hiddenTypes: parseTypes(params.get('hide'))
		}
	};
}

function parseTheme(raw: string | null): Theme | null {
	return raw && (THEME_NAMES as readonly string[]).includes(raw) ? (raw as Theme) : null;
}

/** "accusation,border": known link types, each once, sorted; anything else is dropped. */
function parseTypes(raw: string | null): string[] {
	if (!raw) return [];
	const known = new Set<string>(LINK_TYPES);
	return [...new Set(raw.split(',').filter((t) => known.has(t)))].sort();
}

/** The selection if its id exists in the loaded data, else null (an unknown id in a URL is ignored). */
export function knownSelection(
	selection: Selection,
	has: (type: SelectionType, id: string) => boolean
): Selection {
	return selection && has(selection.type, selection.id) ? selection : null;
}
