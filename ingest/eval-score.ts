/**
 * Scoring of the pipeline's output against an answer key (tests/fixtures/gold/*.json). Pure: the
 * caller gives the gold articles, the predictions and a resolver for names; ingest/eval.ts reads
 * the files and prints. The rules mirror the outside measurement and are documented in
 * docs/data.md ("Evaluation"):
 *
 * Places (per article; predictions = places with a mention in that article)
 * - A gold country with `within_country` matches a predicted country with that ISO alpha-2.
 * - Any other gold place matches a predicted non-country place by name (normalised name of the
 *   place, or the text of one of its mentions in the article, equals the gold canonical name, a
 *   part of it, or a surface form), or by position once the gold name is resolved through the
 *   gazetteer: a city or other place within 40 km; a region or province by its extent (a
 *   predicted region, province or other place whose point lies in the gold place's bbox).
 * - Recall counts `required` gold places; a prediction is a true positive when it matches a
 *   required place, is ignored when it only matches `optional` or `must_not_be_a_party` places,
 *   and is a false positive when it matches no gold place.
 *
 * Links (per article; predictions = links with evidence from that article)
 * - Gold party names map to ids: countries to ISO alpha-2, 'Taliban' to `taliban`, 'TTP' to `ttp`,
 *   other named actors through actors.json; a trailing "government" and a parenthesised note are
 *   dropped; parenthesised unnamed participants ("(four other nations)") stay unmatched. From
 *   2021 on (the link's year, or the article's when the link is undated), and wherever the key
 *   lists `acceptable_party_aliases`, the Taliban may also be named `AF`.
 * - A gold link is found by a predicted link that shares at least two of its parties and at
 *   least half of the union of both party lists, and whose year is accepted: "A/B" accepts the
 *   year of A or of B ("A/.." A or later), "x; y" any of them, "1990s" 1990, null anything.
 * - Recall counts `core` and `secondary` gold links; a predicted link is a false positive when it
 *   matches no gold link of any priority.
 *
 * Precision with no predictions is 1 (nothing wrong was said); recall with nothing to find is 1.
 * Totals are micro-averaged: counts are summed over articles before dividing.
 */
import type { GazetteerPlace } from './types';

export interface GoldPlace {
	canonical: string;
	kind: string;
	within_country?: string | null;
	surface_forms?: string[];
	expected_in_place_set: 'required' | 'optional' | 'must_not_be_a_party' | string;
}

export interface GoldLink {
	id: string;
	parties: string[];
	date: string | null;
	priority: 'core' | 'secondary' | 'optional' | string;
	acceptable_party_aliases?: Record<string, string[]>;
}

export interface GoldArticle {
	file: string;
	metadata?: { publication_date?: string | null; publication_date_best_guess?: string | null };
	places: GoldPlace[];
	links: GoldLink[];
}

export interface PredictedPlace {
	id: string;
	name: string;
	kind: string;
	country: string | null;
	coord: [number, number];
	/** Texts of its mentions in the article being scored. */
	texts: string[];
}

export interface PredictedLink {
	id: string;
	parties: string[];
	year: number | null;
	/** What the link says beyond its parties (scored by eval-events.ts). */
	type?: string;
	status?: string;
	from?: string;
	to?: string;
	/** False when the text gives no direction (drawn without an arrowhead). */
	directed?: boolean;
}

/** Name lookups the scorer needs; built from the gazetteer, actors.json and country names. */
export interface EvalResolver {
	/** The gazetteer place a gold place name refers to, preferring the given kind. */
	place(name: string, kind?: string): GazetteerPlace | undefined;
	/** The party id (ISO alpha-2 or actor id) for a gold party name. */
	party(name: string): string | undefined;
}

export interface Counts {
	/** Predictions that match a gold item that counts. */
	tp: number;
	/** Predictions that match no gold item. */
	fp: number;
	/** Gold items (that count for recall) found by some prediction. */
	found: number;
	/** Gold items that count for recall. */
	gold: number;
}

export interface Scores extends Counts {
	precision: number;
	recall: number;
	f1: number;
}

