/**
 * Which source wrote which bytes of a built file, from its sourcemap (`vite build --sourcemap`):
 * what `npm run bundle:size -- --sources` lists, and how a chunk holding maplibre-gl and the app's
 * own code together is split between them.
 *
 * A sourcemap's `mappings` give, line by line, the column where each segment of the output begins
 * and the source it came from; the text from one segment's column to the next is counted to that
 * source, and the start of a line before its first segment to the last source of the line before
 * (a template literal over several lines: maplibre-gl's shaders). Text mapped to no source (a
 * bundler's glue: export lists, the lazy chunks' file list) is counted as `(unmapped)`.
 */
import { existsSync, readFileSync } from 'node:fs';

interface SourceMap {
	sources: string[];
	mappings: string;
	sourceRoot?: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** The numbers of one segment (base64 VLQ: 5 bits a digit, continuation bit 32, sign in bit 1). */
function decodeSegment(text: string): number[] {
	const out: number[] = [];
	let value = 0;
	let shift = 0;
	for (const c of text) {
		const digit = B64_VALUE.get(c);
		if (digit === undefined) throw new Error(`not a sourcemap digit: ${c}`);
		value += (digit & 31) << shift;
		if (digit & 32) shift += 5;
		else {
			out.push(value & 1 ? -(value >>> 1) : value >>> 1);
			value = 0;
			shift = 0;
		}
	}
	return out;
}

const UNMAPPED = '(unmapped)';

/**
 * The text of `code` per source of its map: each source's pieces joined, in output order. The
 * source names are as the map gives them (relative to the map's folder, e.g.
 * `../../../../../node_modules/maplibre-gl/dist/maplibre-gl.mjs`).
 */
export function textBySource(code: string, map: SourceMap): Map<string, string> {
	const pieces = new Map<string, string[]>();
	const add = (source: string, text: string) => {
		if (!text) return;
		const list = pieces.get(source);
		if (list) list.push(text);
		else pieces.set(source, [text]);
	};
	const lines = code.split('\n');
	const mapLines = map.mappings.split(';');
	let sourceIndex = 0;
	let current = UNMAPPED;
	for (let l = 0; l < lines.length; l++) {
		const line = lines[l] ?? '';
		let column = 0;
		let at = 0;
		for (const segment of (mapLines[l] ?? '').split(',')) {
			if (!segment) continue;
			const [dColumn = 0, dSource] = decodeSegment(segment);
			column += dColumn;
			add(current, line.slice(at, column));
			at = column;
			if (dSource === undefined) current = UNMAPPED;
			else {
				sourceIndex += dSource;
				current = map.sources[sourceIndex] ?? UNMAPPED;
			}
		}
		add(current, line.slice(at) + (l < lines.length - 1 ? '\n' : ''));
	}
	return new Map([...pieces].map(([source, list]) => [source, list.join('')]));
}

/** The map beside a built file (`X.js.map`), or null when the build wrote none. */
export function readMap(file: string): SourceMap | null {
	const path = `${file}.map`;
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SourceMap) : null;
}

/**
 * A source's name as a reader groups it: `maplibre-gl`, `svelte`, `valibot` for a package (its
 * own name under node_modules), the path from `src/` for the app's own modules.
 */
export function sourceGroup(source: string): string {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
	if (pkg?.[1]) return pkg[1];
	const own = /(?:^|\/)(src\/.*)$/.exec(source);
	return own?.[1] ?? source;
}

/** Whether a source is maplibre-gl's (its library, its worker or its stylesheet). */
export const isMaplibreSource = (source: string): boolean => sourceGroup(source) === 'maplibre-gl';
