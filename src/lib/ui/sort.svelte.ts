/** Sort state for a table: which column, which way; clicking the same column flips the order. */
export class TableSort<K extends string> {
	key = $state<K>() as K;
	ascending = $state(true);

	constructor(key: K, ascending = true) {
		this.key = key;
		this.ascending = ascending;
	}

	toggle(key: K, defaultAscending = true): void {
		if (this.key === key) this.ascending = !this.ascending;
		else {
			this.key = key;
			this.ascending = defaultAscending;
		}
	}

	/** Value for a header's aria-sort attribute. */
	aria(key: K): 'ascending' | 'descending' | 'none' {
		return this.key === key ? (this.ascending ? 'ascending' : 'descending') : 'none';
	}

	sort<T>(rows: T[], value: (row: T, key: K) => string | number): T[] {
		const dir = this.ascending ? 1 : -1;
		return [...rows].sort((a, b) => {
			const x = value(a, this.key);
			const y = value(b, this.key);
			return (
				(typeof x === 'number' && typeof y === 'number'
					? x - y
					: String(x).localeCompare(String(y))) * dir
			);
		});
	}
}
