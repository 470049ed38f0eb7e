/**
 * A synthetic corpus for benchmarks: N article files that read like scraped news pages. Each has
 * the site's furniture around the story (skip links, menus, a cookie line, share prompts, "Also
 * read" and "Related" lists, newsletter and comment prompts, tags, footers), a byline, a dateline
 * ("ISLAMABAD, March 3 (RNS) —"), sometimes a photo caption, quoted statements, and several
 * diplomatic events between the countries and actors of the gazetteer and geodata/actors.json:
 * visits, meetings, talks, agreements, accusations, protests, mediation, conferences, cancelled
 * and planned meetings. About one in twelve carries no date at all. About a tenth are Markdown, a
 * tenth HTML, a tenth have a sidecar.
 *
 * Every sentence comes from the templates below (written for this generator; none is taken from an
 * article). Deterministic for a seed: the same seed writes the same bytes, so two benchmark runs
 * read the same corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MONTHS } from '../src/lib/data/date-words';

export interface CorpusOptions {
	/** Number of articles. */
	n: number;
	/** Folder to write into (created). */
	dir: string;
	/** Parsed geodata/gazetteer.json. */
	gazetteerJson: unknown;
	/** Parsed geodata/actors.json; without it only countries are parties. */
	actorsJson?: unknown;
	seed?: number;
}

/** What the generator put in an article (for tests and for a reader of the corpus). */
interface PlannedEvent {
	kind: EventKind;
	/** Display names of the parties, in the order the sentence names them. */
	parties: string[];
	/** held: took place; planned: announced for later; cancelled: called off or postponed. */
	status: 'held' | 'planned' | 'cancelled';
	/** The sentence (or sentences) that tell it. */
	text: string;
}

export interface SyntheticArticle {
	/** File name, e.g. syn_000012.txt. */
	name: string;
	format: 'txt' | 'md' | 'html';
	text: string;
	/** A metadata sidecar (NAME.meta.json), when the article has one. */
	sidecar: { name: string; text: string } | null;
	/** The publication date printed on the page (ISO), or null for an undated page. */
	published: string | null;
	title: string;
	events: PlannedEvent[];
}

type EventKind =
	| 'visit'
	| 'meeting'
	| 'talks'
	| 'agreement'
	| 'accusation'
	| 'protest'
	| 'mediation'
	| 'conference'
	| 'cancellation'
	| 'planned';

/** Small seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Invented outlets, their wire agency's short name and their house style. */
const OUTLETS = [
	{ name: 'The Frontier Ledger', host: 'frontierledger.example', agency: 'RNS', dateline: 'caps' },
	{ name: 'Daily Meridian', host: 'dailymeridian.example', agency: 'AW', dateline: 'colon' },
	{ name: 'Steppe Observer', host: 'steppeobserver.example', agency: 'SPA', dateline: 'caps' },
	{ name: 'Capital Courier', host: 'capitalcourier.example', agency: 'RNS', dateline: 'plain' },
	{ name: 'Regional Wire Review', host: 'rwreview.example', agency: 'AW', dateline: 'caps' },
	{ name: 'The Morning Gazette', host: 'morninggazette.example', agency: 'GNA', dateline: 'colon' }
] as const;
const AGENCIES: Record<string, string> = {
	RNS: 'Regional News Service',
	AW: 'Asia Wire',
	SPA: 'Steppe Press Agency',
	GNA: 'Global News Agency'
};

/** Invented people: given names and family names combined at random. */
const GIVEN = [
	'Karim',
	'Nadia',
	'Omar',
	'Elena',
	'Wen',
	'Sergei',
	'Aziz',
	'Farah',
	'Tariq',
	'Mira',
	'Dilshod',
	'Leyla',
	'Hamid',
	'Irina',
	'Samir',
	'Jun',
	'Bakhtiyor',
	'Zainab',
	'Daniel',
	'Rustam',
	'Hina',
	'Anvar',
	'Grace',
	'Yusuf'
];
const FAMILY = [
	'Sadiq',
	'Rustamov',
	'Qadri',
	'Haidari',
	'Volkova',
	'Lin',
	'Baig',
	'Nazarov',
	'Karimi',
	'Hassani',
	'Ortega',
	'Meyer',
	'Sultanov',
	'Durrani',
	'Abdullayev',
	'Chen',
	'Mirza',
	'Ivanenko',
	'Popal',
	'Kasymov'
];
const REPORTERS = [
	'Amina Rahimi',
	'Tom Ashby',
	'Li Mei',
	'Faisal Khattak',
	'Olga Serova',
	'Sana Malik',
	'Bilal Awan',
	'Nigora Yusupova'
];

