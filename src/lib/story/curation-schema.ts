/**
 * The schema of the tour's curation, `geodata/tour.json`, and its parser. Checked when a build or
 * the dev server starts (vite.config.ts) and by the tests, never in the browser: the app bundles
 * the file as checked (bundled-curation.ts) and applies it with curation.ts.
 *
 * The default tour needs no curation; a curator can drop stops, add their own, override a stop's
 * camera/caption/notes/years, and reorder:
 *
 * {
 *   "include": ["<link id>", …],                  // uncertain or not-held events kept in the tour
 *   "drop": ["<stop id>", …],
 *   "add": [{ "id": "intro-map", "after": "title", "camera": { "center": [67, 34], "zoom": 4 },
 *             "caption": { "heading": "…", "text": "…" }, "years": { "from": 2017, "to": 2025 },
 *             "notes": "…" }],
 *   "override": { "<stop id>": { "camera": { "bounds": [60, 24, 78, 40] }, "caption": { "heading": "…" },
 *                                 "notes": "…", "years": null } },
 *   "order": ["title", "<stop id>", …],          // these first, in this order
 *   "others": "keep" | "drop"                      // the stops not in `order` (default keep, after)
 * }
 *
 * The generated tour leaves out uncertain events (confidence under UNCERTAIN_BELOW) and events that
 * did not take place; `include` keeps such a link as a stop (see buildTour).
 * Applied in that sequence: drop, add, override, order. Stop ids are link ids (stable across
 * pipeline runs) plus `title`. `parseCuration` rejects malformed files with an error naming the
 * path of the bad value; ids the data no longer has are warnings (the data can change under a
 * curation), or errors with `strict`.
 */
import * as v from 'valibot';
import {
	expected,
	notList,
	objectMessage,
	onlyKeys,
	parseOutput,
	SchemaError
} from '../data/issues';
import { CurationError, withoutComments } from './curation';
import type { StopCamera, StopFocus } from './types';

/**
 * An object with only these keys (and `$comment`-style comments: the object is loose so that the
 * check sees them; parseCuration drops them). Typed as the plain object of the entries.
 */
const strict = <E extends v.ObjectEntries>(
	entries: E,
	what: string,
	extra: string[] = [],
	hints: Record<string, string> = {}
) =>
	v.pipe(
		v.looseObject(entries, objectMessage(hints, what)),
		onlyKeys([...Object.keys(entries), ...extra])
	) as unknown as v.GenericSchema<unknown, v.InferOutput<v.ObjectSchema<E, undefined>>>;

const StopId = v.pipe(v.string(), v.minLength(1, expected('a non-empty string')));
const StopIds = v.array(StopId, expected('an array of stop ids'));

const range = (lo: number, hi: number) =>
	v.pipe(
		v.number(expected(`a number in ${lo}..${hi}`)),
		v.minValue(lo, expected(`a number in ${lo}..${hi}`)),
		v.maxValue(hi, expected(`a number in ${lo}..${hi}`))
	);
const Longitude = range(-540, 540);
const Latitude = range(-90, 90);
const LngLat = v.tuple([Longitude, Latitude], expected('[longitude, latitude]'));

const Bounds = v.pipe(
	v.tuple([Longitude, Latitude, Longitude, Latitude], expected('[west, south, east, north]')),
	v.check(
		([, s, , n]) => s <= n,
		({ input: [, s, , n] }) => `south (${s}) is north of north (${n})`
	),
	v.check(
		([w, , e]) => w <= e,
		({ input: [w, , e] }) => `west (${w}) is east of east (${e})`
	)
);

const CameraSchema = v.pipe(
	strict(
		{
			bounds: v.optional(Bounds),
			center: v.optional(LngLat),
			zoom: v.optional(range(0, 22)),
			bearing: v.optional(range(-360, 360)),
			pitch: v.optional(range(0, 85)),
			maxZoom: v.optional(range(0, 22))
		},
		'an object with "bounds" or "center" and "zoom"'
	),
	v.check(
		(c) => c.bounds !== undefined || (c.center !== undefined && c.zoom !== undefined),
		'needs "bounds", or "center" with "zoom"'
	)
) satisfies v.GenericSchema<unknown, StopCamera>;

const YearsSchema = v.nullable(
	v.pipe(
		strict(
			{ from: v.pipe(v.number(), v.integer()), to: v.pipe(v.number(), v.integer()) },
			'null or { "from": YEAR, "to": YEAR }'
		),
		v.check(
			(y) => y.from <= y.to,
			({ input: y }) => `from (${y.from}) is after to (${y.to})`
		)
	)
);

const patchEntries = {
	camera: v.optional(CameraSchema),
	years: v.optional(YearsSchema),
	caption: v.optional(
		strict(
			{ heading: v.optional(v.string()), text: v.optional(v.string()) },
			'an object with "heading" and/or "text"'
		)
	),
	notes: v.optional(v.nullable(v.string())),
	// A patch's focus is part of a stop's: the compiler keeps the schema and the type one shape.
	focus: v.optional(
		strict(
			{ link: v.optional(v.nullable(v.string())), places: v.optional(StopIds) },
			'an object with "link" and/or "places"'
		) satisfies v.GenericSchema<unknown, Partial<StopFocus>>
	)
};
const PatchSchema = strict(patchEntries, 'an object');

const AddSchema = strict(
	{
		...patchEntries,
		id: StopId,
		/** Insert after this stop id; null = at the start; absent = at the end. */
		after: v.optional(v.nullable(v.string())),
		camera: CameraSchema,
		caption: strict(
			{ heading: v.string(), text: v.optional(v.string()) },
			'an object with "heading" and/or "text"',
			[],
			{ heading: 'required for an added stop' }
		)
	},
	'an object',
	[],
	{ camera: 'required for an added stop', caption: 'required for an added stop' }
);

/** Reports the first id of a list that is listed before (`order`, or the ids of `add`). */
const unique = <T>(id: (item: T) => string, what: string) =>
	v.rawCheck<T[]>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const seen = new Set<string>();
		dataset.value.forEach((item, i) => {
			const key = id(item);
			if (seen.has(key))
				addIssue({
					message: `"${key}" is ${what} twice`,
					path: [{ type: 'array', origin: 'value', input: dataset.value, key: i, value: item }]
				});
			seen.add(key);
		});
	});

const CurationSchema = notList(
	strict(
		{
			/** Link ids kept in the tour though uncertain or not held. */
			include: v.optional(StopIds),
			drop: v.optional(StopIds),
			add: v.optional(
				v.pipe(
					v.array(AddSchema, expected('an array of stops')),
					unique((a) => a.id, 'added')
				)
			),
			override: v.optional(
				v.record(v.string(), PatchSchema, expected('an object keyed by stop id'))
			),
			order: v.optional(
				v.pipe(
					StopIds,
					unique((id) => id, 'listed')
				)
			),
			others: v.optional(v.picklist(['keep', 'drop']))
		},
		'a JSON object',
		['version']
	),
	expected('a JSON object')
);

export type CurationPatch = v.InferOutput<typeof PatchSchema>;
export type Curation = v.InferOutput<typeof CurationSchema>;

/** Validates a parsed tour.json; throws a CurationError naming the path and the value of the first problem. */
export function parseCuration(raw: unknown, where = 'tour.json'): Curation {
	try {
		return withoutComments(parseOutput(CurationSchema, raw, where)) as Curation;
	} catch (e) {
		if (e instanceof SchemaError)
			throw new CurationError(e.where, e.message.slice(e.where.length + 2));
		throw e;
	}
}
