// Twenty-fourth round, first reading (`withRound24a` adds it to every topic's rules), from `train-bf`, `train-bc`,
// `train-az`, `train-ay` and `holdout-32` (discrimination and harassment), by family:
// Harassment: a person's address, workplace, car or hours given with a call to act ("do with that what you will",
// "allez lui faire un petit coucou", "spread it"); a child's school known; dogpiles ("ratio her", "dig up her
// accounts"); a colleague shut out until she quits ("nobody talks to…", "plus personne lui adresse la parole");
// outing a trans person ("son ancien prénom", "was called Thomas last year"); a person's body mocked ("shame about
// the mum's teeth", "à ta taille… pas très responsable", "leggings have a weight limit", kilos + 🐷🐘).
// Discrimination: backhanded praise ("parle bien français pour quelqu'un de là-bas", "so articulate… you'd never
// guess"); women's competence mocked ("all by herself", "stick to cabin crew", "avec les parapluies"); dads and boys
// in their lane ("leave it to the professionals, lads", "football… girls get tutus"); age ("vous avez toute la
// journée" to pensioners, a staff age + "roll on retirement", "snowflake generation" + tears, born after a year in a
// job ad); deafness, wheelchairs, dyslexia and "the 'special' kid in your class" mocked; origin told by names ("more
// consonants than vowels"), theft suspicion with a knowing cue ("vous connaissez la clientèle", "clutching their
// bags", "fell off a lorry"), regions' traits ("les Corses et le travail", "unlike Scousers"), "those people" + the
// street you won't recognise; the poor ("pas les bons alimentaires", "except the ones from the estate"); faith at work
// (headwear + "there's the door", religion asked on a CV, people who fast sent elsewhere, halal + security); hiring on
// address, children, pregnancy.
// Second labels: religion for a faith trope ("c'est dans le sang" + money) and headwear + "not preaching"; insult for
// "clown of a Prime Minister", "ya dropkick", "la chaise a survécu", an XXL size + "on a tous pleuré de rire".
// Clean: "Saint-Priest" (a town, not a priest), "was called up", "football is 'for boys'" quoted to be refuted.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';
import * as traits from './word-lists-round-24a-traits';

// ---- Origin, names, places.
const NAMES = list(`nom de famille|noms de famille|noms sur les boîtes aux lettres|noms sur les boites aux lettres
  |name|names|surname|surnames|ton nom|your name|son nom|prénom|nom`);
const NAME_SCORN = list(`plus longs que la rue|longer than the street|more consonants than vowels|plus de consonnes que
  |trois essais pour le prononcer|trois essais pour prononcer|three tries to say|three attempts to pronounce
  |three goes to pronounce|three tries to pronounce|can't pronounce it|va faire peur
  |will scare|traditional english surnames|traditional english names|noms bien français|un deuxième prénom plus
  |prénom plus de chez nous|plus de chez nous|more english sounding|it's just gone`);
const NAME_FIRST = list(`je regarde d abord le nom|je regarde d abord le nom de famille|i look at the surname first
  |i check the surname first|prioritising bookings with traditional|on priorise les noms`);
const THEFT = list(`antivols|antivol|security tags|check the prams|vérifiez les poussettes|fouillez les poussettes
  |clutching their bags|clutching her bag|clutching my bag|serré mon sac|held on to my bag|held onto my bag
  |j ai serré mon sac|on compte les cintres|count the hangers|counting the hangers|walk as far|marcher aussi loin
  |pas vendus hein|not sold mind|déjà revendu|already for sale down the market|for sale down the market
  |revendu au marché|tombe des camions|tombé du camion|fell off a lorry|fell off the back of a lorry
  |nick your wallet|piquer votre portefeuille|piquer ton portefeuille|surveillez vos sacs|watch your bags
  |fouillez les sacs|check their bags|search their bags|cachez vos portefeuilles
  |hide your purses|count the till twice`);
const KNOWING =
  list(`vous connaissez la clientèle|la clientèle du coin|the locals will understand|for reasons the locals
  |we all know how that goes|on connaît la chanson|vous savez qui|you know who|on sait qui|we know who
  |suivez mon regard|for reasons|pour des raisons|bon courage aux vigiles|good luck to security|turned up|débarqué
  |se gare devant|the croydon lot|la moitié de|disparus|vanished`);
