/**
 * The rules that read events off real pages, each on sentences quoted from the dev split of the
 * real-page set (tests/fixtures/real, named by page) or the bundled corpus. The test split is
 * never quoted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorIndex } from '../../ingest/actors';
import { eventDate } from '../../ingest/dates';
import { createGazetteer } from '../../ingest/gazetteer';
import { createOffices } from '../../ingest/offices';
import { geoparse } from '../../ingest/stages/geoparse';
import { extractLinks } from '../../ingest/stages/links';
import { direction } from '../../ingest/stages/links-roles';
import { findTrigger } from '../../ingest/stages/links-trigger';
import { absenceAt, readStatus } from '../../ingest/stages/links-status';
import { findDateline } from '../../ingest/stages/links-dateline';
import type { PartialDate } from '../../src/lib/data/schema';

const json = (p: string) =>
	JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const gazetteer = createGazetteer(json('geodata/gazetteer.json'), json('geodata/aliases.json'));
const actors = createActorIndex(json('geodata/actors.json'));
const offices = createOffices(json('geodata/offices.json'));

/** The links the pipeline reads from these paragraphs, as they would come out of an article. */
function read(paragraphs: string[], published: PartialDate, publishedInferred = false) {
	const mentions = geoparse('a', paragraphs, gazetteer);
	return extractLinks({
		article: { id: 'a', published, publishedInferred, paragraphs },
		mentions,
		gazetteer,
		actors,
		offices
	});
}

/** The link one of whose evidence sentences holds these words. */
function told(links: ReturnType<typeof read>, words: string) {
	return links.find((l) => l.evidence.some((e) => e.sentence.includes(words)));
}

/** Each link as its type, its parties in order and (`dated`) its date. */
function summary(links: ReturnType<typeof read>, dated = false) {
	return links.map((l) =>
		dated ? [l.type, [...l.parties].sort(), l.date] : [l.type, [...l.parties].sort()]
	);
}

/** The status read around the first occurrence of `trigger` in `clause`. */
function status(clause: string, trigger: string) {
	const at = clause.indexOf(trigger);
	return readStatus(clause, at, at + trigger.length).status;
}

describe('status: whether the event took place', () => {
	it('a state that says it will not recognise another refuses the recognition; one that has not is no event (ql-09)', () => {
		expect(
			status(
				'State Minister for Foreign Affairs Shahriar Alam has said Bangladesh will not recognize the interim government of Afghanistan right now.',
				'recognize'
			)
		).toBe('refused');
		expect(status('Pakistan has not recognised the Taliban government.', 'recognised')).toBe(
			'negated'
		);
	});

	it('"will not be recognizing" refuses the recognition too (xu-01)', () => {
		expect(
			status(
				'Raab also said the UK will not be recognizing the Taliban as a government “anytime in the foreseeable future”.',
				'recognizing'
			)
		).toBe('refused');
	});

	it('a party with no plans to meet the other refuses the meeting (wt-01)', () => {
		expect(
			status(
				'Taliban, however, said in a statement on Monday that they had no plans to meet the representatives of the Afghan government in the UAE.',
				'meet'
			)
		).toBe('refused');
	});

	it('a trip called off is cancelled, though it was planned (af-08)', () => {
		expect(
			status(
				'A planned trip to Pakistan in August was canceled after the council did not approve a travel exemption.',
				'trip'
			)
		).toBe('cancelled');
	});

	it('a relative clause saying what a thing will do is no plan (ph-01)', () => {
		expect(
			status(
				"the three countries agreed to establish the China-Afghanistan-Pakistan Foreign Ministers' trilateral dialogue mechanism, which will serve as a platform to enhance talks and cooperation among the three states",
				'dialogue'
			)
		).toBe('held');
	});

	it('talks a party refused are refused (ig-02)', () => {
		expect(
			status(
				'revealed persistent challenges when the Taliban delegation refused direct talks with Afghan government negotiators',
				'talks'
			)
		).toBe('refused');
	});

	it('"will meet" is planned (af-08)', () => {
		expect(status('Muttaqi will meet India’s foreign minister and other officials', 'meet')).toBe(
			'planned'
		);
	});

	it('"is also expected to travel" is planned (af-03)', () => {
		expect(status('Ghani is also expected to travel to Lahore', 'travel to')).toBe('planned');
	});

	it('a refusal denied is no refusal: "did not reject Moscow’s offer" (bundled 003)', () => {
		expect(
			status(
				'Afghan Foreign Ministry’s spokesman Ahmad Shakib Mostaghni did not reject Moscow’s offer',
				'reject'
			)
		).toBe('negated');
	});

	it('a meeting that has not happened is no event: "has not yet met"', () => {
		expect(status('The Turkish delegation has not yet met Pakistani officials', 'met')).toBe(
			'negated'
		);
	});

	it('a past visit in a sentence about plans stays held (in-01: "the recent visits of …")', () => {
		expect(
			status(
				'The visit will build upon the recent high-level bilateral exchanges between the two countries, including the recent visits of Dr Abdullah Abdullah',
				'visits of'
			)
		).toBe('held');
	});

	it('finds where the absent parties are named (ru-06, ph-06, wh-05)', () => {
		const clause =
			'Its previous meeting took place in Moscow in November 2022 without the Taliban (outlawed in Russia) being present.';
		expect(clause.slice(absenceAt(clause))).toMatch(/^without the Taliban/);
		const none =
			'There was no participation from Afghanistan’s Islamist Taliban government at the talks.';
		expect(none.slice(absenceAt(none))).toMatch(/^no participation from Afghanistan/);
		const noShow =
			'A Washington-backed Afghan peace conference in Turkey has been postponed due to the Taliban’s non-participation, three sources told Reuters on April 20.';
		expect(noShow.slice(absenceAt(noShow))).toMatch(/^due to the Taliban’s/);
	});
});

describe('direction of the arc', () => {
	const at = (clause: string, word: string) => clause.indexOf(word);

	it('a host named as subject is the end: "Pakistan is hosting …" (pk-03)', () => {
		const clause =
			'Pakistan is hosting the third round of the trilateral dialogue with the foreign ministers of China and Afghanistan';
		const d = direction(
			'conference',
			clause,
			at(clause, 'hosting'),
			[
				{ party: 'PK', start: at(clause, 'Pakistan') },
				{ party: 'CN', start: at(clause, 'China') },
				{ party: 'AF', start: at(clause, 'Afghanistan') }
			],
			null
		);
		expect([d?.from, d?.to]).toEqual(['CN', 'PK']);
	});

	it('two mediators named after "by" do not point at each other (pf-08)', () => {
		const clause =
			'this meeting follows six days of intense negotiations (October 25-30) that were mediated by Turkey and Qatar';
		const d = direction(
			'mediation',
			clause,
			at(clause, 'mediated'),
			[
				{ party: 'TR', start: at(clause, 'Turkey') },
				{ party: 'QA', start: at(clause, 'Qatar') }
			],
			null
		);
		expect(d?.cue).toBe('order');
	});

	it('a mediator named after "by" points at the party named before (pf-08 as told of the Taliban)', () => {
		const clause = 'talks with the Taliban that were mediated by Qatar';
		const d = direction(
			'mediation',
			clause,
			at(clause, 'mediated'),
			[
				{ party: 'taliban', start: at(clause, 'Taliban') },
				{ party: 'QA', start: at(clause, 'Qatar') }
			],
			null
		);
		expect([d?.from, d?.to, d?.cue]).toEqual(['QA', 'taliban', 'agent']);
	});

	it('"were received by" makes the agent the host (pk-03)', () => {
		const clause =
			'Wang Yi and Salahuddin Rabbani arrived in Islamabad on Saturday and were received by Foreign Minister Shah Mahmood Qureshi';
		const d = direction(
			'visit',
			clause,
			at(clause, 'arrived'),
			[
				{ party: 'CN', start: at(clause, 'Wang') },
				{ party: 'PK', start: at(clause, 'Qureshi') }
			],
			null
		);
		expect([d?.from, d?.to]).toEqual(['CN', 'PK']);
	});

	/** A visit's direction, the parties named by the word where each stands in the clause. */
	const visitDirection = (clause: string, trigger: string, named: [string, string][]) => {
		const d = direction(
			'visit',
			clause,
			at(clause, trigger),
			named.map(([party, word]) => ({ party, start: at(clause, word) })),
			null
		);
		return [d?.from, d?.to, d?.cue];
	};

	it('"a visit by X": X travelled, whoever is the subject (xr-03)', () => {
		const clause =
			'Uzbekistan’s President Shavkat Mirziyoyev committed his country to better military and economic relations with Afghanistan during a December 2017 visit by Afghan President Ashraf Ghani';
		expect(
			visitDirection(clause, 'visit by', [
				['UZ', 'Uzbekistan'],
				['AF', 'Afghanistan'],
				['AF', 'Afghan President']
			])
		).toEqual(['AF', 'UZ', 'visiting']);
	});

	it('"rolled out the red carpet for" hosts (xn-10)', () => {
		const clause =
			'Malaysia has rolled out the red carpet for Pakistan Prime Minister Imran Khan who arrived yesterday for a two-day official visit';
		expect(
			visitDirection(clause, 'visit', [
				['MY', 'Malaysia'],
				['PK', 'Pakistan']
			])
		).toEqual(['PK', 'MY', 'host']);
	});

	it('an accuser named first accuses the one named after (ww-01: "Trump angrily accused Islamabad")', () => {
		const clause = 'Trump angrily accused Islamabad of harboring "agents of chaos"';
		const d = direction(
			'accusation',
			clause,
			at(clause, 'accused'),
			[
				{ party: 'US', start: at(clause, 'Trump') },
				{ party: 'PK', start: at(clause, 'Islamabad') }
			],
			null
		);
		expect([d?.from, d?.to, d?.cue]).toEqual(['US', 'PK', 'agent']);
	});

	it('"is visiting X", "will be visiting X": the verb, X is where the visitor went (wl-10, ae-04)', () => {
		const links = read(
			[
				'The government has agreed to meet a delegation of senior Taliban officials who are visiting Tokyo at the invitation of a private organization.',
				'Zahid Hafeez Chaudhry, a spokesperson for the Foreign Office, had confirmed the other day that an Afghan Taliban delegation will be visiting Pakistan to discuss the way forward in the peace process.'
			],
			'2025-02-18'
		);
		expect(links.map((l) => [l.type, l.from, l.to])).toEqual([
			['visit', 'taliban', 'JP'],
			['visit', 'taliban', 'PK']
		]);
	});

	it('"visiting X" makes X the visitor (ww-04)', () => {
		const clause =
			'Pakistan says that visiting U.S. and Taliban delegates will hold a direct meeting';
		const d = direction(
			'meeting',
			clause,
			at(clause, 'meeting'),
			[
				{ party: 'PK', start: at(clause, 'Pakistan') },
				{ party: 'US', start: at(clause, 'U.S.') }
			],
			null
		);
		expect([d?.from, d?.to]).toEqual(['US', 'PK']);
	});

	it('a trip to a gathering runs to where it goes, whatever the event (pi-07)', () => {
		const [link] = read(
			[
				'China’s Foreign Ministry said Foreign Minister Qin Gang will pay a two-day visit to Pakistan from Friday to attend the China-Afghanistan-Pakistan foreign ministers’ dialogue in Pakistan.'
			],
			'2023-05-05'
		);
		expect(link).toMatchObject({ type: 'conference', from: 'CN', to: 'PK', directed: true });
	});

	it('the talks of a visit run the visit’s way: guest → host (ac-06)', () => {
		const links = read(
			[
				'Today, March 22, a delegation led by the Special Representative of the President of Uzbekistan for Foreign Policy Abdulaziz Kamilov visited Afghanistan, the press service of the Ministry of Defense of Afghanistan reported.',
				'According to them, the parties discussed issues in the field of economics and politics.',
				'In addition, representatives of Uzbekistan and Afghanistan discussed issues of border protection, security and development of bilateral relations.'
			],
			'2023-03-22'
		);
		const talks = told(links, 'In addition, representatives');
		expect(talks).toMatchObject({ type: 'talks', from: 'UZ', directed: true });
		expect(talks!.to).toMatch(/^(?:AF|taliban)$/);
	});

	it('today’s news is not part of a visit the text dates “last week” (004)', () => {
		const links = read(
			[
				'Islamabad has taken Kabul into confidence about its efforts to expedite the peace process. Afghan President Ashraf Ghani’s Special Envoy Mohammad Omer Daudzai, during his visit to Pakistan last week, also seemed satisfied with the endeavours.'
			],
			'2019-01-19'
		);
		expect(links.find((l) => l.type === 'visit')).toMatchObject({ from: 'AF', to: 'PK' });
		const talks = told(links, 'Islamabad has taken');
		expect(talks?.directed).toBe(false);
	});

	it('a meeting in a third country is not part of the visit told beside it (pi-04)', () => {
		const links = read(
			[
				'Khan’s visit is part of regular high-level exchanges between Pakistan and Afghanistan. President Ghani last visited Pakistan in June 2019, it said.',
				'Earlier, the two leaders had a bilateral meeting on the sidelines of the 14th Summit of the Organisation of Islamic Cooperation in Mecca in May 2019.'
			],
			'2020-11-19'
		);
		const visit = links.find((l) => l.type === 'visit' && l.date?.startsWith('2019'));
		expect(visit).toMatchObject({ from: 'AF', to: 'PK', directed: true });
		const mecca = told(links, 'Mecca');
		expect(mecca?.directed).toBe(false);
	});
});

