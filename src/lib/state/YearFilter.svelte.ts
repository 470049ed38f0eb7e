/**
 * The year selection: all years, one year, or a range; optionally cumulative (from the first
 * year of the data up to the chosen one); and a player that steps a year at a time and stops at
 * the last year. `range` is what the map, the counts and the panel read (null = all years,
 * which is also the only view that shows undated items).
 */
import type { YearRange } from './types';

export interface YearFilterOptions {
	/** Milliseconds between steps while playing. */
	stepMs?: number;
}

export class YearFilter {
	readonly min: number;
	readonly max: number;
	readonly stepMs: number;

	#all = $state(true);
	#from = $state(0);
	#to = $state(0);
	#cumulative = $state(false);
	#playing = $state(false);
	#timer: ReturnType<typeof setInterval> | null = null;

	/** What is shown: null for all years, else an inclusive range. */
	readonly range: YearRange | null = $derived.by(() => {
		if (this.#all) return null;
		return { from: this.#cumulative ? this.min : this.#from, to: this.#to };
	});

	constructor(domain: { min: number; max: number }, options: YearFilterOptions = {}) {
		this.min = Math.min(domain.min, domain.max);
		this.max = Math.max(domain.min, domain.max);
		this.stepMs = options.stepMs ?? 1200;
		this.#from = this.min;
		this.#to = this.max;
	}

	get all(): boolean {
		return this.#all;
	}
	/** The chosen start year (ignored while cumulative). */
	get from(): number {
		return this.#from;
	}
	get to(): number {
		return this.#to;
	}
	get cumulative(): boolean {
		return this.#cumulative;
	}
	get playing(): boolean {
		return this.#playing;
	}

	#clamp(y: number): number {
		return Math.min(this.max, Math.max(this.min, Math.round(y)));
	}

	/** Show one year. */
	setYear(year: number): void {
		this.setRange(year, year);
	}

	/** Show an inclusive range (given in either order). */
	setRange(a: number, b: number): void {
		if (!Number.isFinite(a) || !Number.isFinite(b)) return;
		this.stop();
		this.#all = false;
		this.#from = this.#clamp(Math.min(a, b));
		this.#to = this.#clamp(Math.max(a, b));
	}

	/** Move the start; the end follows when it would fall before it. */
	setFrom(year: number): void {
		if (!Number.isFinite(year)) return;
		const y = this.#clamp(year);
		this.setRange(y, this.#all ? this.max : Math.max(y, this.#to));
	}

	/** Move the end; the start follows when it would fall after it. */
	setTo(year: number): void {
		if (!Number.isFinite(year)) return;
		const y = this.#clamp(year);
		this.setRange(this.#all ? this.min : Math.min(y, this.#from), y);
	}

	showAll(): void {
		this.stop();
		this.#all = true;
	}

	setCumulative(on: boolean): void {
		this.#cumulative = on;
		if (on && this.#all) {
			this.#all = false;
			this.#to = this.max;
		}
	}

	/** Apply a view read from the URL (null years = all years). */
	restore(years: YearRange | null, cumulative: boolean): void {
		if (years === null) {
			this.showAll();
			this.#cumulative = false;
			return;
		}
		this.setRange(years.from, years.to);
		this.#cumulative = cumulative;
	}

	/** Advance one year; returns false (and stops) when already at the last year. */
	step(): boolean {
		if (this.#all || this.#to >= this.max) {
			this.stop();
			return false;
		}
		if (!this.#cumulative) this.#from += 1;
		this.#to += 1;
		if (this.#to >= this.max) this.stop();
		return true;
	}

	/** Start stepping through the years from the first one (or from the current one when mid-way). */
	play(): void {
		if (this.#playing) return;
		const width = this.#all ? 0 : this.#to - this.#from;
		if (this.#all || this.#to >= this.max) {
			this.#all = false;
			this.#from = this.min;
			this.#to = this.#cumulative ? this.min : Math.min(this.max, this.min + width);
		}
		if (this.#to >= this.max) return;
		this.#playing = true;
		this.#timer = setInterval(() => this.step(), this.stepMs);
	}

	stop(): void {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
		this.#playing = false;
	}

	toggle(): void {
		if (this.#playing) this.stop();
		else this.play();
	}
}
