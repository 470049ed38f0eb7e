/**
 * Who travelled to a calendar event: the office-holders its name gives whose state is not the
 * venue's ("Defence Minister Khawaja Asif and ISI chief Nadeem Anjum visit Kabul"). A minister
 * abroad in a given city is rarer than two states meeting there, so a page that names one of them
 * in the sentence of a visit or meeting at that venue reports that event (calendar-match.ts,
 * `travelled`).
 */
import { officeParty } from './holders';
import { nameMatches } from './office-mentions';
import { nameKey, type Offices } from './offices';

/** One person a text names: the keys of their full names (two words or more), and their parties. */
interface Person {
	keys: string[];
	parties: Set<string>;
}

/**
 * Offices held where the holder lives, not travelled to: an ambassador or chargé in Kabul is there
 * for years, so naming them does not say which of the city's meetings a page reports.
 */
const RESIDENT = new Set(['ambassador']);

/** The office-holders a text names by a name of theirs, each with all their full names. */
function peopleIn(text: string, offices: Offices): Person[] {
	const people: Person[] = [];
	for (const m of nameMatches(text, offices)) {
		const rows = (offices.byName.get(nameKey(m[0])) ?? []).filter((h) => !RESIDENT.has(h.office));
		const keys = new Set<string>();
		const parties = new Set<string>();
		for (const h of rows) {
			for (const n of h.names) if (/\s/.test(n.trim())) keys.add(nameKey(n));
			const party = officeParty(h);
			if (party !== null) parties.add(party);
		}
		if (keys.size > 0) people.push({ keys: [...keys], parties });
	}
	return people;
}

/** Full-name keys of the people an event's name gives who came from abroad to `venueCountry`. */
export function travellersOf(
	name: string,
	venueCountry: string | null,
	offices: Offices | null
): ReadonlySet<string> {
	const out = new Set<string>();
	if (offices === null || venueCountry === null) return out;
	for (const p of peopleIn(name, offices))
		if (!p.parties.has(venueCountry)) for (const k of p.keys) out.add(k);
	return out;
}

/** Full-name keys of every office-holder the sentences name. */
export function peopleNamed(
	sentences: readonly string[],
	offices: Offices | null
): ReadonlySet<string> {
	const out = new Set<string>();
	if (offices === null) return out;
	for (const s of sentences)
		for (const p of peopleIn(s, offices)) for (const k of p.keys) out.add(k);
	return out;
}
