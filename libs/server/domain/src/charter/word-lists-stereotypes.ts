// Fourth round of the discrimination rules (lexicon-discrimination.ts merges the groups, compounds and pairs below),
// by family rather than by sentence:
// - generalisations about a nation or a region: "les Belges / les Parisiens / the French / Americans / Irish
//   applicants" + a stereotype ("radins", "toujours bourrés", "rude", "can't cook", "tight with money"). The wide
//   demonyms only count with an article that makes them a people ("les Belges", "ces Suisses", "the Irish",
//   "Germans", "Irish applicants"), and only with a negative trait: "les Français adorent nos croissants, c'est
//   bien connu" and "nos clients belges" stay clean;
// - a predicate said of a group named earlier through a pronoun ("les vieux qui paient par chèque …, faudrait les
//   interdire", "pensioners …, they clog up the tills"): a longer window, the group first;
// - "n'ont qu'à aller bosser", "qu'ils aillent travailler": the poor and the unemployed told to work;
// - ageism ("servent plus à rien", "clog up", "waste of space"), sexism on roles ("no place for", "pas un métier de
//   femme"), homophobia ("c'est dégoûtant", "is a choice"), fat shaming ("we don't dress", "should lose weight";
//   "with that belly" + "no business", 🐷);
// - misgendering ("t'es un mec déguisé", "you're a man in a dress", "pretending to be a woman", "she's a he");
// - hiring on accent, birthplace, pregnancy plans ("pas de candidats avec un accent", "born abroad", "if you're
//   pregnant");
// - veiled threats: "on sait dans quelle agence tu bosses", "we know which store you work at", "ce serait dommage
//   qu'il arrive quelque chose à ta voiture".
// Same syntax as word-lists-discrimination.ts (exact, normalised).
import type { CategoryRules } from './lexicon';
import { DEMONYMS_FR, DEMONYMS_MORE_FR, GROUPS_EN, GROUPS_MORE_EN } from './word-lists-discrimination';
import { combos, exact, frForms, list } from './word-lists-discrimination';

/** Origins the first lists already name as groups keep their own rules (and findings). */
const KNOWN = new Set([...DEMONYMS_FR, ...DEMONYMS_MORE_FR, ...list(GROUPS_EN), ...GROUPS_MORE_EN]);
const unknown = (forms: readonly string[]) => forms.filter((w) => !KNOWN.has(w));

const plurals = (forms: readonly string[]) => forms.filter((w) => /[sx]$/.test(w));

/** Nations and regions (FR, masculine/feminine); "les Belges", "ces Parisiennes". */
const NATIONS_FR = frForms(`belge|suisse|français/française|anglais/anglaise|britannique|irlandais/irlandaise
  |écossais/écossaise|gallois/galloise|américain/américaine|amerloque|ricain/ricaine|canadien/canadienne
  |québécois/québécoise|allemand/allemande|autrichien/autrichienne|italien/italienne|espagnol/espagnole
  |portugais/portugaise|grec/grecque|néerlandais/néerlandaise|hollandais/hollandaise|flamand/flamande
  |wallon/wallonne|bruxellois/bruxelloise|luxembourgeois/luxembourgeoise|suédois/suédoise|norvégien/norvégienne
  |danois/danoise|finlandais/finlandaise|islandais/islandaise|australien/australienne|argentin/argentine
  |chilien/chilienne|brésilien/brésilienne|mexicain/mexicaine|russe|ukrainien/ukrainienne|polonais/polonaise
  |roumain/roumaine|bulgare|hongrois/hongroise|tchèque|serbe|croate|albanais/albanaise|turc/turque|grec/grecque
  |chinois/chinoise|japonais/japonaise|coréen/coréenne|indien/indienne|pakistanais/pakistanaise|arabe
  |algérien/algérienne|marocain/marocaine|tunisien/tunisienne|africain/africaine|sénégalais/sénégalaise
  |ivoirien/ivoirienne|congolais/congolaise|camerounais/camerounaise|libanais/libanaise|israélien/israélienne
  |parisien/parisienne|marseillais/marseillaise|lyonnais/lyonnaise|toulousain/toulousaine|bordelais/bordelaise
  |lillois/lilloise|niçois/niçoise|nantais/nantaise|breton/bretonne|normand/normande|corse|alsacien/alsacienne
  |lorrain/lorraine|auvergnat/auvergnate|savoyard/savoyarde|basque|catalan/catalane|provençal|picard/picarde
  |ch ti|chti|nordiste|sudiste|méridional|provincial/provinciale|campagnard/campagnarde|genevois/genevoise
  |vaudois/vaudoise|valaisan/valaisanne|romand/romande|tessinois/tessinoise|montréalais/montréalaise
  |antillais/antillaise|réunionnais/réunionnaise|ch timi`);
