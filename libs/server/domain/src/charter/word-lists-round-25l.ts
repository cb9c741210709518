// Twenty-fifth round, twelfth reading (`withRound25l` adds it to every topic's rules), from `train-bs` (English
// politics said indirectly, health and legal claims), by family:
// Politics: leaders named by surname alone (South Africa, India, US governors) or with an honorific ("Nirmala ji");
// party headquarters and chambers as their metonym ("Luthuli House", "CCHQ", "Lok Sabha"); a ministry by its acronym
// beside a sneer ("Well done, DHSC", "the DfE's cap … shame"); a legislature that bans everything; a ban mocked
// ("banning …, because obviously that's why"); officials who "could learn a thing or two" from a child; a state or
// provincial premier told to "sort the grid first"; an office addressed beside its tax ("Hey Chancellor, your cotton
// tariff"); a vote hinted at (🗳️, "election day" beside "you know exactly what to do"); an MP by seat ("the member
// for Clacton") or away from the chamber ("more time on TikTok than in the Commons"); a policy that "helps nobody";
// privatisation or nationalisation blamed; a tax "hiked again"; "the NHS on its knees".
// Health and legal: depression "lifted" by a product; a fever brought down by morning; a jury, judge or tribunal
// that "will say so"; guilt asserted ("everyone knows he cooked the books", "fraud, plain and simple"); a case's
// outcome known before judgment ("we already know how it ends", "the court date is a formality"); a fine, fee or
// contract said to be unenforceable; consumer law said to "no longer apply".
// Negative: "this week's Speaker of the House" at a brand's HQ (a child's role, not the office).
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const POL_ALONE = list(`ramaphosa|cyril ramaphosa|malema|julius malema|jacob zuma|steenhuisen|john steenhuisen
  |mashatile|paul mashatile|mbalula|fikile mbalula|kejriwal|arvind kejriwal|sitharaman|nirmala sitharaman|nirmala ji
  |modi ji|modiji|rahul gandhi|mamata banerjee|yogi adityanath|hochul|kathy hochul|gretchen whitmer|whitmer
  |greg abbott|desantis|varadkar|leo varadkar|mary lou mcdonald|danielle smith premier|premier danielle smith
  |luthuli house|cchq|tory hq|labour hq|lok sabha|rajya sabha|union buildings in pretoria
  |state of the nation address|than in the commons|than in the house of commons|than in parliament
  |than in the chamber|than in the senate|than on the benches|qu à l assemblée|qu au sénat|que dans l hémicycle
  |que sur les bancs de l assemblée|whoever privatised|whoever privatized|whoever nationalised|whoever nationalized
  |nhs on its knees|nhs is on its knees|nhs on its last legs|nhs is on its last legs|nhs is collapsing
  |nhs is crumbling|l hôpital public à genoux|l hôpital public est à genoux|l hôpital est à genoux`);

const DEPARTMENT = list(`dhsc|dfe|dwp|defra|dcms|desnz|dft|fcdo|mhclg|dluhc|beis|hmt|the home office|bercy
  |le ministère|ce ministère|la dgccrf`);
const SNEER = list(`well done|cheers|nice idea|great idea|brilliant idea|shame it|shame they|genius|bravo|nice one
  |strikes again|classic|forgot|forgets|forgetting|on its knees|good job|great job|slow clap|bien joué|bravo à
  |merci pour rien|belle idée|quel génie|🙄|👏|🤡`);

const LEGISLATURE = list(`legislature|state legislature|legislators|lawmakers|statehouse|state house|congress
  |the senate|state senate|parliament|the assembly|the council|the government|whitehall|westminster|holyrood
  |tallahassee|austin|sacramento|albany|canberra|les députés|le gouvernement|le sénat|l assemblée|bruxelles`);
const BAN_ALL = list(`banning everything|ban everything|bans everything|banned everything|banning anything
  |out here banning|decides to ban next|decide to ban next|what they ban next|what they ll ban next|want to ban
  |wants to ban|keep banning|keeps banning|tout interdire|interdire tout|interdisent tout|interdit tout
  |va bientôt interdire|vont bientôt interdire|interdiront bientôt`);

const BANNING = list(`banning|ban|bans|banned|a ban on|interdire|interdiction|interdit`);
const OBVIOUSLY = list(`because obviously that|because clearly that|because apparently that|because of course that
  |that ll fix|that will fix|that ll solve|that will solve|that ll sort|that will sort|parce que c est évidemment
  |parce que évidemment c est|ça va tout régler|ça va régler`);

const OFFICIALS = list(`councillors|councillor|the council|council|ministers|minister|the government|government|mps
  |politicians|the chancellor|chancellor|the treasury|treasury|lawmakers|congress|senators|the cabinet|cabinet
  |whitehall|westminster|the people running the country|élus|nos élus|ministres|le gouvernement|députés
  |conseillers municipaux|la mairie|bercy`);
