/**
 * Build stage: turns per-article results into the three output documents of the data contract
 * (src/lib/data/schema.ts): one Point per mentioned place and one two-point line per merged link,
 * its two ends (map data: what the map draws and counts; the app bends each into its arc,
 * src/lib/data/link-arcs.ts), and the articles with the mentions and link evidence found in
 * them (reading data, loaded only when someone reads).
 *
 * Everything here is deterministic: inputs are sorted, ids are derived from content (a link's id is
 * a hash of its type, parties and date), features are sorted, so two runs over the same articles
 * give byte-identical output and a diff of the generated data can be reviewed.
 */
import {
	LINKS_FORMAT,
	LINK_TYPES,
	isPartialDate,
	validateLinks,
	validatePlaces,
	type Article,
	type ArticleEvidence,
	type ArticleMention,
	type ArticleText,
	type Evidence,
	type LinkFeature,
	type LinkProperties,
	type LinksCollection,
	type PartialDate,
	type PlaceFeature,
	type PlacesCollection
} from '../../src/lib/data/schema';
import { validateArticles } from '../../src/lib/data/articles-schema';
import { mergedConfidence, mergeLinks } from './build-merge';
import { linkId } from '../../src/lib/data/link-id';
import type { ActorIndex, Gazetteer, PlaceMention, RawLink } from '../types';

export interface BuildInput {
	articles: ArticleText[];
	mentions: PlaceMention[];
	links: RawLink[];
	gazetteer: Gazetteer;
	actors: ActorIndex;
}

export interface BuildOutput {
	articles: Article[];
	places: PlacesCollection;
	links: LinksCollection;
	/** Things dropped while building (unknown place ids, parties that cannot be located). */
	warnings: string[];
}

/** Year key of an article for `mentionsByYear`: its publication year or `"undated"`. */
function yearKey(published: PartialDate): string {
	return published ? published.slice(0, 4) : 'undated';
}

/** Year of a partial date, or null. */
function yearOf(date: PartialDate): number | null {
	return date ? Number.parseInt(date.slice(0, 4), 10) : null;
}

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function compareMentions(a: ArticleMention, b: ArticleMention): number {
	return (
		a.paragraph - b.paragraph ||
		a.start - b.start ||
		a.end - b.end ||
		compareStrings(a.place, b.place)
	);
}

/** Where a party is drawn: a state at its capital (else its label point), an actor where it was then. */
function locateParty(
	party: string,
	date: PartialDate,
	gazetteer: Gazetteer,
	actors: ActorIndex
): LngLat | undefined {
	if (/^[A-Z]{2}$/.test(party)) {
		const place = gazetteer.capital(party) ?? gazetteer.country(party);
		return place?.coord;
	}
	const placeId = actors.locate(party, date);
	const place = placeId ? gazetteer.get(placeId) : undefined;
	if (place) return place.coord;
	const country = actors.get(party)?.country;
	return country ? locateParty(country, date, gazetteer, actors) : undefined;
}

/** Places and, per article id, the mentions kept (those of places the gazetteer knows). */
function buildPlaces(
	articles: ArticleText[],
	mentions: PlaceMention[],
	gazetteer: Gazetteer,
	warnings: string[]
): { places: PlacesCollection; byArticle: Map<string, ArticleMention[]> } {
	const yearByArticle = new Map(articles.map((a) => [a.id, yearKey(a.published)]));
	const byYearOfPlace = new Map<string, Record<string, number>>();
	const byArticle = new Map<string, ArticleMention[]>();
	const unknown = new Set<string>();
	for (const m of mentions) {
		if (!gazetteer.get(m.place)) {
			unknown.add(m.place);
			continue;
		}
		const { article, place, paragraph, start, end, text, via } = m;
		let list = byArticle.get(article);
		if (!list) byArticle.set(article, (list = []));
		list.push({ place, paragraph, start, end, text, via });
		let byYear = byYearOfPlace.get(place);
		if (!byYear) byYearOfPlace.set(place, (byYear = {}));
		const y = yearByArticle.get(article) ?? 'undated';
		byYear[y] = (byYear[y] ?? 0) + 1;
	}
	for (const id of [...unknown].sort())
		warnings.push(`place ${id} is not in the gazetteer (dropped)`);
	for (const list of byArticle.values()) list.sort(compareMentions);

	const features: PlaceFeature[] = [];
	for (const id of [...byYearOfPlace.keys()].sort()) {
		const place = gazetteer.get(id)!;
		const sortedByYear = Object.fromEntries(
			Object.entries(byYearOfPlace.get(id)!).sort(([a], [b]) => compareStrings(a, b))
		);
		features.push({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [place.coord[0], place.coord[1]] },
			properties: {
				id,
				name: place.name,
				kind: place.kind,
				country: place.country,
				capital: place.capital === true,
				polygon: place.polygon ?? null,
				mentionsByYear: sortedByYear
			}
		});
	}
	return { places: { type: 'FeatureCollection', features }, byArticle };
}

/** Sort key of a link: year (undated last), date, type, parties, id. */
function linkSortKey(p: LinkProperties): string {
	const year = p.year === null ? '9999' : String(p.year).padStart(4, '0');
	return `${year}|${p.date ?? ''}|${p.type}|${p.parties.join(',')}|${p.id}`;
}

/** A [longitude, latitude] pair. */
type LngLat = [number, number];

/** A merged link that can be drawn: its properties, its evidence and its two ends. */
interface LocatedLink {
	props: LinkProperties;
	evidence: Evidence[];
	from: LngLat;
	to: LngLat;
}

