/**
 * Drafts joined into links: a later sentence listing who took part in the gathering just told
 * ("participants including …, but did not include …") adds to it; then drafts that tell the same
 * event (same type, parties, date and status) become one link with all their evidence.
 */
import type { RawLink } from '../types';
import { GATHERING_TYPES, partyKey, type Draft, type Pass } from './links-pass';
import type { PartyHit } from './links-parties';

/**
 * "participants including the US, China …", "the attendees of the summit included", "attended by",
 * "delegations from", "delegates from": who took part.
 */
const PARTICIPANTS_RE =
	/\b(?:participants?|attendees|invitees)(?:\s+(?:of|at|to|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:includ(?:ed|ing|es)|were|are|from)\b|\battended\s+by\b|\b(?:delegations?|delegates|representatives|envoys|diplomats)\s+from\b|\bamong\s+(?:the\s+)?(?:participants|attendees|invitees)\b/i;
/** "… but did not include the Taliban authorities", "except", "without": those after it stayed away. */
const LIST_EXCLUSION_RE =
	/\b(?:(?:did|does|do)\s+not\s+include|not\s+including|excluding|except(?:\s+for)?|without)\b/i;

/** Who a sentence lists as taking part in a gathering, and as left out, after its cue. */
export interface ListedParticipants {
	listed: string[];
	excluded: string[];
	/** The cue ("participants including", "diplomats from") in the sentence's text. */
	cueAt: number;
	cueEnd: number;
}

/** The parties a sentence lists as taking part (and as left out), or null when it lists none. */
export function participantsListed(
	sentenceText: string,
	sentenceStart: number,
	inSentence: PartyHit[]
): ListedParticipants | null {
	const cue = PARTICIPANTS_RE.exec(sentenceText);
	if (!cue) return null;
	const from = sentenceStart + cue.index;
	const exclusion = LIST_EXCLUSION_RE.exec(sentenceText.slice(cue.index));
	const excludedFrom = exclusion ? from + exclusion.index : Infinity;
	const listed: string[] = [];
	const excluded: string[] = [];
	for (const h of inSentence) {
		if (h.start < from || !h.party || h.role === 'venue' || h.quoted) continue;
		const list = h.start >= excludedFrom ? excluded : listed;
		if (!list.includes(h.party)) list.push(h.party);
	}
	return { listed, excluded, cueAt: cue.index, cueEnd: cue.index + cue[0].length };
}

/**
 * A sentence that lists who took part in the gathering just told of ("A list shared by the UN
 * detailed participants including the US, China, Pakistan and the European Union but did not
 * include the Taliban authorities"): the listed parties join it, the excluded are absent. Returns
 * whether there was such a gathering to join.
 */
export function addListedParticipants(
	sentenceText: string,
	sentenceStart: number,
	inSentence: PartyHit[],
	pass: Pass
): boolean {
	const last = pass.drafts[pass.drafts.length - 1];
	if (!last || !GATHERING_TYPES.has(last.link.type) || pass.paragraph - last.paragraph > 2)
		return false;
	const list = participantsListed(sentenceText, sentenceStart, inSentence);
	if (!list) return false;
	const link = last.link;
	let added = false;
	for (const party of list.excluded)
		if (!link.parties.includes(party) && !link.absent.includes(party)) link.absent.push(party);
	for (const party of list.listed)
		if (!link.parties.includes(party) && !link.absent.includes(party)) {
			link.parties.push(party);
			added = true;
		}
	if (!added) return true;
	last.key = partyKey(link.parties);
	if (!link.reasons.includes('parties:list')) link.reasons.push('parties:list');
	link.evidence.push({ ...link.evidence[0]!, paragraph: pass.paragraph, sentence: sentenceText });
	return true;
}

/** What a visit's host and guests do while it lasts: meet, talk (what they agree or sign is joint). */
const DURING_VISIT = new Set(['meeting', 'talks', 'conference', 'cooperation']);
/** How many paragraphs either side of a visit still tell of it. */
const WINDOW = 2;

/**
 * The talks and meetings of a visit run the visit's way: a draft that names no
 * direction between the two parties of a visit told nearby (within two paragraphs, the same
 * year) takes the visitor → host of the nearest such visit; not when the sentence names the host
 * first, as its subject ("Islamabad has taken Kabul into confidence …" beside an Afghan envoy's
 * "visit to Pakistan last week": what the host does is its own act), nor when it took place in a third
 * country (`inCountryOf` tells whether a link's venue is in a party's country: "a bilateral
 * meeting on the sidelines of the … Summit … in Mecca" is not part of a visit to Pakistan).
 */
function directAsVisit(
	drafts: readonly Draft[],
	inCountryOf: (link: RawLink, party: string) => boolean = () => true
): void {
	const visits = drafts.filter((v) => v.link.type === 'visit' && v.link.directed);
	if (visits.length === 0) return;
	for (const d of drafts) {
		const { link } = d;
		if (link.directed || link.parties.length !== 2 || !DURING_VISIT.has(link.type)) continue;
		const visit = visits
			.filter(
				(v) =>
					v.key === d.key &&
					Math.abs(v.paragraph - d.paragraph) <= WINDOW &&
					v.link.date?.slice(0, 4) === link.date?.slice(0, 4) &&
					link.from !== v.link.to
			)
			.sort((a, b) => Math.abs(a.paragraph - d.paragraph) - Math.abs(b.paragraph - d.paragraph))[0];
		if (!visit) continue;
		if (link.place !== null && !link.parties.some((p) => inCountryOf(link, p))) continue;
		Object.assign(link, { from: visit.link.from, to: visit.link.to, directed: true });
	}
}

/**
 * One link per event: same type, parties and date. A date taken from publication says nothing about
 * the event, so such links merge only with the same or the next paragraph.
 */
export function mergeDrafts(
	drafts: Draft[],
	inCountryOf?: (link: RawLink, party: string) => boolean
): RawLink[] {
	directAsVisit(drafts, inCountryOf);
	const out: RawLink[] = [];
	const byKey = new Map<string, { link: RawLink; lastParagraph: number }>();
	for (const d of drafts) {
		const { link } = d;
		const key = `${link.type}|${d.key}|${link.date ?? ''}|${link.status}`;
		const existing = byKey.get(key);
		if (existing && (d.dated || d.paragraph - existing.lastParagraph <= 1)) {
			existing.link.place ??= link.place;
			// A later sentence that says which way the event ran decides its direction.
			if (!existing.link.directed && link.directed)
				Object.assign(existing.link, { from: link.from, to: link.to, directed: true });
			existing.link.confidence = Math.max(existing.link.confidence, link.confidence);
			for (const r of link.reasons)
				if (!existing.link.reasons.includes(r)) existing.link.reasons.push(r);
			for (const a of link.absent)
				if (!existing.link.absent.includes(a)) existing.link.absent.push(a);
			for (const e of link.evidence)
				if (
					!existing.link.evidence.some(
						(x) => x.paragraph === e.paragraph && x.sentence === e.sentence
					)
				)
					existing.link.evidence.push(e);
			existing.lastParagraph = d.paragraph;
			continue;
		}
		const copy = {
			...link,
			evidence: [...link.evidence],
			reasons: [...link.reasons],
			absent: [...link.absent]
		};
		out.push(copy);
		byKey.set(key, { link: copy, lastParagraph: d.paragraph });
	}
	return out;
}