describe('whether a link has a direction at all', () => {
	it('two parties that agree, named side by side, give it none: no arrowhead (004)', () => {
		const links = read(
			[
				'ISLAMABAD: Pakistan and the United States on Thursday agreed to share responsibility for the Afghan peace process.'
			],
			'2019-01-17'
		);
		const agreement = links.find((l) => l.type === 'agreement');
		expect(agreement?.parties.sort()).toEqual(['PK', 'US']);
		expect(agreement?.directed).toBe(false);
	});

	it('a host named as subject gives it one (pk-03)', () => {
		const links = read(
			[
				'Pakistan is hosting the third round of the trilateral dialogue with the foreign ministers of China and Afghanistan in Islamabad on Saturday.'
			],
			'2019-09-07'
		);
		const hosted = links.find((l) => l.to === 'PK');
		expect(hosted?.directed).toBe(true);
	});

	it('a visit named by its traveller first has one (the traveller is the subject)', () => {
		const links = read(
			[
				'Afghan Foreign Minister Salahuddin Rabbani visited Moscow on Tuesday for talks with Sergei Lavrov.'
			],
			'2017-02-08'
		);
		const visit = links.find((l) => l.type === 'visit');
		expect([visit?.from, visit?.to, visit?.directed]).toEqual(['AF', 'RU', true]);
	});
});

describe('sentences of the bundled articles read against what they state', () => {
	it('"under the US pressure": the US pressed, it did not attend the Moscow talks (004)', () => {
		const links = read(
			[
				'It was, however, the Afghan government who, perhaps under the US pressure, chose not to send an official delegation to Moscow and rather a delegation of Afghan High Peace Council was sent to attend the Moscow talks.'
			],
			'2019-01-17'
		);
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) expect(l.parties).not.toContain('US');
	});

	it('an offer to host talks is a plan, not talks held (003)', () => {
		const links = read(
			[
				'Russia has inched towards a bigger role in Afghanistan with its offer to host peace talks between the Afghan government and the Taliban insurgents.'
			],
			'2017-04-17'
		);
		const mediation = links.find((l) => l.type === 'mediation');
		expect(mediation?.status).toBe('planned');
	});

	it('an invitation is not the talks it invites to: "Russia has sent invitations for what is called the Moscow format talks to …" (ae-02)', () => {
		const links = read(
			[
				'According to Sputnik news agency, Russia has sent invitations for what is called the Moscow format talks to Afghanistan, India, Iran, Kazakhstan, Kyrgyzstan, China, Pakistan, Tajikistan, Turkmenistan, Uzbekistan, the US, and the Afghan Taliban.'
			],
			'2018-11-09'
		);
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) expect(l.status).toBe('planned');
		// Arriving "at the invitation of" someone is arriving (after ae-04's sentences).
		const arrival = read(
			[
				'A delegation of Afghan Taliban arrived in Islamabad on Monday at the invitation of the Ministry of Foreign Affairs to discuss the Afghanistan peace process with senior Pakistani officials.'
			],
			'2020-08-24'
		);
		expect(arrival.map((l) => `${l.type} ${l.status}`)).toEqual(['visit held']);
	});

	it('a move "welcomed by the Taliban" does not make the Taliban a host (003)', () => {
		const links = read(
			[
				'Russia joined China to publicly support removal of international sanctions from the Taliban in December, the move quickly welcomed by the Taliban Qatar office.'
			],
			'2017-04-17'
		);
		for (const l of links) expect(l.from).not.toBe('taliban');
	});

	it('the venue of the later gathering the clause goes on to tell: New York, not Kabul (000)', () => {
		const links = read(
			[
				'It appears that the inputs from the meeting in Kabul have gone into the meeting of the foreign ministers of the permanent members of the UN Security Council on Wednesday in New York chaired by Secretary-General Antonio Guterres.'
			],
			'2021-09-24'
		);
		const meeting = links.find((l) => l.type === 'meeting');
		expect(meeting?.place).toBe('city-new-york');
	});
});

describe('the event’s own date', () => {
	it('a season told from publication is the last one over: "Last summer" in January 2018 is 2017, in October 2018 is 2018 (wv-05)', () => {
		const text = 'Last summer, Trump accused Pakistan of giving “safe haven';
		expect(eventDate(text, text.indexOf('accused'), '2018-01')?.date).toBe('2017');
		expect(eventDate(text, text.indexOf('accused'), '2018-10-04')?.date).toBe('2018');
	});

	it('a day told as to come is the next one, whatever the trigger’s tense: "are scheduled to meet again … on November 6" (pf-08)', () => {
		const text =
			'Turkey and Qatar said in a joint statement after the end of the Istanbul talks that the Taliban and Pakistan are scheduled to meet again in Istanbul on November 6 (Aqrab 15) to discuss the finalization of mechanisms for implementing the ceasefire agreement.';
		expect(eventDate(text, text.indexOf('agreement'), '2025-10-31')?.date).toBe('2025-11-06');
	});

	it('an event told as past does not take a day the sentence before announced: "followed … Dar’s earlier visit to Kabul" (py-10)', () => {
		const links = read(
			[
				'According to Dawn, Muttaqi was scheduled to visit Pakistan on August 4 as part of a recent push to improve relations between Kabul and Islamabad. The engagement followed Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar’s earlier visit to Kabul, which had been facilitated by China'
			],
			'2025-08-10'
		);
		const earlier = told(links, 'earlier visit to Kabul');
		expect(earlier).toBeDefined();
		expect(earlier!.date! <= '2025-08-10').toBe(true);
		expect(earlier!.status).toBe('held');
	});

	it('a span counted back from the day of writing names no date: "in the past two weeks" is the page’s own month (wj-06)', () => {
		const text =
			'This is the second meeting between top diplomats of China and Pakistan — historically strong allies which also call themselves “iron brothers” — in the past two weeks.';
		expect(eventDate(text, text.indexOf('meeting'), '2022-03-30')?.date ?? null).toBeNull();
		expect(read([text], '2022-03-30').map((l) => [l.type, l.date])).toEqual([
			['meeting', '2022-03']
		]);
	});

	it('"earlier in the week" is no date either, not a day in 2000 (wo-09)', () => {
		const text =
			'This escalation followed a Pakistani airstrike in Kabul earlier in the week, leading to armed reprisals from the Taliban as confirmed by officials from both countries.';
		expect(eventDate(text, text.indexOf('airstrike'), '2025-10-12')).toBeNull();
	});

	it('“since 2021” says when a state began, not when the act told beside it happened (wr-06)', () => {
		const text =
			'The Taliban, the de facto rulers of Afghanistan since 2021, had been invited to the conference but at the last minute the group said it would not attend.';
		expect(eventDate(text, text.indexOf('conference'), '2024-02-19')).toBeNull();
	});

	it('a surname of two letters, learned from the full name, stands for its country (pr-09)', () => {
		const links = read(
			[
				'The new world order is fast taking shape. Chinese Foreign Minister Wang Yi landed in Kabul on an unannounced visit, setting tounges wagging across the US and West',
				'It was the first visit by a senior Chinese leader after the Taliban took control of Kabul in August and comes right after Yi completed his three-day visit to Pakistan where he attended the Organisation of Islamic Cooperation’s foreign minister’s conference, which ended yesterday, in Islamabad as a special guest.',
				'Afghanistan’s acting Foreign Minister Amir Khan Muttaqi received Yi on arrival in Kabul along with a high-level delegation.'
			],
			'2022-03-24'
		);
		const received = told(links, 'received Yi');
		expect(received?.parties).toContain('CN');
		expect(received?.parties).not.toContain('oic');
	});

	it('staying away from a gathering told with its venue alone is a refusal towards the venue’s country (wq-10)', () => {
		const [link] = read(
			[
				"A State Department official says the United States won't attend a multinational peace conference on Afghanistan next month in Russia."
			],
			'2017-03'
		);
		expect(link).toMatchObject({
			type: 'conference',
			status: 'refused',
			from: 'US',
			to: 'RU',
			directed: true
		});
	});

	it('an event dated after the day the page was printed is planned, not held (pf-08)', () => {
		const links = read(
			[
				'Turkey and Qatar said in a joint statement after the end of the Istanbul talks that the Taliban and Pakistan are scheduled to meet again in Istanbul on November 6 (Aqrab 15) to discuss the finalization of mechanisms for implementing the ceasefire agreement.'
			],
			'2025-10-31'
		);
		expect(links.map((l) => [l.date, l.status])).toEqual([['2025-11-06', 'planned']]);
	});

	it('skips the date of a statement about the event: "said in a statement on Monday" (in-01)', () => {
		const text =
			'The external affairs ministry said in a statement on Monday: “Mohammad Ashraf Ghani will be on a one-day working visit to India on 24 October';
		const cue = eventDate(text, text.indexOf('visit'), '2017-10-24', { future: true });
		expect(cue?.date).toBe('2017-10-24');
	});

	it('skips a bound: "third Russia has hosted since December" dates the April meeting (bundled 003)', () => {
		const text =
			'The April 14 meeting, which was third Russia has hosted since December, was attended by senior diplomats';
		expect(eventDate(text, text.indexOf('hosted'), '2017-04-17')?.date).toBe('2017-04-14');
	});

	it('"October this year" is in the publication year, planned or not (pk-03)', () => {
		const text = 'a meeting between Xi Jinping and Narendra Modi scheduled in October this year';
		expect(eventDate(text, text.indexOf('meeting'), '2019-09-07')?.date).toBe('2019-10');
	});

	it('a date in a clause after "since" dates that clause: "the first meeting of its kind since the three countries agreed … in June" (pk-01)', () => {
		const text =
			'“It will be the first meeting of its kind since the three countries agreed to establish a trilateral dialogue mechanism in June,” Hua had said';
		expect(eventDate(text, text.indexOf('meeting'), '2017-12-25', { future: true })).toBeNull();
		expect(eventDate(text, text.indexOf('agreed'), '2017-12-25')?.date).toBe('2017-06');
	});

	it('a date set off by a comma at the end of the sentence dates the main clause again: "the first meeting … since the takeover, in October last year." (kd-03)', () => {
		const text =
			'Qatar held the first meeting between the US and Taliban since the takeover, in October last year.';
		expect(eventDate(text, text.indexOf('meeting'), '2022-03-12')?.date).toBe('2021-10');
		// Without the comma, the date is still the subordinate clause's.
		const bound = 'Qatar held the first meeting since the takeover in October last year.';
		expect(eventDate(bound, bound.indexOf('meeting'), '2022-03-12')).toBeNull();
	});

	it('a weekday beside a day picks its year: "announced Friday, February 28" is 2020, planned or not (af-04)', () => {
		const text =
			'Earlier, President Donald Trump announced Friday, February 28, that at his order, Mr. Pompeo will “witness the signing of an agreement with representatives of the Taliban”';
		for (const future of [false, true])
			expect(eventDate(text, text.indexOf('signing'), '2020-02-29', { future })?.date).toBe(
				'2020-02-28'
			);
	});
});

