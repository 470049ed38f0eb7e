/**
 * Word lists of the link extractor: event triggers by link type (after GDELT CAMEO's verb classes:
 * consult, meet, visit, mediate, agree, cooperate, reject, accuse), and the context words that say a
 * country mention is a place, a topic or a posting rather than a party. Lists, not rules: the rules
 * that use them live in links.ts and links-parties.ts.
 */
import type { LinkType } from '../../src/lib/data/schema';

/**
 * Triggers, most specific first: the first class found in a clause gives the link type. Words of
 * refusal, cancellation and denial are not triggers: they set a link's status (links-status.ts),
 * and the event they refuse or cancel gives its type ("refused direct talks" is refused talks).
 */
export const TRIGGERS: ReadonlyArray<readonly [LinkType, RegExp]> = [
	[
		'mediation',
		/\b(?:mediat\w*|facilitat\w*|broker(?:ed|ing|s)?|intermediar\w*|good offices|(?:arrange|convene|set up)\s+(?:a|the)\s+meeting|offer(?:ed|s)?\s+to\s+host|bring\s+(?:the\s+)?\w+\s+to\s+the\s+(?:negotiating\s+|dialogue\s+)?table)\b/gi
	],
	[
		'condemnation',
		/\b(?:condemn\w*|denounc(?:ed|es|ing)|summon(?:ed|s|ing)|(?:lodged?|lodging|registered|conveyed|handed\s+over|filed|fil(?:es|ing)|presented)\s+(?:an?\s+|its\s+)?[“"]?(?:(?:very\s+)?(?:strong|firm|formal|stern)\s+)?protest|protest\s+note|(?:strongly|formally|officially)\s+protest(?:ed|s|ing)\b|note\s+(?:verbale\s+)?(?:to\s+[\w’'-]+\s+)?protesting|d[ée]marche|deplor(?:ed|es|ing)|(?:asked|urged|pressed|demanded)\s+(?:[\w’'-]+\s+){0,4}?(?:for\s+)?(?:an?\s+)?(?:urgent\s+|thorough\s+|immediate\s+|full\s+|transparent\s+)?(?:investigation|probe|inquiry))\b/gi
	],
	[
		'sanctions',
		/\b(?:(?:impos(?:ed|es|ing)|announc(?:ed|es|ing)|slapp(?:ed|ing)|levied|extend(?:ed|s)?)\s+(?:new\s+|fresh\s+|further\s+)?sanctions|sanctions\s+(?:on|against)|(?<![\w-])sanctioned(?!\s+(?:principles?|norms?|framework|rules?|order|standards?))|blacklist(?:ed|s|ing)|designat(?:ed|es|ing)\s+(?:\w+\s+){0,6}?(?:as|under)\b|travel\s+ban|asset\s+freeze|(?:suspend(?:s|ed|ing)?|suspension\s+of|cut(?:s|ting)?\s+off|freez(?:e|es|ing)|froze|withh[eo]ld(?:s|ing)?)\s+(?:[\w$.,-]+\s+){0,4}?(?:aid|assistance|funding|funds|payments|reimbursements)|(?:impos(?:ed|es|ing)|plac(?:ed|es|ing))\s+(?:new\s+|fresh\s+|reciprocal\s+)?(?:travel\s+|visa\s+|movement\s+)?restrictions\s+on|froze\s+(?:the\s+)?assets|delist(?:ed|s|ing)|remov(?:ed|es|ing)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+from\s+(?:its|their|the)\s+(?:\w+\s+){0,2}?list)\b/gi
	],
	[
		'recognition',
		/\b(?:(?<!\bas\s)recogni[sz](?:ed|es|ing|e)(?!\s+(?:that|the\s+need|the\s+importance|the\s+role|the\s+efforts?|the\s+(?:\S+\s+){0,3}?(?:relations|relationship|ties)\b|as\s+(?:an?\s+)?(?:terrorists?|extremists?|banned)))|recognition\s+of|accepted\s+(?:the\s+)?credentials|present(?:ed|s|ing)\s+(?:his|her|their|the)?\s*(?:letters?\s+of\s+)?credentials|accept(?:ed|s)?\s+(?:an?\s+|the\s+)?(?:\w+\s+)?ambassador|accredit(?:ed|ation|s)|establish(?:ed|es|ing)?\s+(?:official|formal|full(?:\s+diplomatic)?)\s+(?:ties|relations))\b/gi
	],
	[
		'border',
		/\b(?:border\s+(?:clash(?:es)?|closure|skirmish(?:es)?|firing|fire)|clash(?:ed|es)?(?!\s+of\s+(?:interests?|views|opinions|ideas|cultures|civili[sz]ations|personalities|egos|priorities|visions|narratives))|exchang(?:ed|e)\s+(?:of\s+)?fire|(?:exchang(?:ed|es?)\s+(?:of\s+)?)?gunfire(?:\s+exchanges?|\s+(?:erupted|broke\s+out))?|skirmish(?:es)?|(?:clos(?:e|ed|es|ing|ure\s+of)|shut(?:s|ting)?(?:\s+down)?|(?<!\bto\s)re-?open(?:ed|s|ing)?(?:\s+of)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:borders?|crossings?|crossing\s+points?|airspace|(?:trade|border|Torkham|Chaman|Taftan|Point|Friendship)\s+gates?)|(?=us(?:e|ing)\s|fly|overfl)(?<=\b(?:refus\w*|reject\w*|den(?:ied|ies|y|ying)|not\s+(?:to\s+)?(?:allow|let|permit)|n['’]t\s+(?:allow|let|permit))\b[^.;]{0,80})(?:us(?:e|ing)|fly(?:ing)?\s+(?:over|through)|overfl(?:y|ying|ight\s+of))\s+(?:of\s+)?(?:its|their|the|[A-Z][\w-]+(?:['’]s)?)\s+airspace|(?:Torkham|Chaman|Spin\s+Boldak|Ghulam\s+Khan|Angoor\s+Adda|Kharlachi|Friendship\s+Gate)\s+(?:border\s+)?(?:crossing\s+)?(?:was|were|has\s+been|had\s+been|remains?|remained)\s+(?:temporarily\s+|indefinitely\s+)?(?:shut|closed|sealed)|(?:border|crossing|gate)\s+(?:was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:shut|closed|sealed|re-?opened)|(?:air\s*)?strikes?|airstrikes?|shelling|(?:unprovoked|indiscriminate)\s+(?:firing|fire)|open(?:ed|s|ing)\s+fire\s+(?:on|at|upon)|fired\s+(?:(?:without\s+provocation|indiscriminately)\s+)?(?:on|at|upon)\b|fired\s+(?:\w+\s+){0,2}(?:rockets?|mortars?|shells?|missiles?)\b|cross-border\s+(?:attacks?|fire|firing|shelling|raids?))\b/gi
	],
	[
		'dispute',
		/\b(?:reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)|denied|denies|deny|expel(?:led|s|ling)?|recall(?:ed|s|ing)?(?:\s+of)?\s+(?:all\s+(?:of\s+)?)?(?:its|their|his|her|the|all)\s+(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|high\s+commissioner|diplomats|charg[ée]\s+d['’]affaires)|(?:sever(?:ed|s|ing)?|cut|broke\s+off|downgrad(?:ed|e|es|ing))\s+(?:[\w-]+\s+){0,2}?(?:ties|relations)|(?:final|legal)\s+notice|(?:take|took|taken|taking|takes|drag(?:ged|s)?)\s+(?:[\w-]+\s+){1,3}?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:court|arbitration|tribunal))\b/gi
	],
	[
		'accusation',
		/\b(?:accus\w*|alleg(?:ed|edly|ation|ations|es)|blam(?:ed|es|ing)|slamm(?:ed|ing)|slams|lambast(?:ed|s|ing)|rebuk(?:ed|es|ing)|castigat(?:ed|es|ing)|singled\s+out|(?:war|acts?)\s+of\s+aggression|aggression\s+(?:from|by)|(?:grossly\s+|repeatedly\s+|flagrantly\s+)?violated)\b/gi
	],
	[
		'conference',
		/\b(?:(?<!(?:news|press)\s)conference|summit|(?:trilateral|quadrilateral|multilateral|regional|international)\s+(?:meeting|meetings|talks|conference|forum|dialogue)|[\w]+-nation\s+(?:meeting|talks|conference)|attended\s+by|(?:has|had|have)\s+hosted|co-?host(?:ed|s|ing)?(?:\s+by)?|(?:host(?:ed|s|ing)?|organi[sz](?:ed|es|ing)|convened?)\s+(?:[\w'‘’“”-]+\s+){0,5}?['‘“]?(?:meeting|meetings|talks|consultations|conference|summit|round|forum|diplomats|envoys|delegations?|representatives|dialogue)|attend(?:ed|s|ing)?|(?:participat(?:e|ed|es|ing)\s+in|take\s+part\s+in|took\s+part\s+in)\s+(?:\w+\s+){0,5}?(?:meeting|talks|conference|summit|session|dialogue|forum|format|round|ceremony)|ceremony\s+(?:[\w-]+\s+){0,3}?(?:observed|witnessed|watched)\s+(?:[\w-]+\s+){0,3}?by|(?:skipp(?:ed|ing)|boycott(?:ed|ing|s)?|shunn(?:ed|ing))\s+(?:[\w'’-]+\s+){0,6}?(?:forum|ceremony))\b/gi
	],
	[
		'signing',
		/\b(?:sign(?:ed|s|ing)?|inked|signing\s+ceremony|ground-?breaking|inaugurat(?:ed|es|ing|ion)|laid\s+the\s+foundation\s+stone)\b/gi
	],
	[
		'visit',
		/\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|al|e|ing)\s+in|(?:trip|foray)\s+to|tour(?:ed)?\s+(?:of|to)|toured|travel(?:l?ed|s)?\s+to|flew\s+to|landed\s+in|touched\s+down\s+in|mission\s+to|delegation\s+to|(?:sent|sends|dispatched|dispatches)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:team|working\s+group|group|envoy|emissary)\s+to|(?:stop|stopover)\s+in|departed\s+for|left\s+for|(?:will|to)\s+leave\s+for|head(?:ed|ing|s)\s+(?:to|for)|en\s+route\s+to|reach(?:ed|es)|host(?:ed|s|ing))\b/gi
	],
	[
		'agreement',
		/\b(?:agree(?:d|s|ment)?|deal|accord|pact|treaty|memorandum|MoU|struck|ceasefire|cease-fire|truce)\b/gi
	],
	[
		'dispute',
		/\b(?:disagree\w*|upset|hostil\w*|soured|strained|deteriorat\w*|tensions?|protest(?:ed)?|critici[sz]\w*|pressure|press(?:ed|es|ing)\s+(?:\w+\s+){1,4}?to|urg(?:ed|es|ing)\s+(?:\w+\s+){1,4}?to|objected|rift|standoff|warn(?:ed|s))\b/gi
	],
	[
		'meeting',
		/\b(?:met|meet(?:s|ing|ings)?|s[ai]t\s+down\s+with|hold\s+talks|held\s+talks|received|welcomed(?!\s+(?:by|as|the\s+(?:move|decision|announcement|news|step|initiative|agreement|statement|deal|outcome|proposal|breakthrough)|this|it|that))|called\s+on|call\s+on)\b/gi
	],
	[
		'talks',
		/\b(?:talks|negotiat\w*|dialogues?(?![\s-]+partners?\b)|discuss(?:ed|es|ion|ions)?|consult\w*|into\s+confidence|contacts?\s+(?:with|between)|phone\s+call|video[\s-]+(?:call|link)|telephon(?:ed|e)|by\s+telephone|spoke\s+(?:by|on\s+the|with)|(?:spoke|spoken|speaks)\s+to(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:media|press|reporters?|journalists?|correspondents?|newspapers?|daily|television|TV|channel|radio|broadcaster|agency|news|outlet|website|magazine|students?|crowds?|audience|gathering|assembly|parliament|lawmakers|people|nation|public|participants|delegates|attendees|troops|soldiers|officers|forum|conference|session|event|summit|meeting)\b)|invit(?:ed|es|ation))\b/gi
	],
	[
		'cooperation',
		/\b(?:cooperat\w*|co-operat\w*|engage(?:d|s)?|assurances?|support(?:ed|s|ing)?|joined|backing|aid|assistance|partnership|joint\s+(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|war\s+games|patrols?)|donat(?:ed|es|ing)|gifted|re-?open(?:ed|s|ing)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:embassy|consulate|mission)|(?:sent|sends|dispatched|dispatches|delivered|delivers|shipped|ships)\s+(?:[\w,.-]+\s+){0,8}?(?:tons?|tonnes|MTs|consignments?|shipments?|relief|humanitarian|supplies|food|flour|medicines?|wheat|vaccines?|doses)|handed\s+over\s+(?:\w+[\s-]+){0,5}?(?:helicopters?|aircraft|jets|vaccines?|doses|wheat|aid|supplies|equipment|consignments?|shipments?))\b/gi
	]
];

/** Trigger words of attitude rather than act: a link read from one is less sure. */
export const WEAK_TRIGGER_RE =
	/^(?:upset|hostil\w*|soured|strained|deteriorat\w*|tensions?|critici[sz]\w*|pressure|warn\w*|rift|standoff|engage\w*|assurances?|support\w*|backing|aid|assistance|partnership|cooperat\w*|co-operat\w*|discuss\w*|consult\w*|joined)$/i;

/**
 * A standing relation, not an event: a durative or present copula before a word of attitude
 * ("remains the most hostile to", "relations are strained", "has long been close to"). A past
 * reaction ("was upset at X's stance") is an event and is not matched.
 */
export const STATE_OF_RELATIONS_RE =
	/\b(?:ongoing|continuing|persistent|long-?standing|lingering|simmering)\s+(?:[\w-]+\s+)?(?:tensions?|hostility|rivalry|mistrust|distrust)\b|\b(?:warming|cooling|deteriorating|worsening|improving|fraying|souring|strained|tense|close|friendly|cordial)\s+(?:of\s+)?(?:[\w–-]+\s+){0,3}?(?:relations|ties|relationship)\b|\b(?:relations|ties|relationship)\s+(?:between|with)\s+[^,;.]{2,60}?\s+(?:(?:have|has|had)\s+)?(?:deteriorat\w*|worsen\w*|soured|strained|improv\w*)|\b(?:remains?|remained|stays?|stayed|is|are|(?:has|have)\s+(?:long\s+|always\s+)?been|continues?\s+to\s+be|continued\s+to\s+be)\s+(?:(?:the|most|more|less|least|very|deeply|openly|increasingly|largely|still|a\s+little|rather)\s+){0,3}(?:hostile|strained|tense|wary|suspicious|cool|frosty|close|friendly|cordial|warm|antagonistic|opposed|distrustful)\b/i;

/**
 * Where the target of an alleged or denied act begins: what follows is the topic, not a party
 * ("accused Kabul of sheltering TTP militants", "deny harbouring the group", "pressed X to act
 * against Y").
 */
export const ALLEGED_ACT_RE =
	/\b(?:(?:of|for)\s+(?:allegedly\s+|reportedly\s+|secretly\s+|continuing\s+to\s+)?[a-z]{3,}ing\b|to\s+(?:get|make|force|push|persuade|bring|return|come|join|accept|stop|end|act|meet|sit|hold|agree|release|hand|abandon|change)\b|(?:deny|denies|denied|denying|rejects?|rejected)\s+(?:ever\s+)?(?:shelter|harbou?r|support|back|fund|financ|arm|train|host|aid|help|provid|giv|allow)\w*ing\b)|\b(?:act|action|actions|move|measures|steps|crackdown|crack\s+down|operations?)\s+against\b/i;

/**
 * The body of a trigger expression without its word boundaries (each is `\b(?:…)\b`): joined
 * under one pair of boundaries, the engine tests them once per position instead of once per class.
 */
export function innerSource(re: RegExp): string {
	const src = re.source;
	if (!src.startsWith('\\b(?:') || !src.endsWith(')\\b'))
		throw new Error(`trigger expression must be \\b(?:…)\\b: ${src.slice(0, 40)}`);
	return src.slice(5, -3);
}

/** Any trigger at all: a cheap test before a sentence is looked at closely. */
export const ANY_TRIGGER_RE = new RegExp(
	`\\b(?:${TRIGGERS.map(([, re]) => innerSource(re)).join('|')})\\b`,
	'i'
);

/** A modal or condition in the clause's frame: the event is hypothetical, not reported. */
export const HYPOTHETICAL_RE =
	/\b(?:should|would|could|might|must|cannot|can't|can|needs?\s+to|(?:has|have)\s+to\s+be|ought\s+to|if|unless|conceivable|possibly|unclear\s+whether|whether)\b|\bmay\b|\b(?:possible|likely)\s+that\b/;
/**
 * A demand or a hope for the act, not the act ("insisted on direct talks", "dreaming of
 * vibrant cooperation", "sought a meeting"): the trigger after it tells of no event.
 */
export const DEMAND_BEFORE_RE =
	/\b(?:insist(?:ed|s|ing)?\s+on|demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|(?:effort|efforts|bid|attempt|push|quest|drive)\s+to\s+(?:gain|win|secure|obtain|earn|get)|push(?:ed|es|ing)?\s+for|press(?:ed|es|ing)?\s+for|dream(?:ed|s|ing|t)?\s+of|hop(?:ed|es|ing)\s+for|aim(?:ed|s|ing)?\s+at)\b[^.;:]{0,50}$/i;

/**
 * A mandative "that" clause: what a party insists, demands or proposes should happen ("Pakistan is
 * insisting that the Taliban regime … be allowed to send a representative to the upcoming SAARC
 * meet"): everything after it is the demand, not an event.
 */
export const MANDATIVE_THAT_RE =
	/\b(?:insist(?:ed|s|ing)?|demand(?:ed|s|ing)?|request(?:ed|s|ing)?|urg(?:ed|es|ing)|propos(?:ed|es|ing))\s+that\b[^.;:]{0,160}$/i;

/** Where reported content begins: a modal after it belongs to what was said, not to the event. */
export const REPORTED_CONTENT_RE = /\bthat\b|[“"]/;

/** Nouns after a demonym that make it a topic or a people, not a party ("Afghan peace process"). */
export const TOPIC_NOUNS_RE =
	/^[\s-]*(?:peace|reconciliation|process|people|peoples|economy|soil|borders?|polity|refugees?|war|conflict|issues?|question|situation|crisis|affairs|territory|investments?|nationals|citizens|women|girls|civilians|society|problem|cause|settlement|stability|security|owned|led|based|born|origin|descent|diaspora|side\s+of\s+the\s+border|Taliban)\b/i;

/**
 * Armed forces after a demonym ("Afghan border forces", "the Pakistani military"): the state in a
 * border clash, a topic anywhere else ("Afghan security forces" in a report of talks).
 */
export const FORCE_NOUNS_RE =
	/^[\s-]*(?:(?:border|security|armed|air|ground)\s+)?(?:forces?|troops|army|military|soldiers|guards|jets|warplanes|artillery|drones?)\b/i;

/**
 * Words after a country's name that make it a modifier, not a party ("Afghanistan policies",
 * "Pakistan-based", "joint secretary of the Pakistan-Afghanistan-Iran division").
 */
export const COUNTRY_AS_MODIFIER_RE =
	/^(?:[\s-]*(?:led|owned|based|polic(?:y|ies)|strateg(?:y|ies))\b|(?:[-–]\p{Lu}\p{L}+)*\s+(?:division|desk|department|bureau|wing)\b)/u;

/** Nouns after a demonym or country that make it media, not a party ("Iranian media"). */
export const MEDIA_NOUNS_RE =
	/^[\s-]*(?:news|media|website|channel|newspaper|outlet|journalists?|tv|television|press|daily|broadcaster|agency)\b/i;

const words = (s: string) => new Set(s.split(/\s+/));

/** Word right before a place that makes it a location, not a party ("talks in Kabul"). */
export const LOCATIVE_WORDS = words(
	'in at inside within across throughout near around bordering leave leaving left enter entering entered'
);
/** Word right before a place that makes it a topic ("approach towards Kabul", "envoy for Afghanistan"). */
export const TOPIC_WORDS = words('towards toward regarding concerning about on over for');
/**
 * After a topic word, the place still acts when a deed of its own follows, its or its official's
 * ("anguish over Pakistan NSA Moeed Yusuf’s refusal to attend", "concern over Pakistan’s decision").
 */
export const ACTS_AFTER_RE =
	/^(?:\s+(?:NSA|national\s+security\s+advis[eo]r|(?:foreign|prime|defen[cs]e|interior)\s+minister|president|army\s+chief)(?:\s+[A-Z][\p{L}-]+){1,3})?(?:[’']s?)?\s+(?:refusal|decision|declining|boycott|absence|withdrawal\s+from|move|attempts?|request|demand)\b/iu;
/** "the Sea of Oman", "the Gulf of Aden": a body of water named after a country, no party. */
export const WATER_OF_WORDS = words('sea gulf bay strait straits');
/** "Officials in Russia have said": the country's own people act, it is no venue. */
export const OFFICIALS_IN_WORDS = words(
	'officials authorities leaders diplomats lawmakers politicians officers'
);
/** Nouns before "of" that make the place a topic or a war, not a party ("the soil of Afghanistan"). */
export const TOPIC_OF_NOUNS = words(
	'soil territory situation people future stability sovereignty interests interest image borders border ' +
		'withdrawal invasion occupation defeat obliteration eradication elimination fall capture control parts part ' +
		'east west north south centre center provinces province cities city ' +
		// "rejuvenation of SAARC and resolution of Palestine … were also discussed": what is talked of.
		'resolution rejuvenation revival revitalisation revitalization question cause reconstruction rehabilitation'
);
/** Verbs and nouns of movement: the place after them (and "to", "in", "into") is a destination. */
export const DESTINATION_WORDS = words(
	'visit visits visited toured trip foray stop stopover mission travel travelled traveled travels went flew arrive arrived arrives arriving arrival ' +
		'came coming returned journey landed tour delegation delegations reached reaches'
);
/** "withdraw from X": X is a location. */
export const DEPARTURE_WORDS = words(
	'withdraw withdrew withdrawn withdrawal withdrawing exit pull pulled'
);
/** A posting, not an event ("Pakistan ambassador to Kabul", "envoy for Afghanistan"). */
export const POSTING_WORDS = words(
	'ambassador ambassadors envoy envoys representative consul emissary embassy commissioner affaires affaire'
);
/** Capitalised nouns after a capital that make it the name of an event held there ("Doha Agreement", "Moscow format"). */
export const EVENT_NAME_AFTER_RE =
	/^[\s-]*(?:peace\s+)?(?:Agreement|Accord|Accords|Process|process|Format|format|Declaration|Conference|conference|Summit|summit|Talks|talks|Dialogue|dialogue|Communiqu[eé]|Protocol|Pact|Treaty|Initiative|Meeting|meeting)\b/;
/** Nouns after a country that make it the seat of someone's office, not a party ("the Taliban Qatar office"). */
export const OFFICE_AFTER_RE =
	/^\s+(?:office|offices|bureau|headquarters|airport|airbase|port|crossing|valley|streets|residents|hotel|university|province)\b/i;

/** A definite reference to the gathering just told of, or to its participants ("The delegation sat down with …"). */
export const GATHERING_REFERENCE_RE =
	/^(?:The|This|That|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:delegation|delegations|delegates|envoys|participants|meeting|talks|gathering|conference|forum|summit|session|round)\b/;

/** Plural references to the parties of the previous event ("the two leaders", "both sides"). */
export const GROUP_REFERENCE_RE =
	/\b(the\s+two|both|the\s+(?:3|three)|all\s+three|the\s+(?:4|four)|all\s+four)\s+(?:leaders|sides|countries|nations|governments|parties|delegations|ministers|neighbours|neighbors)\b/i;

/** Attending or staying away from an event not named in the clause ("The US declined to attend"). */
export const ATTENDANCE_RE =
	/\b(?:attend(?:ed|s|ing)?|participat\w*|take\s+part|took\s+part|boycott\w*|skip(?:ped|s)?|stay(?:ed|s)?\s+away)\b/i;

/** A peace deal or ceasefire: with one non-state party, the other is its country's government. */
export const PEACE_DEAL_RE =
	/\b(?:peace\s+(?:deal|agreement|accord|pact|talks)|ceasefire|cease-fire|truce|reconciliation\s+deal)\b/i;

/** References to the last-named non-state actor ("engage the regime"). */
export const ACTOR_REFERENCE_RE =
	/\bthe\s+(?:new\s+|former\s+)?(?:regime|group|movement|insurgents|outfit|militants)\b/i;

/** A government role with no country word: the dateline's country ("met the foreign secretary"). */
export const ROLE_RE =
	/\b(?:the\s+(?:foreign\s+secretary|foreign\s+minister|foreign\s+office|army\s+chief|prime\s+minister|president|interior\s+minister|defen[cs]e\s+minister|national\s+security\s+advis[eo]r|foreign\s+ministry)|chief\s+of\s+(?:the\s+)?army\s+staff)\b(?!\s+of\b)/gi;

/** Groups of states named as one ("the P-5"). Members are ISO alpha-2 codes. */
export const STATE_GROUPS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
	[
		/\b(?:P-?5|permanent\s+members\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council)\b/g,
		['CN', 'FR', 'GB', 'RU', 'US']
	]
];

/** Title words in a person's designation ("Tajik President Emomali Rahmon"). */
export const TITLE_WORDS = new Set(
	(
		'President Vice Prime Minister Ministry Foreign Interior Defence Defense Finance Secretary Envoy Special ' +
		'Representative Ambassador General Gen Lt Lieutenant Chief Commander Spokesman Spokesperson Adviser Advisor ' +
		'King Emir Chancellor Premier Deputy Leader Mullah Acting Senior Army Staff National Security State Affairs ' +
		'Reconciliation Process Afghan High Council Peace Mr Mrs Ms Dr Sheikh Field Marshal Air Chief Admiral Governor ' +
		'Senator Director Assistant Charge Head Supreme Commission Commissioner'
	).split(' ')
);

/** Types whose parties include the one acted against. */
export const HOSTILE_TYPES = new Set<LinkType>([
	'accusation',
	'condemnation',
	'sanctions',
	'border',
	'dispute'
]);
/**
 * Acts on a target, whose parties are the actor and the target: a place someone travels to
 * ("an exemption to his travel ban, allowing him to visit India") is not one of them.
 */
export const TARGET_TYPES = new Set<LinkType>(['sanctions', 'recognition', 'condemnation']);

/** "against X", "against the banned X": X is what an act is aimed at. */
export const AGAINST_BEFORE_RE = /\bagainst\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "Doha-based", "headquartered in": where someone sits. */
export const BASED_AFTER_RE = /^[\s-]*(?:based|headquartered)\b/i;

/** "officials in Beirut said", "a spokesman said in Ramallah": where a statement was made, not an event. */
export const SPEAKER_FRAME_AFTER_RE = /^\s*,?\s+(?:said|says|say|told|announced|reported|stated)\b/;
export const SPEAKER_FRAME_BEFORE_RE =
	/\b(?:said|says|told|announced|stated|reported)\s+(?:in|at)\s+$/;

/** Another round of a series told before: "the first review meeting", "the previous round". */
export const SERIES_RE =
	/\b(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|previous|last|next|latest|earlier|\d+(?:st|nd|rd|th))\s+((?:[\w-]+\s+){0,2}?(?:meeting|round|session|summit|conference|dialogue))\b/i;

/** A host named as the subject of a gathering ("India will host", "Tehran is hosting"). */
export const HOSTS_RE = /\b(?:host(?:s|ed|ing)?|to\s+host|organi[sz](?:es|ed|ing))\b/i;

/**
 * "is visiting Tokyo", "who are visiting X", "while visiting X": the verb, whose object is where
 * the subject went, not who travelled.
 */
export const VISITING_VERB_RE =
	/\b(?:is|are|was|were|be|been|being|am|after|while|before|when|upon)\s+(?:(?:currently|now|also|still|already|then)\s+)?visiting\s+$/i;
