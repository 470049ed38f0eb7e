/**
 * A gathering told with its host alone, no link yet ("Russia says it has hosted regional
 * consultations on Afghanistan", `noteSoloGathering`), then who took part ("The Russian Foreign
 * Ministry says the meeting involved senior diplomats from Afghanistan, China India, Iran,
 * Pakistan …"): one link, between the host and those listed, read from the list's sentence.
 */
import type { ClauseEvent } from './links-event';
import { emitEvent } from './links-draft';
import { participantsListed } from './links-merge';
import type { DraftContext } from './links-pass';
import type { PartyHit } from './links-parties';
import type { Span } from './links-sentences';
import { readStatus } from './links-status';

/** Whether the gathering told alone is more recent than the last link drafted. */
export function soloIsLatest(dc: DraftContext): boolean {
	const { soloGathering: solo, drafts } = dc.pass;
	const last = drafts[drafts.length - 1];
	return solo !== null && (last === undefined || last.paragraph < solo.paragraph);
}

/** Drafts the gathering told alone with the parties a sentence lists; false when it lists none. */
export function listedGathering(sentence: Span, inSentence: PartyHit[], dc: DraftContext): boolean {
	const solo = dc.pass.soloGathering;
	if (!solo || dc.p - solo.paragraph > 2) return false;
	const text = dc.text.slice(sentence.start, sentence.end);
	const list = participantsListed(text, sentence.start, inSentence);
	const listed = list?.listed.filter((p) => p !== solo.host) ?? [];
	if (!list || listed.length === 0) return false;
	const reading = readStatus(text, list.cueAt, list.cueEnd);
	if (reading.status === 'negated') return false;
	const parties = [solo.host, ...listed];
	const event: ClauseEvent = {
		clause: sentence,
		type: 'conference',
		trigger: {
			type: 'conference',
			index: list.cueAt,
			end: list.cueEnd,
			word: text.slice(list.cueAt, list.cueEnd)
		},
		parties,
		named: inSentence
			.filter((h) => h.party && parties.includes(h.party))
			.map((h) => ({ party: h.party!, start: h.start - sentence.start })),
		host: null,
		destinations: [],
		destinationPlaces: new Map(),
		venue: null,
		status: reading.status,
		pastPlan: reading.pastPlan === true,
		absent: list.excluded.filter((p) => !parties.includes(p)),
		sources: new Set(['reference']),
		quoted: false
	};
	dc.pass.soloGathering = null;
	for (const draft of emitEvent(event, dc, true)) draft.link.reasons.push('parties:list');
	return true;
}
