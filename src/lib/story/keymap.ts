/**
 * The presenter key map, as clickers and keyboards send keys during a tour, and the one keydown
 * dispatch of every window that plays it (`dispatchTourKey`: the presentation and the speaker
 * view). The pending digits of a "number then Enter" jump are passed in and returned, never kept
 * here.
 *
 *   next       PageDown, ArrowRight, ArrowDown, Space, N
 *   previous   PageUp, ArrowLeft, ArrowUp, Shift+Space, P, Backspace (with no digits typed)
 *   first      Home
 *   last       End
 *   jump       digits then Enter (1-based stop number: "4 Enter" goes to the fourth stop);
 *              Backspace removes the last typed digit; Escape clears typed digits
 *   blank      B or . (a second press returns; clickers' "black screen" button sends one of these)
 *   exit       Escape (with no digits typed)
 *   speaker    S (open the speaker window)
 *   fullscreen F
 *   overview   G (the strip of every stop, to jump to one by click or tap)
 *
 * Keys with Ctrl, Alt or Meta are left to the browser (copy, zoom, tab switching…).
 * Clickers send PageDown/PageUp (most), arrows, or B/. for black screen; F5/Shift+F5 (start the
 * show) is handled by the page, not here.
 */

import { isEditableTarget } from './display';

export type TourCommand =
	| 'next'
	| 'prev'
	| 'first'
	| 'last'
	| 'blank'
	| 'exit'
	| 'speaker'
	| 'fullscreen'
	| 'overview'
	| { jump: number };

/** The KeyboardEvent fields the map reads (a real KeyboardEvent fits). */
export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

export interface KeyResult {
	/** What to do, or null when the key does nothing for the tour. */
	command: TourCommand | null;
	/** Digits typed so far, to pass to the next call. */
	buffer: string;
	/** Whether the key was used (the caller should preventDefault and stop it reaching the map). */
	handled: boolean;
}

/** More digits than any tour has stops are ignored. */
const MAX_DIGITS = 4;

const SIMPLE: Record<string, TourCommand> = {
	PageDown: 'next',
	ArrowRight: 'next',
	ArrowDown: 'next',
	' ': 'next',
	Spacebar: 'next',
	n: 'next',
	N: 'next',
	PageUp: 'prev',
	ArrowLeft: 'prev',
	ArrowUp: 'prev',
	p: 'prev',
	P: 'prev',
	Backspace: 'prev',
	Home: 'first',
	End: 'last',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	Escape: 'exit',
	Esc: 'exit',
	s: 'speaker',
	S: 'speaker',
	f: 'fullscreen',
	F: 'fullscreen',
	g: 'overview',
	G: 'overview'
};

/** Every key the map reacts to (for documentation and tests). */
export const TOUR_KEYS: readonly string[] = [...Object.keys(SIMPLE), 'Enter', ...'0123456789'];

/** The parts of a keydown event the dispatch uses (a real KeyboardEvent fits). */
export interface KeyEventLike extends KeyLike {
	target: EventTarget | null;
	preventDefault(): void;
	stopPropagation(): void;
}

/**
 * Handles a keydown for a tour: a key typed in a text field is left alone; a key of the tour's has
 * its default prevented (and, with `stop`, is kept from anything listening after, such as the map
 * under a capturing listener), and its command, if it has one, goes to `run`. Returns the digits
 * typed so far, to pass to the next call.
 */
export function dispatchTourKey(
	event: KeyEventLike,
	digits: string,
	run: (command: TourCommand) => void,
	options: { stop?: boolean } = {}
): string {
	if (isEditableTarget(event.target)) return digits;
	const r = keyToCommand(event, digits);
	if (!r.handled) return r.buffer;
	event.preventDefault();
	if (options.stop) event.stopPropagation();
	if (r.command) run(r.command);
	return r.buffer;
}

export function keyToCommand(event: KeyLike, buffer = ''): KeyResult {
	if (event.ctrlKey || event.altKey || event.metaKey)
		return { command: null, buffer, handled: false };
	const { key } = event;

	if (/^[0-9]$/.test(key)) {
		const next = buffer.length >= MAX_DIGITS ? buffer : buffer + key;
		return { command: null, buffer: next, handled: true };
	}
	if (key === 'Enter') {
		const n = Number(buffer);
		if (buffer && n >= 1) return { command: { jump: n }, buffer: '', handled: true };
		return { command: null, buffer: '', handled: buffer !== '' };
	}
	if (buffer && key === 'Backspace')
		return { command: null, buffer: buffer.slice(0, -1), handled: true };
	if (buffer && (key === 'Escape' || key === 'Esc'))
		return { command: null, buffer: '', handled: true };
	if ((key === ' ' || key === 'Spacebar') && event.shiftKey)
		return { command: 'prev', buffer: '', handled: true };

	const command = SIMPLE[key] ?? null;
	// Any other key abandons a half-typed number.
	return { command, buffer: command ? '' : buffer, handled: command !== null };
}
