/**
 * Merging links across articles, for the build: links of the same type and status between the
 * same parties on the same date are one link (its key and id: src/lib/data/link-id.ts), with the
 * evidence of every article and a confidence that grows with the articles telling it.
 */
import type { DateBasis, Evidence } from '../../src/lib/data/schema';
import type { RawLink } from '../types';
import { linkKey } from '../../src/lib/data/link-id';

export interface MergedLink {
	key: string;
	raw: RawLink;
	parties: string[];
	place: string | null;
	evidence: Evidence[];
	dateBasis: RawLink['dateBasis'];
	absent: Set<string>;
	reasons: Set<string>;
	/** A person's correction set or added one of the readings. */
	corrected: boolean;
	/** Confidence of the link as read in each article (the best reading per article). */
	byArticle: Map<string, number>;
}

const BASIS_RANK: Record<DateBasis, number> = {
	corrected: -1,
	stated: 0,
	relative: 1,
	publication: 2,
	inferred: 3,
	tenure: 3
};

/**
 * A link told by several articles is surer than one told once: each article's reading counts as
 * an independent witness (1 − Π(1 − cᵢ)), capped below certainty.
 */
export function mergedConfidence(perArticle: Iterable<number>): number {
	let doubt = 1;
	for (const c of perArticle) doubt *= 1 - c;
	return Math.round(Math.min(0.99, 1 - doubt) * 100) / 100;
}

/**
 * One merged link per key (see `linkKey`), in the order keys first appear: its parties sorted, the
 * best date basis, every absent party, reason and piece of evidence once, the best reading's
 * confidence per article; a person's correction decides its direction and place.
 */
export function mergeLinks(links: RawLink[]): MergedLink[] {
	const merged = new Map<string, MergedLink>();
	for (const raw of links) {
		const key = linkKey(raw);
		let m = merged.get(key);
		if (!m) {
			m = {
				key,
				raw,
				parties: [...new Set(raw.parties)].sort(),
				place: raw.place,
				evidence: [],
				dateBasis: raw.dateBasis,
				absent: new Set(),
				reasons: new Set(),
				corrected: false,
				byArticle: new Map()
			};
			merged.set(key, m);
		}
		// A person's correction says which way the arc goes and where: it wins over the readings; a
		// reading that says which way the arc runs wins over one that only names the parties.
		if (raw.corrected && !m.corrected) {
			m.raw = raw;
			if (raw.place !== null) m.place = raw.place;
		} else if (!m.corrected && !m.raw.directed && raw.directed) m.raw = raw;
		if (m.place === null && raw.place !== null) m.place = raw.place;
		if (
			raw.dateBasis !== null &&
			(m.dateBasis === null || BASIS_RANK[raw.dateBasis] < BASIS_RANK[m.dateBasis])
		)
			m.dateBasis = raw.dateBasis;
		for (const a of raw.absent) m.absent.add(a);
		for (const r of raw.reasons) m.reasons.add(r);
		if (raw.corrected) m.corrected = true;
		const article = raw.evidence[0]?.article ?? '';
		m.byArticle.set(article, Math.max(m.byArticle.get(article) ?? 0, raw.confidence));
		for (const e of raw.evidence) {
			const dup = m.evidence.some(
				(x) => x.article === e.article && x.paragraph === e.paragraph && x.sentence === e.sentence
			);
			if (!dup)
				m.evidence.push({ article: e.article, paragraph: e.paragraph, sentence: e.sentence });
		}
	}
	return [...merged.values()];
}
