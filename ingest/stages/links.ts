/**
 * Diplomatic links: interactions between parties (states and non-state actors), one per event.
 *
 * A clause yields a link when it holds a trigger word (links-lexicon.ts) that is not hypothetical
 * ("could", "if") and at least two parties (links-parties.ts). Light coreference fills in parties:
 * "the two leaders" are the parties of the previous link, "the regime" is the last actor named.
 * The date is the clause's own cue, else that of an earlier link with the same parties in this or
 * the previous paragraph (the same event told on), else the last cue earlier in the paragraph,
 * else the publication month. From the date on which an actor governs a country (the Taliban in
 * Afghanistan from 2021-08-15), that country is named by the actor. Sentences that tell the same
 * event (same type, parties and date) become one link with several pieces of evidence.
 *
 * Where each part lives: the act of a clause and where its parties may be named in
 * links-trigger.ts, the clause's parties (with the references) in links-event.ts, a draft's
 * date, direction and confidence in links-draft.ts, joining drafts in links-merge.ts, what they
 * share in links-pass.ts; this module reads an article sentence by sentence.
 *
 * Cost: a regex pass per paragraph and per sentence; chrono runs only on clauses that already
 * have a trigger and two parties, or when a date must be inherited.
 */
import { eventDate, hasDateCue, type ResolvedDate } from '../dates';
import type { ActorIndex, Gazetteer, PlaceMention, RawLink } from '../types';
import { governances } from '../actors';
import { emitClause } from './links-draft';
import { REFERENCE_RE } from './links-event';
import { ANY_TRIGGER_RE } from './links-lexicon';
import { listedGathering, soloIsLatest } from './links-gathering';
import { addListedParticipants, mergeDrafts } from './links-merge';
import { articleContext } from './links-context';
import { paragraphHits, type PartyHit } from './links-parties';
import type { DraftContext, ExtractLinksInput, Pass } from './links-pass';
import { splitSentences } from '../../src/lib/data/sentences';
import { splitClauses, type Span } from './links-sentences';

/**
 * A sentence listing who took part: they join the gathering just told, or, when the last one
 * was told with its host alone, make its link (links-gathering.ts).
 */
function listParticipants(
	sentence: Span,
	sentenceText: string,
	inSentence: PartyHit[],
	dc: DraftContext
): void {
	if (soloIsLatest(dc) && listedGathering(sentence, inSentence, dc)) return;
	addListedParticipants(sentenceText, sentence.start, inSentence, dc.pass);
}

/** Whether a link's venue is in a party's country (an actor's: a country it governs at any time). */
function venueInCountryOf(gazetteer: Gazetteer, actors: ActorIndex) {
	return (link: RawLink, party: string): boolean => {
		const country = link.place ? gazetteer.get(link.place)?.country : undefined;
		return (
			country !== undefined &&
			(country === party || governances(actors, party).some((g) => g.country === country))
		);
	};
}

export function extractLinks(input: ExtractLinksInput): RawLink[] {
	const { article, mentions, gazetteer, actors } = input;
	const ctx = articleContext(article.paragraphs, mentions, gazetteer, actors, {
		offices: input.offices,
		published: article.published
	});
	const byParagraph = new Map<number, PlaceMention[]>();
	for (const m of mentions) {
		const list = byParagraph.get(m.paragraph) ?? [];
		list.push(m);
		byParagraph.set(m.paragraph, list);
	}
	const pass: Pass = { input, drafts: [], lastActor: null, paragraph: 0, soloGathering: null };

	article.paragraphs.forEach((text, p) => {
		pass.paragraph = p;
		const hits = paragraphHits(text, byParagraph.get(p) ?? [], ctx);
		const sentences = splitSentences(text);
		const bodyStart = p === ctx.datelineParagraph ? ctx.datelineEnd : 0;
		const cues = new Map<number, ResolvedDate | null>();
		const flags = new Map<number, boolean>();
		const hasCue = (i: number) => {
			let f = flags.get(i);
			if (f === undefined) {
				const s = sentences[i] as Span;
				flags.set(i, (f = hasDateCue(text.slice(Math.max(s.start, bodyStart), s.end))));
			}
			return f;
		};
		const cueOf = (i: number) => {
			if (!cues.has(i)) {
				const s = sentences[i] as Span;
				cues.set(
					i,
					eventDate(text.slice(Math.max(s.start, bodyStart), s.end), 0, article.published)
				);
			}
			return cues.get(i) ?? null;
		};
		sentences.forEach((sentence, si) => {
			const inSentence = hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
			const sentenceText = text.slice(sentence.start, sentence.end);
			const triggered =
				(inSentence.length > 0 || REFERENCE_RE.test(sentenceText)) &&
				ANY_TRIGGER_RE.test(sentenceText);
			// A sentence with no trigger and no party gives nothing: no context is built for it.
			if (triggered || inSentence.length > 0) {
				const dc: DraftContext = {
					text,
					bodyStart,
					p,
					sentence,
					sentences,
					si,
					cueOf,
					hasCue,
					hits,
					pass
				};
				let found = false;
				if (triggered) {
					const clauses = splitClauses(text, sentence);
					for (const clause of clauses) found = emitClause(clause, inSentence, dc) || found;
					if (!found && clauses.length > 1) found = emitClause(sentence, inSentence, dc, true);
				}
				if (!found) listParticipants(sentence, sentenceText, inSentence, dc);
			}
			const actorsHere = inSentence.filter((h) => h.source === 'actor');
			const lastHere = actorsHere[actorsHere.length - 1];
			if (lastHere?.party) pass.lastActor = lastHere.party;
		});
	});
	return mergeDrafts(pass.drafts, venueInCountryOf(gazetteer, actors));
}
