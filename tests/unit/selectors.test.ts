import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	articleSegments,
	formatDate,
	formatRange,
	linkExcerpts,
	linksPerYear,
	mentionCount,
	partyName,
	placeExcerpts,
	sentenceBounds,
	markRanges,
	yearDomain
} from '../../src/lib/data/selectors';
import { indexArticles } from '../../src/lib/data/reading';
import { validateArticles, validateLinks, validatePlaces } from '../../src/lib/data/schema';

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

describe('sentenceBounds', () => {
	const p = 'First one here. The talks in Dushanbe went well! Third sentence.';

	it('finds the sentence holding the range', () => {
		const i = p.indexOf('Dushanbe');
		const [s, e] = sentenceBounds(p, i, i + 8);
		expect(p.slice(s, e)).toBe('The talks in Dushanbe went well!');
	});

	it('returns the whole paragraph when it has one sentence', () => {
		expect(sentenceBounds('Kabul is a city', 0, 5)).toEqual([0, 15]);
	});

	it('does not split after an abbreviation like U.S. or Mr.', () => {
		const q = 'Earlier. Mr. Khan met U.S. envoys in Kabul on Monday. Later.';
		const i = q.indexOf('Kabul');
		const [s, e] = sentenceBounds(q, i, i + 5);
		expect(q.slice(s, e)).toBe('Mr. Khan met U.S. envoys in Kabul on Monday.');
	});

	it('keeps a closing quote with its sentence', () => {
		const q = 'He said “go to Moscow.” Then he left.';
		const i = q.indexOf('Moscow');
		expect(q.slice(...sentenceBounds(q, i, i + 6))).toBe('He said “go to Moscow.”');
	});
});

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

describe('sentenceBounds, found once per paragraph', () => {
	/** The rule it implements, one scan per call: the reference the fast version must equal. */
	function reference(paragraph: string, start: number, end: number): [number, number] {
		const endRe = /[.!?…]["'”’)\]]*\s+/g;
		const notEnd =
			/(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|St|Jr|Sr|vs|No|U\.S|U\.N|U\.K|[A-Z]))\.["'”’)\]]*\s+$/;
		let from = 0;
		let to = paragraph.length;
		for (let m = endRe.exec(paragraph); m; m = endRe.exec(paragraph)) {
			const stop = m.index + m[0].length;
			if (notEnd.test(paragraph.slice(Math.max(0, m.index - 4), stop))) continue;
			if (stop <= start) from = stop;
			else if (m.index >= end - 1) {
				to = m.index + m[0].trimEnd().length;
				break;
			}
		}
		return [from, to];
	}

	it('gives the same sentences as one scan per mention, for every mention of the fixture articles', () => {
		const articles = JSON.parse(
			readFileSync(new URL('../fixtures/app/articles.json', import.meta.url), 'utf8')
		) as Array<{
			paragraphs: string[];
			mentions: Array<{ paragraph: number; start: number; end: number }>;
		}>;
		let n = 0;
		for (const a of articles)
			for (const m of a.mentions) {
				const p = a.paragraphs[m.paragraph]!;
				expect(sentenceBounds(p, m.start, m.end)).toEqual(reference(p, m.start, m.end));
				n++;
			}
		expect(n).toBeGreaterThan(10);
	});

	it('agrees on the real pages, at offsets through every paragraph', () => {
		const dir = new URL('../fixtures/real/pages/', import.meta.url);
		let n = 0;
		for (const f of readdirSync(dir).slice(0, 60))
			for (const p of readFileSync(new URL(f, dir), 'utf8').split(/\n+/))
				for (let start = 0; start < p.length; start += 37) {
					const end = Math.min(p.length, start + 9);
					expect(sentenceBounds(p, start, end)).toEqual(reference(p, start, end));
					n++;
				}
		expect(n).toBeGreaterThan(1000);
	});

	it('agrees at every offset of a paragraph with abbreviations, quotes and a trailing sentence', () => {
		const p =
			'Mr. Khan met U.S. envoys. “Talks went well,” he said! Then: No. 5 was next? Yes… done';
		for (let start = 0; start < p.length; start++)
			for (const len of [1, 3, 12]) {
				const end = Math.min(p.length, start + len);
				expect(sentenceBounds(p, start, end)).toEqual(reference(p, start, end));
			}
	});
});
