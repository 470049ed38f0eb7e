import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, knownSelection, parseUrlState } from '../../src/lib/state/url-state';
import { isHistoryStep, serializeUrlState } from '../../src/lib/state/url-sync.svelte';
import { DEFAULT_SHOWN, type SelectionType } from '../../src/lib/state/types';

const domain = { min: 2017, max: 2025 };

describe('parseUrlState', () => {
	it('reads a single year', () => {
		expect(parseUrlState('?y=2017', domain).years).toEqual({ from: 2017, to: 2017 });
	});

	it('reads a year range', () => {
		expect(parseUrlState('y=2017-2019', domain).years).toEqual({ from: 2017, to: 2019 });
	});

	it('puts a reversed range in order', () => {
		expect(parseUrlState('?y=2019-2017', domain).years).toEqual({ from: 2017, to: 2019 });
	});

	it('clamps a range that overlaps the data years', () => {
		expect(parseUrlState('?y=2010-2018', domain).years).toEqual({ from: 2017, to: 2018 });
	});

	it('ignores a year outside the data years', () => {
		expect(parseUrlState('?y=1990', domain).years).toBeNull();
	});

	it('ignores garbage and NaN years', () => {
		for (const y of ['abc', 'NaN', '20x7', '2017-', '-2017', '2017-2019-2021', '', '1e3']) {
			expect(parseUrlState(`?y=${y}`, domain).years).toBeNull();
		}
	});

	it('reads cumulative only together with a year', () => {
		expect(parseUrlState('?y=2019&cum=1', domain).cumulative).toBe(true);
		expect(parseUrlState('?cum=1', domain).cumulative).toBe(false);
		expect(parseUrlState('?y=2019&cum=yes', domain).cumulative).toBe(false);
	});

	it('reads a place or link selection', () => {
		expect(parseUrlState('?sel=place:city-dushanbe').selection).toEqual({
			type: 'place',
			id: 'city-dushanbe'
		});
		expect(parseUrlState('?sel=link:link-tj-pk-2021').selection).toEqual({
			type: 'link',
			id: 'link-tj-pk-2021'
		});
	});

	it('reads a party selection, state or actor', () => {
		expect(parseUrlState('?sel=party:taliban').selection).toEqual({ type: 'party', id: 'taliban' });
		expect(parseUrlState('?sel=party:hizb-e-islami').selection).toEqual({
			type: 'party',
			id: 'hizb-e-islami'
		});
		expect(parseUrlState('?sel=party:FR').selection).toEqual({ type: 'party', id: 'FR' });
	});

	it('ignores a selection of an unknown type or with odd characters', () => {
		for (const sel of [
			'country:af',
			'place:',
			'place',
			'place:<script>',
			'link:a b',
			'party:',
			'parties:taliban',
			'Party:taliban',
			'party:tali ban',
			'party:<b>'
		]) {
			expect(parseUrlState(`?sel=${encodeURIComponent(sel)}`).selection).toBeNull();
		}
	});

	it('reads a camera', () => {
		expect(parseUrlState('?cam=68.5,36.2,4.5').camera).toEqual({ center: [68.5, 36.2], zoom: 4.5 });
	});

	it('ignores a camera that is malformed or out of range', () => {
		for (const cam of [
			'1,2',
			'1,2,3,4',
			'a,b,c',
			'200,10,3',
			'10,95,3',
			'10,10,40',
			'NaN,1,2',
			',1,2',
			'Infinity,1,2'
		]) {
			expect(parseUrlState(`?cam=${cam}`).camera).toBeNull();
		}
	});

	it('keeps the good values when others are bad', () => {
		const s = parseUrlState('?y=zzz&sel=place:city-kabul&cam=oops', domain);
		expect(s).toEqual({
			years: null,
			cumulative: false,
			selection: { type: 'place', id: 'city-kabul' },
			camera: null,
			shown: DEFAULT_SHOWN,
			reader: null,
			theme: null
		});
	});

	it('never throws on a malformed query string', () => {
		expect(() => parseUrlState('?%E0%A4%A=1&y=%ZZ&&&=&sel=%')).not.toThrow();
	});
});

describe('camera numbers', () => {
	it('reads decimal numbers only: hex, binary, octal and exponents are ignored', () => {
		expect(parseUrlState('?cam=0x10,0b1,0o7').camera).toBeNull();
		expect(parseUrlState('?cam=1e1,20,3').camera).toBeNull();
		expect(parseUrlState('?cam=-66.5,34.25,5').camera).toEqual({ center: [-66.5, 34.25], zoom: 5 });
	});
});

