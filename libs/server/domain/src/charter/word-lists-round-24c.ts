// Twenty-fourth round, third reading (politics said indirectly; `withRound24c` adds it to every topic's rules), from
// `train-be`, `train-bh`, `train-bb` and `holdout-32`, by family:
// - offices, residences and nicknames that only name a politician ("the honourable member", "Home Sec", "the man in No
//   10", "le locataire de Matignon", "Sarko", "Méluche", "ScoMo", "nos chers élus", "l'élu du coin"), calls for a law
//   ("Parliament needs to legislate"), "worst cabinet in living memory", the ballot remembered ("remember this on
//   Thursday", "souvenez-vous-en dimanche"), "whoever gets elected", "the Westminster bubble", "backbenchers";
// - a government or a leader named by its seat, office or nickname ("No 10", "Canberra", "Quai d'Orsay", "the
//   Taoiseach", "Albo", "Jupiter", "the Orange One") beside a verdict ("should be ashamed", "take notes", "couldn't run
//   a lemonade stand", "pull the other one", "I've got a bridge to sell you", "out of touch"), right before what it
//   did ("No 10 blames", "Jupiter a encore parlé"; a seat that is also a city only right before a narrower list:
//   "Brussels, nobody asked for", "Bercy nous demande de"; "announced" only after No 10), after "congratulations to
//   the new", beside a policy matter ("cost of living", "net zero", "asylum seekers"), and an office (not the NHS or
//   the council) beside "another promise", "photo op", "gone very quiet";
// - ministers counted over years ("eleven housing ministers in ten years"); a public promise against a waiting list
//   ("the $10-a-day daycare promise … a three-year waitlist");
// - voting hinted ("election day … you know which box to tick"), politicians and future voters told they are watched
//   ("Futur électeur … on les a à l'œil"), a masked vote ("V0te Gr33n"), red caps "not a rally", a local official
//   congratulating himself ("la mairesse qui se félicite"), a petition about a tax ("keep VAT off biscuits") or to
//   save a public service ("signez pour sauver la maternité").
// Clean: "Élysée Montmartre" (a concert hall), a "cabinet reshuffle" in the kitchen, a garden "front bench", Labor Day,
// a flavour winning "by a landslide with 62% of the vote", a cost of living allowance, Jupiter in the night sky, a
// Canberra or Westminster shop, a Brussels job, a drawing contest's candidates watched, a rally team's red caps, a
// circus or a clueless shop team in a seat's city, "sign to save the bees".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const POLITICS_STRONG = list(`honourable member
  |the honourable member|the honourable gentleman|the honourable lady|my right honourable friend|right honourable
  |home sec|the home sec|foreign sec|the foreign sec|health sec|the health sec|worst cabinet|worst cabinet in history
  |worst government in living memory|worst government in history|pire gouvernement|le pire gouvernement
  |needs to legislate|need to legislate|must legislate|should legislate|has to legislate|il faut légiférer
  |doit légiférer|doivent légiférer|faut légiférer|sarko|le sarko|méluche|mélenchon|nos chers élus|nos élus adorés
  |l élu du coin|les élus du coin|élu du coin|ce gouvernement qui|ce gouvernement qu|this government that
  |this government who|which box to tick on thursday|v0te|v0t3|vot3|v0tez|vot3z|v0ter|the man in no 10
  |the woman in no 10|whoever's in no 10|the occupant of no 10|the resident of no 10|the man in the white house
  |the occupant of the white house|l occupant de l élysée|le locataire de l élysée|le locataire de matignon
  |la locataire de matignon|le locataire de bercy|scomo|dark brandon|bojo|varadkar|leo varadkar|mozart de la finance
  |le mozart de la finance|remember in may who|remember on thursday who|remember in november who
  |remember at the polls|remember at the ballot box|remember this at the ballot box|remember this in may
  |remember this on thursday|souvenez vous en dimanche|souvenez vous en aux urnes|rappelez vous en dimanche
  |rappelez vous en aux urnes|on s en souviendra dimanche|on s en souviendra aux urnes
  |whoever gets elected|whoever forms the next government|whoever moves into no 10|quel que soit l élu
  |quelle que soit l élue|qui que soit l élu|westminster bubble|the westminster bubble|canberra bubble
  |the canberra bubble|brussels bubble|the brussels bubble|the beltway crowd|inside the beltway|shadow cabinet
  |frontbenchers|backbenchers|backbench mps|backbench rebellion`);
/** Nicknames and short names that are also words, capitalised: only with a verdict or a policy. */
const NICKNAMES = [
  '^Albo',
  "^Albo's",
  '^Labor',
  "^Labor's",
  '^Jupiter',
  '^Flamby',
  '^Flanby',
  '^BoJo',
  '^Bozza',
  '^Rishi',
  '^Keir',
  '^Kemi',
];

/** Offices, seats that are not also cities, parties and nicknames. */
const ACTORS = list(`no 10|number 10|number ten|no. 10|downing st|whitehall|holyrood|stormont|the dáil|leinster house
  |capitol hill|quai d orsay|le quai d orsay|rue de grenelle|place beauvau|beauvau|kirribilli|rideau hall
  |parliament hill|foggy bottom|the beltway|l élysée|the lodge|the greens|the greens'|the tories|the nats
  |the orange one|orange man|the orange man|taoiseach|the taoiseach|tánaiste|the tánaiste|premier of ontario
  |premier of quebec|premier of alberta|premier of new south wales|premier of queensland|the nsw premier
  |premier ministre du québec`);
/** Public bodies that a brand also thanks or serves: beside a verdict or a policy, not a promise. */
const SERVICES = list(`the council|the nhs|nhs`);
/** Said of an office anywhere near: another promise, a photo op, a sudden silence. */
const OFFICE_FAR = list(`another promise|one more promise|encore une promesse|une promesse de plus|photo op
  |another photo op|gone very quiet|gone quiet|has gone quiet|se fait très discret|se fait discret`);
/** Seats that are also cities, a concert hall or an avenue: only right before a narrower verdict. */
const CITIES = list(`canberra|ottawa|westminster|washington|brussels|bruxelles|matignon|bercy`);
/** Said of them anywhere near: shame, disbelief, a promise gone sour, being out of touch. */
const VERDICT = list(`should be ashamed|ought to be ashamed|devrait avoir honte|devraient avoir honte
  |pull the other one|got a bridge|a bridge to sell you|aged like milk|a mal vieilli|hasn't aged well
  |n a pas bien vieilli|make way for someone|build build|out of touch|hors sol|complètement déconnectés
  |haven't a clue`);
