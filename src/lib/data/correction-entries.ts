/**
 * What the app's "Correct this" form writes: entries of the corrections file
 * (`geodata/corrections.json`, read by the ingest pipeline; documented in docs/data.md), keyed by
 * the article's file and a verbatim piece of the evidence sentence, never by a link id, so they
 * survive a re-ingest. The app is static and cannot write the file: it copies the entries and
 * offers the whole file, with them merged in, as a download. Pure functions, no DOM.
 */
import { readCorrectionsFile, type CorrectionsFile } from './corrections-file';
import { SchemaError } from './issues';
import { isPartialDate, LINK_STATUSES, LINK_TYPES } from './schema';
import type { LinkProperties, LinkStatus, LinkType, PartialDate } from './schema';

/** What a person changes about a link (only the fields given change). */
export interface LinkChange {
	from?: string;
	to?: string;
	type?: LinkType;
	date?: PartialDate;
	status?: LinkStatus;
}

export interface LinkCorrection {
	article: string;
	evidence: string;
	/** Narrows the entry to the link read with these values (one sentence can give several links). */
	match?: { type: LinkType; from: string; to: string };
	action?: 'reject';
	set?: LinkChange;
	note?: string;
}

/** Where a link was read: the article's file and the evidence sentence. */
export interface EvidenceRef {
	file: string;
	sentence: string;
}

/** At most this many characters of the sentence key an entry (a verbatim prefix, cut at a word). */
const EVIDENCE_KEY_MAX = 120;

/** A verbatim piece of the sentence that identifies it: the whole sentence, or its start. */
export function evidenceKey(sentence: string): string {
	const s = sentence.trim();
	if (s.length <= EVIDENCE_KEY_MAX) return s;
	const cut = s.slice(0, EVIDENCE_KEY_MAX);
	const space = cut.lastIndexOf(' ');
	return space > 40 ? cut.slice(0, space) : cut;
}

/** The fields of `change` that differ from the link (nothing when nothing changes). */
export function changedFields(link: LinkProperties, change: LinkChange): LinkChange {
	const out: LinkChange = {};
	if (change.from !== undefined && change.from !== link.from) out.from = change.from;
	if (change.to !== undefined && change.to !== link.to) out.to = change.to;
	if (change.type !== undefined && change.type !== link.type) out.type = change.type;
	if (change.date !== undefined && change.date !== link.date) out.date = change.date;
	if (change.status !== undefined && change.status !== link.status) out.status = change.status;
	return out;
}

/** A partial date whose month and day exist (`2021-02-30` does not); null and `YYYY` do. */
function isCalendarDay(date: PartialDate): boolean {
	if (date === null || date.length === 4) return true;
	const [y = 0, m = 0, d = 1] = date.split('-').map(Number);
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Why a change to this link cannot be written, or null when it can. */
export function checkChange(link: LinkProperties, change: LinkChange): string | null {
	if (change.type !== undefined && !LINK_TYPES.includes(change.type))
		return `"${change.type}" is not a link type`;
	if (change.status !== undefined && !LINK_STATUSES.includes(change.status))
		return `"${change.status}" is not a status`;
	if (change.date !== undefined && !(isPartialDate(change.date) && isCalendarDay(change.date)))
		return 'the date must be a real YYYY, YYYY-MM or YYYY-MM-DD';
	if ((change.from ?? link.from) === (change.to ?? link.to))
		return 'a link needs two different parties';
	return null;
}

/**
 * The entries that reject or change a link: one per sentence it was read from (a link told by
 * two articles needs both readings corrected). Empty when a change changes nothing.
 */
export function correctionEntries(
	link: LinkProperties,
	evidence: readonly EvidenceRef[],
	what: { action: 'reject' } | { action: 'set'; change: LinkChange },
	note?: string
): LinkCorrection[] {
	const set = what.action === 'set' ? changedFields(link, what.change) : null;
	if (set && Object.keys(set).length === 0) return [];
	const seen = new Set<string>();
	const out: LinkCorrection[] = [];
	for (const e of evidence) {
		const key = evidenceKey(e.sentence);
		const id = `${e.file}\n${key}`;
		if (seen.has(id)) continue;
		seen.add(id);
		const entry: LinkCorrection = {
			article: e.file,
			evidence: key,
			match: { type: link.type, from: link.from, to: link.to }
		};
		if (set) entry.set = set;
		else entry.action = 'reject';
		if (note?.trim()) entry.note = note.trim();
		out.push(entry);
	}
	return out;
}

/**
 * The served corrections file with the entries added at the end of `links` (an entry already there
 * is not added twice), read through the file's schema (corrections-file.ts). No file (null) gives a
 * new one; so does a file that does not fit, and `problem` says why: the file, the path and the value.
 */
export function mergeCorrections(
	served: unknown,
	entries: readonly LinkCorrection[]
): { file: CorrectionsFile; problem: string | null } {
	let base: CorrectionsFile = {};
	let problem: string | null = null;
	try {
		if (served !== null && served !== undefined) base = readCorrectionsFile(served);
	} catch (e) {
		if (!(e instanceof SchemaError)) throw e;
		problem = e.message;
	}
	const links = [...(base.links ?? [])];
	const known = new Set(links.map((l) => JSON.stringify(l)));
	for (const e of entries) if (!known.has(JSON.stringify(e))) links.push(e);
	return { file: { ...base, links, articles: [...(base.articles ?? [])] }, problem };
}
