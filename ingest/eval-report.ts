/**
 * The evaluator's report as text: per article (or page) the places' and links' precision, recall
 * and counts, the micro totals, and for the real pages the publication date and the link
 * judgements, then the same pages read as text alone in one line per split.
 */
import type { Split } from './eval-data';
import { rangeDays, type EventCounts } from './eval-events';
import type { ArticleScore, scores } from './eval-score';

export interface EvalResult {
	articles: ArticleScore[];
	missing: string[];
	places: ReturnType<typeof scores>;
	links: ReturnType<typeof scores>;
}

/** One real page's date judgement, beside its scores. */
export interface PageDate {
	file: string;
	predicted: string | null;
	range: [string, string] | null;
	source: string | null;
	right: boolean | null;
	/** A page keyed for its date only (no places or links keyed). */
	dateOnly: boolean;
}

export interface SplitResult extends EvalResult {
	split: Split;
	outlets: number;
	dates: PageDate[];
	events: EventCounts;
}

const fmt = (n: number) => n.toFixed(2);
const pct = (right: number, of: number) =>
	`${right}/${of}${of ? ` (${Math.round((100 * right) / of)} %)` : ''}`;

function row(name: string, p: ReturnType<typeof scores>, l: ReturnType<typeof scores>): string {
	const part = (s: ReturnType<typeof scores>) =>
		`${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}  ${`${s.tp}/${s.fp}/${s.found}/${s.gold}`.padEnd(11)}`;
	return `${name.padEnd(34)}  ${part(p)}   ${part(l)}`;
}

function table(
	r: EvalResult,
	details: boolean,
	extra?: (file: string) => string,
	rows = true
): string[] {
	const lines = [
		`${''.padEnd(34)}  places                        links`,
		`${'article'.padEnd(34)}  P     R     F1    tp/fp/fd/gd   P     R     F1    tp/fp/fd/gd`
	];
	if (rows)
		for (const a of r.articles)
			lines.push(row(a.file, a.places, a.links) + (extra?.(a.file) ?? ''));
	lines.push(row('micro total', r.places, r.links));
	for (const m of r.missing) lines.push(`not in the output: ${m}`);
	if (details && rows) {
		for (const a of r.articles) {
			lines.push(`\n${a.file}`);
			lines.push(`  missed places: ${a.missedPlaces.join(', ') || '—'}`);
			lines.push(`  wrong places:  ${a.wrongPlaces.join(', ') || '—'}`);
			lines.push(`  missed links:  ${a.missedLinks.join(', ') || '—'}`);
			lines.push(`  wrong links:   ${a.wrongLinks.join(', ') || '—'}`);
		}
	}
	return lines;
}

export function formatReport(r: EvalResult, details: boolean): string {
	const lines = table(r, details);
	lines.push('tp: predictions matching gold; fp: matching none; fd/gd: gold found / gold counted.');
	return lines.join('\n') + '\n';
}

/**
 * The real pages' report. Only the dev split, the one rules are written from, is shown page by page
 * unless `allRows`: check and test are read as totals, so that no rule grows from one of their pages.
 */
export function formatPagesReport(
	results: SplitResult[],
	details: boolean,
	allRows = false
): string {
	const lines: string[] = [];
	for (const r of results) {
		const dates = new Map(r.dates.map((d) => [d.file, d]));
		const rows = allRows || r.split === 'dev';
		const dateOnly = r.dates.filter((d) => d.dateOnly).length;
		lines.push(
			`\nreal pages, ${r.split} split: ${r.articles.length} pages from ${r.outlets} outlets` +
				(dateOnly ? ` (and ${dateOnly} more keyed for their publication date only)` : '') +
				(rows ? '' : ' (totals only; --rows shows each page)')
		);
		lines.push(
			...table(
				r,
				details,
				(file) => {
					const d = dates.get(file);
					if (!d) return '';
					const when = d.range
						? `${d.predicted} ≈ ${d.range.join('…')}`
						: (d.predicted ?? 'undated');
					return `  ${d.right === null ? '?' : d.right ? '✓' : '✗'} ${when}${d.source ? ` (${d.source})` : ''}`;
				},
				rows
			)
		);
		const judged = r.dates.filter((d) => d.right !== null);
		const inferred = r.dates.filter((d) => d.range !== null).map((d) => rangeDays(d.range!));
		inferred.sort((a, b) => a - b);
		const e = r.events;
		lines.push(
			`publication date right: ${dateShare(judged)}` +
				(inferred.length
					? `; inferred on ${inferred.length} pages, median interval ${inferred[inferred.length >> 1]} days`
					: '')
		);
		lines.push(
			`link year right: ${pct(e.yearRight, e.yearJudged)} of predicted links sharing parties with a gold link`
		);
		lines.push(
			`of links finding a gold link: status right ${pct(e.statusRight, e.statusJudged)}, ` +
				`direction right ${pct(e.directionRight, e.directionJudged)}, no direction where the key gives none ${pct(e.undirectedRight, e.undirectedJudged)}, type right ${pct(e.typeRight, e.typeJudged)}`
		);
	}
	return lines.join('\n') + '\n';
}

/** Share of pages whose date is right, split by what their key covers when some keys give the date only. */
function dateShare(judged: PageDate[]): string {
	const right = (ds: PageDate[]) => pct(ds.filter((d) => d.right).length, ds.length);
	const only = judged.filter((d) => d.dateOnly);
	if (only.length === 0) return right(judged);
	return `${right(judged)} (pages keyed in full ${right(judged.filter((d) => !d.dateOnly))}, keyed for the date only ${right(only)})`;
}

/** One line per split: the same pages given as text alone, without their address. */
export function formatTextOnly(results: SplitResult[]): string {
	const lines = ['', 'the same pages as text alone (no address line):'];
	for (const r of results) {
		const judged = r.dates.filter((d) => d.right !== null);
		lines.push(
			`  ${r.split}: links P ${fmt(r.links.precision)} R ${fmt(r.links.recall)} F1 ${fmt(r.links.f1)}; ` +
				`places F1 ${fmt(r.places.f1)}; publication date right ${dateShare(judged)}; ` +
				`link year right ${pct(r.events.yearRight, r.events.yearJudged)}`
		);
	}
	return lines.join('\n') + '\n';
}