const ROLES = [
	'foreign minister',
	'prime minister',
	'president',
	'national security adviser',
	'deputy foreign minister',
	'interior minister',
	'special envoy',
	'commerce minister',
	'army chief',
	'foreign secretary'
];
const SPOKES = [
	'foreign ministry spokesperson',
	'foreign office spokesman',
	'government spokesman'
];
const TOPICS = [
	'border management',
	'trade and transit',
	'water sharing',
	'the return of refugees',
	'energy transit',
	'counter-terrorism cooperation',
	'a rail link',
	'visa rules',
	'the security of the border crossings',
	'power imports'
];
const FORUMS = [
	'regional security forum',
	'annual economic forum',
	'foreign ministers’ council',
	'connectivity summit',
	'heads of state council'
];
const MISDEEDS = [
	'sheltering militants who attack its border posts',
	'violating its airspace',
	'stalling the trade agreement',
	'harassing its diplomats',
	'failing to stop cross-border smuggling',
	'interfering in its internal affairs'
];
const INCIDENTS = [
	'the firing on a border post',
	'remarks made by its ambassador',
	'the detention of two of its nationals',
	'a drone flying over a border district'
];
const REASONS = [
	'scheduling difficulties',
	'the security situation',
	'an outbreak of fighting near the border',
	'the illness of a senior official',
	'domestic political pressures'
];
/** Armed groups named only as threats or topics in the background paragraphs. */
const THREATS = ['ISIS-K', 'al-Qaeda', 'the Islamic State group'];

/** English adjectives for the region's countries (the gazetteer's first demonym is sometimes dated). */
const REGION: Record<string, { weight: number; adjective: string | null }> = {
	AF: { weight: 14, adjective: 'Afghan' },
	PK: { weight: 14, adjective: 'Pakistani' },
	CN: { weight: 7, adjective: 'Chinese' },
	RU: { weight: 6, adjective: 'Russian' },
	IR: { weight: 5, adjective: 'Iranian' },
	IN: { weight: 5, adjective: 'Indian' },
	TJ: { weight: 4, adjective: 'Tajik' },
	UZ: { weight: 4, adjective: 'Uzbek' },
	TM: { weight: 2, adjective: 'Turkmen' },
	KZ: { weight: 2, adjective: 'Kazakh' },
	KG: { weight: 2, adjective: 'Kyrgyz' },
	US: { weight: 5, adjective: 'American' },
	QA: { weight: 3, adjective: 'Qatari' },
	SA: { weight: 2, adjective: 'Saudi' },
	TR: { weight: 2, adjective: 'Turkish' },
	AE: { weight: 1, adjective: 'Emirati' },
	GB: { weight: 1, adjective: 'British' },
	DE: { weight: 1, adjective: 'German' },
	JP: { weight: 1, adjective: 'Japanese' }
};
/** Share of parties drawn from the rest of the world, so the map fills beyond the region. */
const WORLD_SHARE = 0.2;

/** A country or a non-state actor as a sentence names it. */
interface Party {
	/** As a sentence's subject mid-sentence ("Pakistan", "the Taliban"). */
	name: string;
	/** Adjective ("Pakistani"), or null when the name is used instead. */
	adjective: string | null;
	/** Where its officials sit and receive visitors. */
	seat: string;
	kind: 'country' | 'actor';
	id: string;
}

const possessive = (name: string) => (/s$/.test(name) ? `${name}’` : `${name}’s`);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const THE_NAMES = /^(?:United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros)/;

interface World {
	region: Party[];
	regionWeights: number[];
	others: Party[];
	actors: Party[];
	/** Cities by country code, for venues and incidents. */
	citiesOf: Map<string, string[]>;
}

