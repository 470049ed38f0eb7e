/** The links of a view as CSV and GeoJSON files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell, linksCsv, linksGeoJson } from '$lib/data/export-links';
import { arcOf, fanOut } from '$lib/data/link-arcs';
import { validateLinks, type LinkFeature } from '$lib/data/schema';

const links = validateLinks(
	JSON.parse(readFileSync(new URL('../../static/data/links.geojson', import.meta.url), 'utf8'))
);
const names = { party: (id: string) => `party ${id}`, place: (id: string) => `place ${id}` };

/** A small RFC 4180 reader, enough to read back what linksCsv writes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	return rows;
}

describe('csvCell', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('Kabul, Afghanistan')).toBe('"Kabul, Afghanistan"');
		expect(csvCell('the "Moscow format"')).toBe('"the ""Moscow format"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(0.75)).toBe('0.75');
		expect(csvCell(null)).toBe('');
	});

	it('defuses a cell a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell(-3)).toBe('-3');
	});
});

describe('linksCsv', () => {
	it('one row per link under a header, read back as written', () => {
		const props = links.features.map((f) => f.properties);
		const rows = parseCsv(linksCsv(props, names));
		expect(rows[0]).toContain('from_name');
		expect(rows).toHaveLength(props.length + 1);
		const header = rows[0]!;
		const first = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
		expect(first.id).toBe(props[0]!.id);
		expect(first.from_name).toBe(`party ${props[0]!.from}`);
		expect(first.parties).toBe(props[0]!.parties.join(';'));
		expect(Number(first.confidence)).toBe(props[0]!.confidence);
	});
});

describe('linksGeoJson', () => {
	it('a FeatureCollection of the links given, properties kept, each with its arc as drawn', () => {
		fanOut(links.features);
		const some = links.features.slice(0, 3);
		const back = JSON.parse(linksGeoJson(some));
		expect(back.type).toBe('FeatureCollection');
		expect(back.features.map((f: LinkFeature) => f.properties)).toEqual(
			some.map((f) => f.properties)
		);
		expect(back.features.map((f: LinkFeature) => f.geometry.coordinates)).toEqual(some.map(arcOf));
		expect(back.features[0].geometry.coordinates.length).toBeGreaterThan(2);
	});
});
