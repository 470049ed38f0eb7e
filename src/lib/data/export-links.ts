/**
 * The links a view shows, as files other tools read: CSV (a spreadsheet, a notebook) and GeoJSON
 * (kepler.gl, QGIS), built from the same data the map draws. Party and venue names come from the
 * caller, so the files say what the list says.
 */
import { withArcs } from './link-arcs';
import type { LinkFeature, LinkProperties } from './schema';

const COLUMNS = [
	'id',
	'type',
	'status',
	'from',
	'to',
	'from_name',
	'to_name',
	'parties',
	'absent',
	'date',
	'year',
	'date_basis',
	'venue',
	'confidence',
	'articles',
	'corrected'
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: article-derived
 * names are untrusted.
 */
export function csvCell(value: string | number | boolean | null): string {
	if (value === null) return '';
	let s = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function linksCsv(
	links: readonly LinkProperties[],
	names: { party: (id: string) => string; place: (id: string) => string }
): string {
	const rows = links.map((l) =>
		[
			l.id,
			l.type,
			l.status,
			l.from,
			l.to,
			names.party(l.from),
			names.party(l.to),
			l.parties.join(';'),
			l.absent.join(';'),
			l.date,
			l.year,
			l.dateBasis,
			l.place ? names.place(l.place) : null,
			l.confidence,
			l.articles,
			l.corrected
		]
			.map(csvCell)
			.join(',')
	);
	return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The links as GeoJSON, each with its arc as drawn (links.geojson stores only the two ends). */
export function linksGeoJson(features: readonly LinkFeature[]): string {
	return JSON.stringify({ type: 'FeatureCollection', features: withArcs(features) });
}

/** Hands a text to the browser as a file download. */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
