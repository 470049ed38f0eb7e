/**
 * What page furniture looks like, independent of any one site.
 *
 * Two lists: FURNITURE patterns mark a line as not article text wherever it appears (share
 * prompts, comment forms, taxonomy, captions, bios, copyright…); STOP patterns additionally
 * mean "the article is over" once some body text has been seen (related lists, comment
 * sections, "Originally posted here", wire-service credits…). Patterns describe the furniture
 * of the web in general (WordPress, news CMSs, wire services, aggregators), never one outlet.
 */
import { MONTH_ALTERNATION } from '../months';

/** English function words, for the stop-word density feature (jusText's main signal). */
const STOP_WORDS = new Set(
	(
		'a about above after again against all also although am an and any are as at be because been before being ' +
		'below between both but by can could did do does doing down during each even ever few for from further had ' +
		'has have having he her here hers him his how however i if in into is it its itself just many may me might more ' +
		'most much must my no nor not now of off on once only or other our out over own per same she should since so ' +
		'some such than that the their them then there these they this those though through thus to too under until ' +
		'up upon us very was we were what when where whether which while who whom whose why will with within without ' +
		'would yet you your'
	).split(' ')
);

// Matched case-insensitively (DATE_ONLY_RE's flag): "MAY 7, 2023" in a header is a date.
const MONTHS = `(?:${MONTH_ALTERNATION})\\.?`;
const WEEKDAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';

/** A line that is only a date (optionally a weekday, before or after it, and a time; a site's bar may frame it: "| 19 October 2021, Tuesday |"). */
export const DATE_ONLY_RE = new RegExp(
	`^[|•·\\s]*(?:${WEEKDAYS}\\s*,?\\s+)?(?:${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?,?\\s+${MONTHS},?\\s+\\d{4}|${MONTHS}\\s+\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?(?:,?\\s+${WEEKDAYS})?[|•·\\s]*$`,
	'i'
);

const BYLINE_END_RE =
	/\sBy\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[-–—|,]\s*[^-–—|]{6,30}\b(?:19|20)\d\d\s*$/;
/** A line that ends with its byline and date: "Headline By A Robin - September 01, 2022". */
export const endsWithByline = (line: string): boolean => BYLINE_END_RE.test(line);