const CHILD_LESSON = list(`learn a thing or two|could learn a thing|take lessons from|take a lesson from
  |a seven year old|a six year old|a five year old|an eight year old|a {n} year old|a toddler|pocket money
  |our year {n}|un enfant de {n} ans|un enfant de cinq ans|un enfant de six ans|un enfant de sept ans
  |argent de poche|des leçons à recevoir|prendre des leçons|pourraient apprendre`);

const PREMIER_OF = `alberta|ontario|quebec|saskatchewan|manitoba|bc|nova scotia|queensland|nsw|victorian|tasmanian
  |wa|sa|state|provincial|the`;
const PREMIER = list(PREMIER_OF).map((p) => `${p} premier`);
const OFFICE = [
  ...PREMIER,
  ...list(`premier of|governor|the governor|mayor|the mayor|minister|prime minister|the pm
  |chancellor|the chancellor|first minister|premier ministre|ministre|gouverneur`),
];
const TAUNT = list(`maybe sort|maybe fix|maybe try fixing|perhaps sort|perhaps fix|how about sorting|how about fixing
  |try fixing|sort out the|fix the grid first|sort the grid first|fix your own|wants out of the|commencez par réparer
  |et si vous répariez|occupez vous d abord|réparez d abord`);

const ADDRESS = list(`hey chancellor|dear chancellor|hey prime minister|dear prime minister|hey minister|dear minister
  |hey premier|dear premier|hey governor|dear governor|mr chancellor|madam chancellor|mr prime minister
  |madam prime minister|monsieur le ministre|madame la ministre|cher ministre|chère ministre
  |monsieur le premier ministre|madame la première ministre`);
const POLICY = list(`tariff|tariffs|tax|taxes|levy|budget|ban|cap|reform|cuts|duty|vat|gst|hike|rise|mandate|bill
  |law|taxe|taxes|réforme|budget|loi|impôt|impôts|tva|hausse|droits de douane`);

const BALLOT_TIME = list(`election day|polling day|voting day|at the ballot box|at the polls|in the booth
  |polling station|the midterms|jour du scrutin|dans l isoloir|aux urnes`);
const KNOW_WHO = list(`know exactly what to do|vote accordingly|remember in november|remember this in november
  |you know who to vote for|know who not to vote for|vous savez pour qui voter|savez pour qui ne pas voter
  |vous savez ce qu il vous reste à faire
  |vous savez ce qu il reste à faire`);
const NOVEMBER = list(`november is coming|come november|see you in november|remember in november`);
const SWING = list(`georgia|pennsylvania|arizona|michigan|wisconsin|nevada|north carolina|ohio|florida`);

const MEMBER_FOR = list(`the member for|honourable member for|hon member for|the mp for|the senator from
  |the congressman from|the congresswoman from|le député de|la députée de|le sénateur de|la sénatrice de`);
const CHAMBER = list(`commons|the commons|the chamber|parliament|the senate|the house floor|constituents
  |constituency|his seat|her seat|l assemblée|l hémicycle|ses électeurs|sa circonscription|le sénat`);

const PUBLIC_MEASURE = list(`royalties|coal royalties|levy|tax|tariff|tariffs|price cap|ban|reform|bill|subsidy
  |subsidies|mandate|duty|rebate|cuts|legislation|minimum unit pricing|taxe|redevance|réforme|loi|plafonnement
  |interdiction|subvention|mesure`);
const NOBODY = list(`help nobody|helps nobody|helped nobody|help no one|helps no one|helped no one|benefits nobody
  |benefit nobody|fixes nothing|fixed nothing|fixed precisely nothing|achieves nothing|achieved nothing
  |n aide personne|n a aidé personne|ne profite à personne|ne règle rien|n a rien réglé|ne résout rien
  |n a rien résolu`);

const PRIVATISE = list(`privatised|privatized|privatise|privatize|privatisation|privatization|nationalise
  |nationalize|nationalised|nationalized|nationalisation|nationalization|privatisé|privatisée|privatiser
  |privatisation|nationaliser|nationalisé|nationalisée|nationalisation`);
const BLAME = list(`a lot to answer for|has a lot to answer|have a lot to answer|gets his way|gets her way
  |get their way|while you still can|ruined|disaster|fiasco|thanks to|à cause de|merci la|catastrophe
  |beau résultat|on voit le résultat`);

const TAX = list(`gst|vat|levy|duty|excise|tax|taxes|council tax|stamp duty|fuel duty|sugar tax|tva|taxe|taxes
  |impôt|impôts|accises|redevance`);
