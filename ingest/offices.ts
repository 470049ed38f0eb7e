/**
 * Terms of office and anchor events (geodata/offices.json): what a page that prints no date
 * still says about when it was written. "Pakistani Prime Minister Imran Khan" is only written
 * while he held the office (2018-08-18 … 2022-04-10); "former Prime Minister Imran Khan" only
 * after; "since the Taliban took power" only from 2021-08-15.
 *
 * `createOffices()` validates the file (valibot; errors name the path and the value) and compiles
 * it once: one expression over every holder's names, one per title, one per anchor. The
 * constraints a text yields are found by `officeConstraints()` and `anchorConstraints()`
 * (anchors.ts).
 */
import * as v from 'valibot';
import { expected, parseOutput, SchemaError } from '../src/lib/data/issues';

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
	/** Every holder name, longest first, hyphen and space shapes interchangeable. */
	names: RegExp;
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
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How holder names are compared: case, spaces, hyphens and dots do not matter. */
export const nameKey = (s: string) => s.toLowerCase().replace(/[-\s.]+/g, '');

/** Validates and compiles offices.json. Throws a SchemaError naming the path and the value. */
export function createOffices(json: unknown): Offices {
	const file = parseOutput(OfficesFile, json, 'offices.json');
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
	// `[-\s]`, keeps the expression under the 20 KB past which V8 stops optimising one (past it,
	// this scan took a quarter of the ingest's time).
	const alternatives = [...new Set(names)]
		.sort((a, b) => b.length - a.length)
		.map((n) =>
			escapeRe(n)
				.replace(/\\\.\s*/g, '\\.?\\s*')
				.replace(/-|\s+/g, '\\W')
		);
	const source = [...new Set(alternatives)].join('|');
	return {
		holders: file.holders,
		names: new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'g'),
		byName,
		titles,
		anchors: file.anchors.map((a) => ({
			id: a.id,
			hint: new RegExp(a.hint, 'i'),
			re: new RegExp(a.pattern, 'gi'),
			unless: a.unless ? new RegExp(a.unless, 'i') : null,
			unlessBefore: a.unlessBefore ? new RegExp(`(?:${a.unlessBefore})\\s*$`, 'i') : null,
			after: a.after,
			before: a.before ?? null,
			session: a.session === true,
			yearsSince: a.yearsSince === true,
			news: a.news === true,
			source: a.source
		}))
	};
}

/** "former", "ex-", "then", "late": the title is not held when the text is written (or at least not then). */
const FORMER_RE =
	/\b(?:former|ex|erstwhile|then|late|previous|outgoing|ousted|deposed|jailed|imprisoned)\b[-\s]*$/i;
const THEN_RE = /\bthen\b[-\s]*$/i;

/** Days after a term's end on which "former" is written: every day from the end on. */
function afterTerms(terms: Holder['terms']): Interval[] {
	const ends = terms.map((t) => t[1]).filter((d): d is string => d !== null);
	if (ends.length === 0) return [{ from: '9999-12-31', to: null }];
	const out: Interval[] = [];
	const sorted = [...terms].sort((a, b) => a[0].localeCompare(b[0]));
	for (let i = 0; i < sorted.length; i++) {
		const end = sorted[i]![1];
		if (end === null) continue;
		const next = sorted[i + 1]?.[0] ?? null;
		out.push({ from: end, to: next });
	}
	return out;
}

/**
 * The last seven words of a phrase, without honorifics ("Maulvi", "Dr.", "General") just before
 * the name; the "General" of "Secretary General" is the title, not a rank.
 */
function lastWords(phrase: string): string {
	const words = phrase.replace(HONORIFICS_RE, '').split(/\s+/);
	// A "vice" or "deputy" just outside the window still qualifies the title inside it.
	const from = /^(?:vice|deputy|assistant)$/i.test(words[words.length - 8] ?? '') ? -8 : -7;
	return words.slice(from).join(' ');
}
const HONORIFICS_RE =
	/(?:\b(?:Maulvi|Mawlawi|Mawlavi|Mullah|Mulla|Sheikh|Shaikh|Haji|Alhaj|Qari|Hafiz|Dr|Mr|Mrs|Ms|Gen|(?<!(?:Secretary|Director|Attorney|Consul)[- ])General|Lt|Sardar|Syed|Sayed|H\.?E)\.?\s+)+$/;

/**
 * The phrase without a trailing "of <Country>" ("Foreign Minister of the Islamic Republic of
 * Afghanistan Maulvi"), so the title is found before it.
 */
