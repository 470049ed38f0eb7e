/**
 * The corrections file (`geodata/corrections.json`, served as `corrections.json`; docs/data.md)
 * as a whole: an object whose `links` and `articles` lists hold entries, each an object. One
 * schema for both readers:
 *
 * - the ingest (ingest/corrections.ts) reads the file with it, then checks each entry against the
 *   gazetteer and the actors (ingest/corrections-entries.ts); a bad entry is skipped, a bad list
 *   applies nothing of it, a file that is not an object nothing at all;
 * - the app's correction form (correction-entries.ts) merges its new entries into the served copy
 *   and needs no more than this of it: what is inside an entry is the ingest's to check.
 *
 * It uses only the pieces of valibot that the first load has already (the app loads it on demand,
 * but valibot is one module, and a piece used anywhere is fetched with the first load).
 */
import * as v from 'valibot';
import { notList, parseFile, showValue } from './issues';

/** The file's name, as served and as written in every message about it. */
export const CORRECTIONS_FILE = 'corrections.json';

/** What an entry of `links` is, as a message says it. */
export const LINK_ENTRY_SHAPE = 'an object with "article" and "action": "reject", "set" or "add"';
/** What an entry of `articles` is, as a message says it. */
export const DATE_ENTRY_SHAPE = 'an object like {"article": "…", "published": "2022-06-03"}';

const FILE_SHAPE = 'an object like {"links": […], "articles": […]}';

const mustBe = (what: string) => (issue: { input: unknown }) =>
	`must be ${what}, got ${showValue(issue.input)}`;

/** An entry: any object; its keys are checked by the ingest. */
const entry = (what: string) => notList(v.object({}, mustBe(what)), mustBe(what));

const entries = (what: string) => v.optional(v.array(entry(what), mustBe('an array of entries')));

/** The file. Keys other than the two lists are kept as they are (`$…` keys are comments). */
export const CorrectionsFileSchema = notList(
	v.object(
		{ links: entries(LINK_ENTRY_SHAPE), articles: entries(DATE_ENTRY_SHAPE) },
		mustBe(FILE_SHAPE)
	),
	mustBe(FILE_SHAPE)
);

export type CorrectionsFile = v.InferOutput<typeof CorrectionsFileSchema> & {
	[key: string]: unknown;
};
/** An entry of either list, as read: an object, not yet checked inside. */
export type CorrectionEntry = NonNullable<CorrectionsFile['links']>[number];

/**
 * The file as served, typed; a SchemaError names the file, the path and the value:
 * `corrections.json: links[3]: must be an object with "article" and …, got 5`.
 */
export function readCorrectionsFile(data: unknown): CorrectionsFile {
	return parseFile(CorrectionsFileSchema, data, CORRECTIONS_FILE);
}
