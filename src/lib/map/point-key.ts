/** A point as a key, its longitude brought into -180…180 (an arc's far end may be unwrapped). */
export function pointKey(c: readonly number[] | undefined): string {
	if (!c) return '';
	const lng = ((((c[0]! + 180) % 360) + 360) % 360) - 180;
	return `${Math.round(lng * 1e4) / 1e4},${c[1]}`;
}