function withoutOfPhrase(phrase: string): string {
	return phrase.replace(
		/\s+of\s+(?:the\s+)?(?:(?:of|the|and)\s+|[A-Z][\w'’-]*\s+){1,7}((?:\b(?:Maulvi|Mawlawi|Mullah|Sheikh|Haji|Dr|Mr|Mrs|Ms|Sardar|Syed)\.?\s+)*)$/,
		' $1'
	);
}

/** An honorific's full stop, which does not end a phrase. */
const HONORIFIC_STOP_RE =
	/\b(Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Brig|Adm|Amb|Eng|Sen|Gov|Sheikh|H\.E)\./g;

/** An office-holder named with the title of an office they held, where the text names them. */
export interface TitledMention {
	holder: Holder;
	/** Where the name is in the text. */
	index: number;
	end: number;
	/** "former Prime Minister …": the title is not held when the text is written. */
	former: boolean;
	/** "then-Prime Minister …": the title was held at the time told, not when the text is written. */
	then: boolean;
	/** The phrase before the name in which the title was found ("" for a title after it). */
	phraseBefore: string;
}

/** "the December 11 killing of Khalil Haqqani, the Minister for Refugees": the term has ended. */
const DIED_BEFORE_RE =
	/\b(?:killing|death|assassination|murder|funeral|martyrdom)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

/** "his Chinese counterpart, Qin Gang", "their Afghan counterparts": the name holds an office. */
const COUNTERPART_RE = /\bcounterparts?\s*,?\s*$/i;

/** Where the text names an office-holder: the name as written (`[0]`) and its offset. */
export type NameMatch = { 0: string; index: number };

/** Every office-holder's name in the text, titled or not (one scan of the names' expression). */
export function nameMatches(text: string, offices: Offices): NameMatch[] {
	const out: NameMatch[] = [];
	offices.names.lastIndex = 0;
	for (let m = offices.names.exec(text); m !== null; m = offices.names.exec(text))
		out.push({ 0: m[0], index: m.index });
	return out;
}

/**
 * Office-holders named with the title of their office ("Prime Minister Imran Khan", "Imran
 * Khan, Pakistan's prime minister", "Pakistani PM Imran Khan"), each mention in text order.
 */
export function titledMentions(
	text: string,
	offices: Offices,
	names: readonly NameMatch[] = nameMatches(text, offices)
): TitledMention[] {
	const out: TitledMention[] = [];
	for (const m of names) {
		const holders = offices.byName.get(nameKey(m[0])) ?? [];
		// An honorific's full stop ("… of Afghanistan Dr. Abdullah Abdullah") does not end the phrase.
		const before = text.slice(Math.max(0, m.index - 70), m.index).replace(HONORIFIC_STOP_RE, '$1');
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 70);
		// The title sits in the same phrase: before the name, or in an apposition after it.
		const phraseBefore = before.split(/[.;:!?()"“”]|,\s+(?:and|but|while|as)\s/).pop() ?? '';
		const phraseAfter = /^\s*,\s*([^,.;()]{0,60})/.exec(after)?.[1] ?? '';
		// "met his Chinese counterpart, Qin Gang": in office then, in the one office they are known for.
		const counterpart = holders.length === 1 && COUNTERPART_RE.test(phraseBefore);
		for (const h of holders) {
			const title = offices.titles.get(h.office)!;
			const titledBefore =
				counterpart ||
				title.test(lastWords(phraseBefore)) ||
				title.test(lastWords(withoutOfPhrase(phraseBefore)));
			const titledAfter = !titledBefore && title.test(phraseAfter);
			if (!titledBefore && !titledAfter) continue;
			const titleAt = titledBefore ? phraseBefore.search(title) : -1;
			const qualifier = titledBefore
				? phraseBefore.slice(0, Math.max(0, titleAt + 1))
				: phraseAfter.slice(0, Math.max(0, phraseAfter.search(title) + 1));
			const then = THEN_RE.test(qualifier.trimEnd()) || /\bthen[-\s]/i.test(qualifier);
			const former =
				!then &&
				(FORMER_RE.test(qualifier.trimEnd()) ||
					/\b(?:former|ex)[-\s]/i.test(qualifier) ||
					DIED_BEFORE_RE.test(before));
			out.push({
				holder: h,
				index: m.index,
				end: m.index + m[0].length,
				former,
				then,
				phraseBefore: titledBefore ? phraseBefore : ''
			});
		}
	}
	return out;
}

/** A holder's terms as intervals of days. */
export function termsOf(h: Holder): Interval[] {
	return h.terms.map(([from, to]) => ({ from, to }));
}

/** A holder as the reasons name them: "foreign minister Shah Mahmood Qureshi". */
export function holderLabel(h: Holder): string {
	return `${h.office.replace(/-/g, ' ')} ${h.names[0]}`;
}

/**
 * What titled office-holders say of when the text was written: during a term, or after one when
 * the title is "former". A name alone, or "then-Prime Minister", says nothing about it.
 */
export function officeConstraints(text: string, offices: Offices): DateConstraint[] {
	const out: DateConstraint[] = [];
	const seen = new Set<string>();
	for (const { holder: h, then, former } of titledMentions(text, offices)) {
		if (then) continue;
		const key = `${h.names[0]}|${h.office}|${former}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({
			allowed: former ? afterTerms(h.terms) : termsOf(h),
			code: `office:${h.office}`,
			reason: `${former ? 'former ' : ''}${holderLabel(h)}`,
			strength: 3
		});
	}
	return out;
}
