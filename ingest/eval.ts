/**
 * `npm run eval [-- --gold FILE|DIR] [--data DIR] [--geodata DIR] [--details] [--json]`
 *
 * Scores written output (static/data by default) against answer keys (every *.json in
 * tests/fixtures/gold by default) and prints a per-article table with micro totals. The scoring
 * rules live in ingest/eval-score.ts and docs/data.md. Exits 0 whatever the scores; 2 on bad
 * input (a missing or malformed file).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import countries from 'world-countries';
import {
	validateArticles,
	validateLinks,
	validatePlaces,
	type Article,
	type LinksCollection,
	type PlacesCollection
} from '../src/lib/data/schema';
import { createActorIndex } from './actors';
import { createGazetteer } from './gazetteer';
import {
	addCounts,
	normaliseName,
	scoreArticle,
	scores,
	type ArticleScore,
	type Counts,
	type EvalResolver,
	type GoldArticle,
	type PredictedLink,
	type PredictedPlace
} from './eval-score';
import type { ActorIndex, Gazetteer, GazetteerPlace } from './types';

class BadInput extends Error {}

function readJson(file: string): unknown {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (e) {
		throw new BadInput(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new BadInput(`${file} is not valid JSON: ${(e as Error).message}`);
	}
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
	return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Name lookups for the scorer: gazetteer names, the curated places, city overrides and country
 * aliases of aliases.json, world-countries names, and actor names.
 */
export function createEvalResolver(
	gazetteer: Gazetteer,
	actors: ActorIndex,
	aliasesJson: unknown
): EvalResolver {
	const places = new Map<string, GazetteerPlace[]>();
	const addPlace = (name: string, place: GazetteerPlace | undefined) => {
		const key = normaliseName(name);
		if (!place || !key) return;
		const list = places.get(key) ?? [];
		if (!list.includes(place)) list.push(place);
		places.set(key, list);
	};
	const parties = new Map<string, string>();
	const addParty = (name: string, id: string) => {
		const key = normaliseName(name);
		if (key && !parties.has(key)) parties.set(key, id);
	};

	for (const p of gazetteer.places.values()) {
		addPlace(p.name, p);
		// The built gazetteer keeps each place's surface names; use them when present.
		const extra = p as { names?: unknown; aliases?: unknown };
		for (const n of [...strings(extra.names), ...strings(extra.aliases)]) addPlace(n, p);
		if (p.kind === 'country' && p.country) addParty(p.name, p.country);
	}
	for (const c of countries) {
		const names = [c.name.common, c.name.official, ...c.altSpellings];
		for (const n of names) {
			addPlace(n, gazetteer.country(c.cca2));
			addParty(n, c.cca2);
		}
	}
	const aliases = isObject(aliasesJson) ? aliasesJson : {};
	for (const entry of Array.isArray(aliases.places) ? aliases.places : []) {
		if (!isObject(entry) || typeof entry.id !== 'string') continue;
		const place = gazetteer.get(entry.id);
		for (const n of [...strings(entry.names), ...strings(entry.aliases)]) addPlace(n, place);
	}
	const overrides = isObject(aliases.cityOverrides) ? aliases.cityOverrides.list : undefined;
	for (const o of Array.isArray(overrides) ? overrides : []) {
		if (!isObject(o) || typeof o.name !== 'string') continue;
		const city = (places.get(normaliseName(o.name)) ?? []).find(
			(p) => p.kind === 'city' && p.country === o.country
		);
		for (const n of strings(o.aliases)) addPlace(n, city);
	}
	const countryAliases = isObject(aliases.countryAliases) ? aliases.countryAliases.map : undefined;
	if (isObject(countryAliases)) {
		for (const [iso, names] of Object.entries(countryAliases)) {
			for (const n of strings(names)) {
				addPlace(n, gazetteer.country(iso));
				addParty(n, iso);
			}
		}
	}
	for (const a of actors.actors) {
		for (const n of [a.id, a.name, ...a.names]) addParty(n, a.id);
		const short = /^(.*?)\s*\(/.exec(a.name)?.[1];
		if (short) addParty(short, a.id);
	}

	return {
		place(name, kind) {
			const list = places.get(normaliseName(name));
			if (!list || list.length === 0) return undefined;
			const sameKind = list.filter((p) => p.kind === kind);
			const pool = sameKind.length > 0 ? sameKind : list;
			return [...pool].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
		},
		party(name) {
			if (name.trim().startsWith('(')) return undefined;
			const bare = name.replace(/\s*\(.*\)\s*$/, '');
			for (const n of [name, bare]) {
				for (const candidate of [n, n.replace(/\s+government$/i, '')]) {
					const id = parties.get(normaliseName(candidate));
					if (id) return id;
				}
			}
			return undefined;
		}
	};
}

/**
 * Predicted places and links of each article, keyed by article file name. The mentions and the
 * link evidence are listed under their articles; places and links are taken in feature order.
 */
export function predictionsByFile(
	articles: Article[],
	places: PlacesCollection,
	links: LinksCollection
): Map<string, { places: PredictedPlace[]; links: PredictedLink[] }> {
	const out = new Map(
		articles.map((a) => [a.file, { places: [] as PredictedPlace[], links: [] as PredictedLink[] }])
	);
	// place id → article file → mention texts; link id → article files.
	const textsByPlace = new Map<string, Map<string, string[]>>();
	const filesByLink = new Map<string, Set<string>>();
	for (const a of articles) {
		for (const m of a.mentions) {
			let byFile = textsByPlace.get(m.place);
			if (!byFile) textsByPlace.set(m.place, (byFile = new Map()));
			const list = byFile.get(a.file) ?? [];
			list.push(m.text);
			byFile.set(a.file, list);
		}
		for (const e of a.evidence) {
			let files = filesByLink.get(e.link);
			if (!files) filesByLink.set(e.link, (files = new Set()));
			files.add(a.file);
		}
	}
	for (const f of places.features) {
		for (const [file, texts] of textsByPlace.get(f.properties.id) ?? []) {
			out.get(file)!.places.push({
				id: f.properties.id,
				name: f.properties.name,
				kind: f.properties.kind,
				country: f.properties.country,
				coord: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!],
				texts
			});
		}
	}
	for (const f of links.features) {
		for (const file of filesByLink.get(f.properties.id) ?? []) {
			out.get(file)!.links.push({
				id: f.properties.id,
				parties: f.properties.parties,
				year: f.properties.year
			});
		}
	}
	return out;
}

