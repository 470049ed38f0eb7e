/**
 * Applies the tour's curation (`geodata/tour.json`) to the generated stops: drop, add, override,
 * order. The file's format, its schema and its parser are in curation-schema.ts, which runs when
 * the build starts and in the tests: the browser gets the file as checked and needs no validator.
 */
import type { Curation, CurationPatch } from './curation-schema';
import type { TourStop } from './types';

export type { Curation };

export class CurationError extends Error {
	constructor(
		readonly where: string,
		message: string
	) {
		super(`${where}: ${message}`);
		this.name = 'CurationError';
	}
}

/** Comments (`$…` keys) left out of the parsed curation. */
export const withoutComments = (value: unknown): unknown =>
	JSON.parse(JSON.stringify(value, (key, v) => (key.startsWith('$') ? undefined : v)));

export interface ApplyOptions {
	/** Unknown stop ids are errors instead of warnings. */
	strict?: boolean;
	onwarning?: (message: string) => void;
}

function patched(stop: TourStop, p: CurationPatch): TourStop {
	return {
		...stop,
		camera: p.camera ?? stop.camera,
		years: p.years !== undefined ? p.years : stop.years,
		focus: p.focus ? { ...stop.focus, ...p.focus } : stop.focus,
		caption: p.caption ? { ...stop.caption, ...p.caption } : stop.caption,
		notes: p.notes !== undefined ? p.notes : stop.notes
	};
}

/** Applies a validated curation to generated stops; returns a new array. */
export function applyCuration(
	generated: readonly TourStop[],
	curation: Curation,
	options: ApplyOptions = {}
): TourStop[] {
	const missing = (where: string, id: string) => {
		const message = `${where}: no stop has id "${id}"`;
		if (options.strict) throw new CurationError(where, `no stop has id "${id}"`);
		options.onwarning?.(message);
	};
	const has = (list: readonly TourStop[], id: string) => list.some((s) => s.id === id);

	const dropped = new Set(curation.drop ?? []);
	(curation.drop ?? []).forEach((id, i) => {
		if (!has(generated, id)) missing(`tour.json.drop[${i}]`, id);
	});
	let stops = generated.filter((s) => !dropped.has(s.id));

	(curation.add ?? []).forEach((a, i) => {
		const where = `tour.json.add[${i}]`;
		if (has(stops, a.id)) throw new CurationError(`${where}.id`, `"${a.id}" is already a stop`);
		const stop: TourStop = {
			id: a.id,
			kind: 'custom',
			camera: a.camera,
			years: a.years ?? null,
			focus: { link: a.focus?.link ?? null, places: a.focus?.places ?? [] },
			caption: {
				heading: a.caption.heading,
				text: a.caption.text ?? '',
				articleId: null,
				paragraph: null,
				source: null
			},
			notes: a.notes ?? null
		};
		let at = stops.length;
		if (a.after === null) at = 0;
		else if (a.after !== undefined) {
			const j = stops.findIndex((s) => s.id === a.after);
			if (j < 0) missing(`${where}.after`, a.after);
			else at = j + 1;
		}
		stops = [...stops.slice(0, at), stop, ...stops.slice(at)];
	});

	for (const [id, p] of Object.entries(curation.override ?? {})) {
		const j = stops.findIndex((s) => s.id === id);
		if (j < 0) missing(`tour.json.override["${id}"]`, id);
		else stops[j] = patched(stops[j]!, p);
	}

	if (curation.order) {
		const byId = new Map(stops.map((s) => [s.id, s]));
		const first: TourStop[] = [];
		const placed = new Set<string>();
		curation.order.forEach((id, i) => {
			const s = byId.get(id);
			if (!s) return missing(`tour.json.order[${i}]`, id);
			if (placed.has(id)) return;
			placed.add(id);
			first.push(s);
		});
		const rest = curation.others === 'drop' ? [] : stops.filter((s) => !placed.has(s.id));
		stops = [...first, ...rest];
	}
	return stops;
}