const NATION_PLURALS_FR = [
  ...new Set([...unknown(plurals(NATIONS_FR)), 'provençaux', 'méridionaux', 'ch tis', 'chtis']),
];

/** "les Belges", "ces Parisiens", "tous les Irlandais": a people, not an adjective. */
export const NATION_FR = [
  ...combos(['les', 'ces', 'tous les', 'toutes les', 'ces foutus', 'ces satanés'], NATION_PLURALS_FR),
  ...list(`le français moyen|la française moyenne|le belge moyen|le suisse moyen|l américain moyen|l anglais moyen
    |l allemand moyen|le parisien moyen|le québécois moyen|l italien moyen`),
];
/** "candidats polonais", "clientes suisses": a people noun + a nation (compound with PEOPLE_FR). */
export const NATION_ADJ_FR = NATIONS_FR;

const NATIONS_EN = list(`french|irish|english|british|scottish|welsh|dutch|swiss|spanish|danish|finnish|polish
  |portuguese|chinese|japanese|vietnamese|lebanese|congolese|senegalese|maltese|flemish|cornish|american|canadian
  |german|austrian|italian|greek|belgian|swedish|norwegian|icelandic|australian|kiwi|mexican|brazilian|argentinian
  |chilean|colombian|russian|ukrainian|romanian|bulgarian|hungarian|czech|slovak|serbian|croatian|albanian|turkish
  |indian|pakistani|bangladeshi|korean|filipino|thai|nigerian|ghanaian|kenyan|somali|ethiopian|moroccan|algerian
  |tunisian|egyptian|arab|israeli|iranian|iraqi|afghan|syrian|jamaican|cuban|haitian|peruvian|venezuelan|texan
  |californian|parisian|southern|northern|scouse|geordie|quebec|french canadian`);
/** "the French", "Americans", "Scousers", "the average Brit". */
export const NATION_EN = [
  ...combos(
    ['the'],
    list(`french|irish|english|british|scottish|welsh|dutch|swiss|spanish|danish|finnish|polish|portuguese|chinese
      |japanese|vietnamese|lebanese|congolese|senegalese|maltese|flemish|cornish|scots|swedes|poles|finns|danes`),
  ),
  ...list(`americans|canadians|germans|austrians|italians|greeks|belgians|swedes|norwegians|icelanders|australians
    |aussies|kiwis|brits|scots|yanks|yankees|canucks|poms|mexicans|brazilians|argentinians|argentines|chileans
    |colombians|russians|ukrainians|romanians|bulgarians|hungarians|czechs|slovaks|serbs|croats|albanians|turks
    |indians|pakistanis|koreans|filipinos|nigerians|ghanaians|kenyans|somalis|moroccans|algerians|tunisians
    |egyptians|israelis|iranians|iraqis|afghans|syrians|jamaicans|cubans|spaniards|frenchmen|englishmen|irishmen
    |scotsmen|welshmen|dutchmen|parisians|londoners|new yorkers|texans|californians|northerners|southerners|scousers
    |geordies|mancunians|brummies|cockneys|yorkshiremen|glaswegians|quebecers|quebecois|midwesterners|rednecks
    |hillbillies|hicks|the average american|the average brit|your average brit|your average american`).filter(
    (w) => !KNOWN.has(w),
  ),
  ...combos(
    ['french', 'english', 'irish', 'british', 'dutch', 'swiss', 'spanish', 'welsh', 'scottish'],
    ['people', 'folk'],
  ),
];
/** English nation adjectives before a people noun ("Irish applicants", "German drivers"). */
export const NATION_ADJ_EN = NATIONS_EN;