const HIKED_AGAIN = list(`hiked again|raised again|up again|goes up again|going up again|rises again|rising again
  |increased again|hike again|another hike|yet another hike|encore augmenté|encore augmentée|augmente encore
  |augmentent encore|encore une hausse|relevée encore|encore relevée`);

const POL_NEGATIVE = list(`this week speaker of the house|today speaker of the house|our speaker of the house
  |speaker of the house at kindy|speaker of the house at hq|speaker of the house at our|near luthuli house
  |opposite luthuli house|next to luthuli house|throw from luthuli house|walk from luthuli house`);

const MOOD = list(`depression|winter depression|seasonal depression|seasonal affective disorder|postnatal depression
  |low mood|dépression|dépression saisonnière|déprime saisonnière|baby blues`);
const LIFT = list(`lifts|lift|lifting|eases|ease|beats|beat|banishes|banish|chases away|cures|cure|relieves
  |relieve|fights|tackles|soulage|chasse|combat|guérit|vient à bout de|fait disparaître`);

const FEVER = list(`fever|a fever|running a fever|high temperature|a high temperature|running a temperature|feverish
  |fevers|fièvre|de la fièvre|forte fièvre|poussée de fièvre`);
const FEVER_DOWN = list(`temperature down|down by morning|gone by morning|fever gone|fever down
  |bring the fever down|bring down the fever|brings the fever down|brings down the fever|lowers the fever
  |lower the fever|reduces fever|reduce fever|reduces the fever|cools the fever|break the fever|breaks the fever
  |fait baisser la fièvre|fait tomber la fièvre|baisse la fièvre|fièvre tombée|plus de fièvre au réveil
  |plus de fièvre le lendemain`);

const JUDGES = list(`the jury|jury|the judge|the court|the tribunal|the magistrates|the magistrate|the ombudsman
  |the arbitrator|le juge|le tribunal|les jurés|la cour|les prud hommes`);
const WILL_SAY = list(`will say so|will agree|will convict|will find him guilty|will find her guilty
  |will find them guilty|will rule in our favour|will rule in our favor|will side with us|will back us
  |will prove it|will throw it out|will confirm it|le confirmera|va le confirmer|nous donnera raison
  |lui donnera tort|va le condamner|le condamnera|les condamnera`);

const KNOWN = list(`everyone knows|everybody knows|we all know|we know|it obvious|tout le monde sait
  |on sait tous|on sait tous que|tout le monde le sait`);
const MISDEED = list(`cooked the books|fiddled the books|cooks the books|embezzled|committed fraud|is a fraudster
  |is a thief|is a crook|took bribes|a escroqué|a détourné|truqué les comptes
  |maquillé les comptes|a triché sur les comptes`);

const CRIME = list(`fraud|a fraud|embezzlement|bribery|a fraudster|a thief|a crook|escroquerie|fraude|un escroc
  |une escroquerie|détournement de fonds`);
const FLAT = list(`plain and simple|full stop|end of story|no question|no doubt about it|point final|point barre
  |ni plus ni moins|purement et simplement`);

const LEGAL_EVENT = list(`judgment|judgement|the verdict|verdict is due|the ruling|ruling is due|court date
  |court case|the hearing|the trial|the lawsuit|lawsuit|the tribunal|tribunal|trademark case|le jugement|le verdict
  |l audience|le procès|la décision du tribunal|le délibéré`);
const CERTAIN = list(`we already know how it ends|already know how it ends|we know how it ends|we win they lose
  |we win and they lose|a formality|a mere formality|just a formality|done deal|in the bag|a foregone conclusion
  |foregone conclusion|mark our words|on sait déjà comment ça finit|on connaît déjà la fin|gagné d avance
  |une formalité|simple formalité|joué d avance|c est plié|c est dans la poche`);

const FINE = list(`fine|fines|the fine|penalty|penalty charge|parking ticket|parking tickets|parking fine
  |speeding ticket|pcn|ulez|ulez fine|congestion charge|toll|tolls|exit fee|exit fees|contract|the contract|clause
  |debt|amende|amendes|pv|contravention|péage|frais de résiliation|contrat|le contrat|clause`);
const CANT_ENFORCE = list(`cannot be enforced|can not be enforced|won be enforced|will never be enforced|unenforceable
  |not enforceable|not legally enforceable|aren legally enforceable|aren enforceable|isn enforceable
  |isn legally enforceable|never legally binding
  |cannot touch you|cannot be collected|inapplicable|pas opposable|ne peut pas être exigée|ne peuvent pas être exigés
  |n a aucune valeur légale|aucune valeur juridique|ne peut pas être appliquée|jamais recouvrée`);