/** "14 mins ago", "2 hours ago", "Yesterday". */
export const RELATIVE_TIME_RE =
	/^(?:about\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$|^(?:yesterday|today|just now)$/i;

/** A reader poll's question, which comes after the story. */
const READER_POLL_RE = /^do you like this (?:article|story)\??$/i;
/** A teaser's date and section ("2017-11-24 | Security"), after the story. */
const DATED_TEASER_RE = /^\d{4}-\d{2}-\d{2}\s*\|\s*\p{L}+(?:\s\p{L}+)?$/u;

/** Furniture wherever it appears. Tested against the plain text of one line. */
const FURNITURE: RegExp[] = [
	// Sharing, following, social buttons.
	/^(?:share|share this(?: article| story| post)?|share on \w+|tweet|print|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|copy link|save|bookmark)[:!.]?$/i,
	/\b(?:share buttons?|share this article|follow us|visit and follow us|like us on facebook|join (?:us|our) (?:on|at)|forward this article|crosspost|cross-post)\b/i,
	/^(?:like this|like loading|loading\s*(?:\.\.\.|…)|liked by)\b/i,
	// Comment sections and forms.
	/^(?:leave a (?:reply|comment)|\d+\s+(?:comments?|responses?|replies)|comments?|post a comment|add (?:a )?comment|join the discussion|cancel reply|show comments|view comments)[:!.]?$/i,
	/\b(?:please enter your (?:comment|name|email)|your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|save my name, email|uses akismet|comment data is processed|you must be logged in to post)\b/i,
	// Taxonomy and CMS labels.
	/^(?:tags?|tagged|topics?|keywords|categories|category|filed under|posted in|region|theme|section|in-depth report|labels?)\s*:/i,
	// Related content, sidebars, promos.
	/^(?:related(?: posts| articles| stories| content| news| coverage| reading| topics)?|recent posts|recent articles|latest(?: news| posts| stories| articles)?|most (?:popular|read|viewed|shared)|popular posts|trending(?: now)?|you may also like|you might also like|recommended(?: for you)?|more from [^.]{1,40}|more stories|don'?t miss|also read|read also|read more|read|see also|editor'?s picks|top stories|further reading)(?:\s*[:|]|[.…]*\s*$)/i,
	// A wire's teaser in capitals before a headline ("RELATED Pakistan, India exchange gunfire …").
	/^RELATED\s+\p{Lu}/u,
	// Reader polls.
	READER_POLL_RE,
	/^(?:\*?\s*denotes required field|view results|vote)$/i,
	DATED_TEASER_RE,
	/^(?:subscribe|sign up|newsletter|get our newsletter|register|log ?in|sign in|donate|support us|become a (?:member|patron|subscriber))\b.{0,80}$/i,
	/\bbecome a member\b|\bsubscribe to (?:our|the)\b|\bsign up for (?:our|the)\b/i,
	/^advertisement$|^advert$|^sponsored(?: content)?$|^ad$|^promoted$/i,
	// An ad slot's label with its slot name ("- Advertisement -corhaz 3").
	/^\W*advertisement\W*(?:[\w-]+\s*\d*)?$/i,
	// Origin and republication notices.
	/^(?:originally (?:posted|published|appeared)(?: here| at| on| in| by)?|this (?:article|story|post) (?:was )?(?:first|originally) (?:published|appeared)|the original source of this article is|source\s*:|via\s*:|republished (?:from|with)|reprinted (?:from|with))/i,
	// Copyright, legal, contact.
	/^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|\bfair use\b|\bcopyrighted material\b/i,
	/^(?:disclaimer\b|(?:terms (?:of use|and conditions)|privacy policy|cookie policy|contact us|about us|media contact|press contact|corrections?)(?:\s*:|\s*$)|for media inquiries\b)/i,
	/\b(?:this (?:site|website) uses cookies|we use cookies|accept cookies)\b/i,
	// Captions and credits.
	/^(?:featured image|image|photo|picture|file photo|photograph|caption|illustration|credit|photo credit|image credit|image source)\s*:/i,
	/^\((?:photo|image|file photo)[^)]*\)$/i,
	// Author bios and wire credits.
	/^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}has\s+(?:worked|written|reported|served|been\s+(?:a|an|the))\b.{0,160}\b(?:journalist|writer|reporter|correspondent|editor|translator|analyst|columnist|contributor)\b/u,
	/^the (?:author|writer|columnist|contributor)s?\s+(?:is|was|are|heads|teaches|works|has|can|writes|served|serves|holds|tweets|studied|lives)\b/i,
	/\b(?:can be reached at|he tweets|she tweets|follow (?:him|her|them) on)\b/i,
	/^\(?(?:reporting|additional reporting|writing|editing|compiled|produced) by\b/i,
	/^about the (?:author|writer)s?\b/i,
	/^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:is|was) an? (?:[\p{L}-]+\s+){0,4}(?:journalist|writer|reporter|correspondent|analyst|researcher|columnist|editor|fellow|professor|lecturer|scholar|author|commentator|contributor)\b.{0,200}$/u,
	/^skip to (?:the )?(?:main )?(?:content|navigation|search)$/i,
	/^(?:menu|main menu|search|toggle navigation|open menu|close menu)$/i,
	/^articles? by\s*:/i,
	// Site promos ("All X articles can be read in 51 languages…").
	/\bcan be read in \d+ languages\b|\bdrop[- ]down menu\b|\b(?:top banner|home page) of our\b/i,
	/^note to (?:readers|our readers)\b/i,
	// Newsletter platforms and aggregators.
	/^(?:thanks|thank you) for reading\b|\bsubscribe for free\b|^discover more from\b|^type your email\b|^(?:restack|continue reading|sign in|share this post)$/i,
	/^\d+\s+(?:likes?|restacks?|shares?)\b(?:\s*[·•|]\s*\d+\s+\w+)*$/i,
	/^read (?:the )?(?:full|whole|original) (?:story|article|report|post)\b/i,
	// Notes heading of a paper (the numbered notes follow the text).
	/^(?:notes|end ?notes|foot ?notes|references|bibliography|works cited)[:.]?$/i,
	/\bclick (?:here|the link)\b.{0,60}$/i,
	// Scrape and crawl stamps.
	/^(?:scraped|retrieved|accessed|crawled|downloaded|fetched|archived|captured)(?:\s+(?:on|at|from))?\s*[:\d]/i,
	/^(?:url|link|source url|canonical|permalink)\s*:\s*\S+$/i,
	// Breadcrumbs: "Home › World › Asia", "HomePakistanTitle".
	/^[Hh]ome(?:\s*[»›>/|]|(?=[A-Z][a-z]))/,
	/(?:\s[»›>]\s.*){2,}/
];