/**
 * What is said of a nation: a negative trait. The generalisers ("c'est bien connu", "everyone knows") are not
 * here: with a nation they are as often praise ("les Belges adorent les frites, c'est bien connu").
 */
export const STEREO_FR =
  list(`râleurs|râleuses|râleur|râlent|râlent tout le temps|toujours à râler|se plaignent tout le temps
  |arrogants|arrogantes|prétentieux|prétentieuses|snobs|hautains|hautaines|malpolis|impolis|mal élevés|grossiers
  |radins|radines|pingres|avares|rapiats|près de leurs sous|ivrognes|alcoolos|bourrés|bourrées|soûls|saouls
  |toujours saouls|picolent|boivent trop|boivent comme des trous|à jeun|pas bourrés|un peu lents|lents
  |lentes|idiots|stupides|débiles|pas malins|pas très malins|pas futés|pas très futés|aucun humour
  |n ont aucun humour|pas d humour|sans humour|ne se lavent pas|se lavent pas|ne se lavent jamais|coincés
  |frimeurs|vantards|fainéants|fainéantes|paresseux|ploucs|bouseux|consanguins|têtus|bornés|bruyants|vulgaires
  |beaufs|incultes|ignorants|nuls|nulles|fourbes|hypocrites|lâches|peureux|tricheurs|menteurs|voleurs|crades
  |on ne peut pas leur faire confiance|pas dignes de confiance|malhonnêtes|délinquants|sauvages|arriérés
  |conduisent mal|conduisent comme des|ne savent pas conduire|savent pas conduire|mangent mal|ne foutent rien
  |foutent rien|comprennent rien|ne comprennent rien|rien à rien|pas dégourdis|pas dégourdies|feignants|jamais à l heure
  |toujours en retard|toujours en grève|toujours en vacances|toujours saoul|pas fiables|arnaqueurs|escrocs|profiteurs`);
export const STEREO_EN =
  list(`rude|rudest|so rude|arrogant|snobs|snobby|snobbish|stuck up|entitled|stingy|tight with money
  |tight fisted|tightfisted|mean with money|cheapskates|drunks|drunk|drunkards|always drunk|drink too much|boozers
  |alcoholics|turn up sober|show up sober|come sober|be sober|thick as|dim witted|dimwits|dumb|stupid|idiots|morons|inbred|uncultured|ignorant|humourless
  |humorless|no sense of humour|no sense of humor|lazy|obnoxious|uncivilised|uncivilized|smelly|unwashed|never wash
  |greedy|whiny|whingers|whinging|whinge|always complaining|complain about everything|moan about everything
  |worst drivers|terrible drivers|bad drivers|cheats|cheaters|cowards|cowardly|surrender monkeys|liars|thieves
  |crooks|scammers|untrustworthy|can't be trusted|cannot be trusted|backward|savages|dirty|filthy|a bit slow
  |can't cook|cannot cook|can't drive|cannot drive|always late|never on time|always on strike
  |always on holiday|only care about money|don't wash|do not wash|have no taste|no taste|no manners|bad manners`);

/** Said through a pronoun after the group was named ("…, faudrait les interdire", "…, they clog up the tills"). */
export const PRONOUN = list(`les|leur|eux|ils|elles|ils sont|elles sont|they|them|they are|they're|they re`);