function goldArticles(goldPath: string): GoldArticle[] {
	let files: string[];
	try {
		files = fs.statSync(goldPath).isDirectory()
			? fs
					.readdirSync(goldPath)
					.filter((f) => f.endsWith('.json'))
					.sort()
					.map((f) => path.join(goldPath, f))
			: [goldPath];
	} catch (e) {
		throw new BadInput(`cannot read ${goldPath}: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	const out: GoldArticle[] = [];
	for (const file of files) {
		const gold = readJson(file);
		if (!isObject(gold) || !isObject(gold.articles)) {
			throw new BadInput(`${file}: expected an object with an "articles" map`);
		}
		for (const [name, a] of Object.entries(gold.articles)) {
			if (!isObject(a) || !Array.isArray(a.places) || !Array.isArray(a.links)) {
				throw new BadInput(`${file}: article ${name} needs "places" and "links" arrays`);
			}
			out.push({
				...(a as unknown as GoldArticle),
				file: typeof a.file === 'string' ? a.file : name
			});
		}
	}
	return out;
}

export interface EvalResult {
	articles: ArticleScore[];
	missing: string[];
	places: ReturnType<typeof scores>;
	links: ReturnType<typeof scores>;
}

export function evaluate(options: { gold: string; data: string; geodata: string }): EvalResult {
	const gold = goldArticles(options.gold);
	const wrap = <T>(f: () => T): T => {
		try {
			return f();
		} catch (e) {
			throw new BadInput((e as Error).message);
		}
	};
	const articles = wrap(() => validateArticles(readJson(path.join(options.data, 'articles.json'))));
	const places = wrap(() => validatePlaces(readJson(path.join(options.data, 'places.geojson'))));
	const links = wrap(() => validateLinks(readJson(path.join(options.data, 'links.geojson'))));
	const aliasesJson = readJson(path.join(options.geodata, 'aliases.json'));
	const resolver = wrap(() =>
		createEvalResolver(
			createGazetteer(readJson(path.join(options.geodata, 'gazetteer.json')), aliasesJson),
			createActorIndex(readJson(path.join(options.geodata, 'actors.json'))),
			aliasesJson
		)
	);
	const predictions = predictionsByFile(articles, places, links);
	const zero: Counts = { tp: 0, fp: 0, found: 0, gold: 0 };
	let placeTotal = zero;
	let linkTotal = zero;
	const scored: ArticleScore[] = [];
	const missing: string[] = [];
	for (const g of gold) {
		const pred = predictions.get(g.file);
		if (!pred) missing.push(g.file);
		const s = scoreArticle(g, pred?.places ?? [], pred?.links ?? [], resolver);
		scored.push(s);
		placeTotal = addCounts(placeTotal, s.places);
		linkTotal = addCounts(linkTotal, s.links);
	}
	return { articles: scored, missing, places: scores(placeTotal), links: scores(linkTotal) };
}

function fmt(n: number): string {
	return n.toFixed(2);
}

function row(name: string, p: ReturnType<typeof scores>, l: ReturnType<typeof scores>): string {
	const part = (s: ReturnType<typeof scores>) =>
		`${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}  ${`${s.tp}/${s.fp}/${s.found}/${s.gold}`.padEnd(11)}`;
	return `${name.padEnd(28)}  ${part(p)}   ${part(l)}`;
}

export function formatReport(r: EvalResult, details: boolean): string {
	const lines = [
		`${''.padEnd(28)}  places                        links`,
		`${'article'.padEnd(28)}  P     R     F1    tp/fp/fd/gd   P     R     F1    tp/fp/fd/gd`
	];
	for (const a of r.articles) lines.push(row(a.file, a.places, a.links));
	lines.push(row('micro total', r.places, r.links));
	lines.push('tp: predictions matching gold; fp: matching none; fd/gd: gold found / gold counted.');
	for (const m of r.missing) lines.push(`not in the output: ${m}`);
	if (details) {
		for (const a of r.articles) {
			lines.push(`\n${a.file}`);
			lines.push(`  missed places: ${a.missedPlaces.join(', ') || '—'}`);
			lines.push(`  wrong places:  ${a.wrongPlaces.join(', ') || '—'}`);
			lines.push(`  missed links:  ${a.missedLinks.join(', ') || '—'}`);
			lines.push(`  wrong links:   ${a.wrongLinks.join(', ') || '—'}`);
		}
	}
	return lines.join('\n') + '\n';
}

export function main(argv: string[]): number {
	const opts = { gold: 'tests/fixtures/gold', data: 'static/data', geodata: 'geodata' };
	let details = false;
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--details') details = true;
		else if (arg === '--json') json = true;
		else if (arg === '--gold' || arg === '--data' || arg === '--geodata') {
			const value = argv[++i];
			if (!value) {
				process.stderr.write(`eval: ${arg} needs a path\n`);
				return 2;
			}
			opts[arg.slice(2) as 'gold' | 'data' | 'geodata'] = value;
		} else {
			process.stderr.write(
				`eval: unknown argument ${arg}\nusage: npm run eval -- [--gold FILE|DIR] [--data DIR] [--geodata DIR] [--details] [--json]\n`
			);
			return 2;
		}
	}
	try {
		const result = evaluate(opts);
		process.stdout.write(
			json ? JSON.stringify(result, null, '\t') + '\n' : formatReport(result, details)
		);
		return 0;
	} catch (e) {
		process.stderr.write(`eval: ${(e as Error).message}\n`);
		return 2;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