/**
 * Said of them right after their name ("No 10 blames", "Brussels, nobody asked for", "Jupiter a encore parlé",
 * "Westminster, take notes", "Whitehall couldn't organise").
 */
const NEAR = list(`take notes|take note|prenez en de la graine|prends en de la graine|couldn't run a|can't run a
  |couldn't organise|can't organise|can't get a train|n arrive même pas à|incapable d organiser|incapables d organiser
  |nobody asked for|no one asked for|personne n a demandé|nobody voted for|no one voted for
  |personne n a voté pour|muet|muets|injoignable|aux abonnés absents|silence radio|nous demande de|vous demande de
  |demande de geler|a encore parlé|encore parlé|descend de l olympe|a parlé|a tranché|on tv again|on the telly again
  |encore à la télé|is on tv|se prend pour|has no clue|haven't got a clue|hasn't got a clue|blames|blamed
  |is at it again|remet ça|a encore changé|a encore pondu|a encore sorti|a encore inventé
  |a encore frappé|strikes again|has done it again`);
const NO_10 = list(`no 10|number 10|number ten|no. 10|downing st|downing street`);
const ANNOUNCED = list(`announced|has announced|briefed|has briefed|is briefing`);
/** What a city named as its government does, right after its name ("Canberra couldn't run", "Bercy nous demande"). */
const NEAR_CITY = list(`take notes|take note|prenez en de la graine|prends en de la graine|couldn't run a|can't run a
  |couldn't organise|can't organise|can't get a train|n arrive même pas à|incapable d organiser|incapables d organiser
  |nobody asked for|no one asked for|personne n a demandé|muet|injoignable|aux abonnés absents|silence radio
  |nous demande de|vous demande de|demande de geler|a tranché|blames|blamed|is at it again|remet ça|a encore pondu
  |strikes again|has done it again`);
