/**
 * What is selected (a place, a link or a party) and whether the article reader is open.
 * Opening the reader remembers the excerpt it came from, so closing it can return focus there.
 */
import type { Selection, SelectionType } from './types';

export interface ReaderTarget {
	article: string;
	/** Paragraph to bring into view. */
	paragraph: number;
}

export class SelectionState {
	#current = $state.raw<Selection>(null);
	#reader = $state.raw<ReaderTarget | null>(null);

	get current(): Selection {
		return this.#current;
	}
	get reader(): ReaderTarget | null {
		return this.#reader;
	}

	select(selection: Selection): void {
		const c = this.#current;
		if (c === selection || (c && selection && c.type === selection.type && c.id === selection.id))
			return;
		this.#current = selection;
	}

	clear(): void {
		this.#current = null;
	}

	is(type: SelectionType, id: string): boolean {
		return this.#current?.type === type && this.#current.id === id;
	}

	openReader(article: string, paragraph = 0): void {
		this.#reader = { article, paragraph };
	}

	closeReader(): void {
		this.#reader = null;
	}
}
