/**
 * A component whose code is fetched when first needed rather than with the first page: `load` may
 * be called any number of times (one fetch), and a failed fetch is tried again at the next call.
 */
export class Lazy<T> {
	/** The component once fetched; null until then. */
	current = $state.raw<T | null>(null);
	private loading: Promise<unknown> | null = null;

	constructor(private fetch: () => Promise<{ default: T }>) {}

	load(): void {
		if (this.loading) return;
		this.loading = this.fetch()
			.then((m) => (this.current = m.default))
			.catch(() => (this.loading = null));
	}
}
