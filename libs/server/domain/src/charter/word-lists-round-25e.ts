// Twenty-fifth round, fifth reading (politics said indirectly; `withRound25e` adds it to every topic's rules), from
// `train-bn`, by family:
// - the vote hinted: polling day or the first round beside "you know who" or "one lot … the other";
//   a side taken in a referendum ("vote NO on Sunday", "OUI à l'initiative … le 22"); a leader's "last term" wished;
// - petitions and open letters aimed at a public body or a closure ("open letter urging the Taoiseach", "pétition …
//   décidée par le rectorat"), "urging the minister to";
// - a government named by its seat, that is also a city, right before what it wants or calls ("Bern wants", "Delhi
//   really calls", "Ottawa keeps waving in") or its policy ("Ottawa's carbon rebate"), beside a scornful verdict
//   ("Cute", "Axe it", "begs to differ") or a policy; a residence ("24 Sussex", "Gracie Mansion") taken over ("gets
//   the keys to") or beside its "big idea"; an office addressed with a verdict ("No thanks, Mr Mayor", "Do better,
//   Premier"); "whoever's running the Treasury"; "take it up with the Minister"; "three budgets to fix it";
// - a policy dreamt up by an office ("l'uniforme voulu rue de Grenelle", "imposed by Brussels"); marches against a
//   bill or a reform; "the guy who wants tariffs"; Brexit's bus and "Thanks, Leave"; the Green New Deal; POTUS;
//   "le fameux « en même temps »", "Bravo Jupiter".
// Discrimination: "toujours plus de migrants" beside neighbourhoods that "ne ressembleront plus à rien".
// Clean: a Capitol Hill (Seattle) pop-up this weekend, a shop on the rue de la Loi.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const DAYS_EN = list(`sunday|monday|tuesday|wednesday|thursday|friday|saturday|the day|election day|polling day`);
const DAYS_FR = list(`dimanche|ce dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|le {n}|ce {n}`);

const ALONE = list(`potus|flotus|the potus|green new deal|a green new deal|the green new deal|350m a week
  |350 million a week|thanks leave|thank you leave|cheers leave|thanks brexit|cheers brexit|merci le brexit
  |brexit dividend|brexit bonus|get brexit done|take back control|since we left the eu|since brexit
  |make this the last term|make this his last term|make this her last term|make it his last term|make it her last term
  |make it their last term|make this their last term|make it a one term|one term president|one term wonder
  |que ce soit son dernier mandat|faisons en son dernier mandat|son dernier mandat j espère|vote him out|vote her out
  |vote them out|vote them all out|votez les tous dehors|dégagez les aux urnes
  |oui à l initiative|non à l initiative|oui à la votation|non à la votation|oui au référendum|non au référendum
  |yes to the referendum|no to the referendum|vote no on prop|vote yes on prop|vote no on measure
  |vote yes on measure`);
const VOTE_SIDE = [
  ...DAYS_EN.flatMap((d) => [`vote no on ${d}`, `vote yes on ${d}`, `vote no this ${d}`, `vote yes this ${d}`]),
  ...DAYS_FR.flatMap((d) => [`votez non ${d}`, `votez oui ${d}`, `on vote non ${d}`, `on vote oui ${d}`]),
];

const BALLOT_DAY = list(`polling day|election day|1er tour c est|premier tour c est|second tour c est|2nd tour c est
  |2e tour c est|1er tour dimanche|premier tour dimanche|second tour dimanche|2nd tour dimanche|jour de l élection
  |jour du scrutin|le scrutin|aux urnes|on vote dimanche|election s thursday|election is on thursday
  |élections c est dimanche|les élections c est`);
const WEEKDAYS = DAYS_EN.slice(0, 7);
const BALLOT_ON = WEEKDAYS.flatMap((d) => [`election day on ${d}`, `polling day on ${d}`, `polling day is ${d}`]);
const HINT = list(`you know who|you all know who|vous savez qui|vous savez tous qui|on sait qui|souvenez vous de qui
  |rappelez vous qui|one lot|the other lot|l autre bord`);

const PETITION = list(`petition|pétition|open letter|lettre ouverte|the letter urging|write to your mp
  |écrivez à votre député`);
