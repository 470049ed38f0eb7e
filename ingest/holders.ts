/**
 * Whom an office-holder acts for (offices.json): the party a person named in the text stands for,
 * read by the links stage (links-context.ts) to learn the names of an article's people.
 */
import { nameKey, type Holder, type Offices } from './offices';

/**
 * Offices of the Taliban movement itself: their Afghan holders act for the Taliban, not for a state
 * (Iran's supreme leader, Khamenei, acts for Iran).
 */
const MOVEMENT_OFFICES = new Set(['political-office-head', 'supreme-leader']);

/** The party a holder acts for in an office: its state, or the Taliban for the movement's own. */
export function officeParty(h: Holder): string | null {
	return MOVEMENT_OFFICES.has(h.office) && h.country === 'AF' ? 'taliban' : h.country;
}

/**
 * The party a person named in full acts for ("Moeed Yusuf" → PK), with the one-word names they go
 * by ("Yusuf"; "Muttaqi", "Mottaki"): the state (or the Taliban, for the movement's own offices)
 * of the offices they held within a year of `published`, or at any time when the date is not
 * known. Null when the name is not an office-holder's, when their offices in that time are of two
 * parties, or of none (a UN official).
 */
export function holderOf(
	offices: Offices,
	name: string,
	published: string | null
): { party: string; shortNames: string[] } | null {
	const year = published ? Number(published.slice(0, 4)) : null;
	const holders = offices.byName.get(nameKey(name)) ?? [];
	const parties = new Set<string | null>();
	for (const h of holders) {
		const inTime =
			year === null ||
			h.terms.some(
				([from, to]) =>
					Number(from.slice(0, 4)) <= year + 1 &&
					(to === null || Number(to.slice(0, 4)) >= year - 1)
			);
		if (inTime) parties.add(officeParty(h));
	}
	const [party] = parties;
	if (parties.size !== 1 || !party) return null;
	const shortNames = new Set(holders.flatMap((h) => h.names.filter((n) => !/[\s-]/.test(n))));
	return { party, shortNames: [...shortNames] };
}
