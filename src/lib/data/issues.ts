/**
 * One way to report a data file that does not fit its schema, for every file the app and the
 * ingest read: the file, the path inside it, the id of the item when it has one, and the bad
 * value, shortened:
 *
 *   links.geojson: features[3].properties.status (link-8a5679ce8923): expected ("held" | …), got "maybe"
 *
 * The schemas themselves are valibot's (src/lib/data/schema.ts for the app's data, ingest/schemas.ts
 * for what only the ingest reads). The app loads this module before the map draws, so it keeps
 * to a few of valibot's pieces.
 */
import * as v from 'valibot';

/** Thrown when a file does not fit its schema; the message names the file, the path and the value. */
export class SchemaError extends Error {
	constructor(
		/** The file and the path inside it: `links.geojson: features[3].properties.status`. */
		readonly where: string,
		message: string
	) {
		super(`${where}: ${message}`);
		this.name = 'SchemaError';
	}
}

/** A value as quoted in a message: JSON, long ones cut to 60 characters. */
export function showValue(value: unknown): string {
	const s = JSON.stringify(value) ?? String(value);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** A message for a schema or action: what was expected, and the value found. */
export function expected(what: string) {
	return (issue: { input: unknown }) => `expected ${what}, got ${showValue(issue.input)}`;
}

/** The key an object schema found missing (valibot reports it with the object's message), if any. */
export function missingKey(issue: v.BaseIssue<unknown>): string | null {
	const key = issue.path?.[issue.path.length - 1]?.key;
	return issue.input === undefined && typeof key === 'string' && issue.expected === `"${key}"`
		? key
		: null;
}

/** The message of an issue whose schema gives none: valibot's `expected`, and the value found. */
const defaultMessage = (issue: v.BaseIssue<unknown>) =>
	missingKey(issue) !== null
		? 'missing'
		: `expected ${issue.expected ?? issue.kind}, got ${showValue(issue.input)}`;

/**
 * The message of an object schema: a missing key is `missing`, with what to do when `hints` has
 * the key (old data files lack the fields added since); anything else says what was expected.
 */
export function objectMessage(hints: Record<string, string>, what?: string) {
	return (issue: v.BaseIssue<unknown>) => {
		const key = missingKey(issue);
		if (key !== null) return hints[key] ? `missing (${hints[key]})` : 'missing';
		return what ? expected(what)(issue) : defaultMessage(issue);
	};
}

const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;

/** The path of an issue as a reader writes it: `features[3].properties["city-kabul"]`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		if (typeof key === 'number') out += `[${key}]`;
		else if (typeof key === 'string' && IDENTIFIER_RE.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

/** The id of the innermost list item on the issue's path that has one (`id` or `properties.id`). */
function itemId(issue: v.BaseIssue<unknown>): string | null {
	let id: unknown = null;
	for (const item of issue.path ?? []) {
		const value = item.type === 'array' ? (item.value as Record<string, unknown> | null) : null;
		const found = value?.id ?? (value?.properties as Record<string, unknown> | undefined)?.id;
		if (typeof found === 'string') id = found;
	}
	return id as string | null;
}

/** `file: path (id)` of an issue: just the file at the top level; the id of the item, if it has one. */
function issueWhere(file: string, issue: v.BaseIssue<unknown>): string {
	const at = issuePath(issue);
	const id = itemId(issue);
	return at ? `${file}: ${at}${id ? ` (${id})` : ''}` : file;
}

/** The first problem of `data` against `schema`, or null when it fits. */
export function firstIssue<S extends v.GenericSchema>(
	schema: S,
	data: unknown
): v.InferIssue<S> | null {
	const result = v.safeParse(schema, data, { abortEarly: true, message: defaultMessage });
	return result.success ? null : result.issues[0];
}

function throwIssue(file: string, issue: v.BaseIssue<unknown>): never {
	throw new SchemaError(issueWhere(file, issue), issue.message);
}

/**
 * `data`, typed by the schema, or a SchemaError naming the file, the path and the value. The
 * input itself is returned (the data files' schemas transform nothing), so keys a schema does not
 * list stay: a newer ingest may add fields.
 */
export function parseFile<S extends v.GenericSchema>(
	schema: S,
	data: unknown,
	file: string
): v.InferOutput<S> {
	const issue = firstIssue(schema, data);
	if (issue) throwIssue(file, issue);
	return data as v.InferOutput<S>;
}

/**
 * Checks `count` items of a long list against `schema`, spread evenly over it (the first and the
 * last among them; every item of a list no longer than `count`): what the app checks of a file the
 * ingest checked whole, so that a corpus of tens of thousands of links does not cost a second
 * before the first frame. A SchemaError names the item's index in the whole list: `features[812]…`.
 */
export function parseSample<S extends v.GenericSchema>(
	schema: S,
	list: readonly unknown[],
	where: { file: string; list: string },
	count: number
): void {
	const n = Math.min(count, list.length);
	const step = n > 1 ? (list.length - 1) / (n - 1) : 0;
	for (let k = 0; k < n; k++) {
		const i = Math.round(k * step);
		const issue = firstIssue(schema, list[i]);
		if (!issue) continue;
		const inner = issuePath(issue);
		const value = list[i] as { id?: unknown; properties?: { id?: unknown } } | null;
		const id = value?.id ?? value?.properties?.id;
		const at = `${where.list}[${i}]${inner && !inner.startsWith('[') ? '.' : ''}${inner}`;
		throw new SchemaError(
			`${where.file}: ${at}${typeof id === 'string' ? ` (${id})` : ''}`,
			issue.message
		);
	}
}

/** The schema's output for `data` (keys it does not list dropped), or a SchemaError as parseFile's. */
export function parseOutput<S extends v.GenericSchema>(
	schema: S,
	data: unknown,
	file: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, data, { abortEarly: true, message: defaultMessage });
	if (!result.success) throwIssue(file, result.issues[0]);
	return result.output;
}

/**
 * An object schema that also refuses a list (a list is an object to valibot, and an object
 * schema's output for one is an object): the list is refused first, with `message`.
 */
export function notList<S extends v.GenericSchema>(
	schema: S,
	message: (issue: { input: unknown }) => string
) {
	return v.pipe(
		v.custom<unknown>((x) => !Array.isArray(x), message),
		schema
	) as unknown as v.GenericSchema<unknown, v.InferOutput<S>>;
}

/**
 * A check that an object has no keys but `allowed` (and comments: keys starting with `$`); the
 * first other key is reported at its own path.
 */
export function onlyKeys<T extends object>(
	allowed: readonly string[],
	message = (keys: readonly string[]) => `unknown key (allowed: ${keys.join(', ')})`
) {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const input = dataset.value as Record<string, unknown>;
		const key = Object.keys(input).find((k) => !k.startsWith('$') && !allowed.includes(k));
		if (key !== undefined)
			addIssue({
				message: message(allowed),
				path: [{ type: 'object', origin: 'value', input, key, value: input[key] }]
			});
	});
}
