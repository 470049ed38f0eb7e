import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKey } from '../../scripts/check-keys';

const dir = new URL('../fixtures/real/', import.meta.url);
const keys = readdirSync(new URL('keys/', dir)).filter((f) => f.endsWith('.json'));
const split = JSON.parse(readFileSync(new URL('split.json', dir), 'utf8')) as {
	dev: string[];
	check: string[];
	test: string[];
};

describe('the real-page answer keys', () => {
	it.each(keys)('%s is well formed, with verbatim evidence', (file) => {
		const key = JSON.parse(readFileSync(new URL(`keys/${file}`, dir), 'utf8'));
		const page = readFileSync(new URL(`pages/${key.file}`, dir), 'utf8');
		expect(checkKey(file, key, page)).toEqual([]);
	});

	it('puts every outlet on one side of the split, and at least 30 pages from 15 outlets in all', () => {
		const outlets = keys.map(
			(f) => JSON.parse(readFileSync(new URL(`keys/${f}`, dir), 'utf8')).outlet as string
		);
		const sides = [split.dev, split.check, split.test];
		const all = sides.flat();
		expect(all.filter((o, i) => all.indexOf(o) !== i)).toEqual([]);
		expect(outlets.every((o) => sides.some((side) => side.includes(o)))).toBe(true);
		expect(keys.length).toBeGreaterThanOrEqual(30);
		expect(new Set(outlets).size).toBeGreaterThanOrEqual(15);
	});
});
