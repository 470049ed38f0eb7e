/**
 * The corrections file (geodata/corrections.json): a person's fixes to what the pipeline read,
 * kept apart from the articles so that they survive every re-ingest. Described for people in
 * docs/data.md. Pure: the CLI reads the file and hands its text here.
 *
 *   parseCorrections  the file's text → typed entries, the document as read, one line per bad entry
 *   correctedDates    the publication dates it gives, by article file (set before links are read)
 *   applyCorrections  the links read in each article → rejected ones out, changed ones changed,
 *                     added ones in (before the build merges links across articles); one line
 *                     for every entry that matched nothing
 *
 * An entry names an article by its file name and a link by a verbatim piece of one of its
 * evidence sentences, never by a generated id, so it keeps applying when ids and wording of the
 * output change. Entries apply in the order of the file: a later one sees what earlier ones did.
 *
 * The entries' schemas and their reading are in corrections-entries.ts, the applying in
 * corrections-apply.ts; this module is the file as a whole.
 */
import * as v from 'valibot';
import {
	CORRECTIONS_FILE,
	CorrectionsFileSchema,
	type CorrectionEntry,
	type CorrectionsFile
} from '../src/lib/data/corrections-file';
import { issuePath, showValue } from '../src/lib/data/issues';
import {
	collapseSpace,
	EntryError,
	entrySchemas,
	readDateEntry,
	readLinkEntry,
	type CorrectionsContext,
	type DateCorrection,
	type LinkCorrection
} from './corrections-entries';
import type { CorrectedDate } from './types';

export { collapseSpace };
export { applyCorrections, findEvidenceSentence } from './corrections-apply';

export interface Corrections {
	/** The file's name: every line reported about it starts with it. */
	name: string;
	links: LinkCorrection[];
	articles: DateCorrection[];
}

export interface CorrectionsRead {
	corrections: Corrections;
	/**
	 * The document as parsed, unchanged (written beside the output for the app to offer with a
	 * new entry merged in); the empty document when there is no file or it is broken.
	 */
	document: unknown;
	/** One line per problem: `corrections.json: links[3].set.type: …`. */
	problems: string[];
}

/** What applying the entries did: how many applied, and a line for each that did not. */
export interface CorrectionsReport {
	applied: number;
	problems: string[];
}

export const DEFAULT_CORRECTIONS_NAME = CORRECTIONS_FILE;

/** The document written when there is no corrections file, or it could not be used. */
function emptyCorrectionsDocument(): CorrectionsFile {
	return { links: [], articles: [] };
}

/** No corrections at all (no file). */
export function noCorrections(name = DEFAULT_CORRECTIONS_NAME): CorrectionsRead {
	return {
		corrections: { name, links: [], articles: [] },
		document: emptyCorrectionsDocument(),
		problems: []
	};
}

/* ------------------------------------------------------------------ reading */

/**
 * What is wrong with the file (src/lib/data/corrections-file.ts, the schema the app reads it
 * with too), by where: '' for the file itself, `links` for a list, `links[3]` for an entry.
 */
function fileProblems(document: unknown): Map<string, string> {
	const result = v.safeParse(CorrectionsFileSchema, document, { abortEarly: false });
	const out = new Map<string, string>();
	if (!result.success)
		for (const issue of result.issues) {
			const at = issuePath(issue);
			if (!out.has(at)) out.set(at, issue.message);
		}
	return out;
}

/** Keys of an object other than comments (`$…`). */
function keysOf(o: object): string[] {
	return Object.keys(o).filter((k) => !k.startsWith('$'));
}

/**
 * The entries of the two lists; a list that is not one, or a bad entry, is a problem line and is
 * left out.
 */
function readEntries(
	document: CorrectionsFile,
	fileProblem: ReadonlyMap<string, string>,
	corrections: Corrections,
	ctx: CorrectionsContext
): string[] {
	const { name } = corrections;
	const problems: string[] = [];
	for (const key of keysOf(document))
		if (key !== 'links' && key !== 'articles')
			problems.push(
				`${name}: ${key}: is not a key of the file (links, articles; keys starting with $ are comments)`
			);
	const schemas = entrySchemas(ctx);
	const lists = [
		[
			'links',
			(e: CorrectionEntry, w: string) => corrections.links.push(readLinkEntry(e, w, schemas))
		],
		[
			'articles',
			(e: CorrectionEntry, w: string) => corrections.articles.push(readDateEntry(e, w, schemas))
		]
	] as const;
	for (const [list, read] of lists) {
		const listProblem = fileProblem.get(list);
		if (listProblem !== undefined) {
			problems.push(`${name}: ${list}: ${listProblem}; none of them applied`);
			continue;
		}
		(document[list] ?? []).forEach((entry, i) => {
			const where = `${list}[${i}]`;
			try {
				const notAnEntry = fileProblem.get(where);
				if (notAnEntry === undefined) read(entry, where);
				else problems.push(`${name}: ${where}: ${notAnEntry}; entry skipped`);
			} catch (e) {
				if (!(e instanceof EntryError)) throw e;
				problems.push(`${name}: ${e.key}: ${e.message}; entry skipped`);
			}
		});
	}
	return problems;
}

/** One date per article: a second entry for the same file is a mistake, not an update. */
function firstDates(corrections: Corrections, problems: string[]): DateCorrection[] {
	const dated = new Map<string, string>();
	return corrections.articles.filter((entry) => {
		const first = dated.get(entry.article);
		if (first === undefined) {
			dated.set(entry.article, entry.where);
			return true;
		}
		problems.push(
			`${corrections.name}: ${entry.where}.article: ${showValue(entry.article)} already has a date in ${first}; entry skipped`
		);
		return false;
	});
}

/**
 * Reads the corrections file. A bad entry is one problem line naming it and its key, and is left
 * out; the others apply. A file that is not JSON, or not an object, is one line and applies
 * nothing.
 */
export function parseCorrections(
	text: string,
	name: string,
	ctx: CorrectionsContext
): CorrectionsRead {
	const none = noCorrections(name);
	let document: unknown;
	try {
		// An editor may have saved the file with a byte order mark.
		document = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		none.problems.push(`${name}: is not valid JSON (${(e as Error).message}); nothing applied`);
		return none;
	}
	const fileProblem = fileProblems(document);
	const problem = fileProblem.get('');
	if (problem !== undefined) {
		none.problems.push(`${name}: ${problem}; nothing applied`);
		return none;
	}
	const corrections: Corrections = { name, links: [], articles: [] };
	const problems = readEntries(document as CorrectionsFile, fileProblem, corrections, ctx);
	corrections.articles = firstDates(corrections, problems);
	return { corrections, document, problems };
}

/** The publication dates the file gives, by article file name. */
export function correctedDates(corrections: Corrections): Map<string, CorrectedDate> {
	return new Map(
		corrections.articles.map((e) => [
			e.article,
			{ published: e.published, evidence: e.note ?? 'corrected by hand' }
		])
	);
}

/** The document as written beside the output: the parsed JSON, indented with tabs. */
export function correctionsText(document: unknown): string {
	return `${JSON.stringify(document, null, '\t')}\n`;
}
