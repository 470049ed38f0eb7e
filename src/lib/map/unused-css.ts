/**
 * maplibre-gl's stylesheet styles every control, popup and marker the library has, most of it
 * icons inlined as SVG (its logo alone, in light, dark and high-contrast variants, is over half the
 * file). The map here adds two of maplibre's controls (navigation and a compact attribution,
 * create-map.ts) and draws its own tooltip, so most of the stylesheet styles nothing on the page:
 * 10.2 KB of gzip fetched before the first frame, of which about 1.8 KB is used.
 *
 * The build drops the rules of the parts listed in UNUSED_MAPLIBRE_PARTS from the stylesheet
 * (vite.config.ts); every other rule is kept as it is. Adding one of these to the map (a
 * GeolocateControl, a Popup, a Marker, `maplibreLogo: true`…) means taking it off the list.
 *
 * Build-time code: no MapLibre import, pure string work on the library's minified stylesheet.
 */

/** Class stems (after `maplibregl-`) of the parts of maplibre-gl the map never shows. */
export const UNUSED_MAPLIBRE_PARTS = [
	'ctrl-logo',
	'ctrl-geolocate',
	'user-location',
	'ctrl-fullscreen',
	'ctrl-shrink',
	'pseudo-fullscreen',
	'ctrl-terrain',
	'ctrl-globe',
	'ctrl-scale',
	'popup',
	'marker',
	'cooperative-gesture'
] as const;

/** The statements of a block of CSS at one level: rules, at-rules with their blocks, `@x …;`. */
export function statements(css: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < css.length; i++) {
		const c = css[i];
		if (c === '{') depth++;
		else if ((c === '}' && --depth === 0) || (c === ';' && depth === 0)) {
			out.push(css.slice(start, i + 1));
			start = i + 1;
		}
	}
	const rest = css.slice(start).trim();
	return rest ? [...out, rest] : out;
}

/** A selector list split at its top-level commas (not those inside `:is(…)` or `[…]`). */
function selectorList(prelude: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < prelude.length; i++) {
		const c = prelude[i];
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === ',' && depth === 0) {
			out.push(prelude.slice(start, i));
			start = i + 1;
		}
	}
	return [...out, prelude.slice(start)];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function filterBlock(css: string, unused: RegExp): string {
	return statements(css)
		.map((statement) => {
			const open = statement.indexOf('{');
			if (open < 0) return statement;
			const prelude = statement.slice(0, open);
			const body = statement.slice(open + 1, -1);
			if (/^\s*@(media|supports|layer|container)\b/.test(prelude)) {
				const inner = filterBlock(body, unused);
				return inner ? `${prelude}{${inner}}` : '';
			}
			if (prelude.trim().startsWith('@')) return statement;
			const kept = selectorList(prelude).filter((s) => !unused.test(s));
			return kept.length ? `${kept.join(',')}{${body}}` : '';
		})
		.join('');
}

/** Top-level keyframes no remaining rule animates with (the geolocate button's spinner, the location dot's pulse). */
function withoutIdleKeyframes(css: string): string {
	const parts = statements(css);
	const nameOf = (s: string) => /^\s*@(?:-webkit-)?keyframes\s+([\w-]+)/.exec(s)?.[1];
	const rules = parts.filter((s) => nameOf(s) === undefined).join('');
	return parts
		.filter((s) => {
			const name = nameOf(s);
			return name === undefined || rules.includes(name);
		})
		.join('');
}

/**
 * The stylesheet without the selectors that name a class of `parts` (`maplibregl-` + a stem, or a
 * class starting with it); a rule left with no selector goes, an `@media` block left empty goes,
 * and so do keyframes nothing animates with any more.
 */
export function withoutParts(css: string, parts: readonly string[]): string {
	const unused = new RegExp(`\\.maplibregl-(?:${parts.map(escape).join('|')})`);
	return withoutIdleKeyframes(filterBlock(css, unused));
}
