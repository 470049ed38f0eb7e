import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hintIndex, hintsIn } from '../../ingest/anchor-hints';
import { createOffices } from '../../ingest/offices';

describe('anchor hints read in one pass', () => {
	it('finds a word inside a longer one ("Kabul" in "Kabul airport") and keeps expressions', () => {
		const index = hintIndex([/Kabul airport/i, /Kabul/i, /airport|Bagram/i, /years? ago/i]);
		const hinted = hintsIn('Flights resumed at KABUL AIRPORT on Monday.', index);
		expect([0, 1, 2, 3].map(hinted)).toEqual([true, true, true, false]);
		const expression = hintsIn('The Taliban took power two years ago.', index);
		expect([0, 1, 2, 3].map(expression)).toEqual([false, false, false, true]);
	});

	it('answers as each anchor hint of offices.json does alone, on every real page', () => {
		const offices = createOffices(JSON.parse(readFileSync('geodata/offices.json', 'utf8')));
		const dir = 'tests/fixtures/real/pages';
		const pages = readdirSync(dir);
		let differ = 0;
		for (const page of pages) {
			const text = readFileSync(`${dir}/${page}`, 'utf8');
			const hinted = hintsIn(text, offices.anchorHints);
			offices.anchors.forEach((a, i) => {
				if (hinted(i) !== a.hint.test(text)) differ++;
			});
		}
		expect(pages.length).toBeGreaterThan(1000);
		expect(differ).toBe(0);
	});
});
