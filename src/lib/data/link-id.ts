/**
 * A link's id, derived from what makes it one link: its type, its parties, its date and (when it
 * did not take place) its status — the ingest's merge key. links.geojson leaves the id out when it
 * is this one (`linkAsWritten` in schema.ts), and the reader puts it back: at 10,000 articles the
 * ids were a third of the gzip fetched before the first frame, since a hash does not compress.
 *
 * The hash is 64-bit FNV-1a over the key's UTF-16 code units, kept to its first 48 bits (12 hex
 * digits: among 100,000 links the chance of two ids alike is below one in fifty thousand).
 */

/** The fields a link's identity is made of. */
export interface LinkIdentity {
	type: string;
	parties: readonly string[];
	date: string | null;
	status?: string;
}

/**
 * The merge key: links of the same type and status between the same set of parties on the same
 * date are one. A held link's key has no status.
 */
export function linkKey(link: LinkIdentity): string {
	const parties = [...new Set(link.parties)].sort();
	const status = link.status && link.status !== 'held' ? `|${link.status}` : '';
	return `${link.type}|${parties.join(',')}|${link.date ?? ''}${status}`;
}

/** `link-` and 12 hex digits of the key's 64-bit FNV-1a hash. */
export function linkId(key: string): string {
	// The state in two 32-bit halves, from the offset basis 0xcbf29ce484222325; each step multiplies
	// by the FNV prime 2^40 + 0x1b3, exactly (the low half's product stays below 2^53).
	let lo = 0x84222325;
	let hi = 0xcbf29ce4;
	for (let i = 0; i < key.length; i++) {
		const x = (lo ^ key.charCodeAt(i)) >>> 0;
		const m = x * 0x1b3;
		hi = (Math.imul(hi, 0x1b3) + Math.imul(x, 256) + ((m / 2 ** 32) | 0)) >>> 0;
		lo = m >>> 0;
	}
	return `link-${(hi + 2 ** 32).toString(16).slice(1)}${(lo >>> 16).toString(16).padStart(4, '0')}`;
}

/** A link's id from its fields. */
export function linkIdOf(link: LinkIdentity): string {
	return linkId(linkKey(link));
}