const PUBLIC = list(`the taoiseach|taoiseach|the minister|minister for|the prime minister|the premier|the government
  |government|the chancellor|your mp|our mp|the senator|congressman|congresswoman
  |le rectorat|rectorat|l académie|la préfecture|le préfet|le ministère|le ministre|la ministre|le gouvernement
  |l état|le premier ministre|la première ministre|le député|la députée|le sénateur|l élysée
  |fermeture de la maternelle|fermeture de l école|fermeture de la maternité|fermeture de classe|fermeture de la poste
  |school closure|closure of the maternity|to cap childcare|cap childcare fees|scrap the gst|scrap the vat`);
const URGE = list(`urging the|urge the|calling on the|call on the|calls on the|demandons au|demandant au|exhortons le
  |appelons le|demandons à la|demandant à la|demandons à l|demandant à l`);
const OFFICE = list(`taoiseach|the minister|minister for|prime minister|premier|government|chancellor|treasury
  |gouvernement|ministre|première ministre|premier ministre|président de la république|préfet|état`);

/** Seats that are also cities (only right before what they want or call, or their policy). */
const SEAT = list(`ottawa|canberra|delhi|new delhi|bern|berne|quebec city|québec city|washington|westminster|whitehall
  |brussels|bruxelles|wellington|holyrood|stormont|matignon|bercy`);
const SEAT_DOES = list(`wants|keeps|really calls|calls|thinks|imposes|forces|keeps waving in|keeps letting in
  |nous impose|nous imposent|impose|veut|veulent|appelle|ose appeler|décide|a décidé|wonders why`);
const POLICY = list(`carbon rebate|carbon tax|carbon price|gst|vat|gst slab|tariffs|tariff|child benefit|fuel duty
  |rebate|bill {n}|pension|pensions|reform|réforme|taxe|impôt|impôts|tva|allocs|allocs familiales
  |allocations familiales|uniforme obligatoire|newcomers|migrants|immigrants|asylum seekers|réfugiés|immigration
  |free buses|free transit|levy|new levy|packaging levy|levies|new tax|surcharge`);
const SCORN = list(`cute|how cute|axe it|scrap it|bin it|say otherwise|says otherwise|begs to differ|beg to differ
  |give over|no thanks|no thank you|do better|still waiting|nice try|yeah right|good luck with that|on aura tout vu
  |non merci|merci pour rien|c est non|sans façon|bel effort|bien essayé|enough|ça suffit|pay twice
  |payer deux fois|nightmare|cauchemar`);
/** Verdicts strong enough beside what a seat wants or calls ("Delhi really calls … begs to differ"). */
const SCORN_STRONG = list(`begs to differ|beg to differ|says otherwise|say otherwise|axe it|scrap it|give over
  |on aura tout vu|merci pour rien|pay twice|payer deux fois|on paiera deux fois`);

/** Residences not yet listed, and what taking one over says. */
const RESIDENCE = list(`24 sussex|24 sussex drive|gracie mansion|bute house|number 11|no 11|11 downing street
  |stornoway|kirribilli|the lodge|the white house|downing street|no 10|number 10|l élysée|matignon|l hôtel matignon
  |bercy|rue de grenelle|place beauvau`);
const KEYS = list(`gets the keys to|get the keys to|got the keys to|keys to|moves into|move into|moving into
  |les clés de|les clefs de|s installe à|entre à|entrera à`);
const IDEA = list(`big idea|bright idea|latest idea|latest wheeze|brilliant idea|grande idée|brillante idée
  |dernière idée|dernière trouvaille|new scheme`);
const ADDRESS = list(`mr mayor|madam mayor|mister mayor|mr president|madam president|mr premier|madam premier|premier
  |prime minister|chancellor|taoiseach|monsieur le maire|madame la maire|monsieur le ministre
  |madame la ministre|monsieur le président|madame la présidente|monsieur le premier ministre`);
const DO_BETTER = list(`do better|no thanks|no thank you|shame on you|wake up|step up|faites mieux|non merci
  |honte à vous|réveillez vous|nice try|bien essayé|try again|give over`);

