/**
 * What the evaluator reads: answer keys (the bundled corpus's, in one file of articles; the real
 * pages', one key per page), the pipeline's output (written files, or a run over the real pages
 * in memory), and the name lookups that turn gold names into place and party ids.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import countries from 'world-countries';
import type * as v from 'valibot';
import { parseFile, parseOutput, SchemaError } from '../src/lib/data/issues';
import type { Article, LinksCollection, PlacesCollection } from '../src/lib/data/schema';
import {
	normaliseName,
	type EvalResolver,
	type GoldArticle,
	type PredictedLink,
	type PredictedPlace
} from './eval-score';
import type { GoldPageMeta } from './eval-events';
import { runPipeline, type PipelineContext, type PipelineInput } from './pipeline';
import type { BuildOutput } from './stages/build';
import { AliasesFileSchema, GoldFileSchema, PageKeySchema, SplitFileSchema } from './schemas';
import type { ActorIndex, Gazetteer, GazetteerPlace } from './types';

/** A missing or malformed input file: the evaluator exits 2 with this message. */
export class BadInput extends Error {}

export function readJson(file: string): unknown {
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

/** The file's content checked against its schema; a file that does not fit is a BadInput naming the path. */
function readChecked<S extends v.GenericSchema>(schema: S, file: string): v.InferOutput<S> {
	const data = readJson(file);
	try {
		return parseFile(schema, data, file);
	} catch (e) {
		throw e instanceof SchemaError ? new BadInput(e.message) : e;
	}
}

/** The strings of a list a place of the built gazetteer may carry (its surface names). */
function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
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
	const aliases = parseOutput(AliasesFileSchema, aliasesJson, 'aliases.json');
	for (const entry of aliases.places ?? []) {
		const place = gazetteer.get(entry.id);
		for (const n of [...(entry.names ?? []), ...(entry.aliases ?? [])]) addPlace(n, place);
	}
	for (const o of aliases.cityOverrides?.list ?? []) {
		const city = (places.get(normaliseName(o.name)) ?? []).find(
			(p) => p.kind === 'city' && p.country === o.country
		);
		for (const n of o.aliases ?? []) addPlace(n, city);
	}
	// Common English names the packages spell otherwise ("Turkey" for Türkiye), and aliases.
	const { countryNames, countryAliases } = aliases;
	for (const [iso, names] of [countryNames, countryAliases].flatMap((b) =>
		Object.entries(b?.map ?? {})
	)) {
		for (const n of names) {
			addPlace(n, gazetteer.country(iso));
			addParty(n, iso);
		}
	}
	for (const a of actors.actors) {
		for (const n of [a.id, a.name, ...a.names]) addParty(n, a.id);
		const short = /^(.*?)\s*\(/.exec(a.name)?.[1];
		if (short) addParty(short, a.id);
	}

	return resolverOver(places, parties);
}

/** Lookups over the names gathered: places by kind, parties by name (a note in brackets dropped). */
function resolverOver(
	places: Map<string, GazetteerPlace[]>,
	parties: Map<string, string>
): EvalResolver {
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
				year: f.properties.year,
				type: f.properties.type,
				status: (f.properties as { status?: string }).status,
				from: f.properties.from,
				to: f.properties.to,
				directed: f.properties.directed
			});
		}
	}
	return out;
}

export function goldArticles(goldPath: string): GoldArticle[] {
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
		const gold = readChecked(GoldFileSchema, file);
		for (const [name, a] of Object.entries(gold.articles)) {
			out.push({
				...(a as unknown as GoldArticle),
				file: typeof a.file === 'string' ? a.file : name
			});
		}
	}
	return out;
}

/** A real page's key: the bundled key's fields plus where the page came from and its split. */
export interface PageKey extends GoldArticle {
	url: string;
	outlet: string;
	split: Split;
	metadata: GoldArticle['metadata'] & GoldPageMeta;
	/** `publication-date`: the key gives the page's date only; its places and links are not keyed. */
	scope?: 'publication-date';
}

/**
 * Sides of the real-page set: `dev` (rules are written from it), `check` (scored to see whether a
 * rule written from dev holds on pages it was not written from; never studied page by page) and
 * `test` (scored at the end of a piece of work only).
 */
export const SPLITS = ['dev', 'check', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * The keys of a real-page set (DIR/keys/*.json), each with its split from DIR/split.json
 * (`{ "dev": [outlet…], "check": [outlet…], "test": [outlet…] }`, `check` optional: pages are
 * split by outlet). A page whose outlet the split does not list is an error: every page must be
 * on one side.
 */
export function pageKeys(dir: string): PageKey[] {
	const split = readChecked(SplitFileSchema, path.join(dir, 'split.json'));
	const side = new Map<string, Split>();
	for (const s of SPLITS)
		for (const o of split[s] ?? []) {
			if (side.has(o)) throw new BadInput(`${dir}/split.json: outlet ${o} is on two sides`);
			side.set(o, s);
		}
	const keysDir = path.join(dir, 'keys');
	let files: string[];
	try {
		files = fs.readdirSync(keysDir).filter((f) => f.endsWith('.json'));
	} catch (e) {
		throw new BadInput(`cannot read ${keysDir}: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	return files.sort().map((f) => {
		const key = readChecked(PageKeySchema, path.join(keysDir, f));
		const s = side.get(key.outlet);
		if (!s) throw new BadInput(`${keysDir}/${f}: outlet: ${key.outlet} is in no split`);
		return { ...(key as unknown as PageKey), split: s };
	});
}

/**
 * The real pages (DIR/pages/*), read as the CLI would read an articles folder without sidecars.
 * With `addresses` (file → URL), each page starts with a `SOURCE: <url>` line, as external
 * pages are stored for the project's answer keys: the address is part of what a scraped page
 * brings with it.
 */
function pageInputs(
	dir: string,
	addresses?: ReadonlyMap<string, string>,
	only?: ReadonlySet<string>
): PipelineInput[] {
	const pagesDir = path.join(dir, 'pages');
	return fs
		.readdirSync(pagesDir)
		.filter((f) => !f.startsWith('.') && (only === undefined || only.has(f)))
		.sort()
		.map((file) => {
			const bytes = fs.readFileSync(path.join(pagesDir, file));
			const url = addresses?.get(file);
			return {
				file,
				bytes: url ? Buffer.concat([Buffer.from(`SOURCE: ${url}\n`), bytes]) : bytes
			};
		});
}

/**
 * Runs the whole pipeline over the real pages in memory (with their addresses, when given; only
 * the pages named in `only`, when given: one split's).
 */
export function runPages(
	dir: string,
	ctx: PipelineContext,
	addresses?: ReadonlyMap<string, string>,
	only?: ReadonlySet<string>
): BuildOutput {
	return runPipeline(pageInputs(dir, addresses, only), ctx).output;
}
