import { describe, expect, it } from 'vitest';
import {
	dispatchTourKey,
	keyToCommand,
	TOUR_KEYS,
	type KeyLike,
	type TourCommand
} from '$lib/story/keymap';

const cmd = (key: string, extra: Partial<KeyLike> = {}) => keyToCommand({ key, ...extra }).command;

/** Types a sequence of keys, threading the digit buffer; returns the commands produced. */
function type(keys: string[]): Array<TourCommand | null> {
	let buffer = '';
	return keys.map((key) => {
		const r = keyToCommand({ key }, buffer);
		buffer = r.buffer;
		return r.command;
	});
}

describe('keyToCommand', () => {
	it.each(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n', 'N'])(
		'%j goes to the next stop',
		(key) => {
			expect(cmd(key)).toBe('next');
		}
	);

	it.each(['PageUp', 'ArrowLeft', 'ArrowUp', 'p', 'P', 'Backspace'])(
		'%j goes to the previous stop',
		(key) => {
			expect(cmd(key)).toBe('prev');
		}
	);

	it('Shift+Space goes to the previous stop', () => {
		expect(cmd(' ', { shiftKey: true })).toBe('prev');
	});

	it('Home and End go to the first and last stops', () => {
		expect(cmd('Home')).toBe('first');
		expect(cmd('End')).toBe('last');
	});

	it.each(['b', 'B', '.'])('%j blanks the screen', (key) => {
		expect(cmd(key)).toBe('blank');
	});

	it('Escape leaves', () => {
		expect(cmd('Escape')).toBe('exit');
	});

	it('S opens the speaker view and F toggles fullscreen', () => {
		expect(cmd('s')).toBe('speaker');
		expect(cmd('S')).toBe('speaker');
		expect(cmd('f')).toBe('fullscreen');
	});

	it('G shows or hides the stop overview', () => {
		expect(cmd('g')).toBe('overview');
		expect(cmd('G')).toBe('overview');
	});

	it('every documented key does something (Enter once a digit is typed)', () => {
		for (const key of TOUR_KEYS) {
			expect(keyToCommand({ key }, key === 'Enter' ? '1' : '').handled, key).toBe(true);
		}
	});

	it('digits then Enter jump to that stop number', () => {
		expect(type(['1', '2', 'Enter'])).toEqual([null, null, { jump: 12 }]);
	});

	it('clears the digits after a jump', () => {
		expect(type(['3', 'Enter', '4', 'Enter'])).toEqual([null, { jump: 3 }, null, { jump: 4 }]);
	});

	it('Enter without digits does nothing and is not handled', () => {
		expect(keyToCommand({ key: 'Enter' })).toEqual({ command: null, buffer: '', handled: false });
	});

	it('Enter after zero does not jump', () => {
		expect(type(['0', 'Enter'])).toEqual([null, null]);
	});

	it('Backspace edits typed digits instead of going back', () => {
		expect(type(['1', '5', 'Backspace', 'Enter'])).toEqual([null, null, null, { jump: 1 }]);
	});

	it('Escape clears typed digits instead of leaving', () => {
		expect(type(['7', 'Escape', 'Enter'])).toEqual([null, null, null]);
	});

	it('a command key abandons typed digits', () => {
		expect(type(['9', 'PageDown', 'Enter'])).toEqual([null, 'next', null]);
	});

	it('keeps at most four digits', () => {
		expect(type(['1', '2', '3', '4', '5', 'Enter']).at(-1)).toEqual({ jump: 1234 });
	});

	it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
		for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
			expect(keyToCommand({ key: 'ArrowRight', [mod]: true }).handled).toBe(false);
		}
	});

	it('ignores keys it does not know, keeping the digits', () => {
		expect(keyToCommand({ key: 'x' }, '4')).toEqual({ command: null, buffer: '4', handled: false });
	});
});

describe('dispatchTourKey', () => {
	/** A keydown with counters of what the dispatch did to it. */
	function keydown(key: string) {
		const seen = { prevented: 0, stopped: 0 };
		const event = {
			key,
			target: null,
			preventDefault: () => void seen.prevented++,
			stopPropagation: () => void seen.stopped++
		};
		return { event, seen };
	}

	it('runs "4 Enter" as a jump to the fourth stop, carrying the digits between keys', () => {
		const run: TourCommand[] = [];
		let digits = '';
		for (const key of ['4', 'Enter'])
			digits = dispatchTourKey(keydown(key).event, digits, (c) => run.push(c));
		expect(run).toEqual([{ jump: 4 }]);
		expect(digits).toBe('');
	});

	it('prevents the default of a tour key and stops it only when asked', () => {
		const plain = keydown('PageDown');
		dispatchTourKey(plain.event, '', () => {});
		expect(plain.seen).toEqual({ prevented: 1, stopped: 0 });
		const captured = keydown('PageDown');
		dispatchTourKey(captured.event, '', () => {}, { stop: true });
		expect(captured.seen).toEqual({ prevented: 1, stopped: 1 });
	});

	it("leaves a key that is not the tour's alone and runs nothing", () => {
		const { event, seen } = keydown('q');
		const run: TourCommand[] = [];
		expect(dispatchTourKey(event, '', (c) => run.push(c), { stop: true })).toBe('');
		expect(run).toEqual([]);
		expect(seen).toEqual({ prevented: 0, stopped: 0 });
	});
});
