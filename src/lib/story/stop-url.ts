/**
 * The address of a presented stop (`?present&stop=N`, the stop 1-based as the counter shows it)
 * and of leaving presentation mode; whether an address asks for it is in
 * `src/lib/state/present-url.ts`, which the page needs before this code is loaded.
 */

/** The 0-based stop index from `stop=N` (1-based), or 0 when absent or not a valid number. */
export function readStopParam(url: URL, count: number): number {
	const raw = url.searchParams.get('stop');
	if (!raw || !/^\d{1,5}$/.test(raw)) return 0;
	const n = Number(raw);
	if (n < 1) return 0;
	return Math.min(n, Math.max(count, 1)) - 1;
}

/**
 * The URL with `present` and `stop=index+1` set (other parameters kept as written, in place:
 * re-encoding them, "cam=68.7%2C38.5" for "cam=68.7,38.5", would make the same stop's address
 * look like another one), e.g. `?present&stop=4`.
 */
export function presentUrl(url: URL, index: number): URL {
	const parts = queryParts(url);
	const set = (name: string, part: string) => {
		const at = parts.findIndex((p) => p === name || p.startsWith(`${name}=`));
		if (at >= 0) parts[at] = part;
		else parts.push(part);
	};
	set('present', 'present');
	set('stop', `stop=${index + 1}`);
	return withQuery(url, parts);
}

/** The URL without the presentation parameters (the others kept as written). */
export function leavePresentUrl(url: URL): URL {
	return withQuery(
		url,
		queryParts(url).filter((p) => !/^(?:present|stop)(?:=|$)/.test(p))
	);
}

function queryParts(url: URL): string[] {
	return url.search.replace(/^\?/, '').split('&').filter(Boolean);
}

function withQuery(url: URL, parts: readonly string[]): URL {
	const out = new URL(url);
	out.search = parts.length ? `?${parts.join('&')}` : '';
	return out;
}