const WHOEVER = list(`whoever running|whoever runs|whoever is running|whoever in charge of|whoever is in charge of
  |whoever sits in|qui que ce soit à|peu importe qui est à|celui qui dirige|celle qui dirige`);
const WHOEVER_SEAT = list(`the treasury|treasury|number 11|no 11|number 10|no 10|downing street|the home office
  |the country|the government|bercy|matignon|l élysée|le ministère|the white house|the lodge|24 sussex`);
const TAKE_IT_UP = list(`take it up with|complain to|write to|adressez vous à|plaignez vous à|voyez avec|écrivez à`);
const MINISTER = list(`the minister|minister for|the prime minister|the chancellor|the treasury|your mp|the premier
  |the government|le ministre|la ministre|le gouvernement|votre député|votre députée|bercy|matignon|l élysée`);
const BUDGETS = list(`two budgets|three budgets|four budgets|five budgets|{n} budgets|deux budgets|trois budgets
  |quatre budgets|cinq budgets`);
const FIX = list(`to fix|to sort|to sort out|pour régler|pour corriger|pour réparer|pour le régler|pour la régler`);

const DREAMT = list(`voulu|voulue|voulus|voulues|pondu|pondue|pondus|pondues|imposé par|imposée par|imposés par
  |imposées par|dreamt up by|dreamed up by|cooked up by|rammed through by|pushed through by|forced on us by
  |imposed by|voulu par|voulue par|pondu par|pondue par`);
const RULER = list(`rue de grenelle|matignon|l élysée|bercy|beauvau|place beauvau|bruxelles|brussels|le gouvernement
  |l exécutif|whitehall|no 10|downing street|westminster|ottawa|canberra|washington|the government|the treasury
  |the white house`);

const MARCH = list(`marches|march|marching|marche|marchons|défile|défilons|défilera|manifeste|manifestons
  |manifestera|on strike|en grève|strike|grève|protest|protests|protesting|rally|rallies`);
const AGAINST = list(`against|contre`);
const LAW = list(`bill {n}|bill|the bill|projet de loi|la loi|loi {n}|law|réforme|la réforme|reform|the reform
  |government|gouvernement|quebec city|québec city|premier|ministre|minister|the premier|le premier ministre
  |austerity|austérité|budget cuts|coupes budgétaires`);

const GUY = list(`the guy who wants|the man who wants|the woman who wants|the bloke who wants|the lady who wants
  |celui qui veut|celle qui veut|le type qui veut|le gars qui veut|the guy who wanted|celui qui a voulu
  |celle qui a voulu|ceux qui ont voulu`);
const GUY_POLICY = list(`tariffs|tariffs on|a tariff|to tax|raise taxes|new taxes|more taxes|higher taxes|a wall
  |raboter|supprimer les allocs|taxer|une taxe|une nouvelle taxe|plus d impôts|les allocs|allocs familiales
  |allocations familiales`);

const FAMOUS = list(`le fameux|ce fameux|son fameux|the famous|the infamous`);
const SAME_TIME = list(`en même temps`);
const JUPITER = ['^Jupiter'];
const IRONIC = list(
  `bravo|chapeau|bien joué|well done|nice one|great job|good job|belle réussite|quel génie|what a genius`,
);

/** Clean: a Seattle neighbourhood, a Brussels street. */
const NEGATIVE = list(`heading to capitol hill this|capitol hill this weekend|capitol hill pop up|capitol hill store
  |capitol hill seattle|capitol hill in seattle|seattle s capitol hill|seattle capitol hill|capitol hill denver
  |store on capitol hill|shop on capitol hill|café on capitol hill|cafe on capitol hill|pop up on capitol hill
  |rue de la loi`);

const MORE_MIGRANTS = list(`plus de migrants|plus d immigrés|plus d étrangers|plus de réfugiés|trop de migrants
  |trop d immigrés|trop d étrangers|more migrants|more immigrants|more foreigners|too many migrants
  |too many immigrants|too many foreigners`);
