import { describe, expect, it } from 'vitest';
import { isPresentUrl } from '$lib/state/present-url';
import { leavePresentUrl, presentUrl, readStopParam } from '$lib/story/stop-url';
import { Tour } from '$lib/state/Tour.svelte';
import { createTourSync, isSyncMessage, type ChannelLike, type TourSync } from '$lib/story/sync';
import type { TourStop } from '$lib/story/types';

/**
 * A fake BroadcastChannel hub: a message posted on one endpoint reaches every other endpoint of
 * the same hub (not the sender), asynchronously, as the real one does. It records every post.
 */
function hub() {
	const endpoints = new Set<FakeChannel>();
	const log: unknown[] = [];
	class FakeChannel implements ChannelLike {
		private listeners = new Set<(e: { data: unknown }) => void>();
		constructor() {
			endpoints.add(this);
		}
		postMessage(message: unknown) {
			log.push(message);
			const data = structuredClone(message);
			for (const other of endpoints)
				if (other !== this) queueMicrotask(() => other.listeners.forEach((l) => l({ data })));
		}
		addEventListener(_: 'message', l: (e: { data: unknown }) => void) {
			this.listeners.add(l);
		}
		removeEventListener(_: 'message', l: (e: { data: unknown }) => void) {
			this.listeners.delete(l);
		}
		close() {
			endpoints.delete(this);
		}
	}
	return { channel: () => new FakeChannel(), log };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function stops(n: number): TourStop[] {
	return Array.from({ length: n }, (_, i) => ({
		id: `s${i}`,
		kind: 'event',
		camera: { center: [i, i], zoom: 3 },
		years: null,
		focus: { link: null, places: [] },
		caption: { heading: `Stop ${i}`, text: '', articleId: null, paragraph: null, source: null },
		notes: null
	}));
}

/** A main window and a speaker window, each with its own Tour, wired through one hub. */
function windows(n = 5) {
	const h = hub();
	const main = new Tour(stops(n), 0, 1000);
	const speaker = new Tour(stops(n), 0, 0);
	const mainSync: TourSync = createTourSync(h.channel(), 'main', {
		getState: () => main.snapshot(),
		oncommand: (c) => {
			main.run(c);
			mainSync.publish();
		}
	});
	const speakerSync = createTourSync(h.channel(), 'speaker', {
		onstate: (s) => speaker.applySnapshot(s)
	});
	return { main, speaker, mainSync, speakerSync, log: h.log };
}

describe('tour sync', () => {
	it('the speaker picks up the main window state when it opens', async () => {
		const h = hub();
		const main = new Tour(stops(5), 3, 1234);
		createTourSync(h.channel(), 'main', { getState: () => main.snapshot(), oncommand: () => {} });
		const speaker = new Tour(stops(5));
		createTourSync(h.channel(), 'speaker', { onstate: (s) => speaker.applySnapshot(s) });
		await settle();
		expect(speaker.index).toBe(3);
		expect(speaker.startedAt).toBe(1234);
	});

	it('a step in the main window reaches the speaker', async () => {
		const w = windows();
		await settle();
		w.main.next();
		w.mainSync.publish();
		await settle();
		expect(w.speaker.index).toBe(1);
	});

	it('a command from the speaker moves the main window and comes back as state', async () => {
		const w = windows();
		await settle();
		w.speakerSync.send({ jump: 4 });
		await settle();
		expect(w.main.index).toBe(3);
		expect(w.speaker.index).toBe(3);
	});

	it('blanking from the speaker blanks both', async () => {
		const w = windows();
		await settle();
		w.speakerSync.send('blank');
		await settle();
		expect(w.main.blanked).toBe(true);
		expect(w.speaker.blanked).toBe(true);
	});

	it('one command causes exactly one state message: no echo loop', async () => {
		const w = windows();
		await settle();
		const before = w.log.length;
		w.speakerSync.send('next');
		await settle();
		await settle();
		const kinds = w.log.slice(before).map((m) => (m as { kind: string }).kind);
		expect(kinds).toEqual(['command', 'state']);
	});

	it('does not post the same state twice', async () => {
		const w = windows();
		await settle();
		const before = w.log.length;
		w.mainSync.publish();
		w.mainSync.publish();
		expect(w.log.length).toBe(before);
	});

	it('a command that changes nothing posts no state', async () => {
		const w = windows(2);
		await settle();
		w.speakerSync.send('prev');
		await settle();
		const kinds = w.log.map((m) => (m as { kind: string }).kind);
		expect(kinds.filter((k) => k === 'state')).toHaveLength(1); // the answer to hello only
	});

	it('stays in sync both ways over a long back-and-forth', async () => {
		const w = windows(10);
		await settle();
		for (let i = 0; i < 20; i++) {
			if (i % 2) w.speakerSync.send('next');
			else {
				w.main.next();
				w.mainSync.publish();
			}
			await settle();
			expect(w.speaker.index).toBe(w.main.index);
		}
		expect(w.main.index).toBe(9);
	});

	it('tells the speaker when the main window goes away', async () => {
		const h = hub();
		const main = new Tour(stops(3));
		const mainSync = createTourSync(h.channel(), 'main', {
			getState: () => main.snapshot(),
			oncommand: () => {}
		});
		const peers: boolean[] = [];
		createTourSync(h.channel(), 'speaker', { onstate: () => {}, onpeer: (c) => peers.push(c) });
		await settle();
		mainSync.close();
		await settle();
		expect(peers).toEqual([true, false]);
	});

	it('a speaker opened before the main window connects when the main window appears', async () => {
		const h = hub();
		const speaker = new Tour(stops(5));
		createTourSync(h.channel(), 'speaker', { onstate: (s) => speaker.applySnapshot(s) });
		await settle();
		const main = new Tour(stops(5), 2);
		createTourSync(h.channel(), 'main', { getState: () => main.snapshot(), oncommand: () => {} });
		await settle();
		await settle();
		expect(speaker.index).toBe(2);
	});

	it('rejects malformed messages', () => {
		expect(isSyncMessage({ kind: 'command', from: 'x', command: 'rm -rf' })).toBe(false);
		expect(isSyncMessage({ kind: 'command', from: 'x', command: { jump: 0 } })).toBe(false);
		expect(isSyncMessage({ kind: 'state', from: 'x', state: { index: '1' } })).toBe(false);
		expect(isSyncMessage({ kind: 'command', from: 'x', command: { jump: 2 } })).toBe(true);
	});
});

describe('Tour', () => {
	it('steps and clamps at both ends', () => {
		const t = new Tour(stops(3));
		t.prev();
		expect(t.index).toBe(0);
		t.last();
		t.next();
		expect(t.index).toBe(2);
		expect(t.current?.id).toBe('s2');
		expect(t.upcoming).toBeNull();
	});

	it('a step while blanked only brings the picture back', () => {
		const t = new Tour(stops(3));
		t.toggleBlank();
		t.next();
		expect(t.blanked).toBe(false);
		expect(t.index).toBe(0);
	});

	it('a typed jump while blanked goes there and un-blanks', () => {
		const t = new Tour(stops(5));
		t.toggleBlank();
		t.run({ jump: 4 });
		expect([t.index, t.blanked]).toEqual([3, false]);
	});

	it('leaves exit, speaker and fullscreen to the component', () => {
		const t = new Tour(stops(3));
		expect(['exit', 'speaker', 'fullscreen'].map((c) => t.run(c as 'exit'))).toEqual([
			false,
			false,
			false
		]);
	});

	it('keeps the current stop when stops are replaced', () => {
		const t = new Tour(stops(5), 2);
		t.setStops(stops(5).reverse());
		expect(t.current?.id).toBe('s2');
		expect(t.index).toBe(2);
	});
});

describe('stop URL', () => {
	it('writes ?present&stop=N (1-based), keeping other parameters', () => {
		const url = presentUrl(new URL('http://localhost/?y=2017'), 3);
		expect(url.search).toBe('?y=2017&present&stop=4');
		expect(isPresentUrl(url)).toBe(true);
	});

	it('reads the stop back as a 0-based index', () => {
		expect(readStopParam(new URL('http://localhost/?present&stop=4'), 10)).toBe(3);
	});

	it('clamps a stop beyond the end and ignores nonsense', () => {
		expect(readStopParam(new URL('http://localhost/?present&stop=99'), 10)).toBe(9);
		expect(readStopParam(new URL('http://localhost/?present&stop=-2'), 10)).toBe(0);
		expect(readStopParam(new URL('http://localhost/?present&stop=abc'), 10)).toBe(0);
	});

	it('keeps the other parameters as written, so the same stop has the same address', () => {
		const url = new URL('http://localhost/?present&stop=1&cam=47.4668,38,2.8');
		expect(presentUrl(url, 0).href).toBe(url.href);
		expect(presentUrl(url, 1).search).toBe('?present&stop=2&cam=47.4668,38,2.8');
		expect(leavePresentUrl(url).search).toBe('?cam=47.4668,38,2.8');
	});

	it('leaves presentation mode by dropping both parameters', () => {
		expect(leavePresentUrl(new URL('http://localhost/?present&stop=2&y=2021')).search).toBe(
			'?y=2021'
		);
	});
});
