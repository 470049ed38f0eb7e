import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	articleSegments,
	linkExcerpts,
	markRanges,
	placeExcerpts
} from '../../src/lib/data/excerpts';
import { formatDate } from '../../src/lib/data/date-words';
import {
	formatRange,
	linksPerYear,
	mentionCount,
	partyName,
	yearDomain
} from '../../src/lib/data/selectors';
import { indexArticles } from '../../src/lib/data/reading';
import { validateArticles } from '../../src/lib/data/articles-schema';
import { validateLinks, validatePlaces } from '../../src/lib/data/schema';

// Each test reads its own copy, so no test can change another's data.
const read = (f: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/app/${f}`, import.meta.url), 'utf8'));
const fixture = () => {
	return {
		places: validatePlaces(read('places.geojson')),
		links: validateLinks(read('links.geojson')),
		reading: indexArticles(validateArticles(read('articles.json')))
	};
};
const place = (d: ReturnType<typeof fixture>, id: string) =>
	d.places.features.find((f) => f.properties.id === id)!.properties;
const text = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('markRanges', () => {
	it('splits text into plain and marked segments that join back to the text', () => {
		const segs = markRanges('a Kabul b Kabul', [
			{ start: 2, end: 7 },
			{ start: 10, end: 15, place: 'city-kabul' }
		]);
		expect(segs).toEqual([
			{ text: 'a ', mark: false },
			{ text: 'Kabul', mark: true },
			{ text: ' b ', mark: false },
			{ text: 'Kabul', mark: true, place: 'city-kabul' }
		]);
	});

	it('merges overlapping ranges and clips out-of-bounds ones', () => {
		const segs = markRanges('abcdef', [
			{ start: 1, end: 4 },
			{ start: 2, end: 5 },
			{ start: 4, end: 99 }
		]);
		expect(text(segs)).toBe('abcdef');
		expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['bcdef']);
	});
});

describe('placeExcerpts', () => {
	it('gives the sentence with the mention marked and its article', () => {
		const d = fixture();
		const { groups } = placeExcerpts('city-dushanbe', d.reading, {
			from: 2021,
			to: 2021
		});
		expect(groups).toHaveLength(1);
		expect(groups[0]!.article.title).toBe('Pakistani Diplomacy Is on a Roll');
		const first = groups[0]!.excerpts[0]!;
		expect(text(first.segments)).toBe(
			'This comes within days of the “lengthy meeting” in Dushanbe on September 17 between Tajik President Emomali Rahmon and Pakistani Prime Minister Imran Khan.'
		);
		expect(first.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Dushanbe']);
	});

	it('merges two mentions in one sentence into one excerpt with both marked', () => {
		const d = fixture();
		const { groups } = placeExcerpts('city-dushanbe', d.reading, {
			from: 2021,
			to: 2021
		});
		const excerpts = groups[0]!.excerpts;
		expect(excerpts.map((e) => e.segments.filter((s) => s.mark).length)).toEqual([1, 2]);
	});

	it('groups by article, newest first, undated last', () => {
		const d = fixture();
		const { groups } = placeExcerpts('city-dushanbe', d.reading, null);
		expect(groups.map((g) => g.article.id)).toEqual(['000_dushanbe', '009_undated']);
		const k = placeExcerpts('city-kabul', d.reading, null);
		expect(k.groups.map((g) => g.article.published)).toEqual(['2021-09-24', '2017-04-17', null]);
	});

	it('counts the excerpts the year range hides', () => {
		const d = fixture();
		const r = placeExcerpts('city-kabul', d.reading, { from: 2017, to: 2017 });
		expect(r.groups.map((g) => g.article.id)).toEqual(['003_moscow']);
		expect(r.hidden).toBe(2);
	});

	it('counts mentions whose article is missing instead of failing', () => {
		const d = fixture();
		const articles = new Map(d.reading.articles);
		articles.delete('003_moscow');
		const r = placeExcerpts('city-moscow', { ...d.reading, articles }, null);
		expect(r.groups).toEqual([]);
		expect(r.missing).toBe(2);
	});
});

describe('linkExcerpts', () => {
	it('lists the evidence sentence under its article', () => {
		const d = fixture();
		const r = linkExcerpts('link-tj-pk-2021-meeting', d.reading);
		expect(r.groups[0]!.article.outlet).toBe('Global Research');
		expect(text(r.groups[0]!.excerpts[0]!.segments)).toContain('Tajik President Emomali Rahmon');
	});
});

describe('articleSegments', () => {
	it('marks every mention of every place in the article with its place id', () => {
		const d = fixture();
		const a = d.reading.articles.get('003_moscow')!;
		const segs = articleSegments(a);
		expect(segs.map(text)).toEqual(a.paragraphs);
		expect(segs[0]!.filter((s) => s.mark).map((s) => s.place)).toEqual([
			'city-moscow',
			'city-kabul',
			'country-ru'
		]);
	});
});

describe('years', () => {
	it('derives the year domain from article and link years', () => {
		const d = fixture();
		expect(yearDomain(d.places, d.links)).toEqual({ min: 2016, max: 2021 });
	});

	it('leaves events long before the first article out of the domain', () => {
		const d = fixture();
		d.links.features[1]!.properties.year = 1979;
		expect(yearDomain(d.places, d.links)).toEqual({ min: 2017, max: 2021 });
	});

	it('finds the domain of 400,000 links (a spread of their years would overflow the stack)', () => {
		const d = fixture();
		const template = d.links.features[0]!;
		d.links.features = Array.from({ length: 400_000 }, (_, i) => ({
			...template,
			properties: { ...template.properties, year: 2016 + (i % 6) }
		}));
		expect(yearDomain(d.places, d.links)).toEqual({ min: 2016, max: 2021 });
	});

	it('counts links per year with zeros for empty years, earlier and undated apart', () => {
		const d = fixture();
		d.links.features[1]!.properties.year = 1979;
		const h = linksPerYear(d.links, { min: 2017, max: 2021 });
		expect(h.years.map((y) => y.count)).toEqual([1, 0, 0, 0, 1]);
		expect(h.earlier).toBe(1);
		expect(h.undated).toBe(1);
	});

	it('counts mentions under a range, undated only with no range', () => {
		const d = fixture();
		const dushanbe = place(d, 'city-dushanbe');
		expect(mentionCount(dushanbe, null)).toBe(4);
		expect(mentionCount(dushanbe, { from: 2021, to: 2025 })).toBe(3);
		expect(mentionCount(dushanbe, { from: 2017, to: 2017 })).toBe(0);
	});
});

describe('partyName', () => {
	it('names parties readably', () => {
		const d = fixture();
		expect(partyName('AF', d.places)).toBe('Afghanistan');
		expect(partyName('ttp')).toBe('TTP');
		expect(partyName('saarc')).toBe('SAARC');
		expect(partyName('northern-alliance')).toBe('Northern Alliance');
		expect(partyName('FR', d.places)).toBe('France');
	});

	it('takes the names ingest wrote first, so every view shows the same one', () => {
		const d = fixture();
		const links = {
			...d.links,
			parties: { 'hizb-e-islami': 'Hizb-e-Islami', ttp: 'TTP', AF: 'Afghanistan (IEA)' }
		};
		expect(partyName('hizb-e-islami', d.places, links)).toBe('Hizb-e-Islami');
		expect(partyName('ttp', d.places, links)).toBe('TTP');
		expect(partyName('AF', d.places, links)).toBe('Afghanistan (IEA)');
		// Data written before names were: the id made readable, which for this one is wrong.
		expect(partyName('hizb-e-islami', d.places, d.links)).toBe('Hizb E Islami');
	});
});

describe('formatDate', () => {
	it('writes full, month and year dates in words', () => {
		expect(formatDate('2021-09-04')).toBe('4 September 2021');
		expect(formatDate('2024-02')).toBe('February 2024');
		expect(formatDate('2017')).toBe('2017');
	});

	it('says undated for a missing date', () => {
		expect(formatDate(null)).toBe('undated');
	});
});

describe('formatRange', () => {
	it('writes a year, a range or all years', () => {
		expect(formatRange({ from: 2017, to: 2017 })).toBe('2017');
		expect(formatRange({ from: 2017, to: 2019 })).toBe('2017–2019');
		expect(formatRange(null)).toBe('all years');
	});
});
