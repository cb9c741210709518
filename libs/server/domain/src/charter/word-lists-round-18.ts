// Eighteenth round (`withRound18` adds it to every topic's rules), discrimination and harassment:
// - a call to the brand's followers to go after a person ("tell her what you think 👇", "fill his replies", "her DMs
//   are open", "go pay him a visit", "RT this until he realises he's not welcome"), and pressure through their job
//   or their photos ("your employer will hear about it", "his boss will love this", "your career here is over"):
//   threats, enough alone;
// - looks, skin or an accent required by "only" ("white family only", "fair skin only", "blonde, blue-eyed kids
//   only", "perfect figures only", "peau claire uniquement");
// - a group of people met with suspicion ("Irish fans in town? hide the bar stock", "check every note twice"): with a
//   group, like the other contempt predicates, or with a crowd named by where it comes from ("Scottish fans",
//   "supporters anglais", "Aussie tourists");
// - phrases that demean whoever they are said of, enough alone: a body mocked ("put the doughnut down", "a face for
//   radio"), a woman sent back to the kitchen or her husband, mental illness as a jibe ("off his meds"), class
//   ("trailer trash"), gender denied ("there are only two genders", "boys who wear pink grow up confused").
// Insults:
// - a quality measured against something derisive ("the charm of a damp sock", "the backbone of a wet noodle", "la
//   délicatesse d'un sanglier"), or a person compared to a derisive animal or thing ("writes like a hungover
//   pigeon", "looks like an unhinged walrus");
// - idioms of stupidity and contempt, enough alone ("one sandwich short of a picnic", "useless as a chocolate
//   teapot", "a waste of oxygen", "va te faire cuire un œuf", "Einstein du dimanche").
// Religion: a practice laughed at (a practice named with 😂 🤣 🤭 🙃 😏 😭 in the segment: "Ash Wednesday: half the
// office walked into a chimney 🤭"), more practices for the scorn of earlier rounds ("holy water is just tap water with
// a PR team"), and a patron saint invoked ("St Nicholas, protector of children, watch over…", "Sainte Rita, patronne
// des causes désespérées 🙏").
// Health and legal: guilt asserted before a court ("he's guilty and everyone knows it", "behind bars by summer"), a
// verdict or damages promised ("we'll be cleared, 100%", "you owe us damages"), the law misstated as advice ("you can't
// be sued if it's true", "c'est légal tant que c'est pour la maison"), and cures promised in a few words ("fight
// cancer", "never need antibiotics again"). Enough alone.
// Confidential: what the poster says should not be posted ("not supposed to post this", "please don't share", "ne pas
// transférer", "press hasn't got it yet", "ce qui se dit en CSE reste en CSE"). Enough alone.
// Politics: slogans and jabs without a party's name ("America First", "audit the Fed", "the left wants you poor",
// "président des riches", "proportional representation").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const PILE_ON = list(`tell her what you think|tell him what you think|tell her what we think|tell him what we think
  |what we think of her|what we think of him|what you think of her|what you think of him|fill her replies
  |fill his replies|fill her mentions|fill his mentions|flood her replies|flood his replies|flood her mentions
  |flood his mentions|her dms are open|his dms are open|her dms are wide open|his dms are wide open|slide into her dms
  |slide into his dms|pay him a visit|pay her a visit|go pay him|go pay her|realises he's not welcome
  |realises she's not welcome|realizes he's not welcome|realizes she's not welcome|never posts about us again
  |make sure she never posts|make sure he never posts|ses dm sont ouverts|ses mp sont ouverts|allez lui dire ce que
  |dites lui ce que vous en pensez|dites lui ce que vous pensez|remplissez ses commentaires|inondez ses commentaires
  |inondez ses mentions|remplissez ses mentions|allez lui rendre visite|rendez lui une petite visite`);
const PRESSURE = list(`your employer hears about it|your employer will hear about it|your employer will hear about this
  |your boss hears about it|your boss will hear about it|his boss will love this|her boss will love this
  |your boss will love this|everyone sees those photos|everyone will see those photos
  |your career in this industry is over
  |your career here is over|it won't be for a chat|see what happens when you turn up|see what happens when you show up
  |ton employeur va en entendre parler|votre employeur va en entendre parler|ton patron va adorer|son patron va adorer
  |ta carrière est finie|ta carrière dans le milieu est finie|et ce ne sera pas pour discuter`);

const LOOKS = list(`white family|white families|white kids|white children|white models|white faces|white people
  |white couple|white candidates|fair skin|fair skinned|pale skin|light skin|light skinned|blonde|blond|blue eyed
  |blonde blue eyed kids|caucasian|caucasians|european looking|british looking|perfect figures|perfect bodies
  |flat tummies|slim figures|received pronunciation|native english|native english speakers|native speakers|no accent
  |peau claire|peau blanche|teint clair|familles blanches|famille blanche|enfants blancs|blonds aux yeux bleus
  |yeux bleus|sans accent|silhouettes parfaites|corps parfaits`);
const ONLY = list(`only|only please|uniquement|seulement|exclusivement`);

const SUSPICION = list(`hide the stock|hide the good stock|hide the bar stock|hide the booze|hide the silverware
  |lock up the stock|lock up the tills|count the spoons|count the cutlery|check every note|check every note twice
  |check the notes twice|breathalyser test first|breathalyser first|hide your wallets|hide your handbags|cachez le stock
  |planquez le stock|cachez la marchandise|planquez la marchandise|comptez les petites cuillères|comptez les couverts
  |vérifiez chaque billet|vérifiez les billets deux fois|cachez vos portefeuilles|cachez vos sacs
  |fermez la caisse à clé`);
/** A crowd named by where it comes from: "Scottish fans", "Aussie tourists", "des supporters anglais". */
const FROM_EN = list(`irish|scottish|welsh|english|british|french|german|italian|spanish|portuguese|greek|russian
  |ukrainian|aussie|australian|american|canadian|brazilian|dutch|belgian|swiss|northern|southern|geordie|scouse
  |brummie|essex|cockney|yankee|kiwi|romanian|polish|chinese|indian|nigerian|albanian|bulgarian|turkish|moroccan`);
const CROWD_EN = list(`fans|supporters|tourists|visitors|holidaymakers|lads|plumbers|builders|lorry drivers|truckers
  |nannies|cleaners|mums|dads|pensioners|travellers|students|coachloads|coach parties|crowds|groups|families|kids`);
const CROWD_FR = list(`supporters|touristes|visiteurs|vacanciers|fans|clients|familles|gamins|jeunes|ouvriers|plombiers
  |routiers|retraités|étudiants|groupes`);
const FROM_FR =
  list(`anglais|irlandais|écossais|gallois|britanniques|allemands|italiens|espagnols|portugais|grecs|russes
  |ukrainiens|australiens|américains|belges|suisses|hollandais|néerlandais|roumains|polonais|chinois|albanais|bulgares
  |turcs|marocains|algériens|parisiens|marseillais|ch tis|nordistes|sudistes`);

const DEMEANING = list(`put the doughnut down|put the donut down|put the fork down|put the cake down|put the pie down
  |a face for radio|face for radio|that's not a body|you need a diet|she needs a diet|he needs a diet|needs a diet not
  |pose la fourchette|lâche la fourchette|lâche le burger|lâche les gâteaux|une tête à faire de la radio
  |get back in the kitchen|back in the kitchen where|go back to the kitchen|retourne à tes fourneaux
  |retournez à vos fourneaux|retourne à la cuisine|leave it to the men|leave that to the men|leave this to the men
  |leave the thinking to the men|laisse ça aux hommes|laissez ça aux hommes|laissez faire les hommes
  |let your husband call|let your husband deal|ask your husband to call|demandez à votre mari d appeler
  |wears the trousers|wear the trousers|porte la culotte|pretty girl on reception|jolie fille à l accueil
  |that time of the month for you|ses règles ou quoi|off his meds|off her meds|forgot his meds|forgot her meds
  |a oublié ses médocs|a oublié ses cachets|trailer trash|white trash|only two genders|que deux genres
  |il n y a que deux sexes|grow up confused|grandissent perturbés|grandissent paumés`);

const QUALITIES_EN = list(`brains|brain|charm|personality|vision|strategic vision|decisiveness|talent|culinary talent
  |palate|eyesight|memory|intelligence|iq|wit|common sense|attention span|spine|backbone|manners|people skills
  |social skills|emotional range|charisma|creativity|reflexes|tact|grace|subtlety|judgement|taste|sense of humour
  |sense of direction|leadership skills|work ethic|energy|speed|urgency|customer service`);
const QUALITIES_FR = list(`délicatesse|finesse|intelligence|cerveau|charisme|charme|mémoire|vision|sens de l humour
  |élégance|grâce|subtilité|tact|réactivité|vivacité|énergie|personnalité|goût|sens commun|bon sens|jugeote|talent`);
/** What a quality is measured against, or a person compared to, to deride them. */
const DERISIVE = list(`damp sock|wet sock|wet paper bag|paper bag|shopping trolley|microwave|seagull|mole|brick
  |turnip|plank|doorknob|lamppost|traffic cone|hamster|walrus|wet noodle|noodle|hamster wheel|jellyfish|slug
  |sloth|sewer rat|headless chicken|headless chickens|baboon|donkey|cabbage|cabbages|wet lettuce|lump of wood
  |stale biscuit|soggy biscuit|tea towel|dead fish|pigeon|hungover pigeon|wildebeest|sanglier|éléphant|huître|moule
  |bulot|poulpe|endive|navet|courgette|limace|paillasson|serpillière|serpillière mouillée|notice de frigo|frigo
  |porte de prison|poisson rouge|balai|manche à balai|pot de fleurs|bigorneau|moule à gaufres|tanche|truite`);
const LIKE = list(`like a|like an|like some|comme un|comme une`);
const BEHAVE = list(`looks|look|looking|writes|write|talks|talk|drives|drive|answers|answering|behaves|behave|acts|act
  |thinks|think|dresses|sounds|sound|ressemble|ressembles|écrit|écris|parle|parles|conduit|conduis|répond|réponds
  |pense|penses|s habille|t habilles`);
const IDIOMS = list(`one sandwich short|a sandwich short|few sandwiches short|a few bricks short|not the sharpest tool
  |not the brightest bulb|useless as a|as useful as a chocolate teapot|chocolate teapot|between your ears
  |lights are on but nobody|two brain cells|one brain cell|single brain cell|if brains were|waste of oxygen
  |waste of skin|face only a mother could love|thick as a brick|thick as two short planks|daft as a brush|you chump
  |you muppet|oi muppet|you has been|blowhard|blowhards|dunce of the|gutless wonder|overgrown toddler
  |spineless jellyfish|pathetic hacks|overpaid fools|what a turnip|you turnip|bunch of clowns|pack of clowns
  |pack of headless chickens|tire au flanc|tires au flanc|c est un gland|quel gland|espèce de gland|bande de glands
  |andouille de l année|concours de nouilles|bande de nouilles|va te faire cuire un oeuf|allez vous faire cuire un oeuf
  |einstein du dimanche|génie de la bêtise|les morveux|petits morveux|bande de morveux|quelle andouille
  |espèce d andouille|bande d andouilles|tête de linotte|cervelle de moineau|pas la lumière à tous les étages
  |pas le couteau le plus aiguisé|pas la lame la plus affûtée|inutile comme un`);

const PRACTICE = list(`iftar|l iftar|ash wednesday|mercredi des cendres|processions|procession du 15 août|pilgrims
  |pèlerins|holy water|eau bénite|baptême|baptism|christening|vow of silence|vœu de silence|tithe|la dîme|communion
  |first communion|première communion|rosary|chapelet|kippa|kippah|bonnes sœurs|nuns|monks|moines|bishops|évêques
  |priests|curés|lent|carême|ramadan|yom kippur|yom kippour|passover|pâque juive|sabbath|shabbat|fasting|jeûne|prayer
  |prière|mass|la messe|nativity|crèche de noël|the rapture|hell fire|hellfire|les enfers|purgatory|purgatoire`);
const SCORN = list(`just tap water|with a pr team|amateur numbers|old bones|vieux os|who hurt you|couldn't be us
  |could never be us|built different|tout ça pour quoi|pour quoi au juste|on comprend pas|on ne comprend pas|wild
  |start a riot|the drip though|make it make sense`);
const PATRON = list(`patron saint of|patron saint|protector of|patronne des|patron des|protecteur des|protectrice des
  |sainte patronne|saint patron`);
const INVOKE = list(`bénis|bénissez|protège|protégez|veille sur|veillez sur|watch over|protect|bless|pray for|priez pour
  |intercède|intercede|on compte sur toi|we're counting on you|comptons sur toi|keep them safe|garde les`);

