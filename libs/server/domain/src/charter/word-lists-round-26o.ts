// Twenty-sixth round, reading o (`withRound26o` adds it to every topic's rules), from `train-ca`'s politics misses,
// by family (English, said in passing by a brand):
// Polling day and a colour or a hint ("we hear red is very in", "if you catch our drift", "just saying"); a
// politician's plan mocked ("the Chancellor's growth plan", "Dutton's nuclear plan", "Sadiq's cash machine"); the
// lettuce that outlasted a premiership; the "nanny state", a sugar tax or VAT on school fees sneered at; "rejoin when?"
// over customs forms; "your candidate's whole platform is building walls", "rethink Tuesday's vote"; a chainsaw taken
// to a department; a biscuit "named after Justin" because it "crumbles under pressure"; demonetisation's
// "masterstroke"; "not so sure about the manifesto", "shame about the waiting lists"; the council's plan and a cycle
// lane "to nowhere"; ULEZ, LTNs and the 20mph rule thanked through gritted teeth; marching to save the NHS, "with the
// marchers"; Partygate and fixed penalty notices; counting day and "some are happier than others" (🪷); a party's
// win celebrated; "first Greenland, then Canada"; "never trust a man posing in a fish factory"; two parties that
// "share one brain"; "Buck-a-beer Doug".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const POLITICS_ALONE = list(`nanny state|the nanny state|nanny statism|l état nounou|shortest premiership
  |shortest ever premiership|shortest serving prime minister|shortest serving pm|doge cuts
  |department of government efficiency|partygate|beergate|currygate|first greenland then|greenland then canada
  |now the panama canal|take the panama canal|taking the panama canal|annex greenland|annex canada|annexing canada
  |51st state|the 51st state|fifty first state|le 51e état|never trust a politician|never trust politicians
  |buck a beer doug|bharat jodo|padyatra|rahul march across|rahul gandhi march|rahul long march
  |candidate whole platform|candidate entire platform|candidate only policy`);

const ELECTION_DAY = list(`polling day|polling station|polling stations|polling booth|election day|council elections
  |local elections|general election|by election|the elections|elections on|to the polls|at the polls|jour du vote
  |jour de l élection|bureau de vote|au bureau de vote|élections municipales|les municipales|les législatives`);
const HINT = list(`if you catch our drift|catch our drift|catch my drift|if you know what we mean|hint hint|nudge nudge
  |wink wink|just saying|just sayin|only picking one today|picking one today|is very in this season|very in this season
  |we hear red is|we hear blue is|we hear green is|we hear orange is|we hear yellow is|we hear purple is|red is very in
  |blue is very in|green is very in|orange is very in|yellow is very in|purple is very in|now in orange|now in red
  |now in blue|now in green|now in yellow|now in purple|green onesies|red onesies|blue onesies|orange onesies
  |wear red|wear blue|wear green|wear orange|wear yellow|wearing red|wearing blue|wearing green|wearing orange
  |wearing yellow|red rosette|blue rosette|green rosette|orange rosette|yellow rosette|suivez notre regard
  |si vous voyez ce qu on veut dire|on dit ça on dit rien|on dit ça comme ça`);
const NOT_ELECTION = list(`student council elections|student council election|school council elections
  |school council election`);

const POL_NAME = list(`the chancellor|chancellor|the prime minister|the pm|the treasury|the government|dutton|albo
  |albanese|starmer|sunak|reeves|trudeau|poilievre|modi|sadiq|sadiq khan|doug ford|farage|badenoch|truss|boris
  |macron|trump|milei|meloni|downing street|westminster`);
const POL_PLAN = list(`nuclear plan|growth plan|housing plan|energy plan|tax plan|plan for growth|mini budget
  |cash machine|cash cow|cash grab|money grab|tax grab|war on motorists|war on drivers|broken promises|u turn|u turns
  |plan de relance`);

const LETTUCE = list(`the lettuce won|lettuce won|lettuce outlasted|outlasted by a lettuce|outlived by a lettuce
  |lasted longer than a lettuce|outlasted a prime minister|la laitue a gagné|la laitue a tenu plus longtemps`);
const PREMIERSHIP = list(`anniversary|premiership|prime minister|truss|liz|tory|tories|remember|never forget|years ago
  |downing street|number 10|anniversaire|première ministre`);

const TAX_POLICY = list(`sugar tax|sugar levy|soft drinks levy|soda tax|fat tax|vat on private school fees
  |vat on private schools|vat on school fees|private school fees|fuel duty|mansion tax|windfall tax|taxe soda
  |taxe sur les sodas|taxe sucre`);
const TAX_SNEER = list(`taste like freedom|tastes like freedom|some of us remember|some of us just want|priorities eh
  |priorities rachel|priorities chancellor|priorities keir|priorities rishi|interesting priorities|strange priorities
  |great priorities|thanks for nothing|whatever next|daylight robbery|when the vat on|merci pour rien
  |drôles de priorités`);

const REJOIN_Q = list(`rejoin when|rejoin yet|when do we rejoin|when can we rejoin|rejoin already|on rejoint quand`);
const EU_PAIN = list(`customs forms|customs form|customs paperwork|customs declarations|export paperwork|border checks
  |exporter|exporters|red tape|single market|formulaires de douane`);

const CANDIDATE = list(`your candidate|the candidate|their candidate|whole platform|entire platform|votre candidat
  |ton candidat`);
const WALLS = list(`building walls|build walls|build a wall|build the wall|mass deportations|deporting everyone
  |construire des murs|construire un mur`);
const RETHINK = list(`rethink|reconsider|think twice about|think again about|repensez|réfléchissez à deux fois à`);
const VOTE_DAY = list(`monday vote|tuesday vote|wednesday vote|thursday vote|friday vote|saturday vote|sunday vote
  |tomorrow vote|who you vote for|how you vote|votre vote dimanche|ton vote dimanche`);

const CHAINSAW = list(`chainsaw|chainsaws|a chainsaw|tronçonneuse|la tronçonneuse|a wrecking ball`);
const AGENCY = list(`department of energy|department of education|department of|federal agencies|federal agency
  |the civil service|civil servants|public services|usaid|government agencies|the state|les services publics
  |fonctionnaires|l état`);

const NAMED_AFTER = list(`named it after justin|named after justin|named it after trudeau|named after trudeau
  |named it after boris|named after boris|named it after rishi|named after rishi|named it after keir|named after keir
  |named it after liz|named after liz|named it after the prime minister|named after the prime minister
  |named it after the pm|named after the pm|named it after the president|named after the president
  |named it after the chancellor|named after the chancellor|named it after macron|named after macron
  |named it after trump|named after trump|named it after sadiq|named it after nigel|named after nigel
  |named it after kemi
  |on l a appelé macron|baptisé macron`);
const WEAK = list(`crumbles under pressure|crumble under pressure|folds under pressure|caves under pressure
  |cracks under pressure|melts under pressure|flaky|spineless|no backbone|u turns|full of hot air|half baked|wobbly
  |soft in the middle|all show|s effrite sous la pression|sans colonne vertébrale`);

const DEMONETISATION = list(`demonetisation|demonetization|note ban|notebandi|the note ban|old 500 notes
  |old 1000 notes`);
const MASTERSTROKE = list(`masterstroke|master stroke|anniversary|souvenir|remember the queues|never forget|genius
  |what a move`);

const SKEPTIC = list(`not so sure about the|not sure about the|shame about the|pity about the|less sure about the
  |less so the`);
const PUBLIC_THING = list(`manifesto|the manifesto|hospital waiting lists|waiting lists|the pledges`);

const COUNCIL = list(`the council|our council|city council|county council|the local council|council plan
  |council strategy|council solution|la mairie`);
const COUNCIL_SNEER = list(`waiting for the rats|rats to unionise|rats unionise|rats have unionised|let the rats run
  |goes nowhere|to nowhere|could host a swimming gala|host a swimming gala|big enough to swim in|deep enough to swim in
  |well done city council|well done council|well done the council|thanks for nothing|qui ne mène nulle part`);
const BIN_STRIKE = list(`bin strike|bin strikes|bin workers strike|grève des éboueurs`);

const TRAFFIC_POLICY = list(`low traffic neighbourhood|low traffic neighbourhoods|ltn|ltns|ulez|ulez cameras
  |ulez camera|20mph rule|20mph limit|20mph limits|20mph zone|20mph zones|20 mph rule|20 mph limit|cycle lane
  |cycle lanes|bus gate|bus gates|congestion charge|clean air zone|zfe|zone à faibles émissions`);
const POLICY_SNEER = list(`high traffic everywhere else|traffic everywhere else|jams everywhere else|cheers senedd
  |cheers council|cheers sadiq|thanks sadiq|thanks senedd|well done city council|well done council
  |well done the council|well done sadiq|well done senedd|cash machine|cash cow|cash grab|shame about the customers
  |goes nowhere|to nowhere|drivers patience|years off our|years off my|war on motorists|war on drivers
  |thanks for nothing|merci pour rien|bravo la mairie`);

const MARCH_SIDE =
  list(`marching to save|march to save|marching for|marching against|with the marchers|with the strikers
  |with the protesters|behind the strikers|support the strikers|join the march|joining the march
  |on the picket line|avec les manifestants|avec les grévistes|dans la rue avec`);
const CAUSE =
  list(`save the nhs|save our nhs|the nhs|our nhs|hands off our nhs|{n} is too old|too old to be|retirement age
  |pension age|pension reform|réforme des retraites|la retraite à {n}|nurses|junior doctors|fair pay`);

const PARTY = list(`party|parties|party packs|party pack|party bags|cake|birthday|work event|work events`);
const FINES = list(`fixed penalty notices|fixed penalty notice|fixed penalty|police fines|police fine`);

const COUNTING = list(`results day in india|counting day|exit poll|exit polls|lok sabha results|lok sabha`);
const MIXED = list(`some are happier than others|some happier than others|happier than others|some of us are happier
  |some are less happy|not everyone is happy|glued to the tv`);

const CELEBRATE = list(`celebrate|celebrating|celebrated|to celebrate|sweet victory|fêter|célébrer|on fête`);
const PARTY_WIN = list(`the congress win|congress win in|congress victory in|congress party win|the congress victory
  |bjp win|bjp victory|aap win|aap victory|labour win|labour victory|labour landslide|tory win|tory victory
  |conservative victory|liberal win|liberal victory|democrat win|republican win|the election win|election victory
  |win in karnataka|victory in karnataka|victoire de la gauche|victoire du rn`);
const NOT_PARTY_WIN = list(`world congress win|world congress victory|energy congress win`);

const NEVER_TRUST = list(`never trust a man|never trust anyone|never trust a bloke|never trust a guy|never trust someone
  |never trust a woman`);
const POSING = list(`posing in|photo op|photo ops|fish factory|factory visit|in a hairnet`);

const TWO_PARTIES =
  list(`fianna fáil and fine gael|fine gael and fianna fáil|labour and the tories|the tories and labour
  |tories and labour|labour and tories|republicans and democrats|democrats and republicans|the two main parties
  |both main parties|ff and fg|fg and ff|congress and bjp|bjp and congress|la droite et la gauche
  |la gauche et la droite`);
const SAME = list(`share one brain|share a brain|share a single brain|one brain between|two sides of the same coin
  |all the same|indistinguishable|peas in a pod|bonnet blanc et blanc bonnet|la même chose`);

const GREENLAND = list(`first greenland|greenland|the panama canal|panama canal`);
const AND_THEN = list(`then canada|now canada|next canada|then the panama canal|now the panama canal|then panama
  |then mexico|now mexico`);

const BUCK = list(`buck a beer|a buck a beer`);
const DOUG = list(`doug|ford|premier|queen park|strikes again`);

const ROUND_26O: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone26o: { fr: exact(POLITICS_ALONE) },
      electionDay26o: { fr: exact(ELECTION_DAY) },
      hint26o: { fr: exact(HINT) },
      polName26o: { fr: exact(POL_NAME) },
      polPlan26o: { fr: exact(POL_PLAN) },
      lettuce26o: { fr: exact(LETTUCE) },
      premiership26o: { fr: exact(PREMIERSHIP) },
      taxPolicy26o: { fr: exact(TAX_POLICY) },
      taxSneer26o: { fr: exact(TAX_SNEER) },
      rejoin26o: { fr: exact(REJOIN_Q) },
      euPain26o: { fr: exact(EU_PAIN) },
      candidate26o: { fr: exact(CANDIDATE) },
      walls26o: { fr: exact(WALLS) },
      rethink26o: { fr: exact(RETHINK) },
      voteDay26o: { fr: exact(VOTE_DAY) },
      chainsaw26o: { fr: exact(CHAINSAW) },
      agency26o: { fr: exact(AGENCY) },
      namedAfter26o: { fr: exact(NAMED_AFTER) },
      weak26o: { fr: exact(WEAK) },
      demonetisation26o: { fr: exact(DEMONETISATION) },
      masterstroke26o: { fr: exact(MASTERSTROKE) },
      skeptic26o: { fr: exact(SKEPTIC) },
      publicThing26o: { fr: exact(PUBLIC_THING) },
      council26o: { fr: exact(COUNCIL) },
      councilSneer26o: { fr: exact(COUNCIL_SNEER) },
      binStrike26o: { fr: exact(BIN_STRIKE) },
      trafficPolicy26o: { fr: exact(TRAFFIC_POLICY) },
      policySneer26o: { fr: exact(POLICY_SNEER) },
      marchSide26o: { fr: exact(MARCH_SIDE) },
      cause26o: { fr: exact(CAUSE) },
      party26o: { fr: exact(PARTY) },
      fines26o: { fr: exact(FINES) },
      counting26o: { fr: exact(COUNTING) },
      mixed26o: { fr: exact(MIXED) },
      celebrate26o: { fr: exact(CELEBRATE) },
      partyWin26o: { fr: exact(PARTY_WIN) },
      neverTrust26o: { fr: exact(NEVER_TRUST) },
      posing26o: { fr: exact(POSING) },
      twoParties26o: { fr: exact(TWO_PARTIES) },
      same26o: { fr: exact(SAME) },
      greenland26o: { fr: exact(GREENLAND) },
      andThen26o: { fr: exact(AND_THEN) },
      buck26o: { fr: exact(BUCK) },
      doug26o: { fr: exact(DOUG) },
    },
    signs: { lotus26o: ['🪷'] },
    alone: ['alone26o'],
    pairs: [
      ['electionDay26o', 'hint26o', { window: 20 }],
      ['polName26o', 'polPlan26o', { window: 3, ordered: true }],
      ['lettuce26o', 'premiership26o', { window: 16 }],
      ['taxPolicy26o', 'taxSneer26o', { window: 16 }],
      ['rejoin26o', 'euPain26o', { window: 14 }],
      ['candidate26o', 'walls26o', { window: 8, ordered: true }],
      ['rethink26o', 'voteDay26o', { window: 4, ordered: true }],
      ['chainsaw26o', 'agency26o', { window: 6, ordered: true }],
      ['namedAfter26o', 'weak26o', { window: 12, ordered: true }],
      ['demonetisation26o', 'masterstroke26o', { window: 24 }],
      ['skeptic26o', 'publicThing26o', { window: 3, ordered: true }],
      ['council26o', 'councilSneer26o', { window: 16 }],
      ['binStrike26o', 'councilSneer26o', { window: 16 }],
      ['trafficPolicy26o', 'policySneer26o', { window: 20 }],
      ['marchSide26o', 'cause26o', { window: 16 }],
      ['party26o', 'fines26o', { window: 16 }],
      ['counting26o', 'mixed26o', { window: 24 }],
      ['counting26o', 'lotus26o', { window: 24 }],
      ['celebrate26o', 'partyWin26o', { window: 8, ordered: true }],
      ['neverTrust26o', 'posing26o', { window: 12, ordered: true }],
      ['twoParties26o', 'same26o', { window: 12, ordered: true }],
      ['greenland26o', 'andThen26o', { window: 6, ordered: true }],
      ['buck26o', 'doug26o', { window: 6 }],
    ],
    negative: { fr: exact(NOT_ELECTION, NOT_PARTY_WIN) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26o = roundByTopic(ROUND_26O);