describe('certainty choices in the URL', () => {
	it('reads uncertain=0 and notheld=1, and defaults to uncertain shown, not-held hidden', () => {
		expect(parseUrlState('').shown).toEqual({ uncertain: true, notHeld: false, hiddenTypes: [] });
		expect(parseUrlState('?uncertain=0&notheld=1').shown).toEqual({
			uncertain: false,
			notHeld: true,
			hiddenTypes: []
		});
		expect(parseUrlState('?uncertain=yes&notheld=0').shown).toEqual(DEFAULT_SHOWN);
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		const state = {
			...EMPTY_URL_STATE,
			shown: { uncertain: false, notHeld: true, hiddenTypes: [] }
		};
		const q = serializeUrlState(state);
		expect(q).toBe('?uncertain=0&notheld=1');
		expect(parseUrlState(q).shown).toEqual(state.shown);
		expect(serializeUrlState(EMPTY_URL_STATE, new URLSearchParams(q))).toBe('');
	});

	it('reads the link types switched off (hide=), keeping known types only, once each, sorted', () => {
		expect(parseUrlState('?hide=visit,accusation,visit,nonsense,<b>').shown.hiddenTypes).toEqual([
			'accusation',
			'visit'
		]);
		const state = {
			...EMPTY_URL_STATE,
			shown: { ...DEFAULT_SHOWN, hiddenTypes: ['border', 'accusation'] }
		};
		expect(serializeUrlState(state)).toBe('?hide=accusation,border');
		expect(parseUrlState(serializeUrlState(state)).shown.hiddenTypes).toEqual([
			'accusation',
			'border'
		]);
	});
});

describe('serializeUrlState', () => {
	it('writes nothing for the default view', () => {
		expect(
			serializeUrlState({
				years: null,
				cumulative: false,
				selection: null,
				camera: null,
				shown: DEFAULT_SHOWN,
				reader: null,
				theme: null
			})
		).toBe('');
	});

	it('writes a full view readably', () => {
		const q = serializeUrlState({
			years: { from: 2017, to: 2019 },
			cumulative: false,
			selection: { type: 'place', id: 'city-dushanbe' },
			camera: { center: [68.123456, 36.987654], zoom: 4.56789 },
			shown: DEFAULT_SHOWN,
			reader: null,
			theme: null
		});
		expect(q).toBe('?y=2017-2019&sel=place:city-dushanbe&cam=68.1235,36.9877,4.57');
	});

	it('writes a single year and cumulative', () => {
		expect(
			serializeUrlState({
				years: { from: 2019, to: 2019 },
				cumulative: true,
				selection: null,
				camera: null,
				shown: DEFAULT_SHOWN,
				reader: null,
				theme: null
			})
		).toBe('?y=2019&cum=1');
	});

	it('keeps unrelated parameters and replaces its own', () => {
		const base = new URLSearchParams('lang=fa&y=2001&sel=link:x');
		expect(
			serializeUrlState(
				{
					years: null,
					cumulative: false,
					selection: null,
					camera: null,
					shown: DEFAULT_SHOWN,
					reader: null,
					theme: null
				},
				base
			)
		).toBe('?lang=fa');
	});

	it('keeps a valueless flag such as present valueless', () => {
		const base = new URLSearchParams('present&stop=2');
		expect(
			serializeUrlState(
				{
					years: null,
					cumulative: false,
					selection: null,
					camera: null,
					shown: DEFAULT_SHOWN,
					reader: null,
					theme: null
				},
				base
			)
		).toBe('?present&stop=2');
	});

	it('writes the view after a valueless flag without giving it a value', () => {
		const base = new URLSearchParams('present&stop=2');
		expect(
			serializeUrlState(
				{
					years: { from: 2019, to: 2019 },
					cumulative: false,
					selection: null,
					camera: null,
					shown: DEFAULT_SHOWN,
					reader: null,
					theme: null
				},
				base
			)
		).toBe('?present&stop=2&y=2019');
	});

	it('round-trips through parseUrlState', () => {
		const state = {
			years: { from: 2018, to: 2021 },
			cumulative: true,
			selection: { type: 'link' as const, id: 'link-ru-af-2017-conference' },
			camera: { center: [66.5, 34.25] as [number, number], zoom: 5 },
			shown: { uncertain: false, notHeld: true, hiddenTypes: ['talks'] },
			reader: { article: '000_7c93162b7207209b', paragraph: 3 },
			theme: 'dark' as const
		};
		expect(parseUrlState(serializeUrlState(state), domain)).toEqual(state);
	});

	it('writes a party selection readably and reads it back', () => {
		const state = {
			years: null,
			cumulative: false,
			selection: { type: 'party' as const, id: 'taliban' },
			camera: null,
			shown: DEFAULT_SHOWN,
			reader: null,
			theme: null
		};
		const q = serializeUrlState(state);
		expect(q).toBe('?sel=party:taliban');
		expect(parseUrlState(q)).toEqual(state);
	});
});