/** "n'ont qu'à" + an action: telling the poor, the unemployed, the fat what to do. */
export const ONLY_HAVE_TO = list(`n ont qu à|ont qu à|n a qu à|a qu à|n avaient qu à|qu ils aillent|qu elles aillent
  |qu il aille|qu elle aille|faudrait les faire|faut les faire|il faudrait les faire|should just|should go and
  |can just|could just|just need to|only need to`);
export const ACTION = list(`bosser|aller bosser|travailler|aller travailler|se lever|se lever plus tôt|bouger|se bouger
  |chercher du boulot|chercher du travail|trouver du travail|trouver un travail|trouver un boulot|maigrir|faire un régime
  |arrêter de manger|rester chez eux|rester chez elles|rentrer chez eux|se taire|économiser|aller ailleurs|pas venir
  |ne pas venir|get a job|get jobs|work|work harder|earn more|lose weight|go on a diet|diet|stop eating|shop elsewhere
  |go elsewhere|stay home|stay at home|shut up|get off benefits|get off the sofa|get off their backsides|try harder`);

/** More predicates said of a group (any group of the first lists), by family. */
export const CONTEMPT_MORE = list(`devraient être interdits|devraient être interdites|devraient être bannis
  |devraient être bannies|devrait être interdit|devrait être interdite|faudrait les interdire|faut les interdire
  |il faudrait les interdire|on devrait les interdire|on devrait les bannir|les interdire|les bannir
  |servent à rien|servent plus à rien|ne servent à rien|ne servent plus à rien|sert à rien|ne sert à rien
  |à la retraite d office|laisser la place aux jeunes|bons pour la casse|bons pour l hospice
  |clog up|clogging up|clog the|hold everyone up|holding everyone up|hold up the queue|holding up the queue
  |waste of space|a waste of space|useless with|are useless with|should be put out to pasture|put out to pasture
  |should just retire|past their sell by|n ont pas à se plaindre|ont pas à se plaindre|n ont pas le droit de se plaindre
  |qu ils arrêtent de se plaindre|arrêtent de se plaindre|arrêter de pleurnicher|au lieu de râler|au lieu de se plaindre
  |shouldn't complain|should not complain|have no right to complain|no right to complain|stop whining|quit whining
  |stop moaning|quit moaning|should stop complaining|stop complaining and|just earn more|work like the rest of us
  |get a job like the rest of us|lazy scroungers|scrounging|sponging|freeloading|leeching
  |c est dégoûtant|c est dégueulasse|c est immonde|c est écœurant|écœurant|dégoûtant|dégoûtante|c est contre nature
  |is disgusting|it's disgusting|pas devant mes enfants|not in front of my kids
  |not in front of the kids|not in front of children|don't want my kids seeing|don't want my kids to see
  |we don't dress|we do not dress|we won't dress|don't dress|don't cater for|don't cater to|do not cater for
  |we don't make clothes for|don't make clothes for|should lose weight|should just lose weight|lose some weight
  |need to lose weight|needs to lose weight|go on a diet|on n habille pas|n habillons pas|on ne fait pas de grandes tailles
  |n ont qu à maigrir|devraient maigrir|faire un régime|aren't made for|are not made for|weren't made for
  |pas faits pour les|pas faites pour les|ne sont pas faits pour|no place for|not a place for|pas un endroit pour
  |pas un métier de femme|pas un métier pour|pas un boulot de femme|pas un boulot pour|un métier d homme
  |un boulot d homme|a man's job|a man job|a job for men|not a job for|not a woman's job|not a woman job|leave it to the men
  |leave that to the men|leave the engineering to the men|laissez ça aux hommes|laisse ça aux hommes|laissez faire les hommes
  |no chance in hell|you must be joking|laisse moi rire|laissez moi rire|laughable|risible
  |quelle catastrophe|quel désastre|what a disaster|what a joke|quelle blague|reste un homme|restera toujours un homme
  |restent des hommes|still a man|still men|will always be a man|always be men|men in wigs|man in a wig|ne sera jamais une femme|ne seront jamais des femmes|jamais une vraie femme
  |will never be a woman|never be a real woman|not a real woman|not real women|pas une vraie femme|pas de vraies femmes`);

