/**
 * Applying the corrections file's link entries (ingest/corrections.ts reads them) to the links
 * read in each article, in the order of the file: a later entry sees what earlier ones did.
 *
 * An entry names a link by a verbatim piece of one of its evidence sentences (and, if it must,
 * the link's type or ends), never by a generated id, so it keeps applying when ids and wording of
 * the output change.
 */
import type { ArticleText } from '../src/lib/data/schema';
import { showValue } from '../src/lib/data/issues';
import { splitSentences } from '../src/lib/data/sentences';
import type { Corrections, CorrectionsReport } from './corrections';
import {
	collapseSpace,
	withEnds,
	type LinkChanges,
	type LinkCorrection,
	type LinkMatch,
	type NewLink
} from './corrections-entries';
import type { RawLink } from './types';

/** The text with runs of whitespace as one space, and the index in the text of each character kept. */
function collapseWithOffsets(text: string): { text: string; at: number[] } {
	let out = '';
	const at: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (/\s/.test(c)) {
			if (out === '' || out.endsWith(' ')) continue;
			out += ' ';
		} else out += c;
		at.push(i);
	}
	return { text: out, at };
}

/**
 * The sentence (as the links stage splits sentences) holding a piece of text, and its paragraph;
 * a piece running over a sentence boundary gives the sentences it covers. The first occurrence
 * counts.
 */
export function findEvidenceSentence(
	paragraphs: readonly string[],
	piece: string
): { paragraph: number; sentence: string } | null {
	const wanted = collapseSpace(piece);
	if (wanted === '') return null;
	for (let p = 0; p < paragraphs.length; p++) {
		const text = paragraphs[p]!;
		const collapsed = collapseWithOffsets(text);
		const found = collapsed.text.indexOf(wanted);
		if (found < 0) continue;
		const start = collapsed.at[found]!;
		const end = collapsed.at[found + wanted.length - 1]! + 1;
		const spans = splitSentences(text).filter((s) => s.end > start && s.start < end);
		const first = spans[0]?.start ?? start;
		const last = spans[spans.length - 1]?.end ?? end;
		return { paragraph: p, sentence: text.slice(first, last) };
	}
	return null;
}

function saysEvidence(link: RawLink, piece: string): boolean {
	return link.evidence.some((e) => collapseSpace(e.sentence).includes(piece));
}

function fits(link: RawLink, match: LinkMatch): boolean {
	return (
		(match.type === undefined || link.type === match.type) &&
		(match.from === undefined || link.from === match.from) &&
		(match.to === undefined || link.to === match.to)
	);
}

/** A link as it stands while the entries apply, and as it was read. */
interface Slot {
	link: RawLink;
	read: RawLink;
	/** The entry that rejected it. */
	rejectedBy?: string;
}

/**
 * The links of a sentence that `match` names: with those values as they stand, or as they were
 * read (entries written before a re-ingest name links as read). When none fits, the links with
 * the ends the other way round: the app shows a link told by several articles in the direction
 * of one reading, and another article may have read it reversed.
 */
function named(told: Slot[], match: LinkMatch | undefined): Slot[] {
	if (!match) return told;
	const by = (m: LinkMatch) => told.filter((s) => fits(s.link, m) || fits(s.read, m));
	const exact = by(match);
	if (exact.length > 0 || (match.from === undefined && match.to === undefined)) return exact;
	return by({ type: match.type, from: match.to, to: match.from });
}

function describeMatch(match: LinkMatch): string {
	const parts = (['type', 'from', 'to'] as const)
		.filter((k) => match[k] !== undefined)
		.map((k) => `${k} ${match[k]}`);
	return parts.join(', ');
}

/** A link with a `set` entry's changes made, marked as corrected. */
function changeLink(link: RawLink, set: LinkChanges): RawLink {
	const from = set.from ?? link.from;
	const to = set.to ?? link.to;
	const parties = withEnds(from, to, set.parties ?? link.parties);
	const dated = 'date' in set;
	const date = dated ? (set.date ?? null) : link.date;
	// A date given by hand no longer comes from the cue the reasons name.
	const reasons = dated ? link.reasons.filter((r) => !r.startsWith('date:')) : [...link.reasons];
	return {
		...link,
		type: set.type ?? link.type,
		parties,
		from,
		to,
		// A person who says which way the arc runs has given it a direction.
		directed: link.directed || set.from !== undefined || set.to !== undefined,
		place: 'place' in set ? (set.place ?? null) : link.place,
		date,
		dateBasis: dated ? (date === null ? null : 'corrected') : link.dateBasis,
		status: set.status ?? link.status,
		absent: link.absent.filter((a) => !parties.includes(a)),
		confidence: 1,
		reasons: [...new Set([...reasons, 'corrected'])].sort(),
		corrected: true,
		evidence: link.evidence.map((e) => ({ ...e }))
	};
}

function addedLink(add: NewLink, article: string, paragraph: number, sentence: string): RawLink {
	return {
		type: add.type,
		parties: [...add.parties],
		from: add.from,
		to: add.to,
		directed: true,
		place: add.place,
		date: add.date,
		dateBasis: add.date === null ? null : 'corrected',
		status: add.status,
		absent: [],
		confidence: 1,
		reasons: ['corrected'],
		corrected: true,
		evidence: [{ article, paragraph, sentence }]
	};
}