const SOLD_OR_GONE = list(`pas vendus|disparus|disparu|vanished|gone missing|not sold|ont disparu`);
const TRAVELLERS = list(`caravane|caravanes|gens du voyage|travellers|gypsies|gitans|roms|caravan|caravans`);
const PASSPORT = list(`felt like i needed a passport|feel like you need a passport|besoin d un passeport
  |on se croirait à l étranger|felt like another country|felt like abroad`);
const THOSE = list(`ces gens là|ces gens la|those people|these people|that lot|ce genre de personnes`);
const UNRECOGNISABLE = list(`on reconnaîtra plus|on ne reconnaîtra plus|on reconnaitra plus|won't recognise
  |will not recognise|won't recognize|you won't recognise the place|reconnaîtra plus la rue`);
const INVADE = list(`qui envahissent nos|envahissent nos|invading our|taking over our|qui envahissent|envahissent`);
const EXOTIC = list(`exotiques|exotique|exotic|foreign|étrangères|étrangers|vibrant`);
const ORIGIN_ALONE = list(`actually from here|who are actually from here|qui sont vraiment d ici|vraiment de chez nous
  |none of the vibrant lot|the vibrant lot|stuck to driving camels|stick to driving camels|stick to camels
  |retourne conduire des chameaux|roule encore en charrette|roulent encore en charrette|still ride carts
  |bruit du fouet|crack of a whip|crack of the whip|comprennent le fouet|understand the whip|tea towel off your head
  |tea towel on his head|torchon sur la tête|torchon de la tête|tenir les murs du hall|tenir les murs de la cité
  |outside the chicken shop|round outside the chicken shop|de culture européenne|of european background
  |d origine européenne|no tradies|pas les bons alimentaires|not food parcels|pas les colis alimentaires
  |not food stamps|ne sont pas remboursées par la caf|not covered by the dole|essayez les restos du cœur
  |essayez les restos du coeur|try the food bank|clients de banlieue qui|customers from the estates who
  |tout juste sorti de son hlm|fresh off the council estate|fresh out of the estate|sorti de sa cité
  |filtrera à la porte|turning away groups of|pas de jeunes de cité|no estate kids|femme au volant mort au tournant
  |candidatures féminines s abstenir|female applicants need not apply|n est pas un endroit pour elles
  |no place for women|sans enfants de préférence|ideally no kids|preferably no kids|no kids preferred
  |de préférence sans enfants|sans enfant de préférence|trailer trash|la main d oeuvre locale|with the local workforce
  |with local labour|draining this country|draining the country|saignent le pays|pompent le pays
  |the first asian hire|who's actually a confident|qui parle vraiment bien|almost employable|presque employables
  |get past the accent|passé l accent|panne de micro|les clients réclament des sous titres
  |customers ask for subtitles|le reste reste un mystère|the rest is a mystery|no teeth and no memory
  |won't remember eating the whole|ne se souviendront pas d avoir`);
/** Region and nation traits said through a pair of words ("les Corses et le travail"). */
const REGIONS = list(`marseillais|corses|corse|bretons|breton|alsaciens|scousers|scouser|scots|scot|cornish|tasmanians
  |tasmanian|poms|pom|roumains|romanians|belges|belge|ch tis|chtis|du 13|from marseille|teesside|geordies
  |irlandais|irish|ecossais|écossais|auvergnats|normands
  |savoyards|basques|gallois|welsh|liverpudlians|northerners|yanks|kiwis|aussies|québécois|portugais|italiens
  |espagnols|grecs|greeks|parisiens|bordelais|lyonnais|nordistes`);
const REGION_TRAIT = list(`et le travail|et le boulot|deux mots qui vont pas ensemble|deux mots qui ne vont pas ensemble
  |qui bossent|comme les licornes|like unicorns|and ambition|have never met|never met|inbred|consanguins|family tree
  |straight line|whinging|mentent|ne mentent pas|menteurs|liars|won't nick|lie about|sans un coup de cidre
  |so small|radins|stingy|tightfisted|la sieste|siesta|ne jamais croire|never trust|never believe
  |fainéants|feignants|always late|toujours en retard|bourrés|alcoolos|pickpockets|voleurs|thieves`);