/** Groups the first lists lacked: the unemployed, being gay or trans. */
export const GROUPS_STEREO = list(`the unemployed|unemployed people|jobless people|the jobless|those on benefits
  |welfare queens|benefit cheats|dole bludgers|being gay|being trans|being lesbian|being bi|être gay|être homo
  |être trans|femme trans|femmes trans|trans woman|trans women|trans man|trans men|les rsa|les érémistes
  |les cassos|les assistés|les chômeurs|les pauvres|des chômeurs|les boomers|ok boomer|les daronnes|les darons
  |les mémés|les pépés|les papys|les mamies|les vieux croûtons|les croulants|old codgers|old farts|old geezers
  |geezers|old dears|grannies|granddads|grandads|boomer|gen x|les femmes au volant|femmes au volant|women drivers
  |woman driver|lady drivers|fat people|fat folks|big people|fat customers|fatties|les grosses|les gros|les obèses
  |des candidats avec un accent|candidats avec un accent|avec un accent|avec un fort accent|avec un accent étranger
  |avec accent|à l accent|with an accent|with accents|with foreign accents|with a foreign accent|with strong accents
  |with a strong accent|with heavy accents|with a heavy accent|with thick accents|with a thick accent`);

/** Hiring criteria the first lists lacked: accent, birthplace, pregnancy plans, religion practice. */
export const CRITERIA_MORE = list(`avec un accent|avec accent|avec un fort accent|fort accent|forts accents
  |accent étranger|accents étrangers|accent prononcé|accent marqué|avec un accent étranger|accent à couper au couteau
  |nés à l étranger|né à l étranger|née à l étranger|nées à l étranger|nés hors|né hors|née hors|nées hors
  |si vous êtes enceinte|femmes enceintes|candidates enceintes|projet bébé|projet de bébé|désir de grossesse
  |de confession|foreign accent|foreign accents|strong accent
  |strong accents|heavy accent|heavy accents|thick accent|thick accents|with an accent|with accents|regional accent
  |regional accents|born abroad|born overseas|born outside|foreign born|not born here|if you're pregnant
  |if you are pregnant|pregnant women|pregnant applicants|planning a baby|planning a family|planning to start a family
  |plan to have kids|plan to have children|planning to have kids|planning on having kids|planning to have children
  |practising muslims|practicing muslims|practising jews`);

/** Misgendering, said to someone or of someone: "t'es un" + "mec déguisé", "that's a" + "man in a dress". */
export const CALLED = list(`t es un|t es qu un|tu es un|tu n es qu un|c est un|c est qu un|ce n est qu un|you are a
  |you a|you re a|you are just a|you just a|you're just a|that a|that's a|that is a|he's a|she's a|she a|he a|it a
  |it's a|it is a|just a|juste un|rien qu un|une femme trans est un|a trans woman is a|trans women are`);
export const MISGENDER =
  list(`mec déguisé|homme déguisé|mec déguisé en femme|homme déguisé en femme|mec en robe|homme en robe
  |mec en jupe|homme en jupe|mec en perruque|homme en perruque|mec maquillé|garçon déguisé|man in a dress|men in dresses
  |bloke in a dress|guy in a dress|dude in a dress|man in a wig|men in wigs|bloke in a wig|man in drag|bloke in drag
  |man in lipstick|man pretending|bloke pretending`);
/** Misgendering enough alone. */
export const MISGENDER_ALONE = list(`pretending to be a woman|pretending to be a man|pretends to be a woman
  |pretends to be a man|pretend to be a woman|pretend to be a man|playing dress up as a woman|dressed up as a woman
  |se faire passer pour une femme|se faire passer pour un homme|se fait passer pour une femme|se fait passer pour un homme
  |te faire passer pour une femme|te faire passer pour un homme|vous faire passer pour une femme|joue à la femme
  |joue à être une femme|she's a he|he's a she|she is a he|he is a she|she a he|he a she|c est un il|c est une elle
  |elle est un il|il est une elle|a man in a dress|un mec déguisé en femme|un homme déguisé en femme`);

