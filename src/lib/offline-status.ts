/**
 * What the service worker (src/service-worker.ts) and the pages (src/lib/offline.ts) tell each
 * other about the offline copy, and how it is said to a person. Pure: the worker cannot import the
 * page's modules ($app/*), so the words and the message shapes they share live here.
 *
 * A copy is incomplete when some files could not be fetched at install (a host that will not serve
 * one, a dropped connection): the rest is cached and works, but a presenter about to go offline
 * must know before the Wi-Fi does.
 */

/** Asked by a page: "how complete is the offline copy?" */
export const STATUS_QUESTION = 'parley:offline-status?';
/** Told by the worker: after installing, and whenever a page asks. */
export const STATUS_ANSWER = 'parley:offline-status';

export interface StatusAnswer {
	type: typeof STATUS_ANSWER;
	/** Files the offline copy should hold. */
	total: number;
	/** Those not in it (paths). */
	missing: string[];
	/** Under `vite dev` nothing is cached, by design. */
	dev?: boolean;
}

export type OfflineState =
	| { kind: 'pending' }
	| { kind: 'ready'; total: number }
	| { kind: 'incomplete'; total: number; missing: string[] }
	| { kind: 'dev' }
	| { kind: 'unsupported' }
	| { kind: 'failed'; message: string };

export function isStatusAnswer(data: unknown): data is StatusAnswer {
	const d = data as Partial<StatusAnswer> | null;
	return (
		typeof d === 'object' &&
		d !== null &&
		d.type === STATUS_ANSWER &&
		typeof d.total === 'number' &&
		Array.isArray(d.missing)
	);
}

/** The state a worker's answer describes. */
export function stateOf(answer: StatusAnswer): OfflineState {
	if (answer.dev) return { kind: 'dev' };
	if (answer.missing.length > 0)
		return { kind: 'incomplete', total: answer.total, missing: answer.missing };
	return { kind: 'ready', total: answer.total };
}

/** The state in words, as the speaker view shows it. */
export function describeOffline(state: OfflineState): string {
	switch (state.kind) {
		case 'pending':
			return 'Setting up the offline copy…';
		case 'ready':
			return 'Offline copy ready';
		case 'incomplete': {
			const n = state.missing.length;
			return `Offline copy incomplete: ${n} file${n === 1 ? '' : 's'} could not be cached`;
		}
		case 'dev':
			return 'No offline copy under the development server';
		case 'unsupported':
			return 'No offline copy: this browser does not allow one for this address';
		case 'failed':
			return `No offline copy: ${state.message}`;
	}
}
