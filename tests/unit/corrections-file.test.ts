import { describe, expect, it } from 'vitest';
import { readCorrectionsFile } from '$lib/data/corrections-file';
import { SchemaError } from '$lib/data/issues';

/** The message readCorrectionsFile throws for `data`. */
function problem(data: unknown): string {
	try {
		readCorrectionsFile(data);
	} catch (e) {
		if (e instanceof SchemaError) return e.message;
		throw e;
	}
	throw new Error('the file was read');
}

describe('the corrections file as the app reads it', () => {
	it('reads a file with its two lists, comments and keys it does not know kept', () => {
		const file = {
			$comment: 'fixes',
			links: [{ article: 'a.txt', evidence: 'met', action: 'reject' }],
			articles: [{ article: 'a.txt', published: '2021-09' }],
			later: true
		};
		expect(readCorrectionsFile(file)).toEqual(file);
		expect(readCorrectionsFile({})).toEqual({});
	});

	it.each([
		[[], '[]'],
		['links', '"links"'],
		[null, 'null']
	])('names the file when it is not an object: %j', (data, shown) => {
		expect(problem(data)).toBe(
			`corrections.json: must be an object like {"links": […], "articles": […]}, got ${shown}`
		);
	});

	it('names the list and the value when a list is not one', () => {
		expect(problem({ links: [], articles: { article: 'a.txt' } })).toBe(
			'corrections.json: articles: must be an array of entries, got {"article":"a.txt"}'
		);
	});

	it('names the entry and the value when an entry is not an object', () => {
		expect(problem({ links: [{ article: 'a.txt' }, { article: 'b.txt' }, ['b.txt']] })).toBe(
			'corrections.json: links[2]: must be an object with "article" and "action": "reject", "set" or "add", got ["b.txt"]'
		);
		expect(problem({ articles: [7] })).toBe(
			'corrections.json: articles[0]: must be an object like {"article": "…", "published": "2022-06-03"}, got 7'
		);
	});
});
