/**
 * A synthetic corpus for benchmarks: N article files written from templates, with random places
 * taken from the gazetteer, random dates, diplomatic sentences, and the boilerplate real scraped
 * pages carry (navigation, date headers, share prompts, related-article lists, comment forms,
 * copyright footers). About a tenth are Markdown, a tenth HTML, a tenth have a sidecar.
 *
 * Deterministic for a given seed, so two benchmark runs read the same corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Country {
	iso: string;
	name: string;
	demonym: string | null;
	capital: string;
}

export interface CorpusOptions {
	/** Number of articles. */
	n: number;
	/** Folder to write into (created). */
	dir: string;
	/** Parsed geodata/gazetteer.json. */
	gazetteerJson: unknown;
	seed?: number;
}

/** Small seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AUTHORS = [
	'Amina Rahimi',
	'John Carter',
	'Li Wei',
	'Farid Khan',
	'Olga Petrova',
	'Sara Malik'
];
const OUTLETS = [
	'The Daily Observer',
	'Regional Times',
	'Frontier Post Online',
	'World Affairs Desk'
];
const TOPICS = [
	'trade',
	'border security',
	'water sharing',
	'refugees',
	'energy transit',
	'counter-terrorism'
];

function countriesFrom(gazetteerJson: unknown): { countries: Country[]; cities: string[] } {
	const places = (gazetteerJson as { places?: unknown[] }).places ?? [];
	type Raw = {
		kind?: string;
		name?: string;
		country?: string;
		capital?: boolean;
		population?: number;
		demonyms?: string[];
	};
	const raw = places as Raw[];
	const capitals = new Map<string, string>();
	const cities: string[] = [];
	for (const p of raw) {
		if (p.kind !== 'city' || !p.name || !p.country) continue;
		if (p.capital) capitals.set(p.country, p.name);
		if ((p.population ?? 0) > 1_000_000) cities.push(p.name);
	}
	const countries = raw
		.filter((p) => p.kind === 'country' && p.name && p.country && capitals.has(p.country))
		.map((p) => ({
			iso: p.country!,
			name: p.name!,
			demonym: p.demonyms?.[0] ?? null,
			capital: capitals.get(p.country!)!
		}));
	if (countries.length < 2) throw new Error('the gazetteer has too few countries with capitals');
	return { countries, cities: cities.length > 0 ? cities : countries.map((c) => c.capital) };
}

/** Writes the corpus; returns the file names written (articles and sidecars). */
export function writeSyntheticCorpus(options: CorpusOptions): string[] {
	const rand = prng(options.seed ?? 42);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const { countries, cities } = countriesFrom(options.gazetteerJson);
	const two = (): [Country, Country] => {
		const a = pick(countries);
		let b = pick(countries);
		while (b.iso === a.iso) b = pick(countries);
		return [a, b];
	};
	const actor = (c: Country) =>
		c.demonym && rand() < 0.5 ? `the ${c.demonym} government` : c.name;

	fs.mkdirSync(options.dir, { recursive: true });
	const written: string[] = [];
	for (let i = 0; i < options.n; i++) {
		const year = 2010 + Math.floor(rand() * 15);
		const month = Math.floor(rand() * 12);
		const day = 1 + Math.floor(rand() * 28);
		const published = `${MONTHS[month]} ${day}, ${year}`;
		const [a, b] = two();
		const [c, d] = two();
		const topic = pick(TOPICS);
		const title = `${a.name} and ${b.name} discuss ${topic} (report ${i + 1})`;
		const author = pick(AUTHORS);
		const outlet = pick(OUTLETS);
		const earlier = MONTHS[(month + 11) % 12];

		const sentences = [
			`${a.name}'s foreign minister met his ${b.demonym ?? b.name} counterpart in ${b.capital} on ${WEEKDAYS[day % 7]} to discuss ${topic}.`,
			`The two sides agreed to set up a joint commission on ${topic}, officials in ${a.capital} said.`,
			`Last month, ${actor(c)} accused ${d.name} of supporting militants along the border near ${pick(cities)}.`,
			`${d.name} rejected the accusation and called for talks.`,
			`In ${earlier}, ${c.name} hosted a regional conference in ${c.capital} attended by delegations from ${a.name}, ${b.name} and ${d.name}.`,
			`Analysts in ${pick(cities)} said the visit marked a thaw after years of tension between ${a.name} and ${b.name}.`,
			`Trade between the two countries reached $${(1 + rand() * 9).toFixed(1)} billion last year, according to figures published in ${pick(cities)}.`,
			`${b.name} offered to mediate between ${c.name} and the Taliban, a spokesman said in ${b.capital}.`
		];
		const paragraphs: string[] = [];
		for (let p = 0; p < 4 + Math.floor(rand() * 4); p++) {
			const count = 2 + Math.floor(rand() * 3);
			const para: string[] = [];
			for (let s = 0; s < count; s++) para.push(pick(sentences));
			paragraphs.push(para.join(' '));
		}
		paragraphs[0] = `${(b.capital ?? b.name).toUpperCase()} — ${sentences[0]} ${sentences[1]}`;

		const related = Array.from(
			{ length: 3 + Math.floor(rand() * 3) },
			(_, k) =>
				`${pick(countries).name} and ${pick(countries).name} sign accord ${k + 1} ${MONTHS[(month + k) % 12]} ${1 + k}, ${year}`
		);
		const crawl = `${WEEKDAYS[(day + 3) % 7]}, ${MONTHS[(month + 5) % 12]} ${day}, 2025`;

		const kind = i % 10 === 3 ? 'md' : i % 10 === 7 ? 'html' : 'txt';
		const name = `syn_${String(i).padStart(6, '0')}.${kind}`;
		let text: string;
		if (kind === 'html') {
			const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
			text = [
				'<!doctype html><html><head>',
				`<title>${esc(title)} | ${esc(outlet)}</title>`,
				`<meta property="og:site_name" content="${esc(outlet)}">`,
				`<meta name="author" content="${esc(author)}">`,
				`<meta property="article:published_time" content="${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T08:00:00Z">`,
				'</head><body>',
				'<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav>',
				`<article><h1>${esc(title)}</h1><p class="byline">By ${esc(author)}</p>`,
				...paragraphs.map((p) => `<p>${esc(p)}</p>`),
				'</article>',
				'<aside><h3>Related articles</h3><ul>',
				...related.map((r) => `<li><a href="#">${esc(r)}</a></li>`),
				'</ul></aside>',
				`<footer>© ${year} ${esc(outlet)}. All rights reserved. Contact us.</footer>`,
				'</body></html>'
			].join('\n');
		} else {
			const body =
				kind === 'md'
					? paragraphs.map((p, k) => (k === 1 ? `**${author}** reports: ${p} [read more](#)` : p))
					: paragraphs;
			text = [
				crawl,
				'Home | News | World | Asia',
				'',
				kind === 'md' ? `# ${title}` : title,
				'',
				`By ${author}`,
				'',
				`Published ${published}`,
				'',
				'Share on Facebook  Share on Twitter  WhatsApp',
				'',
				...body.flatMap((p) => [p, '']),
				'RELATED ARTICLES',
				...related.map((r) => (kind === 'md' ? `- [${r}](#)` : r)),
				'',
				'LEAVE A REPLY',
				'Please enter your comment!',
				'Please enter your name here',
				'',
				`© ${year} ${outlet}. All rights reserved.`,
				'Contact us | Privacy policy | Advertise',
				''
			].join('\n');
		}
		fs.writeFileSync(path.join(options.dir, name), text);
		written.push(name);
		if (i % 10 === 5) {
			const sidecar = name.replace(/\.[^.]+$/, '.meta.json');
			const meta = {
				title,
				outlet,
				published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
			};
			fs.writeFileSync(path.join(options.dir, sidecar), JSON.stringify(meta, null, '\t') + '\n');
			written.push(sidecar);
		}
	}
	return written;
}
