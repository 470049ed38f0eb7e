/**
 * Counts written as words in the dates the ingest reads ("two weeks ago", "a year ago", "an
 * 18-year-old conflict", "nineteen years"), in one place for every reader.
 */
const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	several: 2,
	few: 2,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

/** The count a word or a numeral gives ("two" → 2, "18" → 18), or null. */
export function countOf(word: string): number | null {
	if (/^\d+$/.test(word)) return Number(word);
	return NUMBER_WORDS[word.toLowerCase()] ?? null;
}
