/**
 * One-finger swipes on a window or element, as tour commands (see `swipeCommand`). Touch events,
 * not pointer events: they reach the window after the map's own touch handling, so a stop's camera
 * move starts after (and so replaces) the map's pan inertia. A touch that ever has a second finger
 * is a pinch, and one that starts inside `[data-no-swipe]` (the stop strip scrolls) is left alone.
 */
import { swipeCommand, type TouchPoint } from './gestures';

export function listenForSwipes(
	target: Window | HTMLElement,
	oncommand: (command: 'next' | 'prev') => void
): () => void {
	let start: (TouchPoint & { id: number }) | null = null;

	const onstart = (e: Event) => {
		const event = e as TouchEvent;
		const touch = event.touches[0];
		const inside =
			event.target instanceof Element && event.target.closest('[data-no-swipe]') !== null;
		start =
			event.touches.length === 1 && touch && !inside
				? { x: touch.clientX, y: touch.clientY, t: event.timeStamp, id: touch.identifier }
				: null;
	};
	const onend = (e: Event) => {
		const event = e as TouchEvent;
		const s = start;
		if (!s) return;
		const touch = [...event.changedTouches].find((t) => t.identifier === s.id);
		if (!touch) return;
		start = null;
		const width = target instanceof Window ? target.innerWidth : target.clientWidth;
		const command = swipeCommand(
			s,
			{ x: touch.clientX, y: touch.clientY, t: event.timeStamp },
			width
		);
		if (command) oncommand(command);
	};
	const oncancel = () => (start = null);

	target.addEventListener('touchstart', onstart, { passive: true });
	target.addEventListener('touchend', onend, { passive: true });
	target.addEventListener('touchcancel', oncancel, { passive: true });
	return () => {
		target.removeEventListener('touchstart', onstart);
		target.removeEventListener('touchend', onend);
		target.removeEventListener('touchcancel', oncancel);
	};
}
