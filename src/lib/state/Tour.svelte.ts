/**
 * The tour player's state: the stops (data, see src/lib/story/types.ts), which one is showing, and
 * whether the screen is blanked. It only maps an index to a stop; the page derives the map's year
 * range, selection and camera from `current` (see `stopView` below and `cameraForStop` in
 * story/tour-camera.ts).
 *
 * Stepping (next, previous, first, last) while the screen is blanked only brings the picture back,
 * as presentation software does with a black screen, so no stop is skipped unseen; a typed jump
 * goes there directly.
 *
 * The stop lives in the URL as `?present&stop=N` (1-based, as the counter shows it); see
 * `presentUrl` / `readStopParam` (present-url.ts). The player is loaded with the presenter, not
 * with the first page: the page needs only present-url.ts before presenting starts.
 */
import type { TourCommand } from '$lib/story/keymap';
import type { TourSnapshot } from '$lib/story/sync';
import type { TourStop } from '$lib/story/types';
import type { Selection, YearRange } from './types';

/** What the page hands the map for a stop: the year range and the selected link. */
export function stopView(stop: TourStop | null): { years: YearRange | null; selected: Selection } {
	if (!stop) return { years: null, selected: null };
	return {
		years: stop.years,
		selected: stop.focus.link ? { type: 'link', id: stop.focus.link } : null
	};
}

export class Tour {
	stops = $state.raw<TourStop[]>([]);
	index = $state(0);
	blanked = $state(false);
	/** When the presentation started (ms since the epoch), for the speaker's clock. */
	startedAt = $state(0);

	readonly count = $derived(this.stops.length);
	readonly current = $derived<TourStop | null>(this.stops[this.index] ?? null);
	readonly upcoming = $derived<TourStop | null>(this.stops[this.index + 1] ?? null);
	readonly atStart = $derived(this.index <= 0);
	readonly atEnd = $derived(this.index >= this.stops.length - 1);

	constructor(stops: TourStop[] = [], index = 0, startedAt = Date.now()) {
		this.stops = stops;
		this.index = this.clamp(index);
		this.startedAt = startedAt;
	}

	private clamp(i: number) {
		return Math.max(0, Math.min(this.stops.length - 1, Math.trunc(i) || 0));
	}

	/** Goes to a 0-based index (clamped), showing the screen. Returns whether anything changed. */
	goTo(index: number): boolean {
		const i = this.clamp(index);
		const changed = i !== this.index || this.blanked;
		this.index = i;
		this.blanked = false;
		return changed;
	}

	/** A step while blanked only brings the picture back. */
	private step(index: number) {
		if (this.blanked) {
			this.blanked = false;
			return true;
		}
		return this.goTo(index);
	}

	next() {
		return this.step(this.index + 1);
	}
	prev() {
		return this.step(this.index - 1);
	}
	first() {
		return this.step(0);
	}
	last() {
		return this.step(this.stops.length - 1);
	}
	/** Goes to a 1-based stop number, as typed by the presenter (also un-blanks). */
	jump(n: number) {
		return this.goTo(n - 1);
	}
	toggleBlank() {
		this.blanked = !this.blanked;
	}

	/**
	 * Runs the navigation commands; returns false for the ones the presenting component handles
	 * itself (exit, speaker, fullscreen).
	 */
	run(command: TourCommand): boolean {
		if (typeof command === 'object') {
			this.jump(command.jump);
			return true;
		}
		switch (command) {
			case 'next':
				this.next();
				return true;
			case 'prev':
				this.prev();
				return true;
			case 'first':
				this.first();
				return true;
			case 'last':
				this.last();
				return true;
			case 'blank':
				this.toggleBlank();
				return true;
			default:
				return false;
		}
	}

	/** Replaces the stops (e.g. once captions' sources are filled), staying on the same stop id. */
	setStops(stops: TourStop[]) {
		const id = this.current?.id;
		this.stops = stops;
		const i = id ? stops.findIndex((s) => s.id === id) : -1;
		this.index = this.clamp(i >= 0 ? i : this.index);
	}

	snapshot(): TourSnapshot {
		return {
			index: this.index,
			count: this.stops.length,
			stopId: this.current?.id ?? null,
			blanked: this.blanked,
			startedAt: this.startedAt
		};
	}

	/** Mirrors another window's state (the speaker view); prefers the stop id over the index. */
	applySnapshot(s: TourSnapshot) {
		const byId = s.stopId ? this.stops.findIndex((x) => x.id === s.stopId) : -1;
		this.index = this.clamp(byId >= 0 ? byId : s.index);
		this.blanked = s.blanked;
		this.startedAt = s.startedAt;
	}
}