const IN_BLOOD = list(
  `c est dans le sang|it's in the blood|in their blood|dans leur sang|c est génétique|it's genetic`,
);
const MONEY = list(`centime|centimes|penny|pennies|argent|money|négocier|renégocier|renegotiate|negotiate`);
const SPEAK_NONE = list(`ne parle pas un mot de français|parle pas un mot de français|doesn't speak a word of english
  |can't speak a word of english|speaks no english|ne parle pas français`);
const SEND_HOME = list(`retour au pays|par le prochain vol|prochain vol|next flight home|on the next flight|go home
  |send them back|renvoyez le|sent le curry|smells of curry`);
const EASTERN = list(`eastern europe|eastern european|europe de l est|pays de l est|same village`);
const SMELL = list(`cabbage smell|smell|odeur|sentir le chou|sent le chou|whiff`);
const CALL_CENTRE = list(`call centre in india|call center in india|centre d appel en inde|centre d appels en inde
  |plateforme au maroc|call centre in manila`);
const TANK_YOU = list(`tank you|took twenty minutes|twenty minutes to work out|understand a word|comprendre un mot`);
const ACCENT = list(`accent|l accent|the accent|cet accent|son accent|his accent|her accent|accent espagnol`);
const ACCENT_MOCK = list(`panne de micro|mic failure|almost employable|get past the
  |le reste reste un mystère|the rest is a mystery|on a compris|we understood|we caught`);
const NOT_THE_SORT = list(`pas celles qui|pas ceux qui|not the sort of|not the kind of|not the ones you see
  |not the ones you|pas celle qu|pas ceux qu`);
const ESTATES =
  list(`tours|des tours|council flat|council flats|council estate|hlm|cité|cités|estate|estates|market queue
  |six grandkids|quatre pères|four different`);
const EXCEPT = list(`sauf à ceux de|sauf ceux de|except the ones from|except those from|sauf aux enfants de
  |except kids from|sauf les enfants de`);
const GIVEN_ENOUGH = list(`on a déjà assez donné|déjà assez donné|we've given enough|given enough already`);
const SOCIAL_CASE = list(`cas social|cas sociaux|on benefits|on the dole|au rsa|clients au rsa|on centrelink`);
const KEEP_THEM = list(`gardez les pour vous|keep them for yourself|keep them to yourself|keep them for yourselves`);
const SERIOUS = list(`mal à les prendre au sérieux|du mal à les prendre au sérieux|hard to take seriously
  |can't take them seriously`);
const ESTATE_PEOPLE = list(`de banlieue|from the estates|clients de banlieue|the estates|des cités|from the projects
  |en langage sms|in text speak`);
const RATHER_NOT = list(`we'd rather not have|rather not have|on préfère éviter|on préfère ne pas avoir|merci d éviter
  |we'd prefer not to have`);
const WELFARE = list(`anyone on the disability pension|disability pension|on benefits|allocataires|au rsa|on the dole
  |pension d invalidité`);

// ---- Faith at work.
const HEADWEAR = list(`voilées|voilée|voile|en hijab|in hijabs|hijabs|hijab|headscarves|headscarf|foulard|foulards
  |kippa|kippas|turban|turbans|skullcaps|calotte|petite calotte|rien sur la tête|nothing on the head`);
const THE_DOOR = list(`la porte est là|there's the door|the door is there|pas du prêche|not preaching|no preaching
  |pas de prêche|sermons`);
const STATE = list(`indiquer votre|state your|précisez votre|mention your|merci d indiquer votre|please state your`);
const FAITH = list(`religion|religious|confession|niveau de pratique|how observant|pratique religieuse`);
const FASTING = list(`qui jeûnent|who fast|people who fast|ceux qui jeûnent|certains mois|that month|ramadan`);
const ELSEWHERE = list(`apply elsewhere|postulez ailleurs|pas d exception|no exceptions|allez voir ailleurs`);
const KEEP_OWN = list(`qu ils les gardent pour eux|qu ils gardent ça pour eux|keep it to themselves
  |keep them to themselves|à la noix`);