const LEGAL_HEALTH = list(`guilty and everyone knows|guilty everyone knows it|he's guilty|she's guilty|they're guilty
  |coupable ça ne fait aucun doute|coupable aucun doute|il est coupable|elle est coupable|is a fraudster|are fraudsters
  |behind bars by|derrière les barreaux d ici|en prison d ici|we'll be cleared|we will be cleared|on sera relaxés
  |on sera relaxé|relaxés c est une certitude|owe us damages|you owe us|vous nous devez des dommages|see you in court
  |on se voit au tribunal|rendez vous au tribunal|you can't be sued|you cannot be sued|100% protected|protégé à 100
  |vous risquez rien|vous ne risquez rien|c est légal tant que|it's legal as long as|don't legally need
  |do not legally need|pas obligé légalement|aucune obligation légale de|fight cancer|fights cancer|combat le cancer
  |combattent le cancer|never need antibiotics|plus jamais besoin d antibiotiques|règlent le problème en une nuit
  |règle le problème en une nuit|completely harmless to your lungs|sans danger pour vos poumons`);
const SECRET = list(`not supposed to post this|not supposed to share this|shouldn't be posting this|please don't share
  |don't share this|do not share this|ne pas transférer|ne pas diffuser|ne le partagez pas|press hasn't got it yet
  |the press doesn't know yet|la presse ne le sait pas encore
  |ce qui se dit en cse reste en cse|reste en cse|her team doesn't know|his team doesn't know
  |son équipe ne le sait pas|profit warning goes out|l avertissement sur résultats|internal strategy day
  |audit report internal|rapport d audit interne`);

