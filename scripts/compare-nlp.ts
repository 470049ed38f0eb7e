/**
 * `npx tsx scripts/compare-nlp.ts` — measures compromise (a general English NLP library: verb
 * tense and negation) against the pipeline's own status rules, on the dev split of the real pages
 * only. For every predicted link that finds a gold link with a status, it compares the gold status
 * with the rules' status and with the status compromise's verbs give (a future verb: planned; a
 * negated verb: not held; else held), and times compromise per evidence sentence. The figures
 * decide whether the library is worth its cost at ≥ 500 articles/s (see the closing notes).
 */
import * as fs from 'node:fs';
import nlp from 'compromise';
import { loadContext } from '../ingest/cli';
import { createEvalResolver, pageKeys, runPages } from '../ingest/eval-data';
import { linkMatches, type GoldLink } from '../ingest/eval-score';

const ctx = loadContext('geodata');
const resolver = createEvalResolver(
	ctx.gazetteer,
	ctx.actors,
	JSON.parse(fs.readFileSync('geodata/aliases.json', 'utf8'))
);
const output = runPages('tests/fixtures/real', ctx);
const keys = new Map(
	pageKeys('tests/fixtures/real')
		.filter((k) => k.split === 'dev')
		.map((k) => [k.file, k])
);
const links = new Map(output.links.features.map((f) => [f.properties.id, f.properties]));

/** The status compromise's verbs give a sentence. */
function compromiseStatus(sentence: string): string {
	const verbs = nlp(sentence).verbs().json() as Array<{
		verb?: { negative?: boolean; grammar?: { tense?: string } };
	}>;
	if (verbs.some((v) => v.verb?.grammar?.tense === 'FutureTense')) return 'planned';
	if (verbs.some((v) => v.verb?.negative)) return 'not held';
	return 'held';
}

let judged = 0;
let rules = 0;
let library = 0;
let ms = 0;
for (const a of output.articles) {
	const key = keys.get(a.file);
	if (!key) continue;
	const year = Number((key.metadata?.publication_date ?? '').slice(0, 4)) || undefined;
	const seen = new Set<string>();
	for (const e of a.evidence) {
		if (seen.has(e.link)) continue;
		seen.add(e.link);
		const p = links.get(e.link)!;
		const gold = (key.links as Array<GoldLink & { status?: string }>).find(
			(g) =>
				g.status && linkMatches(g, { id: p.id, parties: p.parties, year: p.year }, year, resolver)
		);
		if (!gold) continue;
		judged++;
		if (p.status === gold.status) rules++;
		const t = performance.now();
		const status = compromiseStatus(e.sentence);
		ms += performance.now() - t;
		if (status === gold.status) library++;
	}
}
nlp('warm up').verbs().json();
const t = performance.now();
const sample = output.articles.flatMap((a) => a.evidence.map((e) => e.sentence)).slice(0, 200);
for (const s of sample) compromiseStatus(s);
const warm = (performance.now() - t) / sample.length;
console.log(`dev links finding a gold link with a status: ${judged}`);
console.log(
	`status right — rules: ${rules} (${Math.round((100 * rules) / judged)} %), compromise: ${library} (${Math.round((100 * library) / judged)} %)`
);
console.log(
	`compromise: ${(ms / judged).toFixed(2)} ms per sentence cold, ${warm.toFixed(2)} ms warm`
);