const NONE_OF = list(`none of the|aucun des|pas de ces|no`);
const VIBRANT = list(`vibrant|vibrants`);
const FACE_SEEN = list(`vu la tête|vu ta tête|vu sa tête|judging by her face|judging by his face|judging by the face`);
const WORST = list(`le plus raté|la plus ratée|the worst|plus raté|the biggest disaster|the ugliest`);
const LOOKS = list(`european features|european looks|traits européens|straight hair|cheveux lisses|slim build
  |fair skin|peau claire|silhouette fine`);
const PREFERRED = list(`preferred|only|de préférence|uniquement|exigé|exigés|exigée|required|obligatoire`);
const HAIR = list(`locs|braids|afros|afro|dreadlocks|tresses|nattes|cheveux crépus|afro hair`);
const STRAIGHTENED = list(`straightened|défrisés|must be tied back|not professional|pas professionnel
  |keep it professional|restons professionnels`);
const JOKE = list(`comment on reconnaît un|comment on reconnaît une|comment reconnaître un|how do you spot a
  |how do you recognise a|how do you recognize a|how do you know if a`);
const HALAL = list(`halal|casher|kosher|rayon halal|halal section`);
const GUARDS = list(`security|sécurité|vigiles|vigile|surveillance|walk as far`);
const PORK = list(`porc|pork|du porc|pork in`);
const JUST_FOR_YOU = list(
  `rien que pour vous|just for you lot|for you lot|pour vous autres|a whole aisle just for you`,
);
const COVERING = list(`couvrants|couvrant|full cover|full coverage|burkini|burkinis|modest`);
const BACK_HOME = list(`au bled|back home|chez eux|là bas|over there`);
const BELIEVERS = list(`mormon|mormons|cathos|catholiques|catholics|muslims|musulmans|juifs|jews|évangéliques
  |evangelicals|témoins de jéhovah|jehovah's witnesses|sikhs|sikh|hindus|hindous`);
const BELIEVER_SCORN = list(`no personality|cult behaviour|cult behavior|bande de coincés|coincés|ils te jugent
  |te jugent|they judge you|brainwashed|lavage de cerveau|une secte|a cult|aucune personnalité|vraie secte|secte`);

// ---- Hiring and staff.
const LIVING_IN = list(`domiciliés en|domiciliés à|domicilés dans|living in|résidant à|résidant en|résidant dans
  |based in`);
const NOT_RETAINED = list(`ne seront pas retenus|ne seront pas retenues|won't be considered|will not be considered
  |pas retenus`);
const RULE_OUT = list(`on écarte les|we rule out|we screen out|on élimine les|on écarte`);
const ADDRESSES = list(`adresses|addresses|postcodes|codes postaux|candidatures de|adresses en`);
const PREGNANT = list(`femmes enceintes|pregnant women|pregnant staff|enceintes|mums to be|futures mamans`);
const DISRUPT = list(`désorganisent|disrupt|disorganise|on évitera|we'll avoid|on évitera d en recruter
  |we'll avoid hiring`);
const TRIBUTE_WINK = ['😉', '😏', '😂', '🙃', '😬'];

const SLURS = list(`minger|mingers|proper minger|dole bludging|dole bludger|dole bludgers|bludger|bludgers
  |pasty munchers|inbred pasty munchers`);