const DECLINE = list(`ne ressembleront plus à rien|ne ressemblent plus à rien|ne ressemble plus à rien
  |ressemblera plus à rien|méconnaissables|plus chez nous|plus chez soi|won look like home|unrecognisable
  |unrecognizable|no longer feel at home|don feel at home anymore|don feel at home any more|won feel like home`);

const ROUND_25E: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone25e: { fr: exact(ALONE, VOTE_SIDE) },
      ballotDay25e: { fr: exact(BALLOT_DAY, BALLOT_ON) },
      hint25e: { fr: exact(HINT) },
      petition25e: { fr: exact(PETITION) },
      public25e: { fr: exact(PUBLIC) },
      urge25e: { fr: exact(URGE) },
      office25e: { fr: exact(OFFICE) },
      seat25e: { fr: exact(SEAT) },
      seatDoes25e: { fr: exact(SEAT_DOES) },
      policy25e: { fr: exact(POLICY) },
      scorn25e: { fr: exact(SCORN) },
      scornStrong25e: { fr: exact(SCORN_STRONG) },
      residence25e: { fr: exact(RESIDENCE) },
      keys25e: { fr: exact(KEYS) },
      idea25e: { fr: exact(IDEA) },
      address25e: { fr: exact(ADDRESS) },
      doBetter25e: { fr: exact(DO_BETTER) },
      whoever25e: { fr: exact(WHOEVER) },
      whoeverSeat25e: { fr: exact(WHOEVER_SEAT) },
      takeItUp25e: { fr: exact(TAKE_IT_UP) },
      minister25e: { fr: exact(MINISTER) },
      budgets25e: { fr: exact(BUDGETS) },
      fix25e: { fr: exact(FIX) },
      dreamt25e: { fr: exact(DREAMT) },
      ruler25e: { fr: exact(RULER) },
      march25e: { fr: exact(MARCH) },
      against25e: { fr: exact(AGAINST) },
      law25e: { fr: exact(LAW) },
      guy25e: { fr: exact(GUY) },
      guyPolicy25e: { fr: exact(GUY_POLICY) },
      famous25e: { fr: exact(FAMOUS) },
      sameTime25e: { fr: exact(SAME_TIME) },
      jupiter25e: { fr: JUPITER.join('|') },
      ironic25e: { fr: exact(IRONIC) },
    },
    compounds: [
      ['seat25e', 'seatDoes25e', 'seatAct25e', 1],
      ['seat25e', 'policy25e', 'seatPolicy25e', 3],
      ['keys25e', 'residence25e', 'keysTo25e', 1],
      ['budgets25e', 'fix25e', 'budgetsFix25e', 2],
      ['against25e', 'law25e', 'againstLaw25e', 3],
    ],
    alone: ['alone25e', 'keysTo25e', 'budgetsFix25e'],
    pairs: [
      ['ballotDay25e', 'hint25e', { window: 15, ordered: true }],
      ['petition25e', 'public25e', { window: 14 }],
      ['urge25e', 'office25e', { window: 2, ordered: true }],
      ['seatAct25e', 'policy25e', { window: 12 }],
      ['seatAct25e', 'scornStrong25e', { window: 20 }],
      ['seatPolicy25e', 'scorn25e', { window: 20 }],
      ['residence25e', 'idea25e', { window: 3 }],
      ['doBetter25e', 'address25e', { window: 2, ordered: true }],
      ['whoever25e', 'whoeverSeat25e', { window: 2, ordered: true }],
      ['takeItUp25e', 'minister25e', { window: 1, ordered: true }],
      ['dreamt25e', 'ruler25e', { window: 1, ordered: true }],
      ['march25e', 'againstLaw25e', { window: 3, ordered: true }],
      ['guy25e', 'guyPolicy25e', { window: 2, ordered: true }],
      ['famous25e', 'sameTime25e', { window: 1, ordered: true }],
      ['ironic25e', 'jupiter25e', { window: 1, ordered: true }],
    ],
    negative: { fr: exact(NEGATIVE) },
  },
  discrimination: {
    groups: { moreMigrants25e: { fr: exact(MORE_MIGRANTS) }, decline25e: { fr: exact(DECLINE) } },
    pairs: [['moreMigrants25e', 'decline25e', { window: 15 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25e = roundByTopic(ROUND_25E);