/** Where someone works or lives, asked of them: "dans quelle agence tu", "which store you". */
const PLACES_FR = list(`agence|boutique|magasin|boîte|entreprise|société|bureau|usine|école|quartier|rue|ville|immeuble
  |salle|club|restaurant|resto|bar|succursale|banque|hôpital|centre|service|équipe|crèche|lycée|fac`);
const PLACES_EN = list(`office|store|shop|branch|company|firm|building|school|street|town|gym|club|restaurant|bar|bank
  |hospital|team|department|factory|warehouse|site|nursery|college|neighbourhood|neighborhood|road|estate`);
export const WHEREABOUTS_MORE = [
  ...combos(
    combos(['dans quel', 'dans quelle', 'quel', 'quelle', 'à quel', 'à quelle', 'pour quel', 'pour quelle'], PLACES_FR),
    list(`tu bosses|tu travailles|tu vis|tu habites|tu dors|tu te gares|vous travaillez|vous habitez|vous bossez
      |vont tes enfants|va ta fille|va ton fils|vont vos enfants|t habites|t bosses`),
  ),
  ...combos(
    combos(['which', 'what'], PLACES_EN),
    list(`you work|you work at|you work in|you live|you live in|you live on|you go to|you park|your kids go to
      |your children go to|your son goes to|your daughter goes to|you study|you study at|you train at`),
  ),
  ...list(`ton lieu de travail|your place of work|your kids school|your kids' school|l école de tes enfants`),
];
/** "being gay" + a verdict: enough alone. */
export const BEING_VERDICT = combos(
  list(`being gay|being trans|being lesbian|being bi|being homosexual|being transgender|être gay|être homo|être trans
    |être lesbienne|l homosexualité|homosexuality|transgenderism|le transgenrisme`),
  list(`is a choice|is wrong|is a sin|is unnatural|is a disease|is an illness|is a mental illness|is sick|is disgusting
    |est un choix|est un péché|est une maladie|est contre nature|est une déviance|c est un choix|c est un péché
    |c est une maladie|c est contre nature|ça se soigne|se soigne`),
);
/** Their body, pointed at ("with that belly", "vu ton ventre"): with shame words or 🐷. */
export const BODY_PART_MORE = list(`that belly|that gut|those thighs|that arse|that ass|that bum|those rolls|that body
  |with that belly|with that gut|with those thighs|with that body|with a belly like that|with a gut like that
  |with a body like that|with your belly|with your gut|with your thighs|ce bide|ce ventre|ton ventre|vu ton ventre
  |vu ton poids|vu ta taille|vu tes cuisses|vu ton bide|avec ce ventre|avec ton ventre|avec tes cuisses|avec ces cuisses
  |avec ce bide|avec ton bide|avec ton gros ventre|avec tes bourrelets`);
export const SHAME_MORE = list(`no business|got no business|have no business|has no business|évite nos|évitez nos
  |évite de porter|évitez de porter|avoid our|stay away from our|pas pour toi|c est pas pour toi|not for you
  |aren't for you|are not for you|won't fit|will never fit|ne rentreras pas|tu rentreras jamais|oublie nos
  |forget our|don't even try|n essaie même pas|essaie même pas|laisse tomber nos|stick to the|reste sur les`);
