import { describe, expect, it } from 'vitest';
import {
	describeOffline,
	isStatusAnswer,
	stateOf,
	STATUS_ANSWER,
	type StatusAnswer
} from '../../src/lib/offline-status';

describe('the offline copy, in words', () => {
	const answer = (missing: string[]): StatusAnswer => ({
		type: STATUS_ANSWER,
		total: 120,
		missing
	});

	it('is ready when the worker cached every file', () => {
		expect(describeOffline(stateOf(answer([])))).toBe('Offline copy ready');
	});

	it('is incomplete, with how many files, when some could not be cached', () => {
		expect(describeOffline(stateOf(answer(['/data/corrections.json'])))).toBe(
			'Offline copy incomplete: 1 file could not be cached'
		);
		expect(describeOffline(stateOf(answer(['/a.js', '/b.css', '/speaker'])))).toBe(
			'Offline copy incomplete: 3 files could not be cached'
		);
	});

	it('says why there is none when the worker could not be set up', () => {
		expect(describeOffline({ kind: 'failed', message: 'SecurityError' })).toBe(
			'No offline copy: SecurityError'
		);
	});

	it('reads only the worker’s answers from the messages a page gets', () => {
		expect(isStatusAnswer(answer([]))).toBe(true);
		expect(isStatusAnswer({ type: STATUS_ANSWER, total: 3 })).toBe(false);
		expect(isStatusAnswer({ type: 'something else', total: 3, missing: [] })).toBe(false);
		expect(isStatusAnswer(null)).toBe(false);
	});
});
