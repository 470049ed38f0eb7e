/**
 * Gatherings a clause refers to without naming their host: a party staying away from, declining
 * or attending one the story has just told ("The US has reportedly declined the invitation.",
 * "Pakistan has, however, indicated to the media that it won't attend."), or guests invited to it
 * ("China and Pakistan have been invited"). The gathering's host is the other party. A gathering
 * told with its host alone, no link yet, is kept for them (`noteSoloGathering`).
 */
import type { LinkType } from '../../src/lib/data/schema';
import { governances } from '../actors';
import { ATTENDANCE_RE, HOSTS_RE } from './links-lexicon';
import { addParty, GATHERING_TYPES, type Draft, type Pass } from './links-pass';
import type { Trigger } from './links-trigger';

/** Declining an invitation, or saying one will not attend, boycotting. */
const DECLINED_RE =
	/\b(?:(?:declin(?:ed|es|ing)|turn(?:ed|s|ing)?\s+down|refus(?:ed|es|ing)|snubb(?:ed|ing)|(?:did\s+not|didn['’]t|not\s+to)\s+accept)\s+(?:the\s+|an\s+|its\s+|their\s+)?invitation|(?:won['’]t|will\s+not|would\s+not|not\s+to|did\s+not|didn['’]t|(?:has|have|had)\s+not)\s+(?:be\s+)?(?:attend(?:ing)?|participat(?:e|ing)|tak(?:e|ing)\s+part)|boycott(?:ed|s|ing)?\s+(?:it|the\s+(?:meeting|talks|conference|summit|event|dialogue))\b)/i;

/**
 * The gathering a clause refers to and its host: the last one told within two paragraphs, whose
 * host is the end of its arc, or its venue's country among its parties, or the host of a gathering
 * told alone before it; else the gathering told alone (no link of its own yet).
 */
function gatheringAndHost(pass: Pass): { host: string; type: LinkType; refersTo?: Draft } | null {
	const solo = pass.soloGathering;
	const last = [...pass.drafts].reverse().find((d) => GATHERING_TYPES.has(d.link.type));
	// A gathering told alone stays in mind while the story goes on about it: within two
	// paragraphs, or two of the last gathering told that it takes part in.
	const soloHost =
		solo &&
		(pass.paragraph - solo.paragraph <= 2 ||
			(last !== undefined &&
				last.paragraph > solo.paragraph &&
				pass.paragraph - last.paragraph <= 2 &&
				last.link.parties.includes(solo.host)))
			? { host: solo.host, type: 'conference' as LinkType }
			: null;
	if (!last || pass.paragraph - last.paragraph > 2 || (solo && last.paragraph < solo.paragraph))
		return soloHost;
	if (last.link.directed) return { host: last.link.to, type: last.link.type, refersTo: last };
	const venue = last.link.place ? pass.input.gazetteer.get(last.link.place)?.country : null;
	if (venue && last.link.parties.includes(venue))
		return { host: venue, type: last.link.type, refersTo: last };
	// The host of the gathering told alone, when the later mention names no host of its own.
	return soloHost && last.link.parties.includes(soloHost.host)
		? { ...soloHost, type: last.link.type, refersTo: last }
		: null;
}

/**
 * Staying away from, or attending, the event last told of ("did not attend"): its host is the
 * other party, the host of a gathering told alone when that came later. Declining its invitation
 * ("declined the invitation") refers to the gathering just told, whose host is read with more
 * care (`gatheringAndHost`). Returns the event referred to.
 */
export function attendedEvent(
	clauseText: string,
	pass: Pass,
	found: { parties: string[]; sources: Set<string> }
): Draft | undefined {
	const { parties, sources } = found;
	if (parties.length !== 1) return undefined;
	if (ATTENDANCE_RE.test(clauseText)) {
		let refersTo = [...pass.drafts].reverse().find((d) => d.link.type === 'conference');
		const solo = pass.soloGathering;
		if (solo && (!refersTo || refersTo.paragraph < solo.paragraph)) {
			refersTo = undefined;
			addParty(parties, solo.host);
			sources.add('reference');
		} else if (refersTo) addParty(parties, refersTo.link.to);
		return refersTo;
	}
	// "The US has reportedly declined the invitation": to the gathering just told, from its host.
	const gathering = DECLINED_RE.test(clauseText) ? gatheringAndHost(pass) : null;
	if (!gathering || gathering.host === parties[0]) return undefined;
	addParty(parties, gathering.host);
	sources.add('reference');
	return gathering.refersTo;
}

/** Invited, with no inviter named ("China and Pakistan have been invited"). */
const INVITED_RE =
	/\b(?:has|have|had|was|were|been|being)\s+(?:also\s+|now\s+)?invited\b(?!\s+by\b)/i;

/** Guests were invited, not someone inviting them ("had invited Imran Khan to visit Kabul"). */
const PASSIVE_RE = /\b(?:is|are|was|were|been|being)\s+(?:also\s+|now\s+)?invited\b/i;

/**
 * Guests invited to the gathering just told, the inviter unnamed: its host is a party too, not
 * only the guests with each other ("India will host … China and Pakistan have been invited").
 * Returns the guests when no host is known: two or three invited together are no event of their own.
 */
export function invitedGuests(
	clauseText: string,
	pass: Pass,
	found: { parties: string[]; sources: Set<string> }
): readonly string[] | null {
	const { parties, sources } = found;
	if (!INVITED_RE.test(clauseText)) return null;
	// One guest alone (a minister of the Taliban named with both) is a participant of the
	// gathering already told, no event of its own.
	const governed = new Set(
		parties.flatMap((p) => governances(pass.input.actors, p).map((g) => g.country))
	);
	if (parties.filter((p) => !governed.has(p)).length < 2) return null;
	const gathering = gatheringAndHost(pass);
	// A long list of guests is the gathering's membership: a conference of its own.
	if (!gathering) return parties.length <= 3 && PASSIVE_RE.test(clauseText) ? [...parties] : null;
	if (parties.includes(gathering.host)) return null;
	addParty(parties, gathering.host);
	sources.add('reference');
	return null;
}

/**
 * A gathering told with its host alone ("India will host …"), or in a capital with no party named
 * ("Multilateral peace talks on Afghanistan are taking place in Moscow": the capital's government
 * hosts): kept for a later "did not attend" or "declined the invitation".
 */
export function noteSoloGathering(
	clauseText: string,
	trigger: Trigger,
	pass: Pass,
	parties: string[],
	inCapital: string | null
): void {
	if (!GATHERING_TYPES.has(trigger.type)) return;
	if (
		parties.length === 1 &&
		HOSTS_RE.test(clauseText.slice(0, trigger.index + trigger.word.length + 12))
	)
		pass.soloGathering = { host: parties[0]!, paragraph: pass.paragraph };
	else if (parties.length === 0 && inCapital)
		pass.soloGathering = { host: inCapital, paragraph: pass.paragraph };
}