const CONGRATS = list(
  `congratulations to the new|congrats to the new|félicitations au nouveau|félicitations à la nouvelle`,
);
const SEAT_POLICY = list(`cost of living|cost of living crisis|crise du pouvoir d achat|housing crisis|crise du logement
  |net zero|net migration|referendum|référendum|energy policy|politique énergétique|pay offer
  |housing plan|housing target|housing policy|childcare plan|childcare policy|tax plan|immigration plan
  |migration plan|plan logement|bring back coal|asylum seekers|demandeurs d asile|diplomatie|diplomacy`);

const MINISTERS = list(`housing ministers|prime ministers|premiers ministres|ministres du logement|home secretaries
  |education secretaries|chancellors|ministres de l éducation|ministres de l intérieur|health secretaries
  |governments|gouvernements|pms|ministers|ministres|housing secretaries`);
const NUMBERS_EN = list(`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty`);
const NUMBERS_FR = list(`deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt`);
const SPAN = [
  ...NUMBERS_EN.flatMap((n) => [`in ${n} years`, `in ${n} months`]),
  ...NUMBERS_FR.flatMap((n) => [`en ${n} ans`, `en ${n} mois`]),
  'in {n} years',
  'in {n} months',
  'en {n} ans',
  'en {n} mois',
  'in a year',
  'en un an',
  'in one year',
];

const ELECTION_DAY = list(`election day|polling day|jour de l élection|jour du scrutin
  |bureaux de vote|les bureaux de vote|election night|soir d élection|au premier tour|au second tour`);
const TICK = list(`which box to tick|what box to tick|where to put your cross|quelle case cocher|où mettre votre croix
  |who to vote for|pour qui voter|which way to vote|you know who to vote for|vous savez pour qui voter`);
const CANDIDATES = list(`nos élus|les élus|politicians|politiciens|nos députés|our mps|our councillors|futur électeur
  |futurs électeurs|future voter|future voters|candidats aux élections|election candidates`);
const WATCHED = list(`on les a à l œil|qu on les a à l œil|on vous a à l œil|on vous surveille|we're watching you
  |we are watching you|we're watching them|keeping an eye on them|on les surveille`);
const LOCAL = list(`maire|mairesse|la mairesse|le maire|the mayor|mayor|l élu|les élus|élu local|councillors|the council
  |conseil municipal|la mairie|city hall|council leader`);
const SELF_PRAISE = list(`qui se félicite|qui se félicitent|pats himself on the back|pats herself on the back
  |patting themselves on the back|patting himself on the back|se jette des fleurs|se gargarise|se congratule
  |s auto congratule|takes a victory lap|taking a victory lap|inaugure un rond point|inaugurer un rond point`);
const PUBLIC_PROMISE = list(`daycare promise|childcare promise|child care promise|housing promise|hospital promise
  |nhs promise|10 a day daycare|10 a day childcare|10 a day child care|promesse des crèches|promesse de places en crèche
  |crèches à 10|garderies à 10|promesse de logements|places en crèche pour tous|crèches pour tous|childcare for all
  |daycare for all`);
const WAIT = list(`waitlist|waitlists|waiting list|waiting lists|liste d attente|listes d attente|reality|réalité
  |en réalité|in reality`);
const PETITION = list(`petition|pétition|sign the petition|signez la pétition`);
const TAX = list(`vat|tva|hmrc|tax|taxes|taxe|fuel duty|duty|impôt|impôts|sugar tax`);
const SIGN_TO_SAVE = list(`sign to save|signez pour sauver|signez pour garder|sign the petition to save
  |signez la pétition pour sauver|sign to keep|sign to stop the closure|signez contre la fermeture`);