function worldFrom(gazetteerJson: unknown, actorsJson: unknown): World {
	type Raw = {
		id?: string;
		kind?: string;
		name?: string;
		country?: string;
		capital?: boolean;
		population?: number;
		demonyms?: string[];
	};
	const raw = ((gazetteerJson as { places?: unknown[] }).places ?? []) as Raw[];
	const capitals = new Map<string, string>();
	const citiesOf = new Map<string, string[]>();
	const cityById = new Map<string, string>();
	for (const p of raw) {
		if (p.kind !== 'city' || !p.name || !p.country) continue;
		if (p.id) cityById.set(p.id, p.name);
		if (p.capital) capitals.set(p.country, p.name);
		if ((p.population ?? 0) > 200_000 || p.capital) {
			const list = citiesOf.get(p.country) ?? [];
			list.push(p.name);
			citiesOf.set(p.country, list);
		}
	}
	const countries: Party[] = raw
		.filter((p) => p.kind === 'country' && p.name && p.country && capitals.has(p.country))
		.map((p) => ({
			name: THE_NAMES.test(p.name!) ? `the ${p.name}` : p.name!,
			adjective: REGION[p.country!]?.adjective ?? p.demonyms?.[0] ?? null,
			seat: capitals.get(p.country!)!,
			kind: 'country' as const,
			id: p.country!
		}));
	if (countries.length < 2) throw new Error('the gazetteer has too few countries with capitals');
	const region = countries.filter((c) => REGION[c.id]);
	const others = countries.filter((c) => !REGION[c.id]);

	type RawActor = {
		id: string;
		name: string;
		names: string[];
		party?: boolean;
		locations?: { place: string }[];
	};
	const rawActors = ((actorsJson as { actors?: RawActor[] } | undefined)?.actors ?? []).filter(
		(a) => a.party !== false
	);
	const actors: Party[] = [];
	for (const a of rawActors) {
		// The shortest spelling that is not an all-caps acronym reads best in running text.
		const spelled = a.names
			.filter((n) => n !== n.toUpperCase())
			.sort((x, y) => x.length - y.length);
		const name = spelled[0] ?? a.names[0] ?? a.name;
		const seatId = a.locations?.[a.locations.length - 1]?.place;
		const seat = (seatId && cityById.get(seatId)) ?? capitals.get('AF') ?? countries[0]!.seat;
		const article =
			/^(?:Taliban|Taleban|United|European|North|Organi[sz]ation|Shanghai|Collective|South|National|Haqqani)/;
		actors.push({
			name: article.test(name) ? `the ${name}` : name,
			adjective: null,
			seat,
			kind: 'actor',
			id: a.id
		});
	}
	return {
		region: region.length >= 2 ? region : countries,
		regionWeights: (region.length >= 2 ? region : countries).map((c) => REGION[c.id]?.weight ?? 1),
		others,
		actors,
		citiesOf
	};
}

/** The generator's state for one corpus: the PRNG and the helpers that draw from it. */
class Draw {
	constructor(private rand: () => number) {}
	float(): number {
		return this.rand();
	}
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.rand() * (hi - lo + 1));
	}
	chance(p: number): boolean {
		return this.rand() < p;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.rand() * list.length)]!;
	}
	weighted<T>(list: readonly T[], weights: readonly number[]): T {
		const total = weights.reduce((a, b) => a + b, 0);
		let r = this.rand() * total;
		for (let i = 0; i < list.length; i++) {
			r -= weights[i]!;
			if (r < 0) return list[i]!;
		}
		return list[list.length - 1]!;
	}
	person(): string {
		return `${this.pick(GIVEN)} ${this.pick(FAMILY)}`;
	}
}