const ROUND_24A: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      slur: { fr: exact(SLURS) },
      alone24a: {
        fr: exact(
          ORIGIN_ALONE,
          traits.SCHOOL_KNOWN,
          traits.DOGPILE,
          traits.OUTING,
          traits.CARE_HOME,
          NAME_FIRST,
          traits.BOTH,
        ),
      },
      incite24a: { fr: exact(traits.INCITE) },
      inciteWeak24a: { fr: exact(traits.INCITE_WEAK) },
      personal24a: { fr: exact(traits.PERSONAL) },
      whereabouts24a: { fr: exact(traits.WHEREABOUTS) },
      shutOut24a: { fr: exact(traits.SHUT_OUT) },
      quits24a: { fr: exact(traits.QUITS) },
      colleague24a: { fr: exact(traits.COLLEAGUE) },
      wasCalled24a: { fr: exact(traits.WAS_CALLED) },
      shameAbout24a: { fr: exact(traits.SHAME_ABOUT) },
      body24a: { fr: exact(traits.BODY) },
      atSize24a: { fr: exact(traits.AT_SIZE) },
      sizeAdvice24a: { fr: exact(traits.SIZE_ADVICE) },
      clothes24a: { fr: exact(traits.CLOTHES) },
      weightLimit24a: { fr: exact(traits.WEIGHT_LIMIT) },
      kilos24a: { fr: exact(traits.KILOS) },
      nose24a: { fr: exact(traits.NOSE) },
      beaks24a: { fr: exact(traits.BEAKS) },
      sizeNot24a: { fr: exact(traits.SIZE_NOT) },
      noReshare24a: { fr: exact(traits.NO_RESHARE) },
      bigSize24a: { fr: exact(traits.BIG_SIZE) },
      rofl24a: { fr: exact(traits.ROFL) },
      fatPeople24a: { fr: exact(traits.FAT_PEOPLE) },
      eating24a: { fr: exact(traits.EATING) },
      overweight24a: { fr: exact(traits.OVERWEIGHT) },
      wontDress24a: { fr: exact(traits.WONT_DRESS) },
      chubby24a: { fr: exact(traits.CHUBBY) },
      prettyFace24a: { fr: exact(traits.PRETTY_FACE) },
      praised24a: { fr: exact(traits.PRAISED) },
      forOne24a: { fr: exact(traits.FOR_ONE) },
      neverGuess24a: { fr: exact(traits.NEVER_GUESS) },
      grewUp24a: { fr: exact(traits.GREW_UP) },
      pretty24a: { fr: exact(traits.PRETTY) },
      womanRole24a: { fr: exact(traits.WOMAN_ROLE) },
      byHerself24a: { fr: exact(traits.BY_HERSELF) },
      proud24a: { fr: exact(traits.PROUD) },
      ladies24a: { fr: exact(traits.LADIES) },
      stickTo24a: { fr: exact(traits.STICK_TO) },
      atTheWheel24a: { fr: exact(traits.AT_THE_WHEEL) },
      letHer24a: { fr: exact(traits.LET_HER) },
      obviously24a: { fr: exact(traits.OBVIOUSLY) },
      snowflake24a: { fr: exact(traits.SNOWFLAKE) },
      brace24a: { fr: exact(traits.BRACE) },
      realWork24a: { fr: exact(traits.REAL_WORK) },
      guys24a: { fr: exact(traits.GUYS) },
      notes24a: { fr: exact(traits.NOTES) },
      dinner24a: { fr: exact(traits.DINNER) },
      womenDay24a: { fr: exact(traits.WOMEN_DAY) },
      dads24a: { fr: exact(traits.DADS) },
      leavePros24a: { fr: exact(traits.LEAVE_PROS) },
      leaveMums24a: { fr: exact(traits.LEAVE_MUMS) },
      menAddress24a: { fr: exact(traits.MEN_ADDRESS) },
      pink24a: { fr: exact(traits.PINK) },
      nip24a: { fr: exact(traits.NIP) },
      sport24a: { fr: exact(traits.SPORT) },
      forBoys24a: { fr: exact(traits.FOR_BOYS) },
      cameOut24a: { fr: exact(traits.CAME_OUT) },
      girlsAisle24a: { fr: exact(traits.GIRLS_AISLE) },
      transNeighbour24a: { fr: exact(traits.TRANS_NEIGHBOUR) },
      watchKids24a: { fr: exact(traits.WATCH_KIDS) },
      beard24a: { fr: exact(traits.BEARD) },
      cubicles24a: { fr: exact(traits.CUBICLES) },
      old24a: { fr: exact(traits.OLD) },
      allDay24a: { fr: exact(traits.ALL_DAY) },
      staffAges24a: { fr: exact(traits.STAFF_AGES) },
      ageScorn24a: { fr: exact(traits.AGE_SCORN) },
      young24a: { fr: exact(traits.YOUNG) },
      fragile24a: { fr: exact(traits.FRAGILE) },
      bornAfter24a: { fr: exact(traits.BORN_AFTER) },
      jobAd24a: { fr: exact(traits.JOB_AD) },
      gran24a: { fr: exact(traits.GRAN) },
      useless24a: { fr: exact(traits.USELESS) },
      disabled24a: { fr: exact(traits.DISABLED) },
      disabilityScorn24a: { fr: exact(traits.DISABILITY_SCORN) },
      special24a: { fr: exact(traits.SPECIAL) },
      kidInClass24a: { fr: exact(traits.KID_IN_CLASS) },
      names24a: { fr: exact(NAMES) },
      nameScorn24a: { fr: exact(NAME_SCORN) },
      theft24a: { fr: exact(THEFT) },
      knowing24a: { fr: exact(KNOWING) },
      soldOrGone24a: { fr: exact(SOLD_OR_GONE) },
      travellers24a: { fr: exact(TRAVELLERS) },
      passport24a: { fr: exact(PASSPORT) },
      those24a: { fr: exact(THOSE) },
      unrecognisable24a: { fr: exact(UNRECOGNISABLE) },
      invade24a: { fr: exact(INVADE) },
      exotic24a: { fr: exact(EXOTIC) },
      regions24a: { fr: exact(REGIONS) },
      regionTrait24a: { fr: exact(REGION_TRAIT) },
      inBlood24a: { fr: exact(IN_BLOOD) },
      money24a: { fr: exact(MONEY) },
      speakNone24a: { fr: exact(SPEAK_NONE) },
      sendHome24a: { fr: exact(SEND_HOME) },
      eastern24a: { fr: exact(EASTERN) },
      smell24a: { fr: exact(SMELL) },
      callCentre24a: { fr: exact(CALL_CENTRE) },
      tankYou24a: { fr: exact(TANK_YOU) },
      accent24a: { fr: exact(ACCENT) },
      accentMock24a: { fr: exact(ACCENT_MOCK) },
      notTheSort24a: { fr: exact(NOT_THE_SORT) },
      estates24a: { fr: exact(ESTATES) },
      except24a: { fr: exact(EXCEPT) },
      givenEnough24a: { fr: exact(GIVEN_ENOUGH) },
      socialCase24a: { fr: exact(SOCIAL_CASE) },
      keepThem24a: { fr: exact(KEEP_THEM) },
      serious24a: { fr: exact(SERIOUS) },
      estatePeople24a: { fr: exact(ESTATE_PEOPLE) },
      ratherNot24a: { fr: exact(RATHER_NOT) },
      welfare24a: { fr: exact(WELFARE) },
      headwear24a: { fr: exact(HEADWEAR) },
      theDoor24a: { fr: exact(THE_DOOR) },
      state24a: { fr: exact(STATE) },
      faith24a: { fr: exact(FAITH) },
      fasting24a: { fr: exact(FASTING) },
      elsewhere24a: { fr: exact(ELSEWHERE) },
      halal24a: { fr: exact(HALAL) },
      keepOwn24a: { fr: exact(KEEP_OWN) },
      noneOf24a: { fr: exact(NONE_OF) },
      vibrant24a: { fr: exact(VIBRANT) },
      faceSeen24a: { fr: exact(FACE_SEEN) },
      worst24a: { fr: exact(WORST) },
      looks24a: { fr: exact(LOOKS) },
      preferred24a: { fr: exact(PREFERRED) },
      hair24a: { fr: exact(HAIR) },
      straightened24a: { fr: exact(STRAIGHTENED) },
      joke24a: { fr: exact(JOKE) },
      guards24a: { fr: exact(GUARDS) },
      pork24a: { fr: exact(PORK) },
      justForYou24a: { fr: exact(JUST_FOR_YOU) },
      covering24a: { fr: exact(COVERING) },
      backHome24a: { fr: exact(BACK_HOME) },
      believers24a: { fr: exact(BELIEVERS) },
      believerScorn24a: { fr: exact(BELIEVER_SCORN) },
      livingIn24a: { fr: exact(LIVING_IN) },
      notRetained24a: { fr: exact(NOT_RETAINED) },
      ruleOut24a: { fr: exact(RULE_OUT) },
      addresses24a: { fr: exact(ADDRESSES) },
      pregnant24a: { fr: exact(PREGNANT) },
      disrupt24a: { fr: exact(DISRUPT) },
    },
    alone: ['alone24a'],
    // Called up to a team, called in to a meeting: not a former name.
    negative: {
      fr: exact(list('was called up|was called in|was called on|was called out|was called to|was called back')),
    },
    signs: {
      wink24a: TRIBUTE_WINK,
      fatSign24a: ['🐷', '🐘', '🐖'],
      lipstick24a: ['💄'],
      oldSign24a: ['👴', '👵', '👴🏻', '👵🏻'],
      disabledNo24a: ['♿'],
      laugh24a: ['😂', '🤣'],
      clown24a: ['🤡'],
    },
    pairs: [
      ['incite24a', 'whereabouts24a', { window: 40, variant: 'harassment' }],
      ['inciteWeak24a', 'personal24a', { window: 40, variant: 'harassment' }],
      ['shutOut24a', 'quits24a', { window: 30, variant: 'harassment' }],
      ['colleague24a', 'wasCalled24a', { window: 3, ordered: true }],
      ['shameAbout24a', 'body24a', { window: 3, ordered: true, variant: 'harassment' }],
      ['atSize24a', 'sizeAdvice24a', { window: 14, variant: 'harassment' }],
      ['clothes24a', 'weightLimit24a', { window: 3, ordered: true, variant: 'harassment' }],
      ['kilos24a', 'fatSign24a', { window: 14 }],
      ['nose24a', 'beaks24a', { window: 8, variant: 'harassment' }],
      ['sizeNot24a', 'noReshare24a', { window: 14 }],
      ['bigSize24a', 'rofl24a', { window: 24, variant: 'harassment' }],
      ['fatPeople24a', 'eating24a', { window: 8, ordered: true }],
      ['fatPeople24a', 'fatSign24a', { window: 16 }],
      ['overweight24a', 'wontDress24a', { window: 12 }],
      ['chubby24a', 'prettyFace24a', { window: 10 }],
      ['praised24a', 'forOne24a', { window: 6, ordered: true }],
      ['neverGuess24a', 'grewUp24a', { window: 3, ordered: true }],
      ['womanRole24a', 'byHerself24a', { window: 12 }],
      ['ladies24a', 'stickTo24a', { window: 14 }],
      ['atTheWheel24a', 'brace24a', { window: 14 }],
      ['realWork24a', 'guys24a', { window: 8, ordered: true }],
      ['ladies24a', 'notes24a', { window: 16 }],
      ['womenDay24a', 'dinner24a', { window: 24 }],
      ['dads24a', 'leaveMums24a', { window: 24 }],
      ['menAddress24a', 'leavePros24a', { window: 2 }],
      ['pink24a', 'nip24a', { window: 16 }],
      ['sport24a', 'forBoys24a', { window: 8 }],
      ['cameOut24a', 'girlsAisle24a', { window: 14 }],
      ['transNeighbour24a', 'watchKids24a', { window: 16 }],
      ['beard24a', 'cubicles24a', { window: 12 }],
      ['old24a', 'allDay24a', { window: 24 }],
      ['oldSign24a', 'allDay24a', { window: 24 }],
      ['staffAges24a', 'ageScorn24a', { window: 24 }],
      ['snowflake24a', 'fragile24a', { window: 20 }],
      ['letHer24a', 'obviously24a', { window: 10 }],
      ['letHer24a', 'lipstick24a', { window: 10 }],
      ['young24a', 'fragile24a', { window: 16 }],
      ['bornAfter24a', 'jobAd24a', { window: 16, variant: 'hiring' }],
      ['gran24a', 'useless24a', { window: 6 }],
      ['disabled24a', 'disabilityScorn24a', { window: 14 }],
      ['disabledNo24a', 'disabilityScorn24a', { window: 6 }],
      ['special24a', 'kidInClass24a', { window: 1, ordered: true }],
      ['names24a', 'nameScorn24a', { window: 10 }],
      ['theft24a', 'knowing24a', { window: 24 }],
      ['theft24a', 'wink24a', { window: 24 }],
      ['soldOrGone24a', 'knowing24a', { window: 8 }],
      ['travellers24a', 'theft24a', { window: 16 }],
      ['passport24a', 'laugh24a', { window: 10 }],
      ['passport24a', 'clown24a', { window: 10 }],
      ['those24a', 'unrecognisable24a', { window: 24, ordered: true }],
      ['invade24a', 'exotic24a', { window: 5 }],
      ['regions24a', 'regionTrait24a', { window: 10 }],
      ['inBlood24a', 'money24a', { window: 16 }],
      ['speakNone24a', 'sendHome24a', { window: 20 }],
      ['eastern24a', 'smell24a', { window: 20 }],
      ['callCentre24a', 'tankYou24a', { window: 20 }],
      ['accent24a', 'accentMock24a', { window: 12 }],
      ['notTheSort24a', 'estates24a', { window: 14, ordered: true }],
      ['except24a', 'estates24a', { window: 5, ordered: true }],
      ['except24a', 'givenEnough24a', { window: 14, ordered: true }],
      ['estates24a', 'givenEnough24a', { window: 16 }],
      ['socialCase24a', 'keepThem24a', { window: 10 }],
      ['estatePeople24a', 'serious24a', { window: 20 }],
      ['ratherNot24a', 'welfare24a', { window: 6, ordered: true }],
      ['headwear24a', 'theDoor24a', { window: 20 }],
      ['state24a', 'faith24a', { window: 3, ordered: true, variant: 'hiring' }],
      ['fasting24a', 'elsewhere24a', { window: 14, variant: 'hiring' }],
      ['halal24a', 'guards24a', { window: 14 }],
      ['halal24a', 'keepOwn24a', { window: 20 }],
      ['noneOf24a', 'vibrant24a', { window: 3, ordered: true }],
      ['faceSeen24a', 'worst24a', { window: 16, variant: 'harassment' }],
      ['looks24a', 'preferred24a', { window: 3, ordered: true, variant: 'hiring' }],
      ['hair24a', 'straightened24a', { window: 12, ordered: true }],
      ['joke24a', 'regions24a', { window: 2, ordered: true }],
      ['pork24a', 'justForYou24a', { window: 24 }],
      ['covering24a', 'backHome24a', { window: 14 }],
      ['believers24a', 'believerScorn24a', { window: 14 }],
      ['livingIn24a', 'notRetained24a', { window: 10, ordered: true, variant: 'hiring' }],
      ['ruleOut24a', 'addresses24a', { window: 4, ordered: true, variant: 'hiring' }],
      ['pregnant24a', 'disrupt24a', { window: 20 }],
    ],
  },
  religion: {
    groups: {
      headwear24a: { fr: exact(HEADWEAR) },
      preach24a: { fr: exact(list('pas du prêche|not preaching|no preaching|pas de prêche')) },
      inBlood24a: { fr: exact(IN_BLOOD) },
      money24a: { fr: exact(MONEY) },
    },
    // Saint-Priest (Rhône) is a town.
    negative: { fr: exact(list('saint priest|st priest')) },
    pairs: [
      ['headwear24a', 'preach24a', { window: 20 }],
      ['inBlood24a', 'money24a', { window: 16 }],
    ],
  },
  insult: {
    groups: {
      bigSize24a: { fr: exact(traits.BIG_SIZE) },
      rofl24a: { fr: exact(traits.ROFL) },
      strong: {
        fr: exact(
          list(`clown of a prime minister|clown of a president|clown of a minister|ce clown de président
          |ce clown de ministre|ya dropkick|you dropkick|bloody dropkick|gueule de raie|un vrai toucan
          |proper minger|la chaise a survécu|did the chair survive|the chair survived`),
        ),
      },
    },
    pairs: [['bigSize24a', 'rofl24a', { window: 24 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24a = roundByTopic(ROUND_24A);
