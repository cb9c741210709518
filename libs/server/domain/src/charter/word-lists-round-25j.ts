// Twenty-fifth round, tenth reading (`withRound25j` adds it to every topic's rules), from `train-bq`'s misses (English
// discrimination and harassment of the subtle kind) and clean posts flagged, by family:
// Disability: applicants or testers "with autism / dyslexia" turned away ("no one with", "need not apply"), wheelchair
// users told to "sit this one out"; a condition waved off as an excuse ("ADHD is just the new word for", "people
// claiming anxiety", "toughen up", mental health days called "a sickie"); staff "signed off with depression" kept from
// promotion; a crew mocked as "on the spectrum"; "get a hearing relative to ring"; hearing aids to hide so "nobody
// needs to know"; meltdowns "not great for the other shoppers"; "window-lickers".
// Age: the old ("aunties", "boomers", "pensioners") put below the young ("better than having", "bring a grandkid",
// "hand over the keys"); a job ad "ideally 18–25"; teenagers watched as thieves.
// Gender: a woman in the garage to "keep the overalls clean"; a role that "suits men better"; male nursery nurses
// "a bit weird"; pronouns mocked ("apparently a 'they' now", "whatever you're going with this week"); women engineers
// "off on maternity"; "cute that she's trying".
// Origin and faith: "names we can't pronounce" skipped; "what a name, we'll just call you Shaun"; "doing the
// corner-shop accent"; "curry-munchers"; Travellers asked to show receipts; a store that "accidentally opened in
// Mumbai"; Ramadan staff "half asleep"; "Allah will have to wait"; migrants "taking our jobs", small boats "sent back".
// Class: slum kids who "put off our real customers"; the dole "a little judgement"; a prepay meter and people who
// "can't manage money"; "you can take them out of the township".
// Body: "the fuller-figured among you" (🐳, "you know who you are"); "maybe try vertical stripes… flattering for your
// shape"; castings with "no freckles, no glasses"; someone who "could skip a few buffets"; "big lads, you've had
// enough".
// Harassment: an address given "if anyone fancies dropping him a pair in person"; "everybody knows which bar he drinks
// in"; "let's make her regret that thread" with the worst photo of her; "keep going and we'll post your home address".
// Clean post fixed: "a quiet space to pray" (or just breathe) at work is no religious post.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const DISC_ALONE = list(`window lickers|window licker|curry munchers|curry muncher|get a hearing relative
  |get a hearing friend|ask a hearing relative|ask a hearing friend|get a hearing person|ask a hearing person
  |get someone who can hear|cute that she trying|cute that she thinks|cute how she thinks|cute she trying
  |bless her for trying|adorable that she trying|c est mignon qu elle essaie|mignon qu elle essaie|elle essaie la pauvre
  |suits men better|better suited to men|role suits men|job suits men|suits blokes better|ladies check our hr
  |convient mieux aux hommes|poste plutôt pour les hommes|un métier d homme|allah will have to wait
  |god will have to wait|jesus will have to wait|prayers will have to wait|allah attendra|dieu attendra
  |la prière attendra|maybe god can run|maybe allah can run|cute kids only|pretty kids only|pretty girls only
  |good looking kids only|beautiful people only|attractive people only|enfants mignons uniquement
  |que des enfants mignons|corner shop accent|opened in the wrong country|on s est trompé de pays`);

const CONDITION = list(`autism|autistic|adhd|dyslexia|dyslexic|dyspraxia|learning differences|learning difficulties
  |learning disabilities|a disability|disabilities|disabled|wheelchair users|wheelchair user|wheelchair folk
  |wheelchair people|deaf|the deaf|hearing impaired|blind|anxiety|depression|stress or depression|mental illness
  |mental health issues|bipolar|ocd|tourette|tourettes|a stammer|a stutter|epilepsy|special needs|neurodivergent
  |autisme|autistes|autiste|tdah|dyslexie|dyslexiques|dyspraxie|handicapés|un handicap|en fauteuil|sourds
  |malentendants|aveugles|dépression|troubles dys|bègues|bipolaires`);
const TURN_AWAY = list(`no applicants with|no candidates with|no one with|nobody with|no people with|no staff with
  |no testers with|no kids with|please no one with|not suitable for anyone with|best sit this one out
  |sit this one out|need not apply|needn apply|don bother applying|pas de candidats avec
  |pas de candidats atteints|aucun candidat avec|aucune personne avec|s abstenir|inutile de postuler|abstenez vous`);

// "No one with autism should be turned away": the welcome, not the bar.
const WELCOME_ALL = CONDITION.flatMap((c) =>
  ['should', 'will be', 'is', 'ever', 'gets', 'has to', 'needs to'].flatMap((v) => [
    `no one with ${c} ${v}`,
    `nobody with ${c} ${v}`,
  ]),
);

const NOT_EXCUSE = list(`is just the new word for|just a new word for|new word for kids|fancy word for
  |just an excuse|is an excuse|just an excuse for|made up|not a real thing|not even real|isn real|bad parenting
  |nobody bothered to discipline|no one bothered to discipline|lack of discipline|claiming|so called|toughen up
  |man up|grow a thicker skin|a sickie|sickie with a hashtag|skiving|pull yourself together|une excuse|juste une excuse
  |n existe pas|mauvaise éducation|manque d éducation|mot à la mode|secouez vous|arrêtez de vous plaindre
  |soi disant|prétendent souffrir`);
const DISMISSED = list(`adhd|autism|dyslexia|anxiety|depression|mental health days|mental health day|burnout
  |burn out|ocd|stress leave|neurodivergent|tdah|autisme|dyslexie|dépression|santé mentale|phobie
  |troubles anxieux|anxiété`);
const STILL_EXCUSE = list(`not just an excuse|isn just an excuse|isn an excuse|not an excuse|never an excuse
  |is not made up|isn made up|not made up|isn a sickie|not a sickie|n est pas une excuse|pas juste une excuse
  |ne sont pas une excuse`);

const NO_PROMOTE = list(`don fast track anyone|do not fast track anyone|won fast track anyone|don promote anyone
  |won promote anyone|never promote anyone|not fast track anyone|no promotion for anyone|pas de promotion pour
  |on ne promeut pas|jamais promu`);
const SIGNED_OFF = list(`signed off with|signed off for|off sick with|been off with|on sick leave for|en arrêt pour
  |en arrêt maladie pour|arrêté pour`);

const AS_IF = list(`you think the whole|you would think the whole|you d think the whole|as if the whole
  |as if they were all|like they were all|must all be|on dirait que toute|comme si toute`);
const SPECTRUM = list(`on the spectrum|autistic|special needs|a bit special|sur le spectre|autistes`);

const HIDE = list(`hides them|hide them|hides it|nobody needs to know|no one needs to know|no one will know
  |nobody will know|nobody will notice|no one will notice|personne ne saura|personne ne verra|les cacher`);
const AIDS = list(`hearing aids|hearing aid|cochlear implant|cochlear implants|prosthetic|prosthetics|leg braces
  |appareils auditifs|appareil auditif|implant cochléaire|prothèse|prothèses`);

const MELTDOWN = list(`meltdowns|meltdown|stimming|the autistic kids|autistic kids|autistic customers
  |disabled customers|crises des enfants autistes|enfants autistes`);
const OTHER_SHOPPERS = list(`for the other shoppers|for other shoppers|for our other customers|for the other customers
  |for everyone else|put off our|puts off our|upset the other|pour les autres clients|gênent les autres clients
  |dérangent les autres clients`);

const OLD = list(`aunties|the aunties|oldies|the oldies|old dears|pensioners|boomers|boomer|boomer engineers|grannies
  |old timers|old folk|over 50s|the over 50s|retirees|les vieux|mamies|papys|retraités|les seniors|les anciens`);
const OLD_VERDICT = list(`better than having|way better than|just moaned|moaned about|picking younger|younger testers
  |younger staff|younger faces|younger team|reflexes you lost|time to hand over|hand over the keys|bring a grandkid
  |bring a grandchild|bring your grandkids|get a grandkid|ask a grandkid|not running it classes|past it
  |make way for the young|place aux jeunes|laisser la place aux jeunes|ont fait leur temps|amenez vos petits enfants
  |demandez à vos petits enfants|plus dans le coup|des réflexes perdus`);

const AGE_CAP = list(`ideally under {n}|preferably under {n}|no older than {n}|no one over {n}|nobody over {n}
  |idéalement moins de {n}|de préférence moins de {n}|pas plus de {n} ans`);
const YOUNG = list(`young|youthful|jeune|jeunes`);
const IDEAL_AGE = list(`ideally {n}|idéalement {n}|de préférence {n}`);
const HIRING = list(`looking for|hiring|wanted|associates|recruiting|applicants|candidates|to match the brand
  |match our brand|fit the brand|energetic vibe|nous recrutons|on recrute|recherchons|candidats|profil`);

const TEENS = list(`teenagers|teens|youths|hoodies|kids who come in|without a parent|ados|adolescents|jeunes des cités
  |sans leurs parents`);
const THEFT = list(`nick|nicking|steal|stealing|shoplift|shoplifting|thieving|voler|piquer|chaparder|faucher`);

const WOMAN = list(`a woman|women|a girl|girls|ladies|a lady|she|une femme|les femmes|une fille|des filles`);
const CHORE = list(`keep the overalls clean|someone got to keep|someone got to make|someone has to make the tea
  |make the tea|make us a brew|fetch the coffee|make the coffee|do the washing up|back to the kitchen
  |make me a sandwich|eye candy|something nice to look at|brighten up the garage|faire le café|faire la vaisselle
  |retourne en cuisine|faire joli|laver les bleus`);

const MALE_CARER = list(`male nursery nurses|male nursery nurse|male nurses|male nannies|male nanny|male midwives
  |male childminders|male carers|men in childcare|stay at home dads|house husbands|hommes sages femmes
  |nounous hommes|pères au foyer|hommes auxiliaires de puériculture`);
const WEIRD = list(`a bit weird|weird|creepy|a bit odd|dodgy|suspicious|not natural|bizarre|louche|chelou|pas normal`);

const APPARENTLY = list(`apparently a|apparently|supposedly|now identifies as|identifies as|insists on|soi disant
  |apparemment`);
const PRONOUN = list(`they now|a they|they them|non binary now|a she now|a he now|iel maintenant|non binaire`);
const KEEP_UP = list(`we try to keep up|try to keep up|good luck keeping up|on essaiera de suivre`);
const WHATEVER = list(`whatever you going with this week|or whatever you going with|whatever you identify as
  |or whatever you call yourself|whatever you calling yourself|whatever you identifying as|ou je sais pas quoi
  |ou peu importe ce que tu es`);
const ADDRESS_TERM = list(`sir|ma am|madam|mate|pronouns|gender|monsieur|madame`);

const MATERNITY = list(`off on maternity|go on maternity|be off on maternity|on maternity leave|get pregnant
  |en congé maternité|tomber enceintes|tomber enceinte|partir en congé mat`);
const WILL_LEAVE = list(`half of them|all of them|they all|she just|shame|pity|dommage|la moitié d entre elles
  |elles vont toutes`);

const NAMES = list(`names we cannot pronounce|names nobody can pronounce|unpronounceable names
  |names that are hard to pronounce|foreign sounding names|foreign names|noms imprononçables|noms à coucher dehors
  |noms étrangers|noms qu on n arrive pas à prononcer`);
const SKIPPED = list(`skipped|get skipped|binned|straight in the bin|passed over|bottom of the pile|écartés
  |à la poubelle|passent à la trappe|mis de côté|ignorés`);
const RENAME = list(`we just call you|we just gonna call you|we gonna call you|we will just call you|just call you
  |on va juste t appeler|on va t appeler|on t appellera`);
const NAME_MOCK = list(`what a name|what a mouthful|quite a mouthful|cannot pronounce|too hard to say|quel nom
  |imprononçable`);

const DOING = list(`doing the|do the|put on the|putting on the|imiter l|prendre l`);
const ACCENT = list(`indian accent|chinese accent|pakistani accent|jamaican accent|african accent|apu voice
  |accent du bled|accent arabe|accent chinois|accent africain|accent indien`);

const TRAVELLERS = list(`travellers|gypsies|gypsy|roma|gens du voyage|roms|manouches|tsiganes|gitans`);
const GATEKEEP = list(`show receipts|show their receipts|asking them to show|check their bags|search their bags
  |not welcome in store|keep an eye on them|fouiller leurs sacs|montrer leurs tickets|montrer leur ticket`);

const OPENED_IN = list(`accidentally opened in|we accidentally opened|accidentally opened a store in
  |accidentally landed in|on s est trompé de pays`);
const FAR_CITY = list(`mumbai|delhi|karachi|lagos|beijing|bangalore|kabul|islamabad|dhaka|mogadishu|bamako|alger
  |tunis|casablanca|kinshasa|dakar|manila|shanghai|nairobi|accra|india|pakistan|africa|china|bled`);

const FASTING = list(`ramadan staff|ramadan|fasting staff|those fasting|muslim staff|pendant le ramadan
  |ceux qui font le ramadan`);
const LAZY = list(`half asleep|asleep on the line|asleep on|slacking|dozing|lazy|useless|maybe god can|maybe allah can
  |à moitié endormis|dorment|fainéants|ne servent à rien`);

const MIGRANTS = list(`migrants|immigrants|foreigners|illegals|asylum seekers|refugees|small boats|boat people
  |étrangers|immigrés|clandestins|réfugiés|demandeurs d asile`);
const JOBS = list(`taking our jobs|take our jobs|stealing our jobs|steal our jobs|nous volent notre travail
  |prennent nos emplois|volent nos emplois|piquent nos boulots`);
const SEND_BACK = list(`sent the lot back|send the lot back|send them back|sent them back|ship them back|deport the lot
  |deport them all|renvoyez les|les renvoyer chez eux|qu on les renvoie|les renvoyer`);

const POOR = list(`slum kids|street kids|beggars|homeless|rough sleepers|estate kids|chavs|township crowd|sdf
  |mendiants|gamins des cités|cas soc|cassos`);
const KEEP_AWAY = list(`puts off our real customers|put off our real customers|our real customers|real customers
  |puts off customers|put off customers|scares off|scare off|hang around the entrance|hanging around the entrance
  |nos vrais clients|fait fuir les clients|font fuir les clients|font fuir la clientèle`);

const BENEFITS = list(`on the dole|the dole|on benefits|universal credit|prepay meter|prepayment meter|food bank
  |au rsa|au chômage|chômeurs|compteur prépayé|minimas sociaux`);
const SNEER = list(`a little judgement|a little judgment|a bit of judgement|okay a little|bit of judging
  |cannot manage money|can never manage money|no idea how to budget|learn to budget|bad with money
  |made for people like you|un peu quand même|ne savent pas gérer|savent pas gérer leur argent
  |pour les gens comme vous`);

const TAKE_OUT = list(`take them out of the|take the girl out of the|take the boy out of the|take him out of the
  |take her out of the|sortir la fille de la|sortir le gars de la|sortir les gens de la`);
const PLACE = list(`township|estate|council estate|ghetto|taxi rank|trailer park|slum|banlieue|cité|bled|hood`);

const AMONG_YOU = list(`fuller figured among you|larger among you|bigger among you|heavier among you
  |chubbier among you|big boned among you|les plus ronds d entre vous|les plus enrobés d entre vous
  |les plus gros d entre vous`);
const KNOW_WHO = list(`you know who you are|no need to thank us|low sugar|diet|vous vous reconnaîtrez
  |suivez mon regard`);

const TRY = list(`maybe try|next time try|you might try|perhaps try|might want to try|tu devrais essayer
  |essaie plutôt|essayez plutôt`);
const SLIMMING = list(`vertical stripes|something more flattering|flattering for your shape|flattering for your figure
  |for your shape|for your figure|slimming|a size up|rayures verticales|plus flatteur|amincissant
  |une taille au dessus`);

const CASTING = list(`casting|model casting|models|lookbook|audition|mannequins`);
const NO_FEATURE = list(`no gap teeth|no freckles|no glasses|no braces|no acne|no spots|no birthmarks|no gingers
  |no redheads|pas de taches de rousseur|pas de lunettes|pas d appareil dentaire|pas de roux`);

const SKIP_FOOD = list(`could skip a few|could afford to skip|could stand to skip|should skip a few|could miss a few
  |could lay off the|could do with skipping|pourrait sauter quelques|devrait sauter quelques|pourrait éviter les`);
const FOOD = list(`buffets|buffet|meals|pies|dinners|lunches|desserts|cakes|biscuits|burgers|repas|gâteaux
  |buffets à volonté`);

const BIG = list(`big lads|big boys|big girls|big fellas|chunky ones|larger ladies|les gros|les costauds
  |les grosses`);
const HAD_ENOUGH = list(`you had enough|had enough already|you don need it|you don need any more
  |vous en avez assez mangé|t as assez mangé`);

const VISIT = list(`fancies dropping him|fancies dropping her|fancies popping round|fancies paying him
  |fancies paying her|fancies visiting him|fancies visiting her|fancies knocking|pay him a visit|pay her a visit
  |dropping him a|dropping her a|knock on his door|knock on her door|lui rendre une petite visite
  |passez lui dire bonjour|allez lui dire bonjour`);
const ADDRESS = list(`he at|she at|flat|road|street|lives|address|house|his door|her door|adresse|habite|rue`);
const EVERYONE_KNOWS = list(`everybody knows which|everyone knows which|everybody knows where|everyone knows where
  |we all know where|we know where|you all know where|tout le monde sait où|on sait tous où|on sait où`);
const HAUNT = list(`he drinks|she drinks|he lives|she lives|he works|she works|he parks|she parks|he trains
  |she trains|il habite|elle habite|il boit|elle boit|il travaille|elle travaille|il se gare`);
const LET_MAKE = list(`let make|let us make|let all make|let go make|faisons|allez faites`);
const REGRET = list(`regret that|regret this|regret it|regret posting|regret ever|regretter`);
const WORST_PHOTO = list(`worst photo of her|worst photo of him|worst pic of her|worst pic of him|ugliest photo of her
  |ugliest photo of him|la pire photo d elle|la pire photo de lui`);
const PILE_ON = list(`quote her|quote him|reply with|best one wins|wins a|répondez avec|la meilleure gagne`);
const KEEP_GOING = list(`keep going and|one more and|carry on and|keep it up and|any more and|another one and
  |continue comme ça et|encore un avis et|si tu continues`);
const EXPOSE = list(`post your order history|post your home address|post your address|publish your address
  |share your address|leak your address|home address for everyone|for everyone to see|publier ton adresse
  |publier votre adresse|ton adresse pour tout le monde|votre adresse à tout le monde`);

const ROUND_25J: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone25j: { fr: exact(DISC_ALONE) },
      condition25j: { fr: exact(CONDITION) },
      turnAway25j: { fr: exact(TURN_AWAY) },
      notExcuse25j: { fr: exact(NOT_EXCUSE) },
      dismissed25j: { fr: exact(DISMISSED) },
      noPromote25j: { fr: exact(NO_PROMOTE) },
      signedOff25j: { fr: exact(SIGNED_OFF) },
      asIf25j: { fr: exact(AS_IF) },
      spectrum25j: { fr: exact(SPECTRUM) },
      hide25j: { fr: exact(HIDE) },
      aids25j: { fr: exact(AIDS) },
      meltdown25j: { fr: exact(MELTDOWN) },
      otherShoppers25j: { fr: exact(OTHER_SHOPPERS) },
      old25j: { fr: exact(OLD) },
      oldVerdict25j: { fr: exact(OLD_VERDICT) },
      ageCap25j: { fr: exact(AGE_CAP) },
      hiring25j: { fr: exact(HIRING) },
      young25j: { fr: exact(YOUNG) },
      idealAge25j: { fr: exact(IDEAL_AGE) },
      teens25j: { fr: exact(TEENS) },
      theft25j: { fr: exact(THEFT) },
      woman25j: { fr: exact(WOMAN) },
      chore25j: { fr: exact(CHORE) },
      maleCarer25j: { fr: exact(MALE_CARER) },
      weird25j: { fr: exact(WEIRD) },
      apparently25j: { fr: exact(APPARENTLY) },
      pronoun25j: { fr: exact(PRONOUN) },
      keepUp25j: { fr: exact(KEEP_UP) },
      whatever25j: { fr: exact(WHATEVER) },
      addressTerm25j: { fr: exact(ADDRESS_TERM) },
      maternity25j: { fr: exact(MATERNITY) },
      willLeave25j: { fr: exact(WILL_LEAVE) },
      names25j: { fr: exact(NAMES) },
      skipped25j: { fr: exact(SKIPPED) },
      rename25j: { fr: exact(RENAME) },
      nameMock25j: { fr: exact(NAME_MOCK) },
      doing25j: { fr: exact(DOING) },
      accent25j: { fr: exact(ACCENT) },
      travellers25j: { fr: exact(TRAVELLERS) },
      gatekeep25j: { fr: exact(GATEKEEP) },
      openedIn25j: { fr: exact(OPENED_IN) },
      farCity25j: { fr: exact(FAR_CITY) },
      fasting25j: { fr: exact(FASTING) },
      lazy25j: { fr: exact(LAZY) },
      migrants25j: { fr: exact(MIGRANTS) },
      jobs25j: { fr: exact(JOBS) },
      sendBack25j: { fr: exact(SEND_BACK) },
      poor25j: { fr: exact(POOR) },
      keepAway25j: { fr: exact(KEEP_AWAY) },
      benefits25j: { fr: exact(BENEFITS) },
      sneer25j: { fr: exact(SNEER) },
      takeOut25j: { fr: exact(TAKE_OUT) },
      place25j: { fr: exact(PLACE) },
      amongYou25j: { fr: exact(AMONG_YOU) },
      knowWho25j: { fr: exact(KNOW_WHO) },
      try25j: { fr: exact(TRY) },
      slimming25j: { fr: exact(SLIMMING) },
      casting25j: { fr: exact(CASTING) },
      noFeature25j: { fr: exact(NO_FEATURE) },
      skipFood25j: { fr: exact(SKIP_FOOD) },
      food25j: { fr: exact(FOOD) },
      big25j: { fr: exact(BIG) },
      hadEnough25j: { fr: exact(HAD_ENOUGH) },
      visit25j: { fr: exact(VISIT) },
      address25j: { fr: exact(ADDRESS) },
      everyoneKnows25j: { fr: exact(EVERYONE_KNOWS) },
      haunt25j: { fr: exact(HAUNT) },
      letMake25j: { fr: exact(LET_MAKE) },
      regret25j: { fr: exact(REGRET) },
      worstPhoto25j: { fr: exact(WORST_PHOTO) },
      pileOn25j: { fr: exact(PILE_ON) },
      keepGoing25j: { fr: exact(KEEP_GOING) },
      expose25j: { fr: exact(EXPOSE) },
    },
    signs: { laugh25j: ['😂', '🤣'], whale25j: ['🐳', '🐋', '🐷', '🐖'], eyeRoll25j: ['🙄'] },
    negative: { fr: exact(STILL_EXCUSE, WELCOME_ALL) },
    alone: ['alone25j'],
    pairs: [
      ['turnAway25j', 'condition25j', { window: 6 }],
      ['notExcuse25j', 'dismissed25j', { window: 10 }],
      ['noPromote25j', 'signedOff25j', { window: 8, ordered: true }],
      ['asIf25j', 'spectrum25j', { window: 6, ordered: true }],
      ['spectrum25j', 'laugh25j', { window: 2, ordered: true }],
      ['hide25j', 'aids25j', { window: 12 }],
      ['meltdown25j', 'otherShoppers25j', { window: 10 }],
      ['old25j', 'oldVerdict25j', { window: 12 }],
      ['ageCap25j', 'hiring25j', { window: 12 }],
      ['young25j', 'idealAge25j', { window: 4, ordered: true }],
      ['teens25j', 'theft25j', { window: 14 }],
      ['woman25j', 'chore25j', { window: 14 }],
      ['maleCarer25j', 'weird25j', { window: 6 }],
      ['apparently25j', 'pronoun25j', { window: 4, ordered: true }],
      ['pronoun25j', 'keepUp25j', { window: 6, ordered: true }],
      ['addressTerm25j', 'whatever25j', { window: 8 }],
      ['maternity25j', 'willLeave25j', { window: 10 }],
      ['names25j', 'skipped25j', { window: 10 }],
      ['nameMock25j', 'rename25j', { window: 10 }],
      ['doing25j', 'accent25j', { window: 2, ordered: true }],
      ['travellers25j', 'gatekeep25j', { window: 16 }],
      ['openedIn25j', 'farCity25j', { window: 3, ordered: true }],
      ['fasting25j', 'lazy25j', { window: 12 }],
      ['migrants25j', 'jobs25j', { window: 4 }],
      ['migrants25j', 'sendBack25j', { window: 18 }],
      ['poor25j', 'keepAway25j', { window: 16 }],
      ['benefits25j', 'sneer25j', { window: 20 }],
      ['takeOut25j', 'place25j', { window: 3, ordered: true }],
      ['amongYou25j', 'knowWho25j', { window: 16 }],
      ['amongYou25j', 'whale25j', { window: 16 }],
      ['try25j', 'slimming25j', { window: 14 }],
      ['casting25j', 'noFeature25j', { window: 14 }],
      ['skipFood25j', 'food25j', { window: 4, ordered: true }],
      ['big25j', 'hadEnough25j', { window: 8 }],
      ['visit25j', 'address25j', { window: 20, variant: 'harassment' }],
      ['everyoneKnows25j', 'haunt25j', { window: 6, ordered: true, variant: 'harassment' }],
      ['letMake25j', 'regret25j', { window: 4, ordered: true, variant: 'harassment' }],
      ['worstPhoto25j', 'pileOn25j', { window: 10, variant: 'harassment' }],
      ['keepGoing25j', 'expose25j', { window: 12, ordered: true, variant: 'harassment' }],
    ],
  },
  religion: {
    negative: {
      fr: exact(
        list(`a quiet space to pray|quiet space to pray|a space to pray or|a quiet room to pray
  |space to pray or just breathe|un espace calme pour prier`),
      ),
    },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25j = roundByTopic(ROUND_25J);