/**
 * A photo caption: a credit at its end ("(REUTERS)", "(Photo: AP)", "| PTI", "Li Ang / Xinhua"),
 * a position marker ("(left)", "(3rd-L)"), or the wire style that ends on the photo's date
 * ("… in Islamabad, Pakistan, Oct. 3, 2019."). Captions are dropped from the body: they name
 * places and people the article does not discuss, and their dates are the photo's.
 */
export const CAPTION_LINE_RE = new RegExp(
	[
		String.raw`\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Xinhua|PTI|ANI|IANS|AA|REU|File|File Photo|Photo[^)]{0,40}|Courtesy[^)]{0,40}|Twitter)\)\s*$`,
		String.raw`\|\s*(?:PTI|ANI|AP|AFP|Reuters|IANS|Twitter|File|[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)\s*$`,
		String.raw`[\p{Lu}][\p{L}]+\s[\p{Lu}][\p{L}]+\s*/\s*(?:Xinhua|AFP|AP|Reuters|EPA|Getty|Anadolu|Sputnik|TASS)\s*$`,
		String.raw`(?:AP Photo|REUTERS/|AFP via Getty|Getty Images)`,
		String.raw`\((?:[Ll]eft|[Rr]ight|[Cc]enter|[Cc]entre|C|L|R|\d(?:st|nd|rd|th)?[- ]?(?:L|R|[Ll]eft|[Rr]ight)|(?:[Ss]econd|[Tt]hird|[Ff]ourth)\s+from\s+(?:[Ll]eft|[Rr]ight))\)`,
		// "… in Kabul, Afghanistan, March 6, 2019.": a photo's place and day; not a lead's "received
		// … this afternoon, October 13, 2019." (a time of day or a weekday tells the news).
		String.raw`(?<!\b(?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))` +
			String.raw`,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?\s*$`
	].join('|'),
	'u'
);

/**
 * A wire photo's caption by its opening or its licence terms ("In this handout picture released
 * by …", "RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT"): a caption however long it runs.
 */
export const WIRE_CAPTION_RE =
	/^In this (?:[\w-]+ ){0,2}(?:photo|picture|image|photograph)\b|\bRESTRICTED TO EDITORIAL USE\b|\bMANDATORY CREDIT\b/;