describe('theme', () => {
	it('reads a known theme', () => {
		expect(parseUrlState('?theme=dark').theme).toBe('dark');
		expect(parseUrlState('?theme=projector').theme).toBe('projector');
	});

	it('ignores an unknown theme and a missing one', () => {
		expect(parseUrlState('?theme=neon').theme).toBeNull();
		expect(parseUrlState('?theme=').theme).toBeNull();
		expect(parseUrlState('?y=2017').theme).toBeNull();
	});

	it('writes the theme when there is one, and leaves it out otherwise', () => {
		const base = { ...EMPTY_URL_STATE };
		expect(serializeUrlState({ ...base, theme: 'dark' })).toBe('?theme=dark');
		expect(serializeUrlState(base)).toBe('');
		// A theme the view no longer names is removed from the address it is merged into.
		expect(serializeUrlState(base, new URLSearchParams('present&theme=dark'))).toBe('?present');
	});
});

describe('knownSelection', () => {
	const has = (type: SelectionType, id: string) =>
		type === 'place'
			? id === 'city-kabul'
			: type === 'party'
				? id === 'taliban'
				: type === 'pair'
					? id === 'AF~PK'
					: id === 'l1';

	it('keeps a selection whose id exists', () => {
		expect(knownSelection({ type: 'place', id: 'city-kabul' }, has)).toEqual({
			type: 'place',
			id: 'city-kabul'
		});
	});

	it('drops a selection whose id is unknown', () => {
		expect(knownSelection({ type: 'place', id: 'city-atlantis' }, has)).toBeNull();
		expect(knownSelection({ type: 'link', id: 'city-kabul' }, has)).toBeNull();
	});

	it('keeps a party only when it takes part in a link, and does not mix it with places', () => {
		expect(knownSelection({ type: 'party', id: 'taliban' }, has)).toEqual({
			type: 'party',
			id: 'taliban'
		});
		expect(knownSelection({ type: 'party', id: 'atlantis' }, has)).toBeNull();
		expect(knownSelection({ type: 'party', id: 'city-kabul' }, has)).toBeNull();
		expect(knownSelection({ type: 'place', id: 'taliban' }, has)).toBeNull();
	});
});

describe('the reader and history in the URL', () => {
	it('reads read=<article>.<paragraph>, and drops anything else', () => {
		expect(parseUrlState('?read=000_7c93162b7207209b.4').reader).toEqual({
			article: '000_7c93162b7207209b',
			paragraph: 4
		});
		expect(parseUrlState('?read=ab-06-x').reader).toEqual({ article: 'ab-06-x', paragraph: 0 });
		for (const bad of [
			'?read=',
			'?read=../etc/passwd',
			'?read=a.b',
			'?read=%3Cscript%3E',
			'?read=a.-1'
		])
			expect(parseUrlState(bad).reader, bad).toBeNull();
	});

	it('a new selection or the reader opened or closed is a history step; years and camera are not', () => {
		const p = (q: string) => new URLSearchParams(q);
		expect(isHistoryStep(p(''), p('sel=place:city-kabul'))).toBe(true);
		expect(isHistoryStep(p('sel=place:city-kabul'), p('sel=place:city-dushanbe'))).toBe(true);
		expect(isHistoryStep(p('sel=place:city-kabul'), p('sel=place:city-kabul&read=a.0'))).toBe(true);
		expect(isHistoryStep(p('sel=place:city-kabul&read=a.0'), p('sel=place:city-kabul'))).toBe(true);
		expect(
			isHistoryStep(p('sel=place:city-kabul'), p('sel=place:city-kabul&y=2017&cam=1,2,3'))
		).toBe(false);
		expect(isHistoryStep(p('y=2017'), p('y=2018&hide=talks'))).toBe(false);
	});
});

describe('a pair of parties in the address', () => {
	it('reads and writes sel=pair:A~B as it is', () => {
		const state = parseUrlState('?sel=pair:AF~PK');
		expect(state.selection).toEqual({ type: 'pair', id: 'AF~PK' });
		expect(serializeUrlState(state)).toBe('?sel=pair:AF~PK');
	});

	it('ignores a pair without two parties', () => {
		expect(parseUrlState('?sel=pair:AF').selection).toBeNull();
		expect(parseUrlState('?sel=pair:AF~PK~IN').selection).toBeNull();
	});
});
