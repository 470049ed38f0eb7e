/**
 * Office-holders as a text names them (geodata/offices.json, compiled by offices.ts): the name
 * with the title of an office they held, before the name or in an apposition after it, and the
 * qualifier that says whether the office is held when the text is written ("former", "then",
 * "next", "-elect"). `officeConstraints()` turns them into the days the text can have been
 * written on; links-context.ts reads them for the parties of the links.
 */
import type { DateConstraint, Holder, Interval, Offices } from './offices';
import { nameKey } from './offices';
import { shiftedDays } from './anchors';

/** "former", "ex-", "then", "late": the title is not held when the text is written (or at least not then). */
const FORMER_RE =
	/\b(?:former|ex|erstwhile|then|late|previous|outgoing|ousted|deposed|jailed|imprisoned)\b[-\s]*$/i;
const THEN_RE = /\bthen\b[-\s]*$/i;
/** "was previously explained by Wang Wenbin, a spokesman": what the holder said back then. */
const PREVIOUSLY_BEFORE_RE = /\bpreviously\s+(?:[\w-]+\s+){0,3}(?:by\s+)?$/i;

/** "former" or "ex-" a few capitalised words before the title ("former Afghan Chief Executive"). */
const FORMER_NEAR_RE = /\b(?:[Ff]ormer|FORMER|[Ee]x)(?:[-\s]+\p{Lu}[\p{L}'’.-]*){0,3}[-\s]*$/u;
/**
 * In an apposition after the name, "former" reaches a title a few words on whatever their case
 * ("Zalmay Khalilzad, the former Afghan reconciliation envoy"), not past a second noun phrase.
 */
const FORMER_APPOSITION_RE =
	/\b(?:[Ff]ormer|FORMER|[Ee]x)(?:[-\s]+(?!(?:and|or|turned|who|now)\b)[\p{L}'’.-]+){0,3}[-\s]*$/u;

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

/** Global copies of the title patterns, made once each. */
const GLOBAL_TITLES = new WeakMap<RegExp, RegExp>();
/** The title patterns followed by "and" at a phrase's end (titleOfAnother), made once each. */
const TITLES_BEFORE_AND = new WeakMap<RegExp, RegExp>();

/**
 * Where the last match of a title starts in a phrase: the title right before the name, not an
 * earlier one ("between former President Donald Trump and President Joe Biden": Biden's own title
 * carries no "former"). -1 when none.
 */
function lastMatchAt(phrase: string, title: RegExp): number {
	let global = GLOBAL_TITLES.get(title);
	if (!global) GLOBAL_TITLES.set(title, (global = new RegExp(title.source, `${title.flags}g`)));
	let at = -1;
	for (const m of phrase.matchAll(global)) at = m.index;
	return at;
}

/**
 * The last nine words of a phrase, without honorifics ("Maulvi", "Dr.", "General") just before
 * the name (room for "Adviser to the Prime Minister on Foreign Affairs"); the "General" of
 * "Secretary General" is the title, not a rank.
 */
function lastWords(phrase: string): string {
	const words = phrase.replace(HONORIFICS_RE, '').trimEnd().split(/\s+/);
	// A "vice" or "deputy" just outside the window still qualifies the title inside it.
	const from = /^(?:vice|deputy|assistant)$/i.test(words[words.length - 10] ?? '') ? -10 : -9;
	return words.slice(from).join(' ');
}
const HONORIFIC =
	/\b(?:Maulvi|Mawlawi|Mawlavi|Mullah|Mulla|Sheikh|Shaikh|Haji|Alhaj|Qari|Hafiz|Makhdoom|Dr|Mr|Mrs|Ms|Gen|(?<!(?:Secretary|Director|Attorney|Consul)[- ])General|Lt|Sardar|Syed|Sayed|Seyed|H\.?E)\.?\s+/
		.source;
const HONORIFICS_RE = new RegExp(`(?:${HONORIFIC})+$`);

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
	/** "Pakistan's next Prime Minister …", "prime minister-elect …": the term is still to come. */
	coming?: boolean;
	/** "the new Emir of Kuwait", "newly appointed ambassador …": the term has just begun. */
	fresh?: boolean;
	/** The phrase before the name in which the title was found ("" for a title after it). */
	phraseBefore: string;
}

/** "the December 11 killing of Khalil Haqqani, the Minister for Refugees": the term has ended. */
const DIED_BEFORE_RE =
	/\b(?:killing|death|assassination|murder|funeral|martyrdom)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;
/** "by ousting the government of President Ashraf Ghani": the words before the title end the term. */
const OUSTED_BEFORE_RE =
	/\b(?:oust(?:ing|ed)|toppl(?:ing|ed)|overthr(?:owing|ew|own)|depos(?:ing|ed)|collapse\s+of|fall\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:government|regime|administration)\s+(?:of|led\s+by|headed\s+by)\s+(?:[\w'’.-]+\s+){0,4}$/i;
/**
 * "President Ashraf Ghani, who was overthrown by the Taliban", "after President Ashraf Ghani left
 * the country": the words just after the name end the term.
 */
const OUSTED_AFTER_RE =
	/^\s*,?\s*(?:who\s+)?(?:(?:was|had\s+been|had)\s+)?(?:later\s+|then\s+|eventually\s+|subsequently\s+)?(?:overthrown|ousted|toppled|deposed|unseated|removed\s+from\s+(?:office|power)|fled|left\s+the\s+country(?!\s+(?:for|to|on)\b)|resigned|stepped\s+down)\b/i;

/** "Pakistan's next Prime Minister", "the incoming Afghan president": the words just before a title. */
const COMING_BEFORE_RE =
	/\b(?:[Nn]ext|[Ii]ncoming|[Ff]uture|[Ww]ould-be)(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}\s*$/u;
/** "prime minister-elect", "President-designate": the words just after it. */
const COMING_AFTER_RE = /^[\p{L}\s]*?-(?:elect|designate)\b/iu;

/**
 * "the new Emir", "newly appointed Ambassador", "New Indian Foreign Secretary": the words just
 * before a title (and its first letter).
 */
const FRESH_BEFORE_RE =
	/\b(?:[Nn]ew(?!\s+(?:Zealand|York|Delhi|Jersey|Guinea|Mexico|Caledonia|South\s+Wales)\b)|[Nn]ewly[- ](?:appointed|elected|named|installed|sworn[- ]in))(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}\s+\S?$/u;

/** The first half-year of each term: a holder told as "new" in the office. */
function termStarts(terms: Holder['terms']): Interval[] {
	return terms.map(([from, to]) => {
		const six = shiftedDays(from, 183);
		return { from, to: to !== null && to < six ? to : six };
	});
}

/** Days on which a term is told as still to come: the year before each term's first day. */
function beforeTerms(terms: Holder['terms']): Interval[] {
	return terms.map(([from]) => ({ from: shiftedDays(from, -365), to: shiftedDays(from, -1) }));
}

/**
 * "his Chinese counterpart, Qin Gang", "their Afghan counterparts", "his Pakistani counterpart,
 * Makhdoom Shah Mahmood Qureshi": the name holds an office.
 */
const COUNTERPART_RE = new RegExp(`\\bcounterparts?\\s*,?\\s*(?:${HONORIFIC})*$`, 'i');

/** Where the text names an office-holder: the name as written (`[0]`) and its offset. */
export type NameMatch = { 0: string; index: number };

/**
 * A title that ends just before "and" and the name is another's ("the US special envoy and Zalmay
 * Khalilzad, the former Afghan reconciliation envoy"), not a title of two words joined by "and"
 * ("Minister for Foreign Affairs and Trade Penny Wong").
 */
function titleOfAnother(title: RegExp): RegExp {
	let re = TITLES_BEFORE_AND.get(title);
	if (!re) TITLES_BEFORE_AND.set(title, (re = new RegExp(`${title.source}\\s+and\\s+$`, 'i')));
	return re;
}

/** Every office-holder's name in the text, titled or not (one scan of the names' expression). */
export function nameMatches(text: string, offices: Offices): NameMatch[] {
	const found: NameMatch[] = [];
	for (const re of offices.names) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m !== null; m = re.exec(text))
			found.push({ 0: m[0], index: m.index });
	}
	if (offices.names.length === 1) return found;
	// As one expression would: from left to right, the longest name at each place, none inside another.
	found.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
	const out: NameMatch[] = [];
	for (const m of found) {
		const last = out[out.length - 1];
		if (!last || m.index >= last.index + last[0].length) out.push(m);
	}
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
		// Nor does an abbreviation in brackets after the title ("DG Inter-Services Public Relations (ISPR)").
		const before = text
			.slice(Math.max(0, m.index - 70), m.index)
			.replace(HONORIFIC_STOP_RE, '$1')
			.replace(/\s\([A-Z][A-Za-z&]{1,7}\)\s*$/, ' ');
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 70);
		// The title sits in the same phrase: before the name, or in an apposition after it.
		const phraseBefore = before.split(/[.;:!?()"“”]|,\s+(?:and|but|while|as)\s/).pop() ?? '';
		const phraseAfter = /^\s*,\s*([^,.;()]{0,60})/.exec(after)?.[1] ?? '';
		// "met his Chinese counterpart, Qin Gang": in office then, in the one office they are known for;
		// of a holder of several, the foreign minister's (the counterpart diplomacy names most).
		const counterpart = COUNTERPART_RE.test(phraseBefore);
		const counterpartOffice =
			holders.length === 1 ? holders[0]!.office : counterpart ? 'foreign-minister' : null;
		for (const h of holders) {
			const title = offices.titles.get(h.office)!;
			const titledBefore =
				(counterpart && h.office === counterpartOffice) ||
				((title.test(lastWords(phraseBefore)) ||
					title.test(lastWords(withoutOfPhrase(phraseBefore)))) &&
					!titleOfAnother(title).test(phraseBefore));
			const titledAfter = !titledBefore && title.test(phraseAfter);
			if (!titledBefore && !titledAfter) continue;
			// The words before the title qualify it ("former", "then-", "next"), and "-elect" after it.
			const phrase = titledBefore ? phraseBefore : phraseAfter;
			// Titled as a counterpart, the qualifier is before that word ("his then-Afghan counterpart").
			const titleAt =
				titledBefore && counterpart ? phrase.search(COUNTERPART_RE) : lastMatchAt(phrase, title);
			const qualifier = phrase.slice(0, Math.max(0, titleAt + 1));
			const then =
				THEN_RE.test(qualifier.trimEnd()) ||
				/\bthen[-\s]/i.test(qualifier) ||
				PREVIOUSLY_BEFORE_RE.test(before);
			const former =
				!then &&
				(FORMER_RE.test(qualifier.trimEnd()) ||
					// "former Pakistani Prime Minister", not "the former cricket star is to meet Prime Minister".
					FORMER_NEAR_RE.test(phrase.slice(0, Math.max(0, titleAt))) ||
					(titledAfter && FORMER_APPOSITION_RE.test(phrase.slice(0, Math.max(0, titleAt)))) ||
					DIED_BEFORE_RE.test(before) ||
					OUSTED_BEFORE_RE.test(before) ||
					OUSTED_AFTER_RE.test(after));
			const coming =
				!then &&
				!former &&
				(COMING_BEFORE_RE.test(qualifier) || COMING_AFTER_RE.test(phrase.slice(titleAt + 1)));
			const fresh = !then && !former && !coming && FRESH_BEFORE_RE.test(qualifier);
			out.push({
				holder: h,
				index: m.index,
				end: m.index + m[0].length,
				former,
				then,
				...(coming ? { coming } : {}),
				...(fresh ? { fresh } : {}),
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
	for (const { holder: h, then, former, coming, fresh } of titledMentions(text, offices)) {
		if (then) continue;
		const key = `${h.names[0]}|${h.office}|${former}|${coming}|${fresh}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({
			allowed: former
				? afterTerms(h.terms)
				: coming
					? beforeTerms(h.terms)
					: fresh
						? termStarts(h.terms)
						: termsOf(h),
			code: `office:${h.office}`,
			reason: `${former ? 'former ' : coming ? 'next ' : fresh ? 'new ' : ''}${holderLabel(h)}`,
			strength: 3
		});
	}
	return out;
}