/** The article an entry names, for the articles kept in the output. */
type ArticleRef = Pick<ArticleText, 'id' | 'file' | 'paragraphs'>;

/** The links while the entries apply, by the article they were read in, and what was reported. */
class Ledger {
	readonly slots: Slot[] = [];
	readonly byArticle = new Map<string, Slot[]>();
	readonly problems: string[] = [];
	applied = 0;

	constructor(
		readonly name: string,
		links: readonly RawLink[]
	) {
		for (const link of links) this.add(link);
	}

	add(link: RawLink): void {
		const slot = { link, read: link };
		this.slots.push(slot);
		const id = link.evidence[0]?.article ?? '';
		let list = this.byArticle.get(id);
		if (!list) this.byArticle.set(id, (list = []));
		list.push(slot);
	}

	/** A line about an entry that did not apply. */
	report(where: string, message: string): void {
		this.problems.push(`${this.name}: ${where}: ${message}`);
	}
}

/** An `add` entry: its link, with the sentence of the article that holds the evidence. */
function applyAdd(
	ledger: Ledger,
	entry: Extract<LinkCorrection, { action: 'add' }>,
	article: ArticleRef
): void {
	const found = findEvidenceSentence(article.paragraphs, entry.add.evidence);
	if (!found)
		return ledger.report(
			`${entry.where}.add.evidence`,
			`${showValue(entry.add.evidence)} is not in the text of ${entry.article}; entry not applied`
		);
	ledger.add(addedLink(entry.add, article.id, found.paragraph, found.sentence));
	ledger.applied++;
}

/** Why a `reject` or `set` entry found no link to apply to, said at the key that is wrong. */
function reportNoLink(
	ledger: Ledger,
	entry: Exclude<LinkCorrection, { action: 'add' }>,
	told: Slot[],
	fitting: Slot[]
): void {
	const what = `${showValue(entry.evidence)} in ${entry.article}`;
	if (fitting.length > 0)
		ledger.report(
			entry.where,
			`the links of ${what} were rejected by ${fitting[0]!.rejectedBy}; entry not applied`
		);
	else if (told.length > 0 && entry.match)
		ledger.report(
			`${entry.where}.match`,
			`no link of ${what} has ${describeMatch(entry.match)} (read: ${told
				.map((s) => `${s.link.type} ${s.link.from} → ${s.link.to}`)
				.join('; ')}); entry not applied`
		);
	else
		ledger.report(
			`${entry.where}.evidence`,
			`no link read in ${entry.article} has ${showValue(entry.evidence)} in its evidence; entry not applied`
		);
}

/** A `reject` or `set` entry: the links of its sentence (and match) rejected or changed. */
function applyToRead(
	ledger: Ledger,
	entry: Exclude<LinkCorrection, { action: 'add' }>,
	article: ArticleRef
): void {
	const told = (ledger.byArticle.get(article.id) ?? []).filter((s) =>
		saysEvidence(s.link, entry.evidence)
	);
	const fitting = named(told, entry.match);
	const live = fitting.filter((s) => s.rejectedBy === undefined);
	if (live.length === 0 && fitting.length > 0 && entry.action === 'reject') {
		// Already rejected by an earlier entry (the same link named through another sentence).
		ledger.applied++;
		return;
	}
	if (live.length === 0) return reportNoLink(ledger, entry, told, fitting);
	if (entry.action === 'reject') {
		for (const s of live) s.rejectedBy = entry.where;
	} else {
		const changed = live.map((s) => changeLink(s.link, entry.set));
		const loop = changed.find((l) => l.from === l.to);
		if (loop)
			return ledger.report(
				`${entry.where}.set`,
				`would make a link from ${loop.from} to itself; entry not applied`
			);
		live.forEach((s, i) => (s.link = changed[i]!));
	}
	ledger.applied++;
}

/**
 * Applies the link entries to the links read in each article (every RawLink's evidence names one
 * article by id), in the file's order, and checks that each date entry named an article of the
 * output. Returns the links left, changed and added (in their order, added ones last), and a
 * report line for each entry that found nothing to apply to. `skipped` are the input files that
 * are not in the output, to say why an entry naming one did not apply.
 */
export function applyCorrections(
	links: readonly RawLink[],
	articles: readonly ArticleRef[],
	corrections: Corrections,
	skipped: ReadonlySet<string> = new Set()
): CorrectionsReport & { links: RawLink[] } {
	const ledger = new Ledger(corrections.name, links);
	const byFile = new Map(articles.map((a) => [a.file, a]));
	const missing = (where: string, file: string) =>
		ledger.report(
			`${where}.article`,
			skipped.has(file)
				? `${showValue(file)} was skipped (see its own line); entry not applied`
				: `no article ${showValue(file)} in the input (the file name as in the articles folder)`
		);

	for (const entry of corrections.links) {
		const article = byFile.get(entry.article);
		if (!article) missing(entry.where, entry.article);
		else if (entry.action === 'add') applyAdd(ledger, entry, article);
		else applyToRead(ledger, entry, article);
	}
	for (const entry of corrections.articles) {
		if (byFile.has(entry.article)) ledger.applied++;
		else missing(entry.where, entry.article);
	}
	return {
		links: ledger.slots.filter((s) => s.rejectedBy === undefined).map((s) => s.link),
		applied: ledger.applied,
		problems: ledger.problems
	};
}