const CONSUMER_LAW = list(`consumer rights act|consumer law|consumer rights|your statutory rights|statutory rights
  |the warranty law|la garantie légale|garantie légale|le code de la consommation|code de la consommation
  |vos droits de consommateur`);
const NO_APPLY = list(`no longer applies|no longer apply|stops applying|stop applying|doesn apply|does not apply
  |don apply|do not apply|legally we cannot|we legally cannot|legally we can do nothing|ne s applique plus
  |ne s appliquent plus|ne s applique pas|ne s appliquent pas|ne vaut plus|ne compte plus`);

const ROUND_25L: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone25l: { fr: exact(POL_ALONE) },
      department25l: { fr: exact(DEPARTMENT) },
      sneer25l: { fr: exact(SNEER) },
      legislature25l: { fr: exact(LEGISLATURE) },
      banAll25l: { fr: exact(BAN_ALL) },
      banning25l: { fr: exact(BANNING) },
      obviously25l: { fr: exact(OBVIOUSLY) },
      officials25l: { fr: exact(OFFICIALS) },
      childLesson25l: { fr: exact(CHILD_LESSON) },
      office25l: { fr: exact(OFFICE) },
      taunt25l: { fr: exact(TAUNT) },
      address25l: { fr: exact(ADDRESS) },
      policy25l: { fr: exact(POLICY) },
      ballotTime25l: { fr: exact(BALLOT_TIME) },
      knowWho25l: { fr: exact(KNOW_WHO) },
      november25l: { fr: exact(NOVEMBER) },
      swing25l: { fr: exact(SWING) },
      memberFor25l: { fr: exact(MEMBER_FOR) },
      chamber25l: { fr: exact(CHAMBER) },
      publicMeasure25l: { fr: exact(PUBLIC_MEASURE) },
      nobody25l: { fr: exact(NOBODY) },
      privatise25l: { fr: exact(PRIVATISE) },
      blame25l: { fr: exact(BLAME) },
      tax25l: { fr: exact(TAX) },
      hikedAgain25l: { fr: exact(HIKED_AGAIN) },
    },
    alone: ['alone25l'],
    signs: { ballot25l: ['🗳️', '🗳'] },
    negative: { fr: exact(POL_NEGATIVE) },
    pairs: [
      ['department25l', 'sneer25l', { window: 12 }],
      ['legislature25l', 'banAll25l', { window: 8 }],
      ['banning25l', 'obviously25l', { window: 8, ordered: true }],
      ['officials25l', 'childLesson25l', { window: 14 }],
      ['office25l', 'taunt25l', { window: 14 }],
      ['address25l', 'policy25l', { window: 6, ordered: true }],
      ['ballot25l', 'knowWho25l', { window: 16 }],
      ['ballotTime25l', 'knowWho25l', { window: 12 }],
      ['november25l', 'swing25l', { window: 12 }],
      ['memberFor25l', 'chamber25l', { window: 16 }],
      ['publicMeasure25l', 'nobody25l', { window: 6, clause: true }],
      ['privatise25l', 'blame25l', { window: 10 }],
      ['tax25l', 'hikedAgain25l', { window: 6, clause: true }],
    ],
  },
  health_legal: {
    groups: {
      mood25l: { fr: exact(MOOD) },
      lift25l: { fr: exact(LIFT) },
      fever25l: { fr: exact(FEVER) },
      feverDown25l: { fr: exact(FEVER_DOWN) },
      judges25l: { fr: exact(JUDGES) },
      willSay25l: { fr: exact(WILL_SAY) },
      known25l: { fr: exact(KNOWN) },
      misdeed25l: { fr: exact(MISDEED) },
      crime25l: { fr: exact(CRIME) },
      flat25l: { fr: exact(FLAT) },
      legalEvent25l: { fr: exact(LEGAL_EVENT) },
      certain25l: { fr: exact(CERTAIN) },
      fine25l: { fr: exact(FINE) },
      cantEnforce25l: { fr: exact(CANT_ENFORCE) },
      consumerLaw25l: { fr: exact(CONSUMER_LAW) },
      noApply25l: { fr: exact(NO_APPLY) },
    },
    pairs: [
      ['mood25l', 'lift25l', { window: 3 }],
      ['fever25l', 'feverDown25l', { window: 16 }],
      ['judges25l', 'willSay25l', { window: 3, ordered: true }],
      ['known25l', 'misdeed25l', { window: 10, ordered: true }],
      ['crime25l', 'flat25l', { window: 3 }],
      ['legalEvent25l', 'certain25l', { window: 14 }],
      ['fine25l', 'cantEnforce25l', { window: 14 }],
      ['consumerLaw25l', 'noApply25l', { window: 8, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25l = roundByTopic(ROUND_25L);
