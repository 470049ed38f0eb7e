/**
 * The `NAME.meta.json` sidecar next to an article: metadata a person gives, which wins over what
 * the pipeline finds (its schema is SidecarSchema, ingest/schemas.ts). Unknown fields are ignored;
 * a wrong type is an error naming the field and the value.
 */
import { parseOutput } from '../src/lib/data/issues';
import { SidecarSchema } from './schemas';
import type { Sidecar } from './types';

/** Parse a `NAME.meta.json` sidecar's text. */
export function parseSidecar(json: string): Sidecar {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		throw new Error(`sidecar is not valid JSON (${(e as Error).message})`, { cause: e });
	}
	return parseOutput(SidecarSchema, data, 'sidecar');
}
