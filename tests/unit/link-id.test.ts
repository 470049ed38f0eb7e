import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkId, linkIdOf, linkKey } from '../../src/lib/data/link-id';
import { linkAsWritten, validateLinks, type LinkFeature } from '../../src/lib/data/schema';

const bundled = () =>
	JSON.parse(readFileSync(new URL('../../static/data/links.geojson', import.meta.url), 'utf8'));

describe('link ids derived from the link’s key', () => {
	it('hashes with 64-bit FNV-1a (its published test values), kept to 48 bits', () => {
		expect(linkId('')).toBe('link-cbf29ce48422');
		expect(linkId('a')).toBe('link-af63dc4c8601');
		expect(linkId('foobar')).toBe('link-85944171f739');
	});

	it('keys a link by type, its parties as a set, date, and status when it did not take place', () => {
		const visit = { type: 'visit', parties: ['PK', 'AF'], date: '2019-06-27' };
		expect(linkKey(visit)).toBe('visit|AF,PK|2019-06-27');
		expect(linkKey({ ...visit, parties: ['AF', 'PK', 'AF'], status: 'held' })).toBe(
			'visit|AF,PK|2019-06-27'
		);
		expect(linkKey({ ...visit, status: 'cancelled' })).toBe('visit|AF,PK|2019-06-27|cancelled');
		expect(linkKey({ ...visit, date: null })).toBe('visit|AF,PK|');
		expect(linkIdOf(visit)).not.toBe(linkIdOf({ ...visit, status: 'cancelled' }));
	});

	it('the bundled links.geojson writes no id its links’ keys give, and reading gives them back', () => {
		const file = bundled();
		expect(file.features.some((f: LinkFeature) => 'id' in f.properties)).toBe(false);
		const links = validateLinks(file).features;
		expect(new Set(links.map((f) => f.properties.id)).size).toBe(links.length);
		for (const f of links) expect(f.properties.id).toBe(linkIdOf(f.properties));
	});

	it('writes an id its key does not give, and reads it as written', () => {
		const [first] = validateLinks(bundled()).features as LinkFeature[];
		const renamed = { ...first!, properties: { ...first!.properties, id: 'link-000000000001' } };
		const written = linkAsWritten(renamed) as { properties: Record<string, unknown> };
		expect(written.properties.id).toBe('link-000000000001');
		const again = validateLinks({ ...bundled(), features: [written] });
		expect(again.features[0]!.properties.id).toBe('link-000000000001');
		expect((linkAsWritten(first!) as { properties: object }).properties).not.toHaveProperty('id');
	});
});
