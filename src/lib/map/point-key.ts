/** A longitude brought into -180…180 (an arc's far end may be unwrapped past ±180°). */
export function wrapLng(lng: number): number {
	return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** A point as a key, its longitude wrapped. */
export function pointKey(c: readonly number[] | undefined): string {
	if (!c) return '';
	return `${Math.round(wrapLng(c[0]!) * 1e4) / 1e4},${c[1]}`;
}