const PUBLIC_SERVICE = list(`train line|rail line|ligne de train|ligne ferroviaire|bus route|bus routes|ligne de bus
  |hospital|hôpital|maternité|maternity unit|post office|bureau de poste|la poste|school|école|collège|library
  |bibliothèque|médiathèque|a and e|urgences|fire station|caserne`);
const RED_CAPS = list(`red caps|red cap|red hats|red hat|maga hats|maga hat|casquettes rouges`);
const RALLY = list(`not a rally|read the room|political rally|meeting politique|at a rally`);

/** A concert hall, a flavour's share of the vote and its voters. */
const POLITICS_NEGATIVE =
  list(`labor day|labor day sale|élysée montmartre|l élysée montmartre|landslide with {n} of the vote
  |remporte le vote avec {n}|cost of living allowance|cost of living payment|cost of living bonus
  |cost of living support|prime de vie chère|nhs heroes|nhs staff|nhs workers|nhs nurses|nhs discount
  |nhs discounts`);

const ROUND_24C: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      strong: { fr: exact(POLITICS_STRONG) },
      actors24c: { fr: `${exact(ACTORS)}|${NICKNAMES.join('|')}` },
      verdict24c: { fr: exact(VERDICT) },
      near24c: { fr: exact(NEAR) },
      services24c: { fr: exact(SERVICES) },
      officeFar24c: { fr: exact(OFFICE_FAR) },
      cities24c: { fr: exact(CITIES) },
      no10_24c: { fr: exact(NO_10) },
      announced24c: { fr: exact(ANNOUNCED) },
      nearCity24c: { fr: exact(NEAR_CITY) },
      congrats24c: { fr: exact(CONGRATS) },
      seatPolicy24c: { fr: exact(SEAT_POLICY) },
      ministers24c: { fr: exact(MINISTERS) },
      span24c: { fr: exact(SPAN) },
      electionDay24c: { fr: exact(ELECTION_DAY) },
      tick24c: { fr: exact(TICK) },
      candidates24c: { fr: exact(CANDIDATES) },
      watched24c: { fr: exact(WATCHED) },
      local24c: { fr: exact(LOCAL) },
      selfPraise24c: { fr: exact(SELF_PRAISE) },
      publicPromise24c: { fr: exact(PUBLIC_PROMISE) },
      wait24c: { fr: exact(WAIT) },
      petition24c: { fr: exact(PETITION) },
      tax24c: { fr: exact(TAX) },
      signToSave24c: { fr: exact(SIGN_TO_SAVE) },
      publicService24c: { fr: exact(PUBLIC_SERVICE) },
      redCaps24c: { fr: exact(RED_CAPS) },
      rally24c: { fr: exact(RALLY) },
    },
    pairs: [
      ['actors24c', 'verdict24c', { window: 12 }],
      ['actors24c', 'near24c', { window: 2, ordered: true }],
      ['congrats24c', 'actors24c', { window: 1, ordered: true }],
      ['actors24c', 'seatPolicy24c', { window: 10 }],
      ['no10_24c', 'announced24c', { window: 2, ordered: true }],
      ['actors24c', 'officeFar24c', { window: 12 }],
      ['services24c', 'verdict24c', { window: 12 }],
      ['services24c', 'near24c', { window: 2, ordered: true }],
      ['services24c', 'seatPolicy24c', { window: 10 }],
      ['cities24c', 'verdict24c', { window: 12 }],
      ['cities24c', 'nearCity24c', { window: 1, ordered: true }],
      ['cities24c', 'seatPolicy24c', { window: 10 }],
      ['ministers24c', 'span24c', { window: 2, ordered: true, clause: true }],
      ['electionDay24c', 'tick24c', { window: 30 }],
      ['candidates24c', 'watched24c', { window: 16 }],
      ['local24c', 'selfPraise24c', { window: 8 }],
      ['publicPromise24c', 'wait24c', { window: 10 }],
      ['petition24c', 'tax24c', { window: 8 }],
      ['signToSave24c', 'publicService24c', { window: 8, ordered: true }],
      ['redCaps24c', 'rally24c', { window: 20 }],
    ],
    negative: { fr: exact(POLITICS_NEGATIVE) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24c = roundByTopic(ROUND_24C);
