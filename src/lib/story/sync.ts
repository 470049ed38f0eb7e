/**
 * Keeps the main (presenting) window and the speaker window on the same stop over a
 * BroadcastChannel, as slide tools do. The main window owns the tour state; the speaker window
 * mirrors it and sends commands:
 *
 *   speaker ── hello ──►  main        (main answers with its state)
 *   speaker ── command ─► main        (main runs it; its state changes)
 *   main ──── state ────► speaker     (after every change; never sent twice for the same state)
 *   either ── bye ──────► the other   (window closing)
 *
 * No echo loops by construction: the speaker never sends state and the main window never reacts to
 * state, so a command causes exactly one state message; the main window also skips posting a
 * state equal to the last one it posted. Messages from the same sender id (a channel that loops
 * back) and malformed messages are ignored. The channel is an interface so tests use a fake.
 */
import type { TourCommand } from './keymap';

const SYNC_CHANNEL_NAME = 'parley-tour';

export type SyncRole = 'main' | 'speaker';

/** What the speaker needs to mirror the main window. */
export interface TourSnapshot {
	/** 0-based index of the current stop. */
	index: number;
	count: number;
	/** Id of the current stop (the speaker checks it has the same tour). */
	stopId: string | null;
	blanked: boolean;
	/** When the presentation started (ms since the epoch), for the elapsed-time clock. */
	startedAt: number;
}

export type SyncMessage =
	| { kind: 'hello'; from: string; role: SyncRole }
	| { kind: 'bye'; from: string; role: SyncRole }
	| { kind: 'state'; from: string; state: TourSnapshot }
	| { kind: 'command'; from: string; command: TourCommand };

/** The part of BroadcastChannel the sync uses (a real BroadcastChannel fits). */
export interface ChannelLike {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	close?(): void;
}

const COMMANDS = new Set([
	'next',
	'prev',
	'first',
	'last',
	'blank',
	'exit',
	'speaker',
	'fullscreen'
]);

function isCommand(v: unknown): v is TourCommand {
	if (typeof v === 'string') return COMMANDS.has(v);
	return (
		typeof v === 'object' &&
		v !== null &&
		Number.isInteger((v as { jump?: unknown }).jump) &&
		(v as { jump: number }).jump >= 1
	);
}

function isSnapshot(v: unknown): v is TourSnapshot {
	if (typeof v !== 'object' || v === null) return false;
	const s = v as Record<string, unknown>;
	return (
		Number.isInteger(s.index) &&
		Number.isInteger(s.count) &&
		(s.stopId === null || typeof s.stopId === 'string') &&
		typeof s.blanked === 'boolean' &&
		typeof s.startedAt === 'number'
	);
}

/** Whether a received value is a well-formed sync message. */
export function isSyncMessage(v: unknown): v is SyncMessage {
	if (typeof v !== 'object' || v === null) return false;
	const m = v as Record<string, unknown>;
	if (typeof m.from !== 'string') return false;
	switch (m.kind) {
		case 'hello':
		case 'bye':
			return m.role === 'main' || m.role === 'speaker';
		case 'state':
			return isSnapshot(m.state);
		case 'command':
			return isCommand(m.command);
		default:
			return false;
	}
}

function sameSnapshot(a: TourSnapshot | null, b: TourSnapshot) {
	return (
		a !== null &&
		a.index === b.index &&
		a.count === b.count &&
		a.stopId === b.stopId &&
		a.blanked === b.blanked &&
		a.startedAt === b.startedAt
	);
}

export interface MainSyncOptions {
	/** The current state (read when publishing and when a speaker says hello). */
	getState: () => TourSnapshot;
	/** Runs a command sent by the speaker window. */
	oncommand: (command: TourCommand) => void;
	/** A speaker window appeared or went away. */
	onpeer?: (connected: boolean) => void;
}

export interface SpeakerSyncOptions {
	/** The main window's state, on every change. */
	onstate: (state: TourSnapshot) => void;
	/** The main window appeared (first state) or went away (bye). */
	onpeer?: (connected: boolean) => void;
}

export interface TourSync {
	/** Main: posts the current state unless it equals the last one posted. */
	publish(): void;
	/** Speaker: asks the main window to run a command. */
	send(command: TourCommand): void;
	/** Says bye, stops listening and closes the channel. */
	close(): void;
}

let counter = 0;
function newId() {
	counter += 1;
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

export function createTourSync(
	channel: ChannelLike,
	role: 'main',
	options: MainSyncOptions
): TourSync;
export function createTourSync(
	channel: ChannelLike,
	role: 'speaker',
	options: SpeakerSyncOptions
): TourSync;
export function createTourSync(
	channel: ChannelLike,
	role: SyncRole,
	options: MainSyncOptions | SpeakerSyncOptions
): TourSync {
	const id = newId();
	let lastPosted: TourSnapshot | null = null;
	let closed = false;

	const post = (m: SyncMessage) => {
		if (!closed) channel.postMessage(m);
	};
	const postState = (force: boolean) => {
		const state = (options as MainSyncOptions).getState();
		if (!force && sameSnapshot(lastPosted, state)) return;
		lastPosted = { ...state };
		post({ kind: 'state', from: id, state: lastPosted });
	};

	const listener = (event: { data: unknown }) => {
		const m = event.data;
		if (closed || !isSyncMessage(m) || m.from === id) return;
		if (role === 'main') {
			const o = options as MainSyncOptions;
			if (m.kind === 'hello' && m.role === 'speaker') {
				o.onpeer?.(true);
				postState(true);
			} else if (m.kind === 'bye' && m.role === 'speaker') o.onpeer?.(false);
			else if (m.kind === 'command') o.oncommand(m.command);
		} else {
			const o = options as SpeakerSyncOptions;
			if (m.kind === 'state') {
				o.onpeer?.(true);
				o.onstate(m.state);
			} else if (m.kind === 'bye' && m.role === 'main') o.onpeer?.(false);
			// A main window that starts after the speaker says hello; ask it for its state.
			else if (m.kind === 'hello' && m.role === 'main') post({ kind: 'hello', from: id, role });
		}
	};
	channel.addEventListener('message', listener);
	post({ kind: 'hello', from: id, role });

	return {
		publish() {
			if (role === 'main') postState(false);
		},
		send(command) {
			if (role === 'speaker') post({ kind: 'command', from: id, command });
		},
		close() {
			if (closed) return;
			post({ kind: 'bye', from: id, role });
			closed = true;
			channel.removeEventListener('message', listener);
			channel.close?.();
		}
	};
}

/** A BroadcastChannel for the tour, or null where the browser has none (or during prerender). */
export function openTourChannel(): ChannelLike | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	return new BroadcastChannel(SYNC_CHANNEL_NAME) as unknown as ChannelLike;
}
