/**
 * Terms of office and anchor events (geodata/offices.json): what a page that prints no date
 * still says about when it was written. "Pakistani Prime Minister Imran Khan" is only written
 * while he held the office (2018-08-18 … 2022-04-10); "former Prime Minister Imran Khan" only
 * after; "since the Taliban took power" only from 2021-08-15.
 *
 * `createOffices()` validates the file (valibot; errors name the path and the value) and compiles
 * it once: one expression over every holder's names, one per title, one per anchor. The
 * constraints a text yields are found by `officeConstraints()` (office-mentions.ts) and `anchorConstraints()`
 * (anchors.ts).
 */
import * as v from 'valibot';
import { expected, parseOutput, SchemaError } from '../src/lib/data/issues';
import { hintIndex, type HintIndex } from './anchor-hints';
import { escapeRe } from './escape-re';

const ISO_DAY = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, expected('YYYY-MM-DD')));
const ISO2 = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, expected('an ISO 3166-1 alpha-2 code')));
const Pattern = v.pipe(
	v.string(),
	v.check((s) => {
		try {
			new RegExp(s, 'i');
			return true;
		} catch {
			return false;
		}
	}, expected('a valid regular expression'))
);

const OfficesFile = v.object({
	note: v.optional(v.string()),
	titles: v.record(v.string(), Pattern),
	/**
	 * Expressions many anchors share, by name: `@{name}` in an anchor's `unless` or `unlessBefore`
	 * stands for the expression of that name ("@{told-as-coming}": "will be held", "is scheduled to").
	 */
	patterns: v.optional(v.record(v.string(), Pattern)),
	holders: v.array(
		v.object({
			names: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1)),
			office: v.string(),
			country: v.nullable(ISO2),
			terms: v.pipe(v.array(v.tuple([ISO_DAY, v.nullable(ISO_DAY)])), v.minLength(1)),
			source: v.pipe(v.string(), v.minLength(1))
		})
	),
	anchors: v.array(
		v.object({
			id: v.string(),
			pattern: Pattern,
			after: ISO_DAY,
			unless: v.optional(Pattern),
			/** Words just before the match that make it refer to something else ("the former …"). */
			unlessBefore: v.optional(Pattern),
			/** Words the text must contain before the pattern is tried (a cheap first test). */
			hint: Pattern,
			/** The pattern captures a UN General Assembly session number: the years it spans. */
			session: v.optional(v.boolean()),
			/**
			 * The pattern captures how many years have passed since `after` ("an 18-year-old
			 * conflict"): written in the year after that many, give or take half a year.
			 */
			yearsSince: v.optional(v.boolean()),
			/** The last day a page can refer to the event this way ("On August 15" with no year: within a year). */
			before: v.optional(ISO_DAY),
			/**
			 * A dated event that pages naming it mostly report as news (a meeting, a strike), not an
			 * era they write in (the Taliban's takeover): its day is a guess of the day of writing.
			 */
			news: v.optional(v.boolean()),
			source: v.pipe(v.string(), v.minLength(1))
		})
	)
});

type OfficesJson = v.InferOutput<typeof OfficesFile>;
export type Holder = OfficesJson['holders'][number];

/** A span of days a text allows for its own writing: inclusive ISO days, null = open. */
export interface Interval {
	from: string | null;
	to: string | null;
}

/** What one cue in the text says about when it was written. */
export interface DateConstraint {
	/** The text may have been written on a day inside one of these intervals. */
	allowed: Interval[];
	/** Short code and words for people ("office:prime-minister", "Imran Khan as prime minister"). */
	code: string;
	reason: string;
	/** How far the cue is trusted when cues disagree (titles and anchors 3, bare dates 1–2). */
	strength: number;
	/** The date the cue itself suggests for the writing (a day or month told as past), if any. */
	best?: string;
}

export interface Offices {
	holders: Holder[];
	/**
	 * Every holder name, longest first, hyphen and space shapes interchangeable: one expression per
	 * chunk of `NAMES_CHUNK` characters (`nameMatches` in office-mentions.ts runs them all).
	 */
	names: RegExp[];
	byName: Map<string, Holder[]>;
	titles: Map<string, RegExp>;
	anchors: Array<{
		id: string;
		hint: RegExp;
		re: RegExp;
		unless: RegExp | null;
		unlessBefore: RegExp | null;
		after: string;
		before: string | null;
		session: boolean;
		yearsSince: boolean;
		news: boolean;
		source: string;
	}>;
	/** The anchors' hints, read in one pass (anchor-hints.ts). */
	anchorHints: HintIndex;
}