/** Dates of one article: its publication day, and phrases for the days around it. */
class Calendar {
	constructor(
		private day: Date,
		private draw: Draw,
		/** An undated page names weekdays and months but never a year. */
		private dated: boolean
	) {}
	private shifted(days: number): Date {
		return new Date(this.day.getTime() + days * 86_400_000);
	}
	/** A past moment, as a page says it. */
	past(): string {
		const r = this.draw.float();
		if (r < 0.35) return `on ${WEEKDAYS[this.shifted(-this.draw.int(1, 5)).getUTCDay()]}`;
		if (r < 0.5) return 'last week';
		if (r < 0.62) return 'earlier this month';
		const d = this.shifted(-this.draw.int(8, 200));
		if (r < 0.85 || !this.dated) return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
		return `in ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	}
	/** A moment to come. */
	future(): string {
		const r = this.draw.float();
		if (r < 0.3) return 'next month';
		if (r < 0.45) return 'later this year';
		if (r < 0.6) return `next ${WEEKDAYS[this.shifted(this.draw.int(2, 6)).getUTCDay()]}`;
		const d = this.shifted(this.draw.int(10, 120));
		return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
	}
	/** Years before the publication, for background. */
	yearsAgo(k: number): number {
		return this.day.getUTCFullYear() - k;
	}
}

/** Writes one event's sentence(s) between the parties given. */
function eventText(
	kind: EventKind,
	a: Party,
	b: Party,
	c: Party,
	draw: Draw,
	cal: Calendar,
	world: World,
	topic = draw.pick(TOPICS)
): PlannedEvent {
	const adj = (p: Party) => p.adjective ?? p.name;
	const official = () => `${possessive(a.name)} ${draw.pick(ROLES)} ${draw.person()}`;
	const venueOf = (p: Party) =>
		p.kind === 'country' && draw.chance(0.3)
			? draw.pick(world.citiesOf.get(p.id) ?? [p.seat])
			: p.seat;
	let text: string;
	let status: PlannedEvent['status'] = 'held';
	let parties = [a.name, b.name];
	switch (kind) {
		case 'visit':
			text = draw.pick([
				() =>
					`${official()} arrived in ${b.seat} ${cal.past()} on a ${draw.pick(['two-day', 'three-day', 'one-day'])} visit, the first by a senior ${adj(a)} official in ${draw.pick(['two', 'three', 'several'])} years.`,
				() =>
					`${draw.person()}, ${possessive(a.name)} ${draw.pick(ROLES)}, visited ${b.seat} ${cal.past()} and held talks with ${adj(b)} officials on ${topic}.`,
				() =>
					`A ${adj(a)} delegation led by ${draw.pick(ROLES)} ${draw.person()} travelled to ${b.seat} ${cal.past()} for talks on ${topic}.`
			])();
			break;
		case 'meeting':
			text = draw.pick([
				() =>
					`${official()} met ${possessive(b.name)} ${draw.pick(ROLES)} ${draw.person()} on the sidelines of the ${draw.pick(FORUMS)} in ${venueOf(c)} ${cal.past()}.`,
				() =>
					`${capitalise(possessive(b.name))} ${draw.pick(ROLES)} received the ${adj(a)} ambassador in ${b.seat} ${cal.past()}, ${draw.pick(['the foreign office said', 'according to a statement', 'officials said'])}.`
			])();
			break;
		case 'talks':
			text = draw.pick([
				() =>
					`Officials from ${a.name} and ${b.name} held talks in ${venueOf(b)} ${cal.past()} on ${topic}, according to a statement from ${possessive(a.name)} foreign ministry.`,
				() =>
					`${capitalise(a.name)} and ${b.name} discussed ${topic} in a telephone call between their foreign ministers ${cal.past()}.`,
				() =>
					`The ${draw.pick(['second', 'third', 'fourth', 'latest'])} round of negotiations between ${a.name} and ${b.name} on ${topic} ended in ${venueOf(c)} ${cal.past()} without a joint statement.`
			])();
			break;
		case 'agreement':
			text = draw.pick([
				() =>
					`${capitalise(a.name)} and ${b.name} signed ${draw.pick(['three', 'four', 'six', 'two'])} memorandums of understanding on ${topic} in ${venueOf(a)} ${cal.past()}.`,
				() =>
					`Under a deal reached in ${venueOf(b)} ${cal.past()}, ${a.name} and ${b.name} agreed to set up a joint working group on ${topic}.`
			])();
			break;
		case 'accusation':
			text = draw.pick([
				() =>
					`${capitalise(possessive(a.name))} ${draw.pick(SPOKES)} accused ${b.name} of ${draw.pick(MISDEEDS)}.`,
				() =>
					`${capitalise(a.name)} has blamed ${b.name} for ${draw.pick(['a wave of attacks in its border districts', 'the collapse of the last round of talks', 'delays at the main crossing'])}, a charge ${b.name} rejected ${cal.past()}.`
			])();
			break;
		case 'protest':
			text = `${capitalise(a.name)} summoned ${possessive(b.name)} ${draw.pick(['envoy', 'ambassador', 'chargé d’affaires'])} ${cal.past()} to lodge a strong protest over ${draw.pick(INCIDENTS)}.`;
			break;
		case 'mediation':
			parties = [c.name, a.name, b.name];
			text = draw.pick([
				() =>
					`${capitalise(c.name)} has offered to mediate between ${a.name} and ${b.name}, ${possessive(c.name)} ${draw.pick(ROLES)} told reporters in ${c.seat} ${cal.past()}.`,
				() =>
					`${capitalise(c.name)} brokered a meeting between ${adj(a)} and ${adj(b)} officials in ${venueOf(c)} ${cal.past()}, diplomats said.`
			])();
			break;
		case 'conference':
			parties = [a.name, b.name, c.name];
			text = `Delegations from ${a.name} and ${b.name} attended a regional conference on ${topic} hosted by ${c.name} in ${venueOf(c)} ${cal.past()}.`;
			break;
		case 'cancellation':
			status = 'cancelled';
			text = draw.pick([
				() =>
					`A visit by ${possessive(a.name)} ${draw.pick(ROLES)} to ${b.seat}, planned for ${cal.past().replace(/^on |^in /, '')}, was called off at short notice, two officials said.`,
				() =>
					`${capitalise(a.name)} postponed talks with ${b.name} that had been scheduled for ${cal.past().replace(/^on |^in /, '')}, citing ${draw.pick(REASONS)}.`
			])();
			break;
		case 'planned':
			status = 'planned';
			text = draw.pick([
				() => `${official()} is expected to visit ${b.seat} ${cal.future()}, the ministry said.`,
				() =>
					`${capitalise(a.name)} and ${b.name} will hold the next round of talks on ${topic} in ${venueOf(b)} ${cal.future()}.`,
				() =>
					`${capitalise(a.name)} and ${b.name} plan to sign a transit agreement when their leaders meet in ${venueOf(a)} ${cal.future()}.`
			])();
			break;
	}
	return { kind, parties, status, text };
}

/** A quoted statement by someone of party p about the other. */
function quote(p: Party, other: Party, draw: Draw): string {
	const who = `${draw.person()}, ${possessive(p.name)} ${draw.pick(ROLES)}`;
	return draw.pick([
		() =>
			`“We have had frank and useful discussions on ${draw.pick(TOPICS)},” ${who}, told reporters after the meeting.`,
		() =>
			`“${capitalise(other.name)} must act against the groups operating from its soil,” said ${who}. “Our patience is not unlimited.”`,
		() =>
			`“Nothing has been decided yet,” a senior official in ${p.seat} said, speaking on condition of anonymity because he was not authorised to talk to the media.`,
		() =>
			`“This relationship is bigger than any one dispute,” ${who}, said in a statement. “We want trade to grow and the border to be calm.”`,
		() =>
			`In a post on social media, ${who}, called the outcome “a step in the right direction” but said much work remained.`
	])();
}

/** A paragraph of background with no event in it. */
function background(a: Party, b: Party, draw: Draw, cal: Calendar): string {
	return draw.pick([
		() =>
			`Relations between ${a.name} and ${b.name} have swung between cooperation and suspicion since ${cal.yearsAgo(draw.int(3, 12))}, analysts say, with trade rising even in years of political friction.`,
		() =>
			`Trade between the two neighbours was worth about $${(1 + draw.float() * 9).toFixed(1)} billion last year, according to official figures, well short of the target both governments set.`,
		() =>
			`Security officials on both sides worry about the presence of ${draw.pick(THREATS)} fighters in the border areas, where several attacks were reported this year.`,
		() =>
			`Hundreds of trucks were stranded at the crossing for days, and traders said they had lost perishable goods worth millions of rupees.`,
		() =>
			`The talks come weeks after heavy rains damaged roads in the mountain districts, cutting off villages that depend on cross-border trade.`
	])();
}

/** Headline for an article whose lead event is e. */
function headlineFor(e: PlannedEvent, topic: string): string {
	const [x = '', y = ''] = e.parties.map((p) => capitalise(p));
	switch (e.kind) {
		case 'visit':
			return `${x} sends senior delegation to ${y} for ${topic} talks`;
		case 'meeting':
			return `${x}, ${y} officials meet as ties thaw`;
		case 'talks':
			return `${x} and ${y} hold talks on ${topic}`;
		case 'agreement':
			return `${x}, ${y} sign deals on ${topic}`;
		case 'accusation':
			return `${x} accuses ${y} as tensions rise`;
		case 'protest':
			return `${x} summons ${y} envoy in protest`;
		case 'mediation':
			return `${x} offers to mediate between ${y} and ${e.parties[2] ?? 'its neighbour'}`;
		case 'conference':
			return `Regional conference on ${topic} opens in ${e.parties[2] ?? x}`;
		case 'cancellation':
			return `${x} visit to ${y} called off`;
		case 'planned':
			return `${x} and ${y} to meet again on ${topic}`;
	}
}

const KINDS: readonly EventKind[] = [
	'visit',
	'meeting',
	'talks',
	'agreement',
	'accusation',
	'protest',
	'mediation',
	'conference',
	'cancellation',
	'planned'
];
const KIND_WEIGHTS = [4, 3, 4, 3, 3, 1, 1, 1, 2, 2];

const MENU = [
	'Home',
	'World',
	'Asia',
	'Region',
	'Business',
	'Opinion',
	'Sport',
	'Videos',
	'E-Paper'
];

/** The site's furniture of one outlet, as lines of text. */
function furniture(draw: Draw, outlet: (typeof OUTLETS)[number], year: number | null) {
	const menu = MENU.filter(() => draw.chance(0.8));
	return {
		top: [
			'Skip to main content',
			`${outlet.name}`,
			menu.join(draw.pick([' | ', '  ', ' · '])),
			draw.pick(['Subscribe  Sign in', 'Search  Subscribe', 'Log in | Register']),
			draw.pick([
				'We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies. Accept | Learn more',
				'This site uses cookies. Manage your preferences or accept all cookies to continue.',
				'Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK'
			])
		],
		share: draw.pick([
			'Share: Facebook  Twitter  WhatsApp  Email  Copy link',
			'Share this article',
			'Follow us on WhatsApp for the latest updates'
		]),
		newsletter:
			'Get the day’s top stories in your inbox every morning. Enter your email address  Sign up',
		comments: draw.pick([
			['LEAVE A REPLY', 'Please enter your comment!', 'Please enter your name here'],
			[`Comments (${draw.int(0, 40)})`, 'Comments are moderated and will appear after approval.'],
			['Most Read']
		]),
		footer: [
			'About us | Contact | Privacy Policy | Terms of Use | Advertise with us',
			`© ${year ?? 'All rights reserved'} ${outlet.name}${year ? '. All rights reserved.' : ''}`
		]
	};
}

/** A related-story headline: places and event words that are not this article's. */
function relatedHeadline(draw: Draw, world: World): string {
	const p = draw.weighted(world.region, world.regionWeights);
	const q = draw.pick(world.region);
	return draw.pick([
		() => `${capitalise(p.name)} and ${q.name} agree to expand trade links`,
		() => `Opinion: what ${possessive(p.name)} new policy means for the region`,
		() => `${capitalise(p.name)} reopens main crossing after week-long closure`,
		() => `Floods hit northern ${p.name}; dozens displaced`,
		() => `${capitalise(q.name)} hosts investors’ conference`
	])();
}

/** Generates the articles one at a time (a corpus of 100,000 never sits in memory). */
export function* syntheticArticles(
	options: Omit<CorpusOptions, 'dir'>
): Generator<SyntheticArticle> {
	const draw = new Draw(prng(options.seed ?? 42));
	const world = worldFrom(options.gazetteerJson, options.actorsJson);
	const party = (): Party => {
		const r = draw.float();
		if (r < 0.1 && world.actors.length) return draw.pick(world.actors);
		if (r < 0.1 + WORLD_SHARE && world.others.length) return draw.pick(world.others);
		return draw.weighted(world.region, world.regionWeights);
	};
	const distinct = (...not: Party[]): Party => {
		for (let tries = 0; ; tries++) {
			const p = party();
			if (!not.some((q) => q.id === p.id) || tries > 20) return p;
		}
	};

	for (let i = 0; i < options.n; i++) {
		const format = i % 10 === 3 ? 'md' : i % 10 === 7 ? 'html' : 'txt';
		const name = `syn_${String(i).padStart(6, '0')}.${format}`;
		const outlet = draw.pick(OUTLETS);
		const dated = !draw.chance(1 / 12);
		const day = new Date(Date.UTC(2010 + draw.int(0, 15), draw.int(0, 11), draw.int(1, 28)));
		const year = day.getUTCFullYear();
		const iso = day.toISOString().slice(0, 10);
		const cal = new Calendar(day, draw, dated);

		// The story's two main parties, and others for the secondary events.
		const a = draw.chance(0.85) ? draw.weighted(world.region, world.regionWeights) : distinct();
		const b = distinct(a);
		const topic = draw.pick(TOPICS);
		const lead = eventText(
			draw.weighted(KINDS, KIND_WEIGHTS),
			a,
			b,
			distinct(a, b),
			draw,
			cal,
			world,
			topic
		);
		const events: PlannedEvent[] = [lead];
		const extra = draw.int(2, 5);
		for (let k = 0; k < extra; k++) {
			// Most secondary events keep one of the main parties, as a story's do.
			const x = draw.chance(0.7) ? draw.pick([a, b]) : distinct();
			const y = distinct(x);
			events.push(
				eventText(draw.weighted(KINDS, KIND_WEIGHTS), x, y, distinct(x, y), draw, cal, world)
			);
		}
		const title = headlineFor(lead, topic);
		const reporter = draw.pick(REPORTERS);
		const seat = (lead.kind === 'visit' || lead.kind === 'meeting' ? b : a).seat;
		const agency = outlet.agency;
		const when = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
		const dateline =
			outlet.dateline === 'caps'
				? dated
					? `${seat.toUpperCase()}, ${when} (${agency}) —`
					: `${seat.toUpperCase()} (${agency}) —`
				: outlet.dateline === 'colon'
					? `${seat.toUpperCase()}:`
					: `${seat} —`;

		const body: string[] = [`${dateline} ${lead.text} ${quote(a, b, draw)}`];
		for (let k = 1; k < events.length; k++) {
			const e = events[k]!;
			const para = [e.text];
			if (draw.chance(0.35))
				para.push(quote(draw.chance(0.5) ? a : b, draw.chance(0.5) ? a : b, draw));
			body.push(para.join(' '));
			if (draw.chance(0.4)) body.push(background(a, b, draw, cal));
		}
		if (body.length < 5) body.push(background(a, b, draw, cal));
		body.push(
			draw.pick([
				`${capitalise(possessive(a.name))} foreign ministry did not respond to a request for comment.`,
				`Additional reporting by ${draw.pick(REPORTERS)} in ${b.seat}.`,
				`(Reporting by ${reporter}; editing by ${draw.pick(REPORTERS)})`
			])
		);
		const caption = draw.chance(0.4)
			? `${capitalise(possessive(a.name))} ${draw.pick(ROLES)} (${draw.pick(['left', 'right', 'centre'])}) is greeted on arrival in ${draw.pick([a, b]).seat}. ${draw.pick(['File photo', `Photo: ${AGENCIES[agency]}`, '— Photo courtesy of the foreign office'])}`
			: null;
		const related = Array.from({ length: draw.int(3, 5) }, () => relatedHeadline(draw, world));
		const alsoRead = `Also read: ${relatedHeadline(draw, world)}`;
		const f = furniture(draw, outlet, dated ? year : null);
		const published = dated
			? draw.pick([
					`Published ${when}, ${year}`,
					`${WEEKDAYS[day.getUTCDay()]}, ${when}, ${year}`,
					`Updated: ${String(day.getUTCDate()).padStart(2, '0')} ${MONTHS[day.getUTCMonth()]!.slice(0, 3)} ${year} ${String(draw.int(6, 23)).padStart(2, '0')}:${String(draw.int(0, 59)).padStart(2, '0')}`
				])
			: null;
		const tags = `Tags: ${[a, b].map((p) => capitalise(p.name.replace(/^the /, ''))).join(', ')}, ${draw.pick(['Diplomacy', 'Region', 'Security', 'Trade'])}`;
		const insertAt = Math.min(2, body.length - 1);
		const slug = title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');

		let text: string;
		if (format === 'html') {
			const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
			text = [
				'<!doctype html><html><head>',
				`<title>${esc(title)} | ${esc(outlet.name)}</title>`,
				`<meta property="og:site_name" content="${esc(outlet.name)}">`,
				`<meta name="author" content="${esc(reporter)}">`,
				dated
					? `<meta property="article:published_time" content="${iso}T${String(draw.int(4, 20)).padStart(2, '0')}:00:00Z">`
					: '',
				'</head><body>',
				`<a href="#main">${f.top[0]}</a>`,
				`<header><nav>${MENU.map((m) => `<a href="/${m.toLowerCase()}">${m}</a>`).join(' ')}</nav></header>`,
				`<div class="cookie-banner">${esc(f.top[4]!)}</div>`,
				`<main id="main"><article><h1>${esc(title)}</h1>`,
				`<p class="byline">By ${esc(reporter)}${published ? ` | ${esc(published)}` : ''}</p>`,
				caption
					? `<figure><img src="/img/${slug}.jpg" alt=""><figcaption>${esc(caption)}</figcaption></figure>`
					: '',
				...body.flatMap((p, k) => [
					`<p>${esc(p)}</p>`,
					k === insertAt ? `<p class="also"><a href="#">${esc(alsoRead)}</a></p>` : ''
				]),
				`<div class="share">${esc(f.share)}</div>`,
				`<p class="tags">${esc(tags)}</p>`,
				'</article>',
				'<aside><h3>Related</h3><ul>',
				...related.map((r) => `<li><a href="#">${esc(r)}</a></li>`),
				'</ul></aside></main>',
				`<div class="newsletter">${esc(f.newsletter)}</div>`,
				`<footer>${f.footer.map((l) => `<p>${esc(l)}</p>`).join('')}</footer>`,
				'</body></html>'
			]
				.filter((l) => l !== '')
				.join('\n');
		} else {
			const md = format === 'md';
			const paras = body.flatMap((p, k) =>
				k === insertAt ? [p, md ? `[${alsoRead}](https://${outlet.host}/${slug})` : alsoRead] : [p]
			);
			const lines: (string | null)[] = [
				...(dated && draw.chance(0.5)
					? [
							`${WEEKDAYS[(day.getUTCDay() + draw.int(1, 6)) % 7]}, ${MONTHS[draw.int(0, 11)]} ${draw.int(1, 28)}, 2025`
						]
					: []),
				...f.top,
				'',
				md ? `# ${title}` : title,
				'',
				md ? `By **${reporter}**` : `By ${reporter}`,
				published,
				'',
				f.share,
				'',
				caption ? (md ? `![${caption}](https://${outlet.host}/img/${slug}.jpg)` : caption) : null,
				caption ? '' : null,
				...paras.flatMap((p) => [p, '']),
				tags,
				'',
				'RELATED',
				...related.map((r) => (md ? `- [${r}](https://${outlet.host}/${r.length})` : r)),
				'',
				f.newsletter,
				'',
				...f.comments,
				'',
				...f.footer,
				''
			];
			text = lines.filter((l): l is string => l !== null).join('\n');
		}
		const sidecar =
			i % 10 === 5
				? {
						name: name.replace(/\.[^.]+$/, '.meta.json'),
						text:
							JSON.stringify(
								{ title, outlet: outlet.name, ...(dated ? { published: iso } : {}) },
								null,
								'\t'
							) + '\n'
					}
				: null;
		// The country renamed itself in 2022; pages before then say Turkey (the gazetteer knows both).
		const named = (t: string) => (year < 2022 || !dated ? t.replaceAll('Türkiye', 'Turkey') : t);
		yield {
			name,
			format,
			text: named(text),
			sidecar: sidecar && { ...sidecar, text: named(sidecar.text) },
			published: dated ? iso : null,
			title: named(title),
			events: events.map((e) => ({ ...e, text: named(e.text), parties: e.parties.map(named) }))
		};
	}
}

/** Writes the corpus; returns the file names written (articles and sidecars). */
export function writeSyntheticCorpus(options: CorpusOptions): string[] {
	fs.mkdirSync(options.dir, { recursive: true });
	const written: string[] = [];
	for (const article of syntheticArticles(options)) {
		fs.writeFileSync(path.join(options.dir, article.name), article.text);
		written.push(article.name);
		if (article.sidecar) {
			fs.writeFileSync(path.join(options.dir, article.sidecar.name), article.sidecar.text);
			written.push(article.sidecar.name);
		}
	}
	return written;
}
