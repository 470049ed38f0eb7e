/**
 * Scores of what the output says beyond which parties a link joins: the article's publication
 * date, each link's year, and, for links that find a gold link, its status and direction. Pure,
 * like eval-score.ts; the rules are documented in docs/data.md ("Evaluation").
 *
 * - Publication date: right when a date the key accepts (its `publication_date`, an
 *   `acceptable_publication_dates` entry, or, for a page whose day cannot be known, any day of
 *   its `publication_date_range`) lies inside the predicted period: the `publishedRange` when the
 *   date was inferred, else the day, month or year written in `published`. A day is right only
 *   as that day; "2021-10" is right for any October 2021 day.
 * - Link year: among predicted links that share parties with a gold link as the link rule asks
 *   (ignoring the year), the share whose year that gold link accepts.
 * - Status and direction: among predicted links that find a gold link, the share with the gold
 *   status, and (where the key gives a direction) the gold `from` → `to`.
 */
import {
	goldArticleYear,
	goldPartyIds,
	goldYearAccepts,
	linkMatches,
	type EvalResolver,
	type GoldArticle,
	type GoldLink,
	type PredictedLink
} from './eval-score';

export interface GoldPageMeta {
	publication_date?: string | null;
	publication_date_best_guess?: string | null;
	publication_date_range?: [string, string] | null;
	acceptable_publication_dates?: string[];
}

export interface PredictedDate {
	published: string | null;
	publishedRange?: [string, string] | null;
}

/** First and last day of a partial date ("2021" → 2021-01-01 … 2021-12-31). */
function periodOf(date: string): [string, string] {
	if (date.length === 10) return [date, date];
	if (date.length === 7) {
		const [y, m] = date.split('-').map(Number) as [number, number];
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
	}
	return [`${date}-01-01`, `${date}-12-31`];
}

/** Whether the predicted publication date is right (see the header). Null when the key gives no date at all. */
export function publicationDateRight(gold: GoldPageMeta, pred: PredictedDate): boolean | null {
	const accepted = [gold.publication_date, ...(gold.acceptable_publication_dates ?? [])].filter(
		(d): d is string => typeof d === 'string' && d.length > 0
	);
	const range = gold.publication_date_range ?? null;
	if (accepted.length === 0 && !range) return null;
	const predicted: [string, string] | null = pred.publishedRange
		? pred.publishedRange
		: pred.published
			? periodOf(pred.published)
			: null;
	if (!predicted) return false;
	const [from, to] = [periodOf(predicted[0])[0], periodOf(predicted[1])[1]];
	const inside = (day: string) => day >= from && day <= to;
	if (accepted.length > 0) {
		// A gold date known only to the month or year: the prediction must lie within that period.
		return accepted.some((d) => {
			if (d.length === 10) return inside(d);
			const [a, b] = periodOf(d);
			return from >= a && to <= b;
		});
	}
	const [a, b] = [periodOf(range![0])[0], periodOf(range![1])[1]];
	return from >= a && to <= b;
}

/** Width in days of an inferred publication interval (for reporting how tight inferences are). */
export function rangeDays(range: [string, string]): number {
	const from = Date.parse(periodOf(range[0])[0]);
	const to = Date.parse(periodOf(range[1])[1]);
	return Math.round((to - from) / 86_400_000) + 1;
}

/** Whether a predicted link shares parties with a gold link as the link rule asks, whatever its year. */
function sharesParties(
	gold: GoldLink,
	pred: PredictedLink,
	articleYear: number | undefined,
	resolver: EvalResolver
): boolean {
	return linkMatches({ ...gold, date: null }, pred, articleYear, resolver);
}

export interface EventCounts {
	/** Predicted links sharing parties with some gold link / of those, with an accepted year. */
	yearJudged: number;
	yearRight: number;
	/** Predicted links finding a gold link that gives a status / of those, with that status. */
	statusJudged: number;
	statusRight: number;
	/** Predicted links finding a gold link that gives a direction / of those, with that direction. */
	directionJudged: number;
	directionRight: number;
	/**
	 * Predicted links finding a gold link whose key says the text gives no direction (from and to
	 * null) / of those, drawn without one (`directed` false: no arrowhead).
	 */
	undirectedJudged: number;
	undirectedRight: number;
	/** Predicted links finding a gold link / of those, with its type. */
	typeJudged: number;
	typeRight: number;
}

export const NO_EVENT_COUNTS: EventCounts = {
	yearJudged: 0,
	yearRight: 0,
	statusJudged: 0,
	statusRight: 0,
	directionJudged: 0,
	directionRight: 0,
	undirectedJudged: 0,
	undirectedRight: 0,
	typeJudged: 0,
	typeRight: 0
};

export function addEventCounts(a: EventCounts, b: EventCounts): EventCounts {
	const out = { ...a };
	for (const k of Object.keys(out) as Array<keyof EventCounts>) out[k] += b[k];
	return out;
}

export interface GoldEventLink extends GoldLink {
	type?: string;
	status?: string;
	from?: string | null;
	to?: string | null;
}

export function scoreEvents(
	gold: GoldArticle & { links: GoldEventLink[] },
	predicted: PredictedLink[],
	resolver: EvalResolver
): EventCounts {
	const year = goldArticleYear(gold);
	const c = { ...NO_EVENT_COUNTS };
	for (const p of predicted) {
		const sharing = gold.links.filter((g) => sharesParties(g, p, year, resolver));
		if (sharing.length > 0) {
			c.yearJudged++;
			if (sharing.some((g) => goldYearAccepts(g.date)(p.year))) c.yearRight++;
		}
		const found = gold.links.filter((g) => linkMatches(g, p, year, resolver)) as GoldEventLink[];
		if (found.length === 0) continue;
		if (found.some((g) => g.status)) {
			c.statusJudged++;
			if (found.some((g) => (g.status ?? 'held') === (p.status ?? 'held'))) c.statusRight++;
		}
		const directed = found.filter((g) => g.from && g.to);
		if (directed.length > 0 && p.from && p.to) {
			// An arc drawn without an arrowhead where the text gives a direction is not right.
			c.directionJudged++;
			if (p.directed !== false && directed.some((g) => sameDirection(g, p, year, resolver)))
				c.directionRight++;
		} else if (found.some((g) => g.from === null && g.to === null)) {
			c.undirectedJudged++;
			if (p.directed === false) c.undirectedRight++;
		}
		if (found.some((g) => g.type)) {
			c.typeJudged++;
			if (found.some((g) => g.type === p.type)) c.typeRight++;
		}
	}
	return c;
}

function sameDirection(
	g: GoldEventLink,
	p: PredictedLink,
	year: number | undefined,
	resolver: EvalResolver
): boolean {
	const [fromIds, toIds] = goldPartyIds(
		{ ...g, parties: [g.from as string, g.to as string] },
		year,
		resolver
	) as [Set<string>, Set<string>];
	return fromIds.has(p.from as string) && toIds.has(p.to as string);
}
