/**
 * What presenting keeps in the browser's storage: the presenter's choice of whether a click on the
 * map's empty area advances (localStorage, kept for the next talk), and when the presentation
 * started (sessionStorage, so reloading the presenting window keeps the speaker's clock). Every
 * function takes the storage, or null when the browser refuses it, and never throws.
 */

/** localStorage key of the presenter's choice: '0' when a click on the map must not advance. */
export const TAP_ADVANCES_KEY = 'parley.present.tap-advances';

/** Whether a click or tap on the map's empty area goes to the next stop (default yes). */
export function readTapAdvances(storage: Pick<Storage, 'getItem'> | null): boolean {
	try {
		return storage?.getItem(TAP_ADVANCES_KEY) !== '0';
	} catch {
		return true;
	}
}

export function writeTapAdvances(storage: Pick<Storage, 'setItem'> | null, on: boolean): void {
	try {
		storage?.setItem(TAP_ADVANCES_KEY, on ? '1' : '0');
	} catch {
		// Storage refused: the choice lasts this visit.
	}
}

/**
 * sessionStorage key of when the presentation started: reloading the presenting window keeps the
 * speaker's clock running from the same moment; leaving presentation mode forgets it.
 */
export const STARTED_AT_KEY = 'parley.present.started-at';

/** The kept start if there is a sane one (not in the future, under a day old), else `now`, kept. */
export function keptStartedAt(storage: Pick<Storage, 'getItem' | 'setItem'> | null, now: number) {
	try {
		const raw = storage?.getItem(STARTED_AT_KEY);
		const t = raw && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
		if (Number.isFinite(t) && t <= now && now - t < 24 * 3600 * 1000) return t;
		storage?.setItem(STARTED_AT_KEY, String(now));
	} catch {
		// Storage refused: the clock starts again on a reload.
	}
	return now;
}

export function forgetStartedAt(storage: Pick<Storage, 'removeItem'> | null): void {
	try {
		storage?.removeItem(STARTED_AT_KEY);
	} catch {
		// Nothing kept.
	}
}
