/**
 * The theme a person chose, kept for their next visit in localStorage (presenting's projector
 * theme is not a choice and is never kept). Storage may be refused (private mode): the choice then
 * lasts the visit.
 */
import { THEME_NAMES } from '$lib/config/tokens';
import type { Theme } from '$lib/state/types';

const THEME_KEY = 'parley.theme';

export function keepTheme(theme: Theme): void {
	try {
		localStorage.setItem(THEME_KEY, theme);
	} catch {
		// Storage refused: the choice lasts this visit.
	}
}

/** The theme kept from an earlier visit, or null (none, unknown, or storage refused). */
export function keptTheme(): Theme | null {
	try {
		const kept = localStorage.getItem(THEME_KEY);
		return kept && (THEME_NAMES as readonly string[]).includes(kept) ? (kept as Theme) : null;
	} catch {
		return null;
	}
}