/** Veiled threats enough alone. */
export const VEILED = list(`dommage qu il arrive quelque chose|dommage qu il t arrive quelque chose
  |dommage qu il arrive malheur|dommage s il arrivait quelque chose|dommage s il t arrivait quelque chose
  |ce serait bête qu il arrive quelque chose|serait bête qu il t arrive|shame if something happened to
  |shame if something were to happen to|shame if anything happened to|pity if something happened to
  |be a shame if something happened|be a shame if anything happened|shame if something happened|accidents happen you know
  |les accidents arrivent vite|un accident est vite arrivé|on sait où te trouver|we know where to find you
  |we know how to find you|on sait comment te trouver|on t a à l œil|on t a a l oeil
  |we've got our eye on you|we have our eye on you|fais gaffe à tes fesses`);

/** Said after the group only ("Women engineers? Not a chance"). */
export const CONTEMPT_AFTER_MORE = list(`not a chance|pas une chance|aucune chance|no chance|no way|pas question
  |hors de question|certainly not|surely not|god no|lol no|mdr non|no no no`);

/** Fat shaming with 🐷: a body part that is only said of fat ("ton bide", "your gut"). */
export const FAT_PART = list(`ton bide|ton gros bide|ce bide|ton gros ventre|ce gros ventre|tes bourrelets|ta graisse
  |ton double menton|tes grosses cuisses|your gut|that gut|your rolls|those rolls|your fat|your double chin
  |your muffin top|that muffin top|with that belly|with a belly like that|with that gut|vu ton ventre|vu ton bide
  |vu ton poids|at your weight|avec ton poids|à ton poids|avec ce bide|avec ton bide|fat belly|big belly|gros ventre`);

/** Clean look-alikes: a dressing gown, a dress shirt, "avec ou sans accent", "you look like a man who needs…". */
export const NEGATIVE_MORE = exact(
  [
    ...combos(
      [...CALLED, ''],
      list(`homme en robe de chambre|mec en robe de chambre|man in a dress shirt|man in a dress suit|guy in a dress shirt
      |bloke in a dress shirt|man in a dressing gown|a man in a dress shirt|a man in a dressing gown`),
    ),
    ...list(`avec ou sans accent|with or without an accent|with or without accents|tous les accents|all accents
    |accents welcome|accents bienvenus|you look like a man who|you look like a man that|tu ressembles à un homme qui
    |tu ressembles à un mec qui|you look like a guy who|you look like a woman who`),
  ].map((t) => t.trim()),
);

/** Groups of this file (lexicon-discrimination.ts also adds its lists to `group`, `contempt`, `threat`…). */
export const STEREOTYPE_GROUPS: CategoryRules['groups'] = {
  nation: { fr: exact(NATION_FR, NATION_EN) },
  nationAdjFr: { fr: exact(NATION_ADJ_FR) },
  nationAdjEn: { fr: exact(NATION_ADJ_EN) },
  stereo: { fr: exact(STEREO_FR, STEREO_EN) },
  pronoun: { fr: exact(PRONOUN) },
  onlyHaveTo: { fr: exact(ONLY_HAVE_TO) },
  action: { fr: exact(ACTION) },
  called: { fr: exact(CALLED) },
  misgender: { fr: exact(MISGENDER) },
  fatPart: { fr: exact(FAT_PART) },
};
/** "clients belges", "Irish applicants" are a nation; "n'ont qu'à" + "bosser" a contempt; "ils" + a contempt an anaphor. */
export const STEREOTYPE_COMPOUNDS: NonNullable<CategoryRules['compounds']> = [
  ['peopleFr', 'nationAdjFr', 'nation'],
  ['nationAdjEn', 'peopleEn', 'nation'],
  ['unable', 'skill', 'stereo'],
  ['onlyHaveTo', 'action', 'contempt'],
  ['pronoun', 'contempt', 'anaphor', 3],
  ['pronoun', 'stereo', 'anaphor', 3],
  ['called', 'misgender', 'threat'],
];
export const STEREOTYPE_PAIRS: CategoryRules['pairs'] = [
  ['nation', 'stereo'],
  ['group', 'anaphor', { window: 16, ordered: true }],
  ['nation', 'anaphor', { window: 16, ordered: true }],
  ['fatPart', 'pig', { window: 8, variant: 'harassment' }],
];
