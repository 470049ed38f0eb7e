/**
 * The reading data (article text, and the mentions and link evidence in it), fetched once on
 * first need (the panel, the reader or the tour), never before the map draws. `ensure()` may be
 * called any number of times; only the first starts a request, and a failed request can be
 * retried by calling it again.
 */
import { mixedRunsMessage } from '$lib/data/load';
import type { ReadingIndex } from '$lib/data/reading';
import type { Article } from '$lib/data/schema';

/**
 * An index with nothing in it (before articles.json has arrived). Here, not in reading.ts: the
 * index's code comes with the articles, after the first frame.
 */
const EMPTY_READING: ReadingIndex = {
	articles: new Map(),
	mentions: new Map(),
	evidence: new Map(),
	generation: null
};

export type ArticleStatus = 'idle' | 'loading' | 'ready' | 'error';

export class ArticleStore {
	#status = $state<ArticleStatus>('idle');
	#error = $state<string | null>(null);
	#reading = $state.raw<ReadingIndex>(EMPTY_READING);
	#mixed = $state<string | null>(null);
	#pending: Promise<void> | null = null;
	readonly #load: () => Promise<ReadingIndex>;
	readonly #generation: string | null;

	/**
	 * `generation`: the ingest run the map data came from; the articles are checked against it
	 * when they arrive (null: not checked).
	 */
	constructor(load: () => Promise<ReadingIndex>, generation: string | null = null) {
		this.#load = load;
		this.#generation = generation;
	}

	get status(): ArticleStatus {
		return this.#status;
	}
	get error(): string | null {
		return this.#error;
	}
	/**
	 * What to tell the user when articles.json came from another ingest run than the map data
	 * (null when they agree, or before it has arrived). The articles are still used.
	 */
	get mixed(): string | null {
		return this.#mixed;
	}
	get articles(): ReadonlyMap<string, Article> {
		return this.#reading.articles;
	}
	/** Articles with mentions per place and evidence per link (empty until ready). */
	get reading(): ReadingIndex {
		return this.#reading;
	}

	/**
	 * Fetches the text in the background when the browser is idle (after the map's first frame),
	 * so that the first click on the map shows its excerpts without waiting for the network.
	 */
	prefetch(): void {
		if (this.#status !== 'idle') return;
		const start = () => void this.ensure();
		if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
		else setTimeout(start, 0);
	}

	ensure(): Promise<void> {
		if (this.#status === 'ready') return Promise.resolve();
		if (this.#pending) return this.#pending;
		this.#status = 'loading';
		this.#error = null;
		this.#pending = this.#load().then(
			(reading) => {
				this.#mixed = mixedRunsMessage(
					{ name: 'places.geojson', generation: this.#generation },
					{ name: 'articles.json', generation: reading.generation }
				);
				this.#reading = reading;
				this.#status = 'ready';
				this.#pending = null;
			},
			(e: unknown) => {
				this.#error = e instanceof Error ? e.message : String(e);
				this.#status = 'error';
				this.#pending = null;
			}
		);
		return this.#pending;
	}
}
