/**
 * What the page's shell derives from the app state for the map and for screen readers, and what
 * its keys do, kept out of AppShell.svelte so it reads as layout. The derivations are called inside
 * `$derived`: the app state's fields are reactive, so the results follow them.
 */
import { partiesOfPair } from '$lib/map/flows';
import type { AppState } from '$lib/state/AppState.svelte';
import type { LinksShown, Selection } from '$lib/state/types';
import { isEditableTarget } from '$lib/story/display';

/** Said to screen readers when a click on the map opens the panel (focus stays on the map). */
export function selectionAnnouncement(app: AppState): string {
	const sel = app.selection.current;
	if (!sel) return '';
	const name =
		sel.type === 'place'
			? (app.placeById.get(sel.id)?.name ?? 'Country')
			: sel.type === 'party'
				? app.partyName(sel.id)
				: sel.type === 'pair'
					? `Events between ${(partiesOfPair(sel.id) ?? []).map((p) => app.partyName(p)).join(' and ')}`
					: linkName(app, sel.id);
	return `${name} selected; excerpts in the panel.`;
}

function linkName(app: AppState, id: string): string {
	const l = app.linkById.get(id);
	return l ? `${l.type}, ${app.partyName(l.from)} to ${app.partyName(l.to)}` : 'Link';
}

/**
 * The links the map draws: the legend's choices, except that a selected link is drawn even when
 * the legend switched its type off, and a tour stop (`presented`, the stop's selection while
 * presenting) curated to show an event that did not take place shows the not-held arcs.
 */
export function shownOnMap(app: AppState, presented: Selection | undefined): LinksShown {
	const focus = presented ?? app.selection.current;
	const link = focus?.type === 'link' ? app.linkById.get(focus.id) : undefined;
	if (!link) return app.shown;
	const notHeld = app.shown.notHeld || (presented === focus && link.status !== 'held');
	const hiddenTypes = app.shown.hiddenTypes.filter((t) => t !== link.type);
	return notHeld === app.shown.notHeld && hiddenTypes.length === app.shown.hiddenTypes.length
		? app.shown
		: { ...app.shown, notHeld, hiddenTypes };
}

/**
 * What a key does on the page (outside a dialog and the tour's keys): Escape closes the small
 * screens' menu first, then the panel; `?` opens the help, except in a text field or while
 * presenting. Null: the key is not the page's.
 */
export function shellKey(
	e: Pick<KeyboardEvent, 'key' | 'target'>,
	page: { menuOpen: boolean; presenting: boolean; selected: boolean }
): 'close-menu' | 'help' | 'close-panel' | null {
	if (e.key === 'Escape' && page.menuOpen) return 'close-menu';
	if (e.key === '?' && !page.presenting && !isEditableTarget(e.target)) return 'help';
	if (e.key === 'Escape' && page.selected) return 'close-panel';
	return null;
}
