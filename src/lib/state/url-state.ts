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
 * Parsing never throws: a value that does not make sense is dropped, the rest is kept.
 * Whether a selected id exists is only known once data is loaded (see `knownSelection`).
 */
import { LINK_TYPES } from '$lib/data/schema';
import {
	DEFAULT_SHOWN,
	type Camera,
	type LinksShown,
	type Selection,
	type SelectionType,
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
	reader: null
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
		shown: {
			uncertain: params.get('uncertain') !== '0',
			notHeld: params.get('notheld') === '1',
			hiddenTypes: parseTypes(params.get('hide'))
		}
	};
}

/** "accusation,border": known link types, each once, sorted; anything else is dropped. */
function parseTypes(raw: string | null): string[] {
	if (!raw) return [];
	const known = new Set<string>(LINK_TYPES);
	return [...new Set(raw.split(',').filter((t) => known.has(t)))].sort();
}

function round(n: number, digits: number): string {
	return String(Number(n.toFixed(digits)));
}

/**
 * Writes the view into `base` (other parameters are kept, valueless flags such as `present` stay
 * valueless), returns the query string with `?`, or '' when there is nothing to say. The order of keys is fixed so equal views give equal URLs.
 */
export function serializeUrlState(state: UrlState, base?: URLSearchParams): string {
	const params = new URLSearchParams(base);
	for (const key of ['y', 'cum', 'sel', 'cam', 'uncertain', 'notheld', 'hide', 'read'])
		params.delete(key);
	if (state.years) {
		const { from, to } = state.years;
		params.set('y', from === to ? String(from) : `${from}-${to}`);
		if (state.cumulative) params.set('cum', '1');
	}
	if (state.selection) params.set('sel', `${state.selection.type}:${state.selection.id}`);
	if (state.reader) params.set('read', `${state.reader.article}.${state.reader.paragraph}`);
	if (!state.shown.uncertain) params.set('uncertain', '0');
	if (state.shown.notHeld) params.set('notheld', '1');
	if (state.shown.hiddenTypes.length)
		params.set('hide', [...state.shown.hiddenTypes].sort().join(','));
	if (state.camera) {
		const { center, zoom } = state.camera;
		params.set('cam', `${round(center[0], 4)},${round(center[1], 4)},${round(zoom, 2)}`);
	}
	const s = params
		.toString()
		.replace(/%3A/gi, ':')
		.replace(/%2C/gi, ',')
		.replace(/%7E/gi, '~')
		// URLSearchParams writes a valueless flag (`?present&stop=2`) as `present=`: keep it bare.
		.replace(/(^|&)([^=&]+)=(?=&|$)/g, '$1$2');
	return s ? `?${s}` : '';
}

/**
 * Whether going from the address `before` to `after` is a step a person takes back with the
 * browser's Back button: another selection, or the reader opened or closed. Camera moves, years
 * and the legend's choices are not (they replace the current entry).
 */
export function isHistoryStep(before: URLSearchParams, after: URLSearchParams): boolean {
	return before.get('sel') !== after.get('sel') || before.get('read') !== after.get('read');
}

/** The selection if its id exists in the loaded data, else null (an unknown id in a URL is ignored). */
export function knownSelection(
	selection: Selection,
	has: (type: SelectionType, id: string) => boolean
): Selection {
	return selection && has(selection.type, selection.id) ? selection : null;
}