describe('links read from whole sentences', () => {
	it('meetings held separately are one with each party met, none among them (kr-06, jd-05, ud-04)', () => {
		const sep = (sentence: string) => summary(read([sentence], '2020-11-22'));
		// No party on the side that met the others: no meeting (China and Qatar did not meet).
		expect(
			sep(
				'ISLAMABAD (PEN) : Sindh’s senior minister Sharjeel Inam Memon met separately with the consuls general of China and Qatar to discuss bilateral relations and investment opportunities.'
			)
		).toEqual([]);
		expect(
			sep(
				'America’s top diplomat met separately with the Afghan government and Taliban negotiation teams at a luxury hotel in the Qatari capital.'
			)
		).toEqual([
			['meeting', ['AF', 'US']],
			['meeting', ['US', 'taliban']]
		]);
		expect(
			sep(
				'The Pakistani and Russian foreign ministers have separately met their Chinese counterpart.'
			)
		).toEqual([
			['meeting', ['CN', 'PK']],
			['meeting', ['CN', 'RU']]
		]);
	});

	it('a country made a modifier of who is against or for it is no party: "anti-Israel rhetoric" (yo-06)', () => {
		const links = read(
			[
				'The fundamentalist Islamist Taliban, which has a history of supporting the al-Qaeda terror group, frequently issues threats against Israel and imbues its propaganda with anti-Israel rhetoric.'
			],
			'2023-06-01'
		);
		expect(
			links.filter(
				(l) =>
					l.parties.includes('IL') &&
					!l.evidence.some((e) => /threats against Israel/.test(e.sentence))
			)
		).toEqual([]);
		const protest = read(
			['The anti-Pakistan protesters met the Indian foreign minister in New Delhi.'],
			'2021-10-14'
		);
		expect(protest.filter((l) => l.parties.includes('PK'))).toEqual([]);
	});

	it('an envoy recalled is a dispute with the country of the posting (wu-09, xg-08)', () => {
		const links = read(
			[
				'Afghanistan on Sunday said it was recalling its ambassador to Islamabad and other senior diplomats over "security threats" after the top envoy\'s daughter was briefly kidnapped in the Pakistani capital.'
			],
			'2021-07-18'
		);
		expect(summary(links, true)).toEqual([['dispute', ['AF', 'PK'], '2021-07-18']]);
		expect([links[0]?.from, links[0]?.to]).toEqual(['AF', 'PK']);
		const recalled = read(
			[
				"Pakistan recalled its ambassador from Iran Wednesday and blocked Tehran's envoy from returning to Islamabad after an Iranian air strike killed two children in the west of the country a day earlier."
			],
			'2024-01-17'
		);
		expect(told(recalled, 'recalled its ambassador')?.type).toBe('dispute');
		// The noun as well (js-02).
		const recall = read(
			[
				'Pakistan’s Foreign Office (FO) has declared the recall of its ambassador to Iran in response to what it labels as an “unprovoked violation of its airspace” by Tehran.'
			],
			'2024-01-17'
		);
		expect(summary(recall)).toEqual([['dispute', ['IR', 'PK']]]);
	});

	it('a notice to take a state to an arbitration court is a dispute with it (jp-06)', () => {
		const links = read(
			[
				'With no work done, Iran served its final notice to take Pakistan to a Paris arbitration court.'
			],
			'2024-10-25'
		);
		const notice = told(links, 'final notice');
		expect(notice?.type).toBe('dispute');
		expect([notice?.from, notice?.to]).toEqual(['IR', 'PK']);
	});

	it('"would be visiting" a country on set days is a planned visit, not a condition (jv-05)', () => {
		const links = read(
			[
				'President of Indonesia His Excellency Joko Widodo and Madam Iriana Widodo would be visiting Pakistan on 26-27 January 2018 during their South Asian tour alongwith a big business delegation.'
			],
			'2018-01-24'
		);
		expect(summary(links)).toEqual([['visit', ['ID', 'PK']]]);
		expect([links[0]?.status, links[0]?.from, links[0]?.to]).toEqual(['planned', 'ID', 'PK']);
		// Without a day it stays a condition.
		expect(read(['Widodo would be visiting Pakistan if invited.'], '2018-01-24')).toEqual([]);
	});

	it('a conference "co-hosted by" states and the UN is a conference of them (jv-06)', () => {
		const links = read(
			[
				'The 2020 Afghanistan Conference is co-hosted by Finland, the United Nations and the Afghan Government.'
			],
			'2020-11-23'
		);
		expect(summary(links)).toEqual([['conference', ['AF', 'FI', 'un']]]);
	});

	it('an embassy reopened is cooperation with the host country (qp-07)', () => {
		const links = read(
			[
				'India has not recognised the Taliban  but amid the security concerns, New Delhi  has reopened its embassy in Kabul to provide all help to Afghan people.'
			],
			'2022-06-23'
		);
		expect(summary(links)).toEqual([['cooperation', ['AF', 'IN']]]);
	});

	it('the President of the European Council speaks for the EU (pz-08)', () => {
		const links = read(
			[
				'On August 26, President of Tajikistan Emomali Rahmon had a telephone conversation with President of the European Council Charles Michel.'
			],
			'2021-08-27'
		);
		expect(summary(links, true)).toEqual([['talks', ['TJ', 'eu'], '2021-08-26']]);
	});

	it('an envoy presenting credentials to a government is recognition (qa-09)', () => {
		const links = read(
			[
				'Taliban caretaker government foreign ministry spokesman Abdul Qahar Balkhi said on X that Bilal Karimi presented his credentials to the Director-General of the Protocol Department of the Foreign Ministry of China, Hong Lei, as Taliban ambassador in Beijing.'
			],
			'2023-12-01'
		);
		expect(summary(links)).toEqual([['recognition', ['CN', 'taliban']]]);
	});

	it('a meeting told in a participle after the main clause is read with its subject (ym-02)', () => {
		const links = read(
			[
				'Russian Foreign Minister Sergei Lavrov reiterated that the U.S. government should address the accusations after meeting with his Pakistani counterpart, Khawaja Muhammad Asif, in Moscow on Feb. 20, 2018.'
			],
			'2018-02-22'
		);
		const met = told(links, 'after meeting with');
		expect([met?.type, met?.date]).toEqual(['meeting', '2018-02-20']);
		expect(met?.parties).toEqual(expect.arrayContaining(['RU', 'PK']));
	});

	it('a claim dismissed is a dispute with the one who made it (yq-04)', () => {
		const links = read(
			[
				'The Pakistani foreign minister, Shah Mahmood Qureshi, said Friday the attack was carried out by the Pakistani Taliban, also known as Tehrik-e-Taliban Pakistan (TTP), with help from India and the Afghan government - a claim India dismissed as “absurd.”'
			],
			'2021-08-16'
		);
		expect(links.map((l) => l.type)).toEqual(['dispute']);
		expect(links[0]?.parties).toEqual(expect.arrayContaining(['IN', 'PK']));
	});

	it('when the most specific trigger is only possible, the next one of the clause is read (ys-01)', () => {
		const links = read(
			[
				'Pakistani Prime Minister Imran Khan said his country will not recognise Israel until there is a Palestinian state acceptable to the Palestinians, telling local broadcaster Dunya News that Islamabad would not follow suit in recognising Israel as a state, in a thinly veiled reference to the United Arab Emirates which struck a United States-brokered deal last week to normalise ties with Israel.'
			],
			'2020-08-18'
		);
		expect(links.map((l) => [l.type, l.status])).toEqual([['recognition', 'refused']]);
		expect(links[0]?.parties).toEqual(expect.arrayContaining(['PK', 'IL']));
		// A word of attitude is not read in its stead: "would continue to facilitate … support".
		const stance = read(
			[
				'Reaffirmation of Pakistan\'s support for a "peaceful, stable, united, sovereign and prosperous Afghanistan," Qureshi said Islamabad would continue to "facilitate" the peace effort, a statement by the Foreign Ministry reads.'
			],
			'2021-06-01'
		);
		expect(stance).toEqual([]);
	});

	it('aid suspended is a sanction, held: its own "suspended" cancels nothing (qg-02)', () => {
		const links = read(
			[
				'The administration of US President Donald Trump suspended security assistance to Pakistan because it failed to address the problem of militant safe havens.'
			],
			'2018-01-05'
		);
		expect(links.map((l) => [l.type, l.status, [...l.parties].sort()])).toEqual([
			['sanctions', 'held', ['PK', 'US']]
		]);
		// Talks suspended are still talks called off.
		const talks = read(['Pakistan suspended talks with India on Monday.'], '2019-08-08');
		expect(talks.map((l) => [l.type, l.status])).toEqual([['talks', 'cancelled']]);
	});

	it('"recognized as terrorists" is a listing, and "an effort to gain recognition" a wish: neither is recognition (yt-05, yp-04)', () => {
		const listed = read(
			[
				"Four representatives of the Qatari Taliban's political office (banned and recognized as terrorists in the Russian Federation) arrived in Moscow for talks."
			],
			'2021-07-08'
		);
		expect(listed.map((l) => l.type)).not.toContain('recognition');
		const sought = read(
			[
				'In an effort to gain recognition of its rule across the Islamic world, representatives of Afghanistan’s Taliban government visited Indonesia earlier in July on an unofficial visit.'
			],
			'2023-07-26'
		);
		expect(sought.map((l) => [l.type, [...l.parties].sort()])).toEqual([
			['visit', ['ID', 'taliban']]
		]);
	});

	it('a demonym before "Taliban" qualifies the movement: the Qatari office is no Qatar (yt-05)', () => {
		const links = read(
			[
				"Four representatives of the Qatari Taliban's political office (banned and recognized as terrorists in the Russian Federation) arrived in Moscow for talks."
			],
			'2021-07-08'
		);
		expect(links.map((l) => [l.type, [...l.parties].sort()])).toEqual([
			['visit', ['RU', 'taliban']]
		]);
	});

	it('tons of food sent to a country are aid: cooperation (qp-05)', () => {
		const links = read(
			['Earlier this week Bahrain sent 30 tons of food and medicine to Afghanistan.'],
			'2021-09-10'
		);
		expect(summary(links)).toEqual([['cooperation', ['AF', 'BH']]]);
		expect([links[0]?.from, links[0]?.to]).toEqual(['BH', 'AF']);
	});

	it('a joint military exercise is cooperation (qf-09)', () => {
		const links = read(
			[
				"Pakistan and Russia have initiated their seventh bilateral joint military exercise, codenamed 'Druzhba VII,' the Inter-Services Public Relations (ISPR) announced in a statement on Tuesday."
			],
			'2024-10-15'
		);
		expect(summary(links)).toEqual([['cooperation', ['PK', 'RU']]]);
	});

	it('asking a government for an urgent investigation is a protest lodged (xe-09)', () => {
		const links = read(
			[
				'Chinese officials have asked Pakistan’s government for an urgent investigation into the killings of five of its nationals in a suicide attack in Balochistan.'
			],
			'2024-03-26'
		);
		expect(summary(links)).toEqual([['condemnation', ['CN', 'PK']]]);
	});

	it('a party saying another violated an agreement accuses it (xf-07)', () => {
		const links = read(
			[
				'The Taliban "grossly" violated the Doha Agreement by hosting and sheltering al Qaeda\'s top leader Ayman al-Zawahiri, the U.S. Secretary of State Antony Blinken said on Monday.'
			],
			'2022-08-02'
		);
		expect(summary(links, true)).toEqual([['accusation', ['US', 'taliban'], '2022-08-01']]);
		expect([links[0]?.from, links[0]?.to]).toEqual(['US', 'taliban']);
	});

	it('a state removing the Taliban from its list of terrorist organisations is a sanctions link (pv-09)', () => {
		const links = read(
			[
				'In June, Kazakhstan had also removed the Taliban from its list of terrorist organizations, with President Kassym-Jomart Tokayev emphasizing the need to foster trade and economic cooperation with Afghanistan under its current regime.'
			],
			'2024-09-20'
		);
		expect(summary(links, true)).toEqual([['sanctions', ['KZ', 'taliban'], '2024-06']]);
	});

	it('helicopters handed over to a country are cooperation (qe-03)', () => {
		const links = read(
			[
				'India has handed over two Mi-24 attack helicopters to Afghanistan during a ceremony at the Kabul Air Force Base on May 16, the Embassy of India in Kabul said in a press release.'
			],
			'2019-05-17'
		);
		expect(summary(links, true)).toEqual([['cooperation', ['AF', 'IN'], '2019-05-16']]);
	});

	it('the Muslim World League acts as a party (xe-06)', () => {
		const links = read(
			[
				'Dr Al-Issa, secretary general of the Muslim World League, met a few months ago with the Afghan Minister of Foreign Affairs Mohammad Haneef Atmar, where they discussed the importance of the role of Muslim scholars to help end the violence in Afghanistan.'
			],
			'2021-06-12'
		);
		expect(summary(links)).toEqual([['meeting', ['AF', 'mwl']]]);
	});

	it('a blacklist a meeting was called off for is its cause, not a party (xd-03)', () => {
		const links = read(
			[
				'The militant group called off a meeting with Prime Minister Imran Khan, scheduled on Monday, citing the inability to travel due to a United Nations blacklist of their members.'
			],
			'2019-02-18'
		);
		expect(links.flatMap((l) => l.parties)).not.toContain('un');
	});

	it('the United Nations Charter is the body’s text, not the body acting (qj-09)', () => {
		const links = read(
			[
				'He reiterated Pakistan’s support for Iran’s right to pursue a peaceful nuclear program in accordance with the United Nations Charter.'
			],
			'2025-08-04'
		);
		expect(links.flatMap((l) => l.parties)).not.toContain('un');
	});

	it('a body whose session a speech was given at is the forum, not a party (qu-02)', () => {
		const links = read(
			[
				'In his speech at the 72nd Session of the UN General Assembly, President Mirziyoyev stressed that the only way to peace in Afghanistan is a direct dialogue, without preconditions, between the central government and the main domestic political forces.'
			],
			'2017-12-04'
		);
		expect(links.flatMap((l) => l.parties)).not.toContain('un');
	});

	it('"met US officials in Qatar": where another country’s officials met, not Qatar’s own (qu-01); "officials in Russia" are still Russia’s', () => {
		const links = read(
			[
				'But the Taliban have so far ignored Afghan President Ashraf Ghani’s offer of unconditional peace negotiations even though their representatives met US officials in Qatar last month.'
			],
			'2018-08-11'
		);
		expect(links.flatMap((l) => l.parties)).not.toContain('QA');
		const own = read(['Officials in Russia met a Taliban delegation on Tuesday.'], '2018-08-11');
		expect(own.flatMap((l) => l.parties)).toContain('RU');
	});

	it('countries naming a ministry’s division are not parties (qc-08)', () => {
		const links = read(
			[
				'A delegation led by JP Singh, joint secretary of the Pakistan-Afghanistan-Iran division of the external affairs ministry, met the Taliban’s acting defence minister Mullah Mohammad Yaqoob, acting foreign minister Amir Khan Muttaki and former president Hamid Karzai during the visit to Kabul.'
			],
			'2024-11-07'
		);
		const parties = links.flatMap((l) => l.parties);
		expect(parties).not.toContain('PK');
		expect(parties).not.toContain('IR');
	});

	it('a country naming a policy is its topic, not a party (xb-02)', () => {
		const links = read(
			[
				'Tensions between the two countries rises after Trump unveiled his South Asian and Afghanistan policies in which he warned that his administration can no longer be silent about “Pakistan’s safe havens for terrorist organizations, the Taliban, and other groups that pose a threat to the region and beyond.'
			],
			'2017-08-28'
		);
		expect(links.flatMap((l) => l.parties)).not.toContain('AF');
	});

	it('a working group sent to a country is a visit there (qb-06)', () => {
		const links = read(
			[
				'Spokesperson of the Chinese Ministry of Foreign Affairs, Li Jian, told the weekly press briefing that on March 28, the Chinese sent an inter-agency working group to Pakistan, which immediately started working on emergency response with the embassy in Pakistan and the relevant company.'
			],
			'2024-03-29'
		);
		expect(summary(links, true)).toEqual([['visit', ['CN', 'PK'], '2024-03-28']]);
		expect([links[0]?.from, links[0]?.to]).toEqual(['CN', 'PK']);
	});

	it('the attendees of a summit listed later join it (qb-08)', () => {
		const links = read(
			[
				'World leaders begin to arrive in Pakistan ahead of the 23rd Shanghai Cooperation Organisation (SCO) summit.',
				'Pakistan is all set to host a two-day summit in the capital, Islamabad, beginning on Tuesday, October 15, 2024.',
				'The attendees of the summit included delegates from China, Russia, India, Iran, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.'
			],
			'2024-10-15'
		);
		const summit = told(links, 'The attendees of the summit');
		expect(summit?.type).toBe('conference');
		expect(summit?.parties).toEqual(
			expect.arrayContaining(['PK', 'CN', 'RU', 'IN', 'IR', 'BY', 'KZ', 'KG', 'TJ', 'UZ'])
		);
	});

	it('a sea named after a country is no party of the ceremony held beside it (xa-04)', () => {
		const links = read(
			[
				'The project in Irans southeastern Sistan-Baluchestan Province was inaugurated at a ceremony attended by 60 foreign dignitaries from 17 countries, including Indian Minister of State for Shipping, Pon Radhakrishnan, at the port located by the Sea of Oman.'
			],
			'2017-12-04'
		);
		expect(links.flatMap((l) => l.parties)).not.toContain('OM');
	});

	it('officials in a country speak and act for it (xa-03)', () => {
		const links = read(
			[
				'Officials in Russia have said they only have limited contacts with the Taliban and that they are aimed at encouraging peace talks and protecting Russian citizens.'
			],
			'2018-03-26'
		);
		expect(summary(links)).toEqual([['talks', ['RU', 'taliban']]]);
	});

	it('two guests invited to a gathering whose host is not known are no event of their own (wj-05)', () => {
		const links = read(
			['Pakistan and China were also invited to the conference but declined.'],
			'2021-11-11'
		);
		expect(summary(links)).toEqual([]);
	});

	it('a party whose refusal a topic word introduces still takes part (pm-06)', () => {
		const links = read(
			[
				'India has expressed anguish over Pakistan NSA Moeed Yusuf’s refusal to attend a conference on Afghanistan, scheduled to be held in New Delhi on November 10'
			],
			'2021-11-03'
		);
		expect(summary(links, true)).toEqual([['conference', ['IN', 'PK'], '2021-11-10']]);
		expect(links[0]?.status).toBe('refused');
	});

	it('forces that fired without provocation on the other side’s people are a border clash (wz-02)', () => {
		const links = read(
			[
				"Afghan security forces fired without provocation on Pakistani census workers and soldiers escorting them near the Afghan border, killing one civilian and wounding 18 others, Pakistan's army said Friday."
			],
			'2017-05-05'
		);
		expect(summary(links, true)).toEqual([['border', ['AF', 'PK'], '2017-05-05']]);
	});

	it('forces that opened fire at a border crossing are a border clash (wy-06)', () => {
		const links = read(
			[
				'Afghan Taliban forces opened fire at a border crossing with Pakistan on Sunday, killing six civilians, the Pakistani military said.'
			],
			'2022-12-12'
		);
		expect(summary(links, true)).toEqual([['border', ['PK', 'taliban'], '2022-12-11']]);
	});

	it('a dialogue a minister organised with counterparts from seven countries is a conference of all eight (pv-06)', () => {
		const links = read(
			[
				"New Delhi | Jagran News Desk: National Security Advisor (NSA) Ajit Doval organised the crucial 'Delhi Regional Security Dialogue on Afghanistan' on Wednesday with his counterparts from Russia, Iran, Tajikistan, Kyrgyzstan, Kazakhstan, Uzbekistan and Turkmenistan in the national capital."
			],
			'2021-11-10'
		);
		const dialogue = told(links, 'organised the crucial');
		expect([dialogue?.type, [...dialogue!.parties].sort(), dialogue?.date]).toEqual([
			'conference',
			['IN', 'IR', 'KG', 'KZ', 'RU', 'TJ', 'TM', 'UZ'],
			'2021-11-10'
		]);
	});

	it('a war of aggression from a country is an accusation against it (af-01)', () => {
		const links = read(
			[
				'However on the issue of Pakistan, he said Afghanistan is suffering an “undeclared war of aggression from Pakistan”.'
			],
			'2017-06-06'
		);
		expect(summary(links)).toEqual([['accusation', ['AF', 'PK']]]);
	});

	it('"would not attend" is a refusal, not a condition, and the summit’s country is who was refused (wo-04)', () => {
		const links = read(
			[
				'The Taliban said on Tuesday they would not attend a summit on Afghanistan’s future in Turkey this month until all foreign forces leave their country.'
			],
			'2021-04-13'
		);
		const summit = told(links, 'would not attend');
		expect([summit?.type, summit?.status, [...summit!.parties].sort()]).toEqual([
			'conference',
			'refused',
			['TR', 'taliban']
		]);
	});

	it('a bloc’s "dialogue partners" are a status, not talks (pu-10)', () => {
		const links = read(
			[
				'Four states have observer status – Afghanistan, Belarus, Iran and Mongolia; another six countries are in the organization as dialogue partners: Armenia, Azerbaijan, Cambodia, Nepal, Sri Lanka and Turkey.'
			],
			'2021-09-15'
		);
		expect(links).toEqual([]);
	});

	it('a border reopened is a border event, and both sides of "the Pak-Afghan border" are its parties (pu-01)', () => {
		const links = read(
			['Prime Minister Nawaz Sharif has ordered immediate reopening of Pak-Afghan Border.'],
			'2017-03-20'
		);
		expect(summary(links)).toEqual([['border', ['AF', 'PK']]]);
	});

	it('a trade gate reopened is a border event, and the country of its place is the other side (yv-02)', () => {
		const links = read(
			[
				'04/06/18   CHAGAI BalochistanExpress: Local level trade activities formally resumed today after Iranian authorities reopened mutual trade gate Zero Point in Taftan area of Chagai district.'
			],
			'2018-06-04'
		);
		expect(summary(links)).toEqual([['border', ['IR', 'PK']]]);
	});

	it('one leader who "spoke to" another held talks; speaking to reporters or the media is no talks (ql-06, qz-06)', () => {
		const links = read(
			[
				'Prime Minister Narendra Modi also spoke to Charles Michel, president of the European Council, about the evolving situation in Afghanistan.'
			],
			'2021-08-31'
		);
		expect(summary(links)).toEqual([['talks', ['IN', 'eu']]]);
		expect(
			findTrigger(
				'Australian Foreign Minister Penny Wong speaks to the media during a press conference at Parliament House in Canberra.'
			)?.type
		).not.toBe('talks');
	});

	it('recognizing the state of relations is no recognition (zm-06)', () => {
		expect(
			findTrigger(
				'Abbas Aragchi expressed hope for strengthening economic ties and improving bilateral relations, while recognizing the “ups and downs” relations between the two countries.'
			)?.type
		).not.toBe('recognition');
		expect(
			findTrigger('while recognizing the “ups and downs” relations between the two countries')
		).toBeNull();
	});

	it('one party that "slammed" another accused it (zg-02)', () => {
		const links = read(
			[
				'In his first tweet of the new year President Donald Trump slammed Pakistan, saying the country has given the US nothing but "lies and deceit."'
			],
			'2018-01-01'
		);
		expect(summary(links)).toEqual([['accusation', ['PK', 'US']]]);
	});

	it('countries listed as the issues talked about are topics, not parties (zh-01)', () => {
		expect(
			read(
				['The dialogue also covered major regional issues, including Afghanistan and Ukraine.'],
				'2023-08-03'
			)
		).toEqual([]);
	});

	it('one who "denounced" another condemned it (ps-05)', () => {
		const links = read(
			[
				'On May 2, UN Secretary-General Antonio Guterres spoke at the Doha conference and denounced the Taliban’s repression of women’s rights in Afghanistan, including the ban on education.'
			],
			'2023-05-06'
		);
		expect(links.map((l) => [l.type, [...l.parties].sort()])).toContainEqual([
			'condemnation',
			['taliban', 'un']
		]);
	});

	it('ongoing tensions between two parties are a standing relation, not an event (yz-06)', () => {
		expect(
			read(
				[
					'The conversation is significant because of ongoing tensions between the Taliban and Pakistan.'
				],
				'2025-05-16'
			)
		).toEqual([]);
	});

	it('a video call is talks (zh-06)', () => {
		const links = read(
			[
				'Foreign Minister Mawlawi Amir Khan Muttaqi of the Islamic Emirate of Afghanistan held a video call with Rashid Meredov, Deputy Prime Minister and Foreign Minister of Turkmenistan.'
			],
			'2024-12-25'
		);
		expect(summary(links)).toEqual([['talks', ['TM', 'taliban']]]);
	});

	it('a vote to establish official ties is a recognition (wt-07)', () => {
		const links = read(
			[
				'Most of the world’s countries do not recognize the Taliban-led government amid concerns that the militants are not living up to their promises of respecting human rights. However, on March 17, the United Nations Security Council voted to establish official ties with Afghanistan.'
			],
			'2022-04-01'
		);
		const ties = told(links, 'establish official ties');
		expect(ties?.type).toBe('recognition');
		expect([...ties!.parties].sort()).toEqual(['AF', 'un']);
		expect(ties?.date).toBe('2022-03-17');
	});

	it('the country a dateline names after its city is where the wire filed from, not a party (wt-08)', () => {
		const links = read(
			[
				'DUBAI, United Arab Emirates (AP) — The Taliban and Iran reportedly exchanged gunfire Saturday on the Islamic Republic’s border with Afghanistan, an advocacy group said, as tensions rise over water rights between the two nations.'
			],
			'2023-05-27'
		);
		const clash = told(links, 'exchanged gunfire');
		expect(clash?.type).toBe('border');
		expect([...clash!.parties].sort()).toEqual(['IR', 'taliban']);
	});

	it('a dateline after a standfirst is still a dateline: its capital is no party (zb-03)', () => {
		const links = read(
			[
				'The Pakistani PM suggested the two countries raise their bilateral trade to US$10 billion in the near future, and expressed his hope to soon welcome Chính and other Vietnamese leaders to Pakistan.',
				'RIYADH — Prime Minister Phạm Minh Chính affirmed that Việt Nam attaches importance to the friendship and cooperation with Pakistan, at a meeting with his Pakistani counterpart Shehbaz Sharif on the sidelines of the 8th Future Investment Initiative (FII) Summit in Saudi Arabia on October 30.'
			],
			'2024-10-30'
		);
		expect(links.some((l) => l.parties.includes('SA'))).toBe(false);
		expect([...(told(links, 'at a meeting with')?.parties ?? [])].sort()).toEqual(['PK', 'VN']);
	});

	it('armed forces named by demonym are the parties of a border clash (pf-06)', () => {
		const links = read(
			[
				'Officials claimed that the Pakistani military responded appropriately to the Afghan forces’ unprovoked shelling.'
			],
			'2022-12-15'
		);
		expect(summary(links)).toEqual([['border', ['AF', 'PK']]]);
	});

	it('gunfire between two forces is a border clash, and "the two governments" who then agree are its parties (wj-08)', () => {
		const links = read(
			[
				'On September 6th, 2023, gunfire erupted between Taliban Security Forces and Pakistani Border Guards which resulted in at least eight dead Taliban militants, three dead civilians, and one injured Pakistani soldier. The Afghan Interior Ministry claimed that the Pakistani troops initiated the confrontation and opened fire. Since that incident, the border crossing has been closed. However, after nearly 24 hours of intense negotiations, the two governments agreed to open the crossing for humanitarian aid.'
			],
			'2023-09-14'
		);
		expect(summary(links, true)).toEqual([
			['border', ['PK', 'taliban'], '2023-09-06'],
			['agreement', ['PK', 'taliban'], '2023-09-06']
		]);
	});

	it('a country a region borders, and a state’s drone, are not parties of talks that were halted, and halted is called off (pf-01)', () => {
		const links = read(
			[
				'The peace talks on Afghanistan were halted last year in May after an American drone killed then Taliban chief Mullah Akhtar Mansoor in southern part of Balochistan bordering Iran.'
			],
			'2017-10-17'
		);
		for (const l of links) expect(l.parties).not.toEqual(expect.arrayContaining(['IR']));
		for (const l of links) expect(l.parties).not.toEqual(expect.arrayContaining(['US']));
		expect(links.map((l) => l.status)).toEqual(['cancelled']);
	});

	it('a group an act is aimed against is not a party of a visit: "visited the place … and promised decisive action against the banned TTP" (pf-07)', () => {
		const links = read(
			[
				'The chief of army staff, Gen Asim Munir, visited the place on Sunday and promised decisive action against the banned Tehreek-e-Taliban Pakistan soon.'
			],
			'2024-12-25'
		);
		expect(links).toEqual([]);
	});

	it('declining the invitation to talks told just before is refused, towards their host; a "Doha-based" office is no party (wf-02)', () => {
		const links = read(
			[
				'Multilateral peace talks on Afghanistan are taking place in Moscow on Friday, November 9.',
				'A delegation representing the Taliban is expected to join the talks. According to the Russian Foreign Ministry, this will be the first time that a delegation from the Taliban’s Doha-based political office will be present at such a high-level international meeting.',
				'Representatives from 12 countries, including Iran, Pakistan, China, Tajikistan, Uzbekistan and Turkmenistan, are among the expected participants of the talks. The US has reportedly declined the invitation.'
			],
			'2018-11-08'
		);
		const refused = links.find((l) => l.status === 'refused');
		expect([refused?.from, refused?.to]).toEqual(['US', 'RU']);
		for (const l of links) expect(l.parties).not.toContain('QA');
	});

	it('a word of attitude as the topic of proposals is no event: "proposals on SCO-Afghanistan cooperation" (ru-01)', () => {
		const links = read(
			[
				'The group was established in 2005 in order to draft recommendations and proposals on SCO-Afghanistan cooperation in areas of mutual concern.'
			],
			'2017-10-12'
		);
		expect(links).toEqual([]);
	});

	it('another round of a series named paragraphs later takes the series’ parties: "The first review meeting was held in Islamabad on 10 June 2019" (pc-04)', () => {
		const links = read(
			[
				'Pakistan Foreign Affairs Spokesperson Zahid Hafeez Chaudhary said an a statement on Sunday that the second review meeting of the Afghanistan-Pakistan Action Plan for Peace and Solidarity (APAPPS) will be held in Kabul on Monday 31 August 2020.',
				'APAPPS was established in 2018 to provide a comprehensive and structured framework for institutional engagement.',
				'The framework comprises five Working Groups focused on Politico-Diplomatic, Military to Military Coordination, Intelligence Cooperation, Economy, and Refugee Issues.',
				'The first review meeting was held in Islamabad on 10 June 2019.'
			],
			'2020-08-30'
		);
		const first = links.find((l) => l.date === '2019-06-10');
		expect([...(first?.parties ?? [])].sort()).toEqual(['AF', 'PK']);
	});

	it('guests invited to a dialogue a host announced are invited by that host, and one who will not attend refuses it (pf-05)', () => {
		const links = read(
			[
				'India will host a high-level regional security dialogue over the developments in Afghanistan following the Taliban’s takeover, sources have said.',
				'China and Pakistan have been invited, but their replies are yet to come. Pakistan has, however, indicated to the media that it won’t attend.'
			],
			'2021-11-05'
		);
		expect(links.map((l) => [l.status, [...l.parties].sort()])).toEqual([
			['planned', ['CN', 'IN', 'PK']],
			['refused', ['IN', 'PK']]
		]);
	});

	it('a gathering told alone stays in mind while later paragraphs go on about it (pf-05)', () => {
		const links = read(
			[
				'India will host a high-level regional security dialogue over the developments in Afghanistan following the Taliban’s takeover, sources have said.',
				'The meeting to be held on November 10 will be chaired by National Security Adviser Ajit Doval, sources said.',
				'There has been an overwhelming response to India’s invitation, sources said, adding central Asian countries as well as Russia and Iran have confirmed participation.',
				'This is for the first time that all central Asian countries are participating in this format of dialogue.',
				'China and Pakistan have been invited, but their replies are yet to come.'
			],
			'2021-11-05'
		);
		const invited = links.find((l) => l.parties.includes('CN'));
		expect([...(invited?.parties ?? [])].sort()).toEqual(['CN', 'IN', 'PK']);
	});

	it('a Taliban minister invited alone to talks is a guest of the gathering, not a link of his own (wf-07)', () => {
		const links = read(
			[
				'Talks on Afghanistan in Moscow.',
				'Amir Khan Muttaqi, foreign minister of the Taliban government, was invited to the talks.'
			],
			'2024-10-04'
		);
		expect(links).toEqual([]);
	});

	it('where a sanctioned man may travel is not a party of the sanction: "an exemption to his travel ban, allowing him to visit India" (xc-08)', () => {
		const links = read(
			[
				'However, the UN security council said its committee approved an exemption to his travel ban, allowing him to visit India between 9 October to 16 October.'
			],
			'2025-10-02'
		);
		for (const l of links) expect(l.parties).not.toContain('IN');
	});

	it('"indiscriminate firing" by one side\'s border forces on the other\'s is a border clash (pf-06)', () => {
		const links = read(
			[
				'QUETTA: More than a dozen people were hurt as a result of indiscriminate firing by Afghan border forces near the Chaman border crossing that targeted civilian areas on the Pakistani side.'
			],
			'2022-12-15'
		);
		expect(summary(links)).toEqual([['border', ['AF', 'PK']]]);
	});

	it('parties in a fronted adjunct are scene, not participants (in-01)', () => {
		const [link] = read(
			[
				'New Delhi: In the wake of a string of terror attacks on the Afghan security forces masterminded by the Pakistan-backed Taliban, Afghan President Ashraf Ghani will undertake a surprise one-day visit to India on Tuesday.'
			],
			'2017-10-24'
		);
		expect(link).toMatchObject({ type: 'visit', from: 'AF', to: 'IN', status: 'planned' });
		expect([...link!.parties].sort()).toEqual(['AF', 'IN']);
	});

	it('a trigger in a fronted adjunct sets the scene; the act is the main clause’s (yv-05)', () => {
		const links = read(
			[
				'Kabul: Amid rising tensions between the Taliban and Tajikistan, Pakistan’s Prime Minister Imran Khan spoke on the phone with Tajik President Emomali Rahmon in an effort to ease the situation.'
			],
			'2021-10-03'
		);
		expect(summary(links)).toEqual([['talks', ['PK', 'TJ']]]);
		// A main clause that tells no act of its own leaves the scene's act alone (wj-06).
		expect(
			read(
				[
					'Following the meeting, a statement by Pakistan’s Foreign Ministry said Qureshi and Wang exchanged views on the situation in Ukraine where Russian bombings continue.'
				],
				'2022-03-31'
			)
		).toEqual([]);
	});

	it('a party named as not present is absent, and leaves no link alone (ru-06)', () => {
		const links = read(
			[
				'Its previous meeting took place in Moscow in November 2022 without the Taliban (outlawed in Russia) being present.'
			],
			'2023-09-29'
		);
		expect(links).toEqual([]);
	});

	it('a refused event keeps its type and both parties, with status refused (ig-02)', () => {
		const [link] = read(
			[
				'The talks December 17-19 aimed at ending a 17-year conflict in Afghanistan but revealed persistent challenges when the Taliban delegation refused direct talks with Afghan government negotiators.'
			],
			'2018-12-19'
		);
		expect(link).toMatchObject({ type: 'talks', status: 'refused' });
		expect([...link!.parties].sort()).toEqual(['AF', 'taliban']);
	});

	it('a cancelled trip is a cancelled visit (af-08)', () => {
		const links = read(
			[
				'Taliban Foreign Minister Amir Khan Muttaqi departed for New Delhi on Wednesday. A planned trip to Pakistan in August was canceled after the council did not approve a travel exemption.'
			],
			'2025-10-08'
		);
		expect(links.find((l) => l.parties.includes('PK'))).toMatchObject({
			type: 'visit',
			status: 'cancelled',
			date: '2025-08'
		});
	});

	it('an office-holder named in full stands for their state when named again (in-06)', () => {
		const links = read(
			[
				'Pakistan was invited to the meeting, but the country’s National Security Adviser (NSA), Moeed Yusuf, has said he will not attend.',
				'“I will not be going,” Yusuf said after a meeting with his Uzbek counterpart Victor Makhmudov.'
			],
			'2021-11-05'
		);
		expect(links.find((l) => l.parties.includes('UZ'))).toMatchObject({
			type: 'meeting',
			parties: ['PK', 'UZ']
		});
	});

	it('what talks were about is no party: "rejuvenation of SAARC and resolution of Palestine … were also discussed" (jk-01)', () => {
		const links = read(
			[
				'According to the Pakistan’s Foreign Ministry, Deputy Prime Minister, Senator Mohammad Ishaq Dar held wide-ranging talks with the Foreign Adviser of Bangladesh, Touhid Hossain in Dhaka. Regional and international issues, including rejuvenation of SAARC and resolution of Palestine and the Rohingya issue were also discussed. Both sides agreed to work for further strengthening of bilateral relations.'
			],
			'2025-08-24'
		);
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) expect([...l.parties].sort()).toEqual(['BD', 'PK']);
	});

	it('Iran’s supreme leader acts for Iran, the Taliban’s for the Taliban (jd-04)', () => {
		const parties = (text: string, published: string) =>
			read([text], published).map((l) => [...l.parties].sort());
		expect(
			parties(
				'The Supreme Leader of the Islamic Revolution, Ayatollah Khamenei, received the Prime Minister of Pakistan—Mr. Imran Khan—and his entourage this afternoon, October 13, 2019.',
				'2019-10-13'
			)
		).toEqual([['IR', 'PK']]);
		expect(
			parties(
				'Taliban supreme leader Hibatullah Akhundzada received the Qatari prime minister in Kandahar on Sunday.',
				'2023-05-14'
			)
		).toEqual([['QA', 'taliban']]);
	});

	it('the body a diplomat is posted to is no party (pm-10, zw-02)', () => {
		for (const [text, published] of [
			[
				'Iran’s representative to the United Nations recently warned about the growing presence and activity of terrorist groups in Afghanistan, stating that Iran is “directly and immediately” affected by developments there.',
				'2025-03-01'
			],
			[
				'Khalilzad, an Afghan-born U.S. diplomat who served as George W. Bush’s ambassador to Afghanistan, Iraq and the United Nations, was named by Trump three months ago as a special envoy to negotiate peace in Afghanistan.',
				'2018-12-08'
			]
		] as const)
			expect(read([text], published).filter((l) => l.parties.includes('un'))).toEqual([]);
		// The diplomat still acts for their country: the posting takes only the body away.
		const met = read(
			[
				'Iran’s representative to the United Nations met Pakistan’s foreign minister in Islamabad on Monday.'
			],
			'2025-03-01'
		);
		expect(met.map((l) => [...l.parties].sort())).toEqual([['IR', 'PK']]);
	});

	it('a title-case place with a day and month before the colon is a dateline (pi-04, zt-03)', () => {
		for (const [text, country] of [
			[
				'Islamabad, Nov 18: Pakistan Prime Minister Imran Khan will visit Kabul on Thursday on his first trip to Afghanistan since assuming office in 2018.',
				'PK'
			],
			[
				'New Delhi, Oct.07 (HS): The ice-breaking meeting between Afghan Taliban and US Special Representative for Afghanistan Reconciliation Zalmay Khalilzad in Islamabad finally showed results.',
				'IN'
			]
		] as const)
			expect(findDateline([text], geoparse('a', [text], gazetteer), gazetteer)?.country).toBe(
				country
			);
		const prose = 'Islamabad, the capital, hosted the talks on Monday.';
		expect(findDateline([prose], geoparse('a', [prose], gazetteer), gazetteer)).toBeNull();
	});

	it('an envoy who reached a capital visited it; a title-case dateline with its agency is no party (ph-03)', () => {
		const links = read(
			[
				'Kabul (BNA) United States Special Envoy for Afghan Peace Zalmay Khalilzad reached Islamabad on Tuesday.'
			],
			'2019-10-04'
		);
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({
			type: 'visit',
			from: 'US',
			to: 'PK',
			parties: ['US', 'PK'],
			date: '2019-10-01'
		});
	});

	it('a title of the holder’s office names their state without a demonym (ph-04)', () => {
		const links = read(
			[
				'Foreign Minister Shah Makhdoom Qureshi today received Ambassador Zalmay Khalilzad, U.S. State Department Special Representative for Afghanistan Reconciliation.'
			],
			'2020-02-17'
		);
		expect(links.find((l) => l.type === 'meeting')).toMatchObject({
			parties: expect.arrayContaining(['PK', 'US']),
			date: '2020-02-17'
		});
	});

	it('a host named as the subject of "hosted" receives the party after it (wh-01, ph-07)', () => {
		const [qatar] = read(
			['Qatar hosted the Taliban at the request of the US government.'],
			'2017-06-11'
		);
		expect(qatar).toMatchObject({ type: 'visit', from: 'taliban', to: 'QA' });
		const [islamabad] = read(
			[
				'Foreign Minister Bilawal Bhutto Zardari hosted Afghan Acting Foreign Minister Amir Khan Muttaqi at the Ministry of Foreign Affairs.'
			],
			'2023-05-07'
		);
		expect(islamabad).toMatchObject({ type: 'visit', from: 'AF', to: 'PK' });
	});

	it('a capital that hosted consultations held a conference, not a visit (wi-03)', () => {
		const [moscow] = read(
			[
				'Moscow hosted Afghan settlement consultations on November 9, bringing together representatives of Russia, India, Central Asian countries, Pakistan, Iran and China, as well as a semi-official delegation from Afghanistan and several representatives of the Taliban movement, which is banned in Russia.'
			],
			'2018-11-09'
		);
		expect(moscow).toMatchObject({ type: 'conference', date: '2018-11-09' });
		expect(moscow!.parties).toEqual(expect.arrayContaining(['RU', 'AF', 'taliban', 'PK']));
	});

	it('the day of an invitation made is the nearest to publication, not one to come (wi-05)', () => {
		const [visit] = read(
			[
				'Afghan President Ashraf Ghani had invited Imran Khan to visit Kabul in a telephone call on October 25.'
			],
			'2020-11-19'
		);
		expect(visit).toMatchObject({ type: 'visit', status: 'planned', date: '2020-10-25' });
	});

	it('not accepting an invitation is a refusal (wh-08)', () => {
		const links = read(
			[
				'DOHA - The United Nations secretary general will begin consultations on the appointment of a U.N. envoy to coordinate engagement between Afghanistan’s Taliban government and the international community, he said on Monday.',
				'Antonio Guterres told a press conference that Taliban representatives did not accept an invitation to a meeting of international envoys to Afghanistan that he convened in Doha on Sunday and Monday.'
			],
			'2024-02-19'
		);
		expect(links.find((l) => l.status === 'refused')).toMatchObject({
			parties: expect.arrayContaining(['un', 'taliban'])
		});
	});

	it('a delegation heading to a country is visiting it (we-05)', () => {
		const links = read(
			[
				'A high-level delegation led by foreign minister Mawlawi Amir Khan Muttaqi is heading to Turkey today.'
			],
			'2021-10-14'
		);
		expect(links.find((l) => l.parties.includes('TR'))).toMatchObject({
			type: 'visit',
			from: 'AF',
			to: 'TR'
		});
	});

	it('a visit told as past in a sentence with a future verb is dated into the past (in-01)', () => {
		const links = read(
			[
				'The MEA added: “The visit will build upon the recent high-level bilateral exchanges between the two countries, including the recent visits of Dr Abdullah Abdullah, chief executive of Afghanistan, on September 27-29 and that of foreign minister Salahuddin Rabbani September 10-11 for the meeting of the Strategic Partnership Council with India.'
			],
			'2017-10-24'
		);
		expect(links.map((l) => l.date)).toContain('2017-09-27');
	});

	it('an accusation’s object is a topic: "of providing safe haven to the Pakistani Taliban (TTP)" (af-08)', () => {
		const [link] = read(
			[
				'Pakistan accuses the Taliban of providing safe haven to the Pakistani Taliban (TTP), responsible for the deaths of hundreds of Pakistani security personnel.'
			],
			'2025-10-08'
		);
		expect(link).toMatchObject({ type: 'accusation', from: 'PK', to: 'taliban' });
		expect(link!.parties).not.toContain('ttp');
	});

	it('a standing relation is no event: "deteriorating relations between Pakistan and the Taliban" (af-08)', () => {
		expect(
			read(
				[
					'The warming of India–Taliban ties comes amid deteriorating relations between Pakistan and the Taliban.'
				],
				'2025-10-08'
			)
		).toEqual([]);
	});

	it('a call to act is no act: "He urged the three sides to … reject" (ig-06)', () => {
		expect(
			read(
				[
					'Wang Yi urged China, Afghanistan and Pakistan to jointly oppose external interference in the region and reject the use of their territories by any force.'
				],
				'2025-08-22'
			)
		).toEqual([]);
	});

	it('an armed group named as a threat is no party: "fighting ISKP" (in-07)', () => {
		const links = read(
			[
				'Mr Singh said that India is interested in expanding political and economic cooperation with Afghanistan, commending efforts in fighting ISKP and corruption in the country.'
			],
			'2024-03-08'
		);
		expect(links.map((l) => [...l.parties].sort())).toEqual([['AF', 'IN']]);
	});

	it('a title in parentheses names no party: "Joint Secretary (Pakistan-Afghanistan-Iran)" (in-07)', () => {
		const [link] = read(
			[
				'An Indian delegation led by Joint Secretary (Pakistan-Afghanistan-Iran) of the External Affairs Ministry, JP Singh, met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Thursday.'
			],
			'2024-03-08'
		);
		expect([...link!.parties].sort()).toEqual(['IN', 'taliban']);
	});

	it('a link from a page with an inferred date says so in its reasons and is less sure', () => {
		const sentence = ['Pakistan and Afghanistan held talks in Kabul on Tuesday.'];
		const [printed] = read(sentence, '2023-05-10');
		const [inferred] = read(sentence, '2023-05-10', true);
		expect(inferred!.reasons).toContain('pub:inferred');
		expect(inferred!.confidence).toBeLessThan(printed!.confidence);
		expect(printed!.dateBasis).toBe('relative');
	});

	it('new types: a summons is a condemnation, a border closure a border link, sanctions sanctions', () => {
		expect(
			read(
				[
					"The Ministry of Foreign Affairs of the Islamic Emirate of Afghanistan has summoned the Charge d'Affaires of the Pakistani Embassy in Kabul, the ministry said in a statement."
				],
				'2024-12-25'
			)[0]?.type
		).toBe('condemnation');
		expect(
			read(
				['Pakistan closed the Torkham border crossing with Afghanistan on Sunday.'],
				'2023-09-10'
			)[0]?.type
		).toBe('border');
		expect(
			read(
				['The United States imposed sanctions on Iran over its support to the Taliban.'],
				'2018-10-23'
			)[0]?.type
		).toBe('sanctions');
	});

	it('a compound names both parties, and "in Qatar’s capital of Doha" is the venue (af-04)', () => {
		const [link] = read(
			[
				'The U.S.-Taliban peace deal was signed in Qatar’s capital of Doha by U.S. Special Representative for Afghanistan Reconciliation, Zalmay Khalilzad, and the Taliban’s political chief, Mullah Abdul Ghani Baradar.'
			],
			'2020-02-29'
		);
		expect(link?.type).toBe('signing');
		expect([...link!.parties].sort()).toEqual(['US', 'taliban']);
	});

	it('what a party insists should happen is no event: "Pakistan is insisting that the Taliban regime … be allowed to send a representative" (in-05)', () => {
		expect(
			read(
				[
					"Pakistan is insisting that the Taliban regime in Afghanistan be allowed to send a representative to the upcoming SAARC foreign ministers' meet."
				],
				'2021-09-21'
			)
		).toEqual([]);
	});

	it('what "has to be agreed" is not agreed (ww-05)', () => {
		expect(
			read(
				[
					'The formal statement, drafted by Estonia and Norway and seen by Reuters, has to be agreed by consensus by the 15-member body, the report said.'
				],
				'2021-08-13'
			)
		).toEqual([]);
	});

	it('the topic of a gathering is no party ("to discuss developments in Kabul following the Taliban takeover"), and a refusal of it links the refuser to its host (in-06)', () => {
		const links = read(
			[
				'India will host the Delhi Regional Security Dialogue on Afghanistan on November 10, bringing together senior security officials of regional countries to discuss developments in Kabul following the Taliban takeover.',
				'Pakistan was invited to the meeting, but the country’s National Security Adviser (NSA), Moeed Yusuf, has said he will not attend.'
			],
			'2021-11-05'
		);
		expect(links.map((l) => [l.from, l.to, l.status])).toEqual([['PK', 'IN', 'refused']]);
	});

	it('a country’s neighbours act, not the country: "not just Afghanistan’s immediate land neighbours, Tajikistan, Turkmenistan and Uzbekistan" (in-06)', () => {
		const links = read(
			[
				'This will also be the first time that all Central Asian countries – and not just Afghanistan’s immediate land neighbours, Tajikistan, Turkmenistan and Uzbekistan – are participating in discussions in this format, the people cited above said.'
			],
			'2021-11-05'
		);
		expect(links.map((l) => [...l.parties].sort())).toEqual([['TJ', 'TM', 'UZ']]);
	});

	it('"was to be held" is planned, dated forward, and a forum on whose sidelines it meets is no party (in-05)', () => {
		const text =
			'The informal meeting of the South Asian Association for Regional Cooperation (SAARC) Council of Ministers was to be held in-person on September 25 on the sidelines of the 76th Session of the UN General Assembly in New York.';
		expect(status(text, 'meeting')).toBe('planned');
		expect(eventDate(text, text.indexOf('meeting'), '2021-09-21', { future: true })?.date).toBe(
			'2021-09-25'
		);
		// SAARC alone is named as a party: no link (the UN was drawn as a second party before).
		expect(read([text], '2021-09-21')).toEqual([]);
	});

	it('organisations that act are parties: "The SCO set up the SCO- Afghanistan Contact Group in 2005" (ru-07)', () => {
		const [link] = read(
			[
				'The SCO set up the SCO- Afghanistan Contact Group in 2005 to cooperate on counterterrorism, drug trafficking, and organized crime.'
			],
			'2024-06-13'
		);
		expect(link?.parties).toContain('sco');
		expect(link?.date).toBe('2005');
	});

	it('those whose absence is told are absent: "the absence of representatives of the Afghan authorities at SCO meetings" (ru-07)', () => {
		expect(
			absenceAt('the absence of representatives of the Afghan authorities at SCO meetings')
		).toBe(0);
	});

	it('a list of participants joins the gathering just told of (pc-05)', () => {
		const links = read(
			[
				'Pakistan will host the OIC summit tomorrow in Islamabad.',
				'Besides the Foreign Ministers from the OIC Member States and Observers, participants would also include special invitees from the United Nations system, International Financial Institutions and some non-member states including the United States, United Kingdom, France, China, Russia, Germany, Italy, Japan and the EU.'
			],
			'2021-12-18'
		);
		const summit = links.find((l) => l.parties.includes('PK') && l.parties.includes('US'));
		expect(summit).toBeDefined();
		expect(summit!.parties).toEqual(expect.arrayContaining(['PK', 'oic', 'US', 'CN', 'RU', 'eu']));
		expect(summit!.reasons).toContain('parties:list');
	});

	it('a gathering told with its host alone, then who took part, is one link (we-01)', () => {
		const links = read(
			[
				'Russia says it has hosted regional consultations on Afghanistan intended to help national reconciliation.',
				'The Russian Foreign Ministry says the meeting involved senior diplomats from Afghanistan, China India, Iran, Pakistan and ex-Soviet Central Asian nations.'
			],
			'2017-04-14'
		);
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ type: 'conference', status: 'held' });
		expect([...links[0]!.parties].sort()).toEqual(['AF', 'CN', 'IN', 'IR', 'PK', 'RU']);
		expect(links[0]!.reasons).toContain('parties:list');
	});

	it('a gathering of others in Doha does not make Qatar a party (ww-07)', () => {
		const links = read(
			[
				'National and regional special envoys to Afghanistan convened in Doha Sunday in the second UN meeting of its kind in less than a year, though it remained unclear whether Taliban authorities would join the closed-session event.',
				'The two-day meeting, hosted by the UN secretary-general, was due to discuss increasing engagement with Afghanistan and a more coordinated response to the Central Asian nation.'
			],
			'2024-02-18'
		);
		expect(links.filter((l) => l.parties.includes('QA'))).toEqual([]);
	});

	it('"on Monday 31 August 2020" is that day, "will be held" after a long name is planned, and "the first review meeting" is a round of the same series (pc-04)', () => {
		const links = read(
			[
				'Pakistan Foreign Affairs Spokesperson Zahid Hafeez Chaudhary said an a statement on Sunday that the second review meeting of the Afghanistan-Pakistan Action Plan for Peace and Solidarity (APAPPS) will be held in Kabul on Monday 31 August 2020.',
				'The first review meeting was held in Islamabad on 10 June 2019.'
			],
			'2020-08-30'
		);
		expect(links.map((l) => [l.date, l.status, [...l.parties].sort().join('+')])).toEqual([
			['2020-08-31', 'planned', 'AF+PK'],
			['2019-06-10', 'held', 'AF+PK']
		]);
	});

	it('a plan told in the past that fell through is cancelled and dated before publication: "was due to make his first trip to India in August but failed to secure a waiver" (xc-08)', () => {
		const links = read(
			[
				'The UN-sanctioned Taliban leader was due to make his first trip to India in August but failed to secure a waiver on his existing travel ban by the United Nations Security Council last month.'
			],
			'2025-10-02'
		);
		// One link: the trip ("UN-sanctioned" is an adjective, no sanctions link).
		expect(links.map((l) => [l.type, l.status, l.date])).toEqual([
			['visit', 'cancelled', '2025-08']
		]);
	});

	it("restrictions imposed on a country's diplomats, and its aid deliveries frozen, are sanctions (lw-01, lt-06)", () => {
		const imposed = read(
			[
				'Pakistan confirmed late Thursday that the U.S. has imposed travel restrictions on Pakistani diplomats.'
			],
			'2018-05-11'
		);
		expect(imposed.map((l) => [l.type, l.from, l.to])).toEqual([['sanctions', 'US', 'PK']]);
		const frozen = read(
			[
				'The U.S. will also freeze reimbursements to the Pakistani government for money spent on conducting counterterrorism operations, Nauert said.'
			],
			'2018-01-04'
		);
		expect(frozen.map((l) => l.type)).toEqual(['sanctions']);
	});

	it('a border a party decided to close, and borders closed in the plural, are border events (ma-04, mb-04)', () => {
		const links = read(
			[
				'The Iranian administration has decided to partially close its border with Pakistan following the alarming situation of corona virus in the country.',
				'It was previously reported that Turkey and Afghanistan had closed their borders with Iran.'
			],
			'2021-04-10'
		);
		expect(links.map((l) => [l.type, [...l.parties].sort().join(',')])).toEqual([
			['border', 'IR,PK'],
			['border', 'AF,IR,TR']
		]);
	});

	it('recalling all its senior diplomats is a dispute: "Afghanistan recalled all senior diplomats to Kabul, including its ambassador" (me-06)', () => {
		const links = read(
			[
				'Dissatisfied with Pakistani action, Afghanistan recalled all senior diplomats to Kabul, including its ambassador.'
			],
			'2021-07-19'
		);
		expect(links.map((l) => [l.type, [...l.parties].sort().join(',')])).toEqual([
			['dispute', 'AF,PK']
		]);
	});

	it('"a clash of interests" is no border clash (lw-01)', () => {
		const links = read(
			[
				'Relations between the two allies in the war against terrorism have been tense since President Donald Trump assumed office in January last year, mainly due to a clash of interests in war-torn Afghanistan.'
			],
			'2018-05-11'
		);
		expect(links.filter((l) => l.type === 'border')).toEqual([]);
	});

	it('a diplomatic note protesting is a protest lodged: "India today issued yet another diplomatic note to Pakistan protesting continuing incidents of harassment" (km-03)', () => {
		const links = read(
			[
				'India today issued yet another diplomatic note to Pakistan protesting continuing incidents of “harassment and intimidation” of its officials in Indian mission in Islamabad, government sources said today.'
			],
			'2018-03-20'
		);
		expect(links.map((l) => [l.type, [...l.parties].sort()])).toEqual([
			['condemnation', ['IN', 'PK']]
		]);
	});

	it('a forum or ceremony skipped or boycotted is a gathering refused: "India today skipped the opening ceremony of China\'s Belt and Road Forum" (mt-01)', () => {
		const links = read(
			[
				"BEIJING -- India today skipped the opening ceremony of China's Belt and Road Forum following sovereignty concerns over the China-Pakistan Economic Corridor (CPEC)."
			],
			'2017-05-14'
		);
		const refused = links.filter((l) => l.type === 'conference' && l.status === 'refused');
		expect(refused.map((l) => l.parties.includes('IN') && l.parties.includes('CN'))).toEqual([
			true
		]);
	});

	it('the places a trip goes to are no visit among themselves: "before she left for a four-day trip to Pakistan, Greece and Turkey" (lc-05)', () => {
		const links = read(
			[
				'“There are no simple, and certainly no really satisfactory, solutions,” emphasized the Green politician before she left for a four-day trip to Pakistan, Greece and Turkey.'
			],
			'2022-06-06'
		);
		expect(links.filter((l) => l.type === 'visit')).toEqual([]);
	});

	it('"will not be attending" is a refusal: "Modi will not be attending the annual summit of the Shanghai Cooperation Organisation (SCO) in Islamabad" (mp-05)', () => {
		const links = read(
			[
				'Prime Minister Narendra Modi will not be attending the annual summit of the Shanghai Cooperation Organisation (SCO) in Islamabad, Pakistan.'
			],
			'2024-10-04'
		);
		expect(links.map((l) => [l.type, l.status, l.parties.includes('IN')])).toEqual([
			['conference', 'refused', true]
		]);
	});

	it('airspace refused or closed is a border measure: "Pakistan has rejected a request by India to let Prime Minister Narendra Modi use its airspace" (ne-01); a request to fly over is not', () => {
		const refused = read(
			[
				'Pakistan has rejected a request by India to let Prime Minister Narendra Modi use its airspace, the Foreign Ministry said in a statement here on Sunday.'
			],
			'2019-10-27'
		);
		expect(refused.map((l) => [l.type, l.status, [...l.parties].sort()])).toEqual([
			['border', 'refused', ['IN', 'PK']]
		]);
		const closed = read(
			[
				'Pakistan had shut down its airspace on February 27 after the Indian Air Force’s air-strike on the terror camps in Balakot.'
			],
			'2019-06-13'
		);
		expect(closed.map((l) => l.type)).toEqual(['border']);
		const asked = read(
			['On June 9, India had requested Pakistan to let PM Modi’s aircraft fly over its airspace.'],
			'2019-06-13'
		);
		expect(asked.some((l) => l.type === 'border')).toBe(false);
	});

	it('what people named after the trigger will undergo is no plan of the event: "has held talks … to help identify Afghans who are scheduled for deportation" (mx-02)', () => {
		const links = read(
			[
				'A delegation from the Afghan Taliban regime has held talks with the Austrian Interior Ministry in Vienna to help identify Afghans who are scheduled for deportation.'
			],
			'2025-03-01'
		);
		expect(links.map((l) => [l.status, [...l.parties].sort()])).toEqual([
			['held', ['AT', 'taliban']]
		]);
	});

	it('"are also not attending" is a refusal (nn-02)', () => {
		const links = read(['Iran, Turkey, Syria and Russia are also not attending.'], '2019-02-12');
		expect(links.filter((l) => l.parties.includes('IR')).map((l) => l.status)).toEqual(['refused']);
	});

	it('a trip whose traveller the story was just about, to a list with an abbreviation in brackets: "He is expected to visit United Arab Emirates (UAE), Qatar and Saudi Arabia" (mv-03)', () => {
		const links = read(
			[
				'Pakistani Prime Minister Imran Khan arrived in Kabul on Sunday. He is expected to visit United Arab Emirates (UAE), Qatar and Saudi Arabia in a latest effort to bring about peace and accelerate Afghan reconciliation process.'
			],
			'2019-01-21'
		);
		const visits = links.filter((l) => l.type === 'visit' && l.status === 'planned');
		expect(visits.map((l) => [...l.parties].sort())).toEqual([
			['AE', 'PK'],
			['PK', 'QA'],
			['PK', 'SA']
		]);
	});

	it('a relative clause describing the destination names no party of the visit: "travel to neighboring India, which is engaged in renewed tensions with Pakistan" (kl-03)', () => {
		const links = read(
			[
				'He will also travel to neighboring India, which is engaged in renewed tensions with Pakistan over a deadly car bomb attack in Kashmir.'
			],
			'2019-02-15'
		);
		expect(links.filter((l) => l.type === 'visit')).toEqual([]);
	});

	it('a relative clause telling who held the meeting keeps its parties: "the meeting, which was chaired by Russia" (ru-01)', () => {
		const links = read(
			['The meeting with Afghanistan, which was chaired by Russia, was held in Moscow.'],
			'2017-10-12'
		);
		expect(links.map((l) => [...l.parties].sort())).toContainEqual(['AF', 'RU']);
	});

	it('the day a statement was issued is not the day of the meeting it tells of: "Per the statement issued on Tuesday, the first round … was held in Baku in November 2017" (lz-06)', () => {
		const links = read(
			[
				'Per the statement issued on Tuesday, the first round of the trilateral meeting of the foreign ministers of Pakistan, Turkey and Azerbaijan was held in Baku in November 2017.'
			],
			'2021-01-13'
		);
		expect(links.map((l) => l.date)).toEqual(['2017-11']);
	});

	it('what was called off is dated the month nearest to publication, before or after it: "A planned trade mission to Pakistan for November was also postponed", in September (lu-02)', () => {
		const links = read(
			[
				'A planned trade mission to Pakistan for November was also postponed "until a later date", the government-run Netherlands Enterprise Agency said.'
			],
			'2018-09-02'
		);
		expect(links.map((l) => [l.type, l.status, l.date])).toEqual([
			['visit', 'cancelled', '2018-11']
		]);
	});

	it('an adjective is no act: "UN-sanctioned", "internationally-sanctioned principles" (xc-08, ic-02)', () => {
		const types = read(
			[
				'The first such meeting, proposed for 4 September this year, was called off at the last moment after the Afghan government pulled out, describing its involvement in the Moscow meeting as “unnecessary” as the Taliban had “disrespected internationally-sanctioned principles and rejected the message of peace and direct negotiations”.'
			],
			'2018-11-09'
		).map((l) => l.type);
		expect(types).not.toContain('sanctions');
		expect(types).toHaveLength(1);
	});

	it('a head of state named without the country acts for it: Sri Lanka’s President Sirisena in Pakistan (qj-08)', () => {
		const links = read(
			[
				'COLOMBO (News 1st) – Bilateral discussions between President Maithripala Sirisena, who is on an official visit to Pakistan, and Prime Minister Shahid Khaqan Abbasi was held last night (March 23).'
			],
			'2018-03-24'
		);
		expect(summary(links).map(([, parties]) => parties)).toContainEqual(['LK', 'PK']);
		expect(links[0]?.date).toBe('2018-03-23');
	});

	it('a ceremony observed by the leaders of four states is their gathering; a delegation’s "foray to" a capital is a visit (xm-04, xm-06)', () => {
		const links = read(
			[
				"On Friday, workers at the Turkmen-Afghan border welded the first link crossing the frontier in a ceremony observed on video bridge by the presidents of Turkmenistan and Afghanistan, Pakistan's prime minister and India's foreign minister.",
				'On August 10, as more than 1,000 Taliban fighters stormed Ghazni City in southeastern Afghanistan, a Taliban political delegation was wrapping up a four-day foray to Tashkent, Uzbekistan.'
			],
			'2018-08-14'
		);
		expect([...(told(links, 'ceremony observed')?.parties ?? [])].sort()).toEqual([
			'AF',
			'IN',
			'PK',
			'TM'
		]);
		const foray = told(links, 'foray to Tashkent');
		expect([foray?.type, foray?.from, foray?.to]).toEqual(['visit', 'taliban', 'UZ']);
	});

	it('parties named together as the subject of a one-sided act did it side by side, not to each other (xi-01)', () => {
		const links = read(
			[
				'Both Russia and Tajikistan have denied any involvement.',
				'Pakistan and China condemned the attack.',
				'Pakistan and Afghanistan rejected each other’s claims.',
				'Pakistan and China jointly condemned the attack.',
				'Pakistan and China condemned the Taliban.'
			],
			'2018-08-27'
		);
		expect(told(links, 'Both Russia and Tajikistan')).toBeUndefined();
		expect(told(links, 'Pakistan and China condemned the attack')).toBeUndefined();
		expect([...(told(links, 'each other')?.parties ?? [])].sort()).toEqual(['AF', 'PK']);
		expect([...(told(links, 'jointly')?.parties ?? [])].sort()).toEqual(['CN', 'PK']);
		expect(told(links, 'condemned the Taliban')?.parties).toContain('taliban');
	});

	it('a member of a group that is never a party is none: "al-Qaeda leader Ayman al-Zawahiri" (xc-05)', () => {
		const links = read(
			[
				'About a year after the U.S. military withdrawal from Afghanistan and the subsequent Taliban takeover, a U.S. drone strike Sunday killed al-Qaeda leader Ayman al-Zawahiri in Kabul, according to U.S. officials.'
			],
			'2022-08-02'
		);
		// Al-Qaeda's leader is no party: the strike links the US only to the country it hit (yv-02's rule).
		expect(summary(links)).toEqual([['border', ['AF', 'US']]]);
	});

	it('one traveller, several destinations: a visit to each ("visited Afghanistan and Pakistan over the weekend, and a trilateral joint statement was signed", ic-01; "Before coming to Pakistan, the Taliban delegation reportedly traveled to Russia, China and Iran", xc-03)', () => {
		const wang = read(
			[
				'Chinese foreign minister Wang Yi visited Afghanistan and Pakistan over the weekend, and a trilateral joint statement was signed, which brought hope of relieving Afghanistan- Pakistan tension.'
			],
			'2017-06-27'
		);
		expect(wang.filter((l) => l.type === 'visit').map((l) => `${l.from}>${l.to}`)).toEqual([
			'CN>AF',
			'CN>PK'
		]);
		expect(wang.some((l) => l.type === 'signing')).toBe(true);
		const taliban = read(
			[
				'Before coming to Pakistan, the Taliban delegation reportedly traveled to Russia, China and Iran.'
			],
			'2019-10-03'
		);
		// Each visit keeps who went where, and takes place at its own destination.
		expect(
			taliban
				.map((l) => `${l.from}>${l.to}${l.directed ? '' : ' (no direction)'} @${l.place}`)
				.sort()
		).toEqual([
			'taliban>CN @country-cn',
			'taliban>IR @country-ir',
			'taliban>PK @country-pk',
			'taliban>RU @country-ru'
		]);
	});
});
