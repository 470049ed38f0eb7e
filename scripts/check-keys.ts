/**
 * `npx tsx scripts/check-keys.ts [DIR]` — checks the answer keys of real pages
 * (tests/fixtures/real by default) for form: every key names an existing page, every evidence
 * string is a verbatim substring of its page, every field has an allowed value. Prints one line
 * per problem, naming the key and the field; exits 1 when any.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const TYPES = [
	'meeting',
	'visit',
	'talks',
	'conference',
	'mediation',
	'agreement',
	'signing',
	'cooperation',
	'dispute',
	'accusation',
	'condemnation',
	'recognition',
	'sanctions',
	'border'
];
const STATUSES = ['held', 'planned', 'cancelled', 'refused', 'denied'];
const PRIORITIES = ['core', 'secondary', 'optional'];
const BASES = ['stated', 'relative', 'publication', 'inferred'];
const SOURCES = ['print-line', 'byline', 'dateline', 'meta', 'url', 'none'];
const KINDS = ['country', 'city', 'province', 'region', 'other'];
const EXPECTED = ['required', 'optional', 'must_not_be_a_party'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A key as parsed from its file: its shape is what this script checks, so nothing is assumed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- unvalidated JSON, probed field by field below
type RawKey = any;

export function checkKey(name: string, key: RawKey, page: string | null): string[] {
	const out: string[] = [];
	const bad = (field: string, why: string) => out.push(`${name}: ${field}: ${why}`);
	if (page === null) bad('file', `no page pages/${key?.file}`);
	if (typeof key?.url !== 'string' || !/^https?:\/\//.test(key.url)) bad('url', 'missing');
	if (typeof key?.outlet !== 'string' || !key.outlet) bad('outlet', 'missing');
	const m = key?.metadata ?? {};
	if (m.publication_date !== null && !DATE.test(String(m.publication_date)))
		bad('metadata.publication_date', `not a date: ${m.publication_date}`);
	if (!SOURCES.includes(m.publication_date_source))
		bad('metadata.publication_date_source', `not one of ${SOURCES.join(', ')}`);
	if (m.publication_date_range !== null && m.publication_date_range !== undefined) {
		const r = m.publication_date_range;
		if (!Array.isArray(r) || r.length !== 2 || !r.every((d: unknown) => DATE.test(String(d))))
			bad('metadata.publication_date_range', 'not [from, to]');
	}
	if (!Array.isArray(key?.places)) bad('places', 'missing');
	for (const [i, p] of (key?.places ?? []).entries()) {
		if (!p.canonical) bad(`places[${i}]`, 'no canonical');
		if (!KINDS.includes(p.kind)) bad(`places[${i}].kind`, String(p.kind));
		if (!EXPECTED.includes(p.expected_in_place_set))
			bad(`places[${i}].expected_in_place_set`, String(p.expected_in_place_set));
	}
	if (!Array.isArray(key?.links)) bad('links', 'missing');
	const ids = new Set<string>();
	for (const [i, l] of (key?.links ?? []).entries()) {
		const at = `links[${i}] ${l.id ?? ''}`;
		if (ids.has(l.id)) bad(at, 'duplicate id');
		ids.add(l.id);
		if (!TYPES.includes(l.type)) bad(`${at}.type`, String(l.type));
		if (!Array.isArray(l.parties) || l.parties.length < 2) bad(`${at}.parties`, 'fewer than two');
		for (const end of ['from', 'to'])
			if (l[end] !== null && l[end] !== undefined && !l.parties?.includes(l[end]))
				bad(`${at}.${end}`, `${l[end]} is not one of the parties`);
		if (!STATUSES.includes(l.status)) bad(`${at}.status`, String(l.status));
		if (!PRIORITIES.includes(l.priority)) bad(`${at}.priority`, String(l.priority));
		if (l.date_basis !== undefined && !BASES.includes(l.date_basis))
			bad(`${at}.date_basis`, String(l.date_basis));
		if (l.date !== null) {
			const parts = String(l.date).split(/\/|; /);
			if (!parts.every((d) => d === '..' || DATE.test(d))) bad(`${at}.date`, String(l.date));
		}
		if (typeof l.evidence !== 'string' || !l.evidence) bad(`${at}.evidence`, 'missing');
		else if (page !== null && !page.includes(l.evidence))
			bad(`${at}.evidence`, `not a verbatim substring of the page: "${l.evidence.slice(0, 60)}…"`);
		for (const s of l.supporting_evidence ?? [])
			if (page !== null && !page.includes(s))
				bad(`${at}.supporting_evidence`, `not verbatim: "${s.slice(0, 60)}…"`);
	}
	return out;
}

function main() {
	const dir = process.argv[2] ?? 'tests/fixtures/real';
	const keys = fs.readdirSync(path.join(dir, 'keys')).filter((f) => f.endsWith('.json'));
	let problems = 0;
	for (const k of keys.sort()) {
		let key: RawKey;
		try {
			key = JSON.parse(fs.readFileSync(path.join(dir, 'keys', k), 'utf8'));
		} catch (e) {
			console.log(`${k}: not valid JSON: ${(e as Error).message}`);
			problems++;
			continue;
		}
		const pageFile = path.join(dir, 'pages', String(key?.file));
		const page = fs.existsSync(pageFile) ? fs.readFileSync(pageFile, 'utf8') : null;
		for (const line of checkKey(k, key, page)) {
			console.log(line);
			problems++;
		}
	}
	console.log(`${keys.length} keys, ${problems} problems`);
	process.exit(problems ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