/** Longest an expression over holder names gets, well under V8's 20 KB optimising limit. */
const NAMES_CHUNK = 16 * 1024;

/** Alternatives joined by `|` into as few expressions as keep each under `NAMES_CHUNK`. */
function chunked(alternatives: readonly string[]): string[] {
	const out: string[] = [];
	let current = '';
	for (const a of alternatives) {
		if (current && current.length + a.length + 1 > NAMES_CHUNK) {
			out.push(current);
			current = '';
		}
		current = current ? `${current}|${a}` : a;
	}
	if (current) out.push(current);
	return out;
}
/** How holder names are compared: case, spaces, hyphens and dots do not matter. */
export const nameKey = (s: string) => s.toLowerCase().replace(/[-\s.]+/g, '');

/** An anchor's id is its constraint's code: two with one id would read as one cue. */
function uniqueAnchorIds(anchors: ReadonlyArray<{ id: string }>): void {
	const seen = new Set<string>();
	anchors.forEach((a, i) => {
		if (seen.has(a.id))
			throw new SchemaError(
				`offices.json: anchors[${i}].id`,
				`${JSON.stringify(a.id)} is used twice`
			);
		seen.add(a.id);
	});
}

/** Validates and compiles offices.json. Throws a SchemaError naming the path and the value. */
export function createOffices(json: unknown): Offices {
	const file = parseOutput(OfficesFile, json, 'offices.json');
	/** An anchor's expression with each shared one it names (`@{name}`) written out. */
	const shared = (pattern: string | undefined, where: string): string | undefined =>
		pattern?.replace(/@\{([\w-]+)\}/g, (_, name: string) => {
			const named = file.patterns?.[name];
			if (named === undefined)
				throw new SchemaError(
					`offices.json: ${where}`,
					`no shared pattern ${JSON.stringify(name)} (patterns: ${Object.keys(file.patterns ?? {}).join(', ') || 'none'})`
				);
			return `(?:${named})`;
		});
	const titles = new Map<string, RegExp>();
	for (const [office, source] of Object.entries(file.titles))
		// "Vice President Mokhber", "Deputy Foreign Minister Rudenko": another office than the title's.
		titles.set(
			office,
			new RegExp(`(?:^|[^\\w])(?<!\\b(?:vice|deputy|assistant)[- ])(?:${source})(?![\\w])`, 'i')
		);
	const byName = new Map<string, Holder[]>();
	const names: string[] = [];
	file.holders.forEach((h, i) => {
		if (!titles.has(h.office))
			throw new SchemaError(
				`offices.json: holders[${i}].office`,
				`no title for office ${JSON.stringify(h.office)} (titles: ${[...titles.keys()].join(', ')})`
			);
		for (const n of h.names) {
			const key = nameKey(n);
			const list = byName.get(key) ?? [];
			list.push(h);
			byName.set(key, list);
			names.push(n);
		}
	});
	// Words are parted by any one character that is not a word's (a space, a hyphen): `\W`, not
	// `[-\s]`, keeps the expressions short; each stays under the 20 KB past which V8 stops
	// optimising one (past it, this scan took a quarter of the ingest's time).
	const alternatives = [...new Set(names)]
		.sort((a, b) => b.length - a.length)
		.map((n) =>
			escapeRe(n)
				.replace(/\\\.\s*/g, '\\.?\\s*')
				.replace(/-|\s+/g, '\\W')
		);
	uniqueAnchorIds(file.anchors);
	const anchors = file.anchors.map((a, i) => {
		const unless = shared(a.unless, `anchors[${i}].unless`);
		const unlessBefore = shared(a.unlessBefore, `anchors[${i}].unlessBefore`);
		return {
			id: a.id,
			hint: new RegExp(a.hint, 'i'),
			re: new RegExp(a.pattern, 'gi'),
			unless: unless ? new RegExp(unless, 'i') : null,
			unlessBefore: unlessBefore ? new RegExp(`(?:${unlessBefore})\\s*$`, 'i') : null,
			after: a.after,
			before: a.before ?? null,
			session: a.session === true,
			yearsSince: a.yearsSince === true,
			news: a.news === true,
			source: a.source
		};
	});
	return {
		holders: file.holders,
		names: chunked([...new Set(alternatives)]).map(
			(source) => new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'g')
		),
		byName,
		titles,
		anchors,
		anchorHints: hintIndex(anchors.map((a) => a.hint))
	};
}
