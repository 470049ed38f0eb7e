/**
 * Metadata stage: title, author, outlet, url and publication date of one cleaned article.
 *
 * Sources, strongest first: for the date only, a person's entry in the corrections file; the
 * optional sidecar (NAME.meta.json), the HTML page's metadata, the header lines above the body,
 * the footer lines below it, and — for the date only, and only when nothing is printed — the
 * latest explicit month in the body that the text does not put in the future (flagged as inferred, with a warning). What is not a publication date: a
 * page's current-date header (a weekday date above the title), dates in related-link lists or
 * "Recent Posts", "14 mins ago", bare years. An article with no date stays undated and says so.
 */
import type { ArticleMeta, CleanResult, CorrectedDate, Sidecar } from '../types';
import { bylineCandidates, firstName } from './meta-author';
import { chooseOutlet } from './meta-outlet';
import { choosePublished, type PublishedDate, type PublishedInput } from './meta-published';
import { findTitle } from './meta-title';
import type { Offices } from '../offices';

export type MetadataResult = ArticleMeta & { warnings: string[] };

/* ------------------------------------------------------------------ sidecar */

export { parseSidecar } from '../sidecar';

/* ------------------------------------------------------------------ url */

/**
 * The sidecar's address, kept only when it is a web address: the reader links to it, so never
 * `javascript:`, `data:` or a local file. A dropped one is said in `warnings`.
 */
export function sidecarUrl(url: string | null, warnings: string[]): string | null {
	if (url !== null && !/^https?:\/\/\S+$/i.test(url.trim())) {
		warnings.push(
			`sidecar url ${JSON.stringify(url.slice(0, 60))} is not an http(s) address (dropped)`
		);
		return null;
	}
	return url;
}

/**
 * The page's own address: the metadata's (Open Graph, canonical link, a stored copy's), a
 * "Source: https://…" or "Permalink: …" line, or a bare address printed above the article (a
 * scraper or "save page" stamp).
 */
export function pageUrl(
	meta: Record<string, string>,
	header: readonly string[],
	footer: readonly string[]
): string | null {
	const fromMeta = [meta['og:url'], meta.canonical, meta['stored:url']].find(
		(u) => u && /^https?:\/\//i.test(u)
	);
	const fromLines = [...header, ...footer]
		.map(
			(l) =>
				l.match(
					/^(?:source|url|link|source url|canonical|permalink|original(?:ly)?(?: posted| published)?(?: at| here)?)\s*:?\s*(https?:\/\/\S+)/i
				)?.[1]
		)
		.find(Boolean);
	const bare = header.find((l) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(l));
	return fromMeta ?? fromLines ?? bare ?? null;
}

/* ------------------------------------------------------------------ published */

/** The date a person gave in the corrections file (null: they say the page is undated). */
function correctedPublished(corrected: CorrectedDate): PublishedDate {
	const date = corrected.published;
	return {
		published: date,
		inferred: false,
		source: date === null ? 'none' : 'correction',
		range: null,
		confidence: date === null ? 0 : 1,
		evidence: corrected.evidence,
		warnings: date === null ? ['undated: the corrections file gives no publication date'] : []
	};
}

/** The date the sidecar gives (null: undated). */
function sidecarPublished(sidecar: Sidecar): PublishedDate {
	const date = sidecar.published ?? null;
	return {
		published: date,
		inferred: sidecar.publishedInferred ?? false,
		source: date === null ? 'none' : 'sidecar',
		range: null,
		confidence: date === null ? 0 : 1,
		evidence: sidecar.note ?? null,
		warnings: date === null ? ['undated: no publication date found'] : []
	};
}

/**
 * The publication date: a corrections entry's, else the sidecar's, else the one chosen among
 * what the page prints (meta-published.ts), whose `inferred` flag the sidecar may still set.
 */
function publishedFor(
	corrected: CorrectedDate | undefined,
	sidecar: Sidecar,
	page: PublishedInput
): PublishedDate {
	if (corrected) return correctedPublished(corrected);
	if ('published' in sidecar) return sidecarPublished(sidecar);
	const chosen = choosePublished(page);
	if (sidecar.publishedInferred !== undefined) chosen.inferred = sidecar.publishedInferred;
	return chosen;
}

function fileStem(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[^.]+$/, '');
}

/* ------------------------------------------------------------------ extraction */

/**
 * Every field of one article: each from its own extractor (meta-title.ts, meta-author.ts,
 * meta-outlet.ts, the address above, meta-published.ts), the sidecar's value winning over what
 * the page prints, a corrections entry's date over both.
 */
export function extractMetadata(
	clean: CleanResult & { title?: string },
	opts: {
		file: string;
		sidecar?: Sidecar;
		offices?: Offices | null;
		/** A date from the corrections file: wins over the sidecar's and over what the page prints. */
		correctedDate?: CorrectedDate;
	}
): MetadataResult {
	const warnings: string[] = [];
	const sidecar = opts.sidecar ?? {};
	const meta = clean.htmlMeta ?? {};
	const { header, footer, paragraphs } = clean;
	const siteName = meta['og:site_name'] ?? meta['ld:publisher'] ?? meta['application-name'];
	const found = findTitle(header, meta, clean.title, siteName);
	const author =
		'author' in sidecar
			? (sidecar.author ?? null)
			: firstName(
					bylineCandidates({
						meta,
						header,
						footer,
						titleEnd: found.end,
						body: paragraphs.join('\n')
					})
				);
	const outlet =
		'outlet' in sidecar
			? (sidecar.outlet ?? null)
			: chooseOutlet({
					fromMeta: [siteName, meta['dc.publisher']],
					fromTitle: found.outlets,
					header,
					footer,
					firstParagraph: paragraphs[0] ?? '',
					author
				});
	const url =
		'url' in sidecar ? sidecarUrl(sidecar.url ?? null, warnings) : pageUrl(meta, header, footer);
	const published = publishedFor(opts.correctedDate, sidecar, {
		header,
		footer,
		paragraphs,
		meta,
		titleIdx: found.index,
		url,
		offices: opts.offices ?? null
	});
	warnings.push(...published.warnings);

	let title = 'title' in sidecar && sidecar.title ? sidecar.title : found.title;
	if (!title) {
		title = fileStem(opts.file);
		warnings.push('no title found; using the file name');
	}
	return {
		title,
		author: author?.trim() || null,
		outlet,
		url,
		published: published.published,
		publishedInferred: published.inferred,
		publishedSource: published.source,
		publishedRange: published.range,
		publishedConfidence: published.confidence,
		publishedEvidence: published.evidence,
		warnings
	};
}