/**
 * The merged links with their properties and ends, sorted (see `linkSortKey`). A link without two
 * parties, a known type and a valid date, or with a party that cannot be located, is dropped with
 * a warning.
 */
function locateLinks(
	links: RawLink[],
	gazetteer: Gazetteer,
	actors: ActorIndex,
	warnings: string[]
): LocatedLink[] {
	const located: LocatedLink[] = [];
	for (const m of mergeLinks(links)) {
		const { raw } = m;
		if (m.parties.length < 2 || !LINK_TYPES.includes(raw.type) || !isPartialDate(raw.date)) {
			warnings.push(`link ${m.key}: needs two parties, a known type and a valid date (dropped)`);
			continue;
		}
		const from = locateParty(raw.from, raw.date, gazetteer, actors);
		const to = locateParty(raw.to, raw.date, gazetteer, actors);
		if (!from || !to) {
			const missing = !from ? raw.from : raw.to;
			warnings.push(`link ${m.key}: party ${missing} cannot be located (dropped)`);
			continue;
		}
		const evidence = m.evidence;
		const props: LinkProperties = {
			id: linkId(m.key),
			type: raw.type,
			parties: m.parties,
			from: raw.from,
			to: raw.to,
			directed: raw.directed,
			place: m.place !== null && gazetteer.get(m.place) ? m.place : null,
			date: raw.date,
			year: yearOf(raw.date),
			dateBasis: raw.date === null ? null : m.dateBasis,
			status: raw.status,
			absent: [...m.absent].filter((a) => !m.parties.includes(a)).sort(),
			// A person's correction is taken as certain (the file says what it was checked against).
			confidence: m.corrected ? 1 : mergedConfidence(m.byArticle.values()),
			reasons: [...m.reasons].sort(),
			corrected: m.corrected,
			articles: new Set(evidence.map((e) => e.article)).size
		};
		located.push({ props, evidence, from, to });
	}
	const keyed = located.map((l) => ({ ...l, key: linkSortKey(l.props) }));
	keyed.sort((a, b) => compareStrings(a.key, b.key));
	return keyed.map(({ key: _key, ...l }) => l);
}

/**
 * One feature per located link, in order, its geometry the link's two ends (from → to, where the
 * gazetteer places its parties): the app draws the arc between them, fanned out by the link's
 * place among the links with the same two ends (src/lib/data/link-arcs.ts), so the order written
 * here is part of the contract. And, per article id, the evidence of the links, by paragraph.
 */
function linkFeatures(located: LocatedLink[]): {
	features: LinkFeature[];
	byArticle: Map<string, ArticleEvidence[]>;
} {
	const byArticle = new Map<string, ArticleEvidence[]>();
	const features: LinkFeature[] = located.map(({ props, evidence, from, to }) => {
		for (const e of evidence) {
			let list = byArticle.get(e.article);
			if (!list) byArticle.set(e.article, (list = []));
			list.push({ link: props.id, paragraph: e.paragraph, sentence: e.sentence });
		}
		return {
			type: 'Feature',
			geometry: {
				type: 'LineString',
				coordinates: [
					[from[0], from[1]],
					[to[0], to[1]]
				]
			},
			properties: props
		};
	});
	// By paragraph; within one paragraph in link order (the sort is stable).
	for (const list of byArticle.values()) list.sort((a, b) => a.paragraph - b.paragraph);
	return { features, byArticle };
}

/** Links and, per article id, the evidence of the links kept, in link order. */
function buildLinks(
	links: RawLink[],
	gazetteer: Gazetteer,
	actors: ActorIndex,
	warnings: string[]
): { links: LinksCollection; byArticle: Map<string, ArticleEvidence[]> } {
	const { features, byArticle } = linkFeatures(locateLinks(links, gazetteer, actors, warnings));
	return {
		links: {
			type: 'FeatureCollection',
			format: LINKS_FORMAT,
			parties: partyNames(features, gazetteer, actors),
			features
		},
		byArticle
	};
}

/**
 * The name every view shows for each party of the links: an actor's short name (or its name) from
 * actors.json, a country's name from the gazetteer, sorted by id. The app names parties from this
 * alone, so the tooltip, the panel, the lists, the search and the tour agree.
 */
function partyNames(
	features: LinksCollection['features'],
	gazetteer: Gazetteer,
	actors: ActorIndex
): Record<string, string> {
	const names = new Map<string, string>();
	for (const f of features)
		for (const id of f.properties.parties) {
			if (names.has(id)) continue;
			const actor = actors.get(id);
			const country = gazetteer.country(id);
			names.set(id, actor ? (actor.short ?? actor.name) : (country?.name ?? id));
		}
	return Object.fromEntries([...names].sort(([a], [b]) => compareStrings(a, b)));
}

/**
 * Builds and validates the output. Articles are sorted by id; mentions and links may come in any
 * order. Each article gets the mentions and evidence found in it (those of places and links that
 * were kept). Throws a SchemaError when the result breaks the contract (a bug, not bad input).
 */
export function buildOutput(input: BuildInput): BuildOutput {
	const warnings: string[] = [];
	const texts = [...input.articles].sort((a, b) => compareStrings(a.id, b.id));
	const { places, byArticle: mentions } = buildPlaces(
		texts,
		input.mentions,
		input.gazetteer,
		warnings
	);
	const { links, byArticle: evidence } = buildLinks(
		input.links,
		input.gazetteer,
		input.actors,
		warnings
	);
	const articles: Article[] = texts.map((a) => ({
		...a,
		mentions: mentions.get(a.id) ?? [],
		evidence: evidence.get(a.id) ?? []
	}));
	return {
		articles: validateArticles(articles),
		places: validatePlaces(places),
		links: validateLinks(links),
		warnings
	};
}