/** Furniture that also ends the article when seen after body text. */
const STOP: RegExp[] = [
	/^(?:share|share this(?: article| story| post)?|leave a (?:reply|comment)|comments?|\d+\s+comments?|post a comment)[:!.]?$/i,
	/^(?:like this|related(?: posts| articles| stories| content| news| coverage| reading)?|recent posts|recent articles|most (?:popular|read|viewed|shared)|popular posts|you may also like|you might also like|more stories|more from .{1,40}|read more|also read|tags?|tagged|filed under|posted in|categories)[:.]?$/i,
	/^(?:originally (?:posted|published|appeared)(?: here| at| on| in)?|this (?:article|story|post) (?:was )?(?:first|originally) (?:published|appeared)|the original source of this article is)/i,
	/^(?:note to (?:readers|our readers)|disclaimer\s*:|about the (?:author|writer)s?\b|copyright\b|©)/i,
	/^\(?(?:reporting|additional reporting|writing|editing) by\b/i,
	/^the (?:author|writer|columnist|contributor)s?\s+(?:is|was|are|heads|teaches|works|has|writes|served|serves|holds|studied|lives)\b/i,
	/^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:is|was) an? (?:[\p{L}-]+\s+){0,4}(?:journalist|writer|reporter|correspondent|analyst|researcher|columnist|editor|fellow|professor|lecturer|scholar|author|commentator|contributor)\b.{0,200}$/u,
	/^(?:tags?|filed under|posted in|categories)\s*:/i,
	/^(?:notes|end ?notes|foot ?notes|references|bibliography|works cited)[:.]?$/i,
	/^discover more from\b/i,
	READER_POLL_RE,
	DATED_TEASER_RE
];

/**
 * The patterns are matched as a few combined expressions (one per flag set and anchoring):
 * the engine then scans a line once per group instead of once per pattern.
 */
function combine(list: RegExp[]): { anchored: RegExp[]; floating: RegExp[] } {
	const groups = new Map<string, { anchored: boolean; flags: string; sources: string[] }>();
	for (const re of list) {
		// As before combining: a pattern that starts with ^ applies to lines of any length.
		const anchored = re.source.startsWith('^');
		const key = `${anchored}/${re.flags}`;
		const g = groups.get(key) ?? { anchored, flags: re.flags, sources: [] };
		g.sources.push(`(?:${re.source})`);
		groups.set(key, g);
	}
	const out = { anchored: [] as RegExp[], floating: [] as RegExp[] };
	for (const g of groups.values())
		(g.anchored ? out.anchored : out.floating).push(new RegExp(g.sources.join('|'), g.flags));
	return out;
}

const FURNITURE_GROUPS = combine(FURNITURE);
const STOP_GROUPS = combine(STOP);

/**
 * Long prose only counts as furniture through a pattern anchored at its start (a bio, a
 * disclaimer): a phrase like "follow us" deep inside a 70-word paragraph is quoted text.
 */
export function isFurniture(plain: string, words: number): boolean {
	if (RELATIVE_TIME_RE.test(plain) || DATE_ONLY_RE.test(plain)) return true;
	if (FURNITURE_GROUPS.anchored.some((re) => re.test(plain))) return true;
	return words <= 60 && FURNITURE_GROUPS.floating.some((re) => re.test(plain));
}

export function isStop(plain: string): boolean {
	return (
		STOP_GROUPS.anchored.some((re) => re.test(plain)) ||
		STOP_GROUPS.floating.some((re) => re.test(plain))
	);
}

/** Fraction of words that are English function words (estimated on the first 80 words). */
export function stopWordDensity(plain: string): number {
	const words = plain.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g);
	if (!words) return 0;
	const n = Math.min(words.length, 80);
	let hits = 0;
	for (let i = 0; i < n; i++) if (STOP_WORDS.has(words[i]!)) hits++;
	return hits / n;
}

/**
 * A notice of where the text comes from, glued to the start of the text on one line ("Originally
 * posted by the Voice of America. Voice of America content is … in the public domain. Taliban
 * Rejects …"): its sentences go on a line of their own, so that the notice is furniture and the
 * text after it is not lost with it. Only before long prose; a notice line alone is left as it is.
 */
const GLUED_NOTICE_RE =
	/^([ \t]*(?:originally (?:posted|published|appeared)|republished|reprinted)\b[^.\n]{0,120}\.(?:[ \t]+[^.\n]{0,200}\b(?:public domain|all rights reserved|content is produced by|reproduced with permission)\b[^.\n]{0,120}\.)*)[ \t]+(?=(?:\S+[ \t]+){40})/i;

export function splitGluedNotice(text: string): string {
	return text.replace(GLUED_NOTICE_RE, '$1\n');
}