const POLITICS_SLOGANS = list(`america first|make america great again|maga|audit the fed|end the fed
  |proportional representation|first past the post|blue wave|red wave|the left wants|the left has|the left is
  |the left will|the right wants|the right has|the woke left|loony left|la gauche a|la gauche veut
  |la gauche est|la droite a|la droite veut|la droite est|lock her up|build the wall|stop the steal|get brexit done
  |take back control|gilets jaunes|gilet jaune|le ric|président des riches|climate zealots|climate deniers
  |climate hysteria|vote them out|primary them|changeons d europe|abrogation maintenant|tory government
  |tory cuts|the tories|les macronistes|la macronie|les insoumis|les fachos|the libs|libtards|own the libs`);

// Both are also groups of their own, so that their pairs below do not reach the rest of `practice` ("fast": "growing
// so fast 😂") or of `contempt`.
const PRACTICE_TERMS = exact(PRACTICE);
const SUSPICION_TERMS = exact(SUSPICION);

const ROUND_18: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      strong: { fr: exact(IDIOMS) },
      qualityOf18: {
        fr: exact(combos(QUALITIES_FR, ['d un', 'd une'])),
        en: exact(combos(QUALITIES_EN, ['of a', 'of an'])),
      },
      derisive18: { fr: exact(DERISIVE) },
      behave18: { fr: exact(BEHAVE) },
      like18: { fr: exact(LIKE) },
      behaveLike18: {},
    },
    compounds: [['behave18', 'like18', 'behaveLike18']],
    pairs: [
      ['qualityOf18', 'derisive18', { window: 3, ordered: true, clause: true }],
      ['behaveLike18', 'derisive18', { window: 3, ordered: true, clause: true }],
    ],
  },
  religion: {
    groups: {
      practice: { fr: PRACTICE_TERMS },
      practice18: { fr: PRACTICE_TERMS },
      scorn: { fr: exact(SCORN) },
      patron18: { fr: exact(PATRON) },
      invoke18: { fr: exact(INVOKE) },
    },
    signs: { mock18: ['😂', '🤣', '🤭', '🙃', '😏', '😭'], invoke18: ['🙏'] },
    pairs: [
      ['practice18', 'mock18', { window: 14 }],
      ['patron18', 'invoke18', { window: 10 }],
    ],
  },
  politics: { groups: { strong: { fr: exact(POLITICS_SLOGANS) } } },
  health_legal: { groups: { strong: { fr: exact(LEGAL_HEALTH) } } },
  confidential: { groups: { alone: { fr: exact(SECRET) } } },
  discrimination: {
    groups: {
      threat: { fr: exact(PILE_ON, PRESSURE) },
      looks18: { fr: exact(LOOKS) },
      only18: { fr: exact(ONLY) },
      contempt: { fr: SUSPICION_TERMS },
      suspicion18: { fr: SUSPICION_TERMS },
      fromEn18: { en: exact(FROM_EN) },
      crowdEn18: { en: exact(CROWD_EN) },
      crowdFr18: { fr: exact(CROWD_FR) },
      fromFr18: { fr: exact(FROM_FR) },
      crowd18: {},
      slur: { fr: exact(DEMEANING) },
    },
    compounds: [
      ['fromEn18', 'crowdEn18', 'crowd18'],
      ['crowdFr18', 'fromFr18', 'crowd18'],
    ],
    pairs: [
      ['looks18', 'only18', { window: 3, ordered: true, clause: true }],
      ['crowd18', 'suspicion18', { window: 12, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound18 = roundByTopic(ROUND_18);