export interface ArticleScore {
	file: string;
	places: Scores;
	links: Scores;
	missedPlaces: string[];
	wrongPlaces: string[];
	missedLinks: string[];
	wrongLinks: string[];
}

const CITY_MATCH_KM = 40;

export function scores(c: Counts): Scores {
	const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
	const recall = c.gold === 0 ? 1 : c.found / c.gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
	return { tp: a.tp + b.tp, fp: a.fp + b.fp, found: a.found + b.found, gold: a.gold + b.gold };
}

/** Lower case, no diacritics, no possessive 's, punctuation folded to spaces, no leading "the". */
export function normaliseName(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '');
}

/** The gold canonical name, its parts ("FATA (Federally …)", "South Asia / Central Asia") and surface forms. */
function goldPlaceNames(p: GoldPlace): string[] {
	const names = [p.canonical];
	const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(p.canonical);
	if (paren) names.push(paren[1]!, paren[2]!);
	for (const n of [...names]) if (n.includes('/')) names.push(...n.split('/'));
	names.push(...(p.surface_forms ?? []));
	return [...new Set(names.map(normaliseName).filter(Boolean))];
}

const RAD = Math.PI / 180;
function distanceKm(a: [number, number], b: [number, number]): number {
	const h =
		Math.sin(((b[1] - a[1]) * RAD) / 2) ** 2 +
		Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(((b[0] - a[0]) * RAD) / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function inBbox(p: [number, number], b: [number, number, number, number]): boolean {
	return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
}

/** Whether a predicted place is the gold place (see the header for the rules). */
function placeMatches(gold: GoldPlace, pred: PredictedPlace, resolver: EvalResolver): boolean {
	if (gold.kind === 'country' && gold.within_country) {
		return pred.kind === 'country' && pred.country === gold.within_country;
	}
	if (pred.kind === 'country' && gold.kind !== 'country') return false;
	const names = goldPlaceNames(gold);
	const predNames = [pred.name, ...pred.texts].map(normaliseName);
	if (predNames.some((n) => names.includes(n))) return true;
	if (gold.kind === 'country') return false;
	let resolved: GazetteerPlace | undefined;
	for (const n of [gold.canonical, ...names]) {
		resolved = resolver.place(n, gold.kind);
		if (resolved) break;
	}
	if (!resolved) return false;
	if ((gold.kind === 'region' || gold.kind === 'province') && resolved.bbox) {
		return pred.kind !== 'city' && inBbox(pred.coord, resolved.bbox);
	}
	return distanceKm(pred.coord, resolved.coord) <= CITY_MATCH_KM;
}

export function scorePlaces(
	gold: GoldPlace[],
	predicted: PredictedPlace[],
	resolver: EvalResolver
): { counts: Counts; missed: string[]; wrong: string[] } {
	const required = gold.filter((g) => g.expected_in_place_set === 'required');
	const foundGold = new Set<GoldPlace>();
	let tp = 0;
	let fp = 0;
	const wrong: string[] = [];
	for (const p of predicted) {
		const matched = gold.filter((g) => placeMatches(g, p, resolver));
		matched.forEach((g) => foundGold.add(g));
		if (matched.some((g) => g.expected_in_place_set === 'required')) tp++;
		else if (matched.length === 0) {
			fp++;
			wrong.push(p.id);
		}
	}
	const missed = required.filter((g) => !foundGold.has(g)).map((g) => g.canonical);
	return {
		counts: { tp, fp, found: required.length - missed.length, gold: required.length },
		missed,
		wrong
	};
}

/** The years a gold date accepts, as a predicate; null date: any year. */
export function goldYearAccepts(date: string | null): (year: number | null) => boolean {
	if (date === null || date.trim() === '') return () => true;
	const years = new Set<number>();
	let openFrom: number | undefined;
	for (const part of date.split(';')) {
		const [a, b] = part.trim().split('/');
		const ya = yearOfGold(a);
		if (ya !== undefined) years.add(ya);
		if (b !== undefined) {
			if (b.trim() === '..' && ya !== undefined) openFrom = Math.min(openFrom ?? ya, ya);
			const yb = yearOfGold(b);
			if (yb !== undefined) years.add(yb);
		}
	}
	return (year) =>
		year !== null && (years.has(year) || (openFrom !== undefined && year >= openFrom));
}

function yearOfGold(s: string | undefined): number | undefined {
	const m = /^\s*(\d{4})/.exec(s ?? '');
	return m ? Number(m[1]) : undefined;
}

function firstYear(date: string | null | undefined): number | undefined {
	return date ? yearOfGold(date) : undefined;
}

/** For each gold party, the set of predicted ids that stand for it (empty: never matched). */
export function goldPartyIds(
	link: GoldLink,
	articleYear: number | undefined,
	resolver: EvalResolver
): Set<string>[] {
	const linkYear = firstYear(link.date) ?? articleYear;
	return link.parties.map((name) => {
		const ids = new Set<string>();
		const id = resolver.party(name);
		if (id) ids.add(id);
		for (const alias of link.acceptable_party_aliases?.[name] ?? []) {
			const a = resolver.party(alias);
			if (a) ids.add(a);
		}
		if (id === 'taliban' && linkYear !== undefined && linkYear >= 2021) ids.add('AF');
		return ids;
	});
}

/** Size of a maximum matching between gold parties and predicted party ids (augmenting paths). */
function sharedParties(gold: Set<string>[], predicted: string[]): number {
	const owner = new Map<number, number>(); // predicted index → gold index
	const tryGold = (g: number, seen: Set<number>): boolean => {
		for (let p = 0; p < predicted.length; p++) {
			if (seen.has(p) || !gold[g]!.has(predicted[p]!)) continue;
			seen.add(p);
			const current = owner.get(p);
			if (current === undefined || tryGold(current, seen)) {
				owner.set(p, g);
				return true;
			}
		}
		return false;
	};
	let n = 0;
	for (let g = 0; g < gold.length; g++) if (tryGold(g, new Set())) n++;
	return n;
}

/** Whether a predicted link finds the gold link (see the header for the rules). */
export function linkMatches(
	gold: GoldLink,
	pred: PredictedLink,
	articleYear: number | undefined,
	resolver: EvalResolver
): boolean {
	if (!goldYearAccepts(gold.date)(pred.year)) return false;
	const goldIds = goldPartyIds(gold, articleYear, resolver);
	const predicted = [...new Set(pred.parties)];
	const shared = sharedParties(goldIds, predicted);
	const union = goldIds.length + predicted.length - shared;
	return shared >= 2 && shared * 2 >= union;
}

export function scoreLinks(
	gold: GoldLink[],
	predicted: PredictedLink[],
	articleYear: number | undefined,
	resolver: EvalResolver
): { counts: Counts; missed: string[]; wrong: string[] } {
	const counted = gold.filter((g) => g.priority === 'core' || g.priority === 'secondary');
	const found = new Set<GoldLink>();
	let tp = 0;
	let fp = 0;
	const wrong: string[] = [];
	for (const p of predicted) {
		const matched = gold.filter((g) => linkMatches(g, p, articleYear, resolver));
		matched.forEach((g) => found.add(g));
		if (matched.length > 0) tp++;
		else {
			fp++;
			wrong.push(p.id);
		}
	}
	const missed = counted.filter((g) => !found.has(g)).map((g) => g.id);
	return {
		counts: { tp, fp, found: counted.length - missed.length, gold: counted.length },
		missed,
		wrong
	};
}

/** The article's publication year as the key gives it (or its best guess). */
export function goldArticleYear(a: GoldArticle): number | undefined {
	return firstYear(a.metadata?.publication_date ?? a.metadata?.publication_date_best_guess ?? null);
}

export function scoreArticle(
	gold: GoldArticle,
	places: PredictedPlace[],
	links: PredictedLink[],
	resolver: EvalResolver
): ArticleScore {
	const p = scorePlaces(gold.places, places, resolver);
	const l = scoreLinks(gold.links, links, goldArticleYear(gold), resolver);
	return {
		file: gold.file,
		places: scores(p.counts),
		links: scores(l.counts),
		missedPlaces: p.missed,
		wrongPlaces: p.wrong,
		missedLinks: l.missed,
		wrongLinks: l.wrong
	};
}
