// Religion, seventh round (from the training sets train-a … train-f): families laid over RELIGION_RULES and
// GREETING_RULES by `withReligion4` / `withGreetings4` (lexicon.ts), so the category's own lists stay in one file.
// Each family is a class of words met with a second class, or a class that is religious in itself:
// - belief in a miracle or a myth, said mockingly ("croire qu'un homme a marché sur l'eau", "think a man parted
//   the sea"); a practice scorned ("le carême, une superstition d'un autre âge", "Lent … an invisible man");
// - scripture cited as authority ("comme l'écrit saint Paul", "as the Gita teaches", "Proverbs 22"),
//   the Lord's Prayer quoted, a blessing asked of a saint ("que Marie veille sur vous");
// - clergy lecturing ("les curés … faire la morale"), the conspiracy trope without the group's name ("tenues par la même communauté", "the same people pulling the
//   strings"), the Creator against chance, theology and clergy, more denominations, pejoratives for believers;
// - negatives: figurative uses ("la messe est dite", "messe basse", "brand bible", "a religious experience",
//   "religiously", "the answer to our prayers", pastries: "religieuse au café", "pet-de-nonne", "the devil's advocate").
import type { CategoryRules, Pair, Terms } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Theology, clergy, liturgy, movements and denominations, prayers quoted, mocking names: enough alone. */
const STRONG_FR = list(`theologie|theologies|theologien|theologiens|theologique|theologiques|clerge|ecclesiastique
  |ecclesiastiques|liturgie|liturgique|eucharistie|saintes ecritures|les saintes ecritures|l ecriture sainte
  |epitre aux|epitres de paul|verset du jour|verset de la semaine|donne nous aujourdhui|que ton regne vienne
  |que ta volonte soit faite|que ton nom soit sanctifie|pardonne nous nos offenses|delivre nous du mal
  |le seigneur est mon berger|homme invisible dans le ciel|bonhomme dans le ciel|barbu dans le ciel
  |protestantisme|islamisme|anglicanisme|mormonisme|hindouiste|hindouistes|soufi|soufis|soufisme|hassidique
  |hassidiques|ultra orthodoxe|ultra orthodoxes|opus dei|loubavitch|chabad|amish|mennonite|mennonites|presbyterien
  |presbyteriens|lutherien|lutheriens|calviniste|calvinistes|copte|coptes|maronite|maronites|druze|druzes|rastafari
  |wicca|zoroastrien|zoroastriens|jesuite|jesuites|franciscain|franciscains|carmelite|carmelites|raeliens|oumma
  |bondieuserie|bondieuseries|grenouille de benitier|grenouilles de benitier|cul benit|culs benits|cureton|curetons
  |calotin|calotins|catho|cathos|naissance du sauveur|le divin enfant|grandir dans la foi|prophete mohamed|prophete mahomet
  |paix et benediction sur lui|paix sur lui|aller a confesse|allez a confesse|a confesse|justice divine
  |punition divine|chatiment divin|sunna|hadith|hadiths|goyim|gurdwara|astaghfirullah|jazakallah|barakallah`);
const STRONG_EN = list(`theology|theologies|theologian|theologians|theological|clergy|clergyman|clergymen|liturgy
  |liturgical|eucharist|holy communion|holy scripture|holy scriptures|the scriptures|scripture says|scripture tells
  |verse of the day|verse of the week|epistle to the|give us this day|thy kingdom come|thy will be done
  |hallowed be thy name|forgive us our trespasses|lead us not into temptation|deliver us from evil
  |invisible man in the sky|old man in the sky|bearded man in the sky|magic man in the sky|guy in the sky
  |catholicism|protestantism|islamism|anglicanism|mormonism|sufi|sufis|sufism|hasidic|haredi|ultra orthodox
  |opus dei|chabad|lubavitch|amish|mennonite|mennonites|presbyterian|presbyterians|lutheran|lutherans|calvinist
  |calvinists|coptic|copts|maronite|maronites|druze|rastafarian|rastafari|wicca|wiccan|zoroastrian|jesuit|jesuits
  |franciscan|franciscans|carmelite|carmelites|hillsong|moonies|ummah|bible thumper|bible thumpers|bible basher
  |bible bashers|holy roller|holy rollers|god botherer|god botherers|jesus freak|jesus freaks|happy clappy
  |birth of the saviour|birth of our saviour|birth of the savior|the christ child|grow in faith|grow in the faith
  |prophet muhammad
  |prophet mohammed|peace be upon him|pbuh|go to confession|come to confession|went to confession
  |divine justice|divine punishment|divine retribution|sunnah|hadith|hadiths|goyim|gurdwara|astaghfirullah
  |jazakallah|barakallah`);
/** Scripture by a book and a chapter (books that are not first names, products or sequels: "Proverbs 22"). */
const VERSES = `^Proverbs {n}|^Colossians {n}|^Colossiens {n}|^Thessalonians {n}|^Thessaloniciens {n}`;

/** Practices, devotion and dress that need a second word (another of them, or a cue): weak. */
const WEAK_FR = list(`le diable|du diable|au diable|satan|satanique|sataniques|sataniste|satanistes|lucifer|eau benite
  |hijab|hijabs|niqab|niqabs|burkini|burkinis|tchador|jilbab|abaya|abayas|porte le voile|portent le voile
  |porter le voile|haram|integriste|integristes|fondamentaliste|fondamentalistes`);
const WEAK_EN = list(`the devil|satan|satanic|satanist|satanists|lucifer|holy water|hijab|hijabs|niqab|niqabs|burkini
  |burkinis|chador|jilbab|abaya|abayas|wear the veil|wears the veil|wearing the veil|haram|fundamentalist
  |fundamentalists`);

/** Believing, said of others ("qui croient encore", "who still believes", "grown adults think"). */
const BELIEF_FR = list(`croire|croit|croient|croyez|crois|croyait|croyaient|croyais|croyons|pensent|penser|s imaginent
  |gober|gobent|avaler|vivent selon|vivre selon|obeissent a|obeir a`);
const BELIEF_EN = list(`believe|believes|believed|believing|think|thinks|thought|reckon|reckons|buy that|fall for
  |falls for|live by|lives by|living by|obey|obeys`);
/** Miracles and myths told as facts (past tense: "walks on water" is also a compliment). */
const TALES_FR = list(`a marche sur l eau|marchait sur l eau|a change l eau en vin|changeait l eau en vin
  |a transforme l eau en vin|a multiplie les pains|est ressuscite|a ressuscite|marie etait vierge|etait vierge
  |est restee vierge|a ouvert la mer|a separe la mer|a fendu la mer|a vecu dans une baleine|dans le ventre d une baleine
  |avale par une baleine|un serpent qui parle|un serpent qui parlait|un serpent parlant|nee d une cote|l arche de noe
  |deux animaux de chaque espece|un buisson ardent|la vie apres la mort|l au dela|un dieu a tete d elephant
  |les vaches sont sacrees|la vache est sacree|est ne d une vierge|ne d une vierge|la resurrection|a la resurrection
  |un serpent a parle|adam et eve|le jardin d eden|ecrit par des bergers
  |ecrits par des bergers`);
const TALES_EN = list(`walked on water|turned water into wine|parted the sea|parted the red sea|rose from the dead
  |came back from the dead|mary was a virgin|was a virgin|virgin birth|lived inside a whale|lived in a whale
  |inside a whale for|in the belly of a whale|swallowed by a whale|a talking snake|talking snakes|made from a rib
  |from adam's rib|noah's ark|two of every animal|a burning bush|an afterlife|the afterlife|life after death
  |heaven and hell|a god with an elephant head|cows are holy|cows are sacred|born of a virgin|born to a virgin|the resurrection
  |in the resurrection|a snake talked|adam and eve|the garden of eden|an old book written
  |written by shepherds|written by goat herders`);

/** Practices and feasts that scorn is aimed at ("le carême", "Passover rules", "Ramadan is just an excuse"). */
const PRACTICE_FR = list(`ramadan|le ramadan|careme|le careme|kippour|yom kippour|shabbat|sabbat|pessah|paque juive
  |hanouka|hanoukka|le jeune|jeuner|jeunent|la priere|les prieres|la messe|la confession|le bapteme|la circoncision
  |le voile|le halal|casher|kasher|les fetes religieuses|pelerinage|la religion|les religions|les croyants|la foi`);
const PRACTICE_EN = list(`ramadan|^Lent|passover|yom kippur|shabbat|sabbath|hanukkah|fasting|praying|prayer|prayers
  |confession|baptism|circumcision|the veil|halal|kosher|religious festivals|hindu festivals|pilgrimage|faith|religion
  |religions|believers`);
/** Scorn for a belief: superstition, archaism, brainwashing, a pretext, an invisible being. */
const SCORN_FR = list(`superstition|superstitions|superstitieux|superstitieuse|d un autre age|d un autre temps
  |du moyen age|moyenageux|moyenageuse|archaique|archaiques|obscurantisme|obscurantiste|folklore|folklorique
  |lavage de cerveau|endoctrinement|endoctrines|conneries|foutaises|balivernes|sornettes|fadaises|n importe quoi
  |qu une excuse|juste une excuse|une excuse pour|qu un pretexte|juste un pretexte|un pretexte pour|se goinfre
  |se goinfrent|s empiffre|s empiffrent|dieu invisible|ami imaginaire|homme invisible|conte de fees|contes de fees
  |une secte|truc de moutons|pour les moutons|du vent|pas raisonnable|c est quoi l idee|quelle idee`);
const SCORN_EN = list(`superstition|superstitions|superstitious|medieval|middle ages|backward|archaic|primitive
  |brainwashed|brainwashing|indoctrinated|indoctrination|nonsense|bullshit|rubbish|mumbo jumbo|hocus pocus|claptrap
  |fairy tale|fairy tales|fairytale|fairytales|make believe|just an excuse|only an excuse|an excuse to|an excuse for
  |a bit much|a bit extra|invisible man|imaginary friend|a cult|sounds like torture|couldn't be us`);

/** A cleric by title blessing a thing ("l'abbé a béni la ligne", "Father Thomas blessed the warehouse"). */
const BLESS_ACT = list(`benir|benit|beni|benie|benis|benies|benissent|benediction|bless|blesses|blessed|blessing`);
const CLERIC = `^Father|${exact(`abbe|l abbe|monseigneur|padre|le padre|the padre`)}`;

/** A teacher of a faith and a verb of teaching, in one clause ("comme l'écrit saint Paul", "as the Gita teaches"). */
const AUTHORITY_FR = list(`saint paul|st paul|l apotre paul|l apotre|saint pierre|saint jean|saint luc|saint matthieu
  |saint augustin|le roi salomon|la gita|la bhagavad gita|la sunna|un hadith|le hadith|les hadiths|l ecclesiaste`);
const AUTHORITY_EN = list(`saint paul|st paul|the apostle paul|the apostle|paul the apostle|saint peter|st peter
  |king solomon|moses|the gita|the good book|scripture|the sunnah|a hadith|the hadith|the psalmist`);
const TEACH_FR = list(`comme l ecrit|comme le dit|comme disait|comme l a dit|comme l enseigne|comme l a ecrit
  |comme le rappelle|nous dit|nous enseigne|enseigne|enseignait|ecrivait|a ecrit|disait|selon|d apres`);
const TEACH_EN = list(`says|said|teaches|taught|wrote|writes|tells us|told us|reminds us|according to
  |in the words of`);

/** A blessing asked of a saint: "que Marie veille sur vous", "may Our Lady protect". */
const MAY_HOLY_FR = list(`que marie|que la vierge|que la vierge marie|que notre dame|que les saints|que saint joseph
  |que le ciel|que le christ|que saint|que sainte`);
const MAY_HOLY_EN = list(`may mary|may the virgin|may the virgin mary|may our lady|may the saints|may heaven
  |may the angels|may saint`);
const PROTECT_FR = list(`veille sur|veillent sur|vous protege|vous protegent|protege|protegent|vous garde|vous gardent
  |vous accompagne|vous accompagnent|vous benisse|vous benissent|benisse|benissent|guide|guident`);
const PROTECT_EN = list(`watch over|watches over|protect|protects|keep you|bless|guide|guides`);

/** The conspiracy trope without the group's name: who, and a hold on banks or media. */
const TROPE_WHO_FR = list(`la meme communaute|une certaine communaute|une communaute bien precise|vous savez qui
  |suivez mon regard`);
const TROPE_WHO_EN = list(`the same people|the same few families|a certain community|a certain group|a certain people
  |you know who|we all know who`);
const TROPE_HOLD_FR = list(`tiennent les banques|tient les banques|tiennent les medias|tenues par|tenus par|tenue par
  |tenu par|controlent|tirent les ficelles|tire les ficelles|possedent les medias|dirigent les banques`);
const TROPE_HOLD_EN = list(`pulling the strings|pull the strings|pulls the strings|control the banks|controls the banks
  |control the media|controls the media|run the banks|runs the banks|own the banks|own the media|owns the media
  |run the media|runs the media|run hollywood|runs hollywood|own hollywood`);

/** Clergy, in the plural or by a pejorative, lecturing ("les curés … nous faire la morale"). */
const CLERGY_FR = list(`cures|les cures|ces cures|abbes|moines|bonnes soeurs|rabbins|pasteurs|eveques|imams|pretres`);
const CLERGY_EN = list(`vicars|monks|nuns|preachers|priests|bishops|imams|rabbis|pastors`);
const LECTURE_FR =
  list(`faire la morale|font la morale|fait la morale|donner des lecons|donnent des lecons|lecons de morale
  |donneurs de lecons|moraliser|moralisent|balayer devant leur porte|feraient mieux de se taire`);
const LECTURE_EN = list(`lecture us|lecturing us|lecture everyone|moralising|moralizing|sanctimonious|holier than thou
  |should mind their own|keep their noses out`);

/** The Creator against chance ("the universe is an accident", "il n'y a pas de Créateur"). */
const CREATOR = list(`the universe is an accident|the universe is not an accident|the universe was an accident
  |l univers est un accident|l univers est un hasard|l univers n est pas un hasard|l univers s est cree tout seul
  |there's no creator|there is no creator|without a creator|no creator god|il n y a pas de createur|sans createur`);

/** Figurative and neutral uses of religious words. */
const NEGATIVE_FR =
  list(`c est une religion|est une religion|est notre religion|une religion chez nous|une bible de|un dieu en cuisine
  |un dieu en|dieux du stade|dieu du stade|demi dieu|demi dieux|la messe est dite|messe basse|messes basses|en messe basse|pet de nonne|pets de nonne
  |pets de nonnes|religieuse au cafe|religieuses au cafe|religieuse au chocolat|religieuses au chocolat
  |religieuse a la pistache|religieuse a la vanille|religieuse au caramel|religieuse a la fraise|religieusement
  |experience religieuse|quasi religieuse|quasi religieux|une vraie bible|une bible pour|la nouvelle bible|une veritable bible|la bible des
  |notre bible de|bible de la mode|vos prieres ont ete exaucees|nos prieres ont ete exaucees|prieres exaucees
  |saint paul de|saint paul les|saint paul sur|st paul de|la mecque du|la mecque de|la mecque des|le pape du|le pape de la|le pape des|la papesse du|la papesse de la
  |avocat du diable|beaute du diable|tirer le diable par la queue|tire le diable par la queue|au diable l avarice
  |le diable est dans les details|les diables rouges|diables rouges|diable rouge|comme le diable|du diable vauvert
  |un froid du diable|un bruit du diable|en diable`);
const NEGATIVE_EN =
  list(`is a religion|is my religion|is our religion|a religion here|a bible of|a god in the kitchen|a god in the
  |a god at|god tier|god mode|brand bible|style bible|design bible|size bible|baking bible|kitchen bible|beauty bible
  |parents bible|a bible for|the new bible|our new bible|the ultimate bible|no nonsense|nonsense free|parents' bible|parent's bible|parenting bible|mums bible|dads bible|foodie bible|gardening bible
  |cook's bible|religious experience|a religious experience|almost religious|quasi religious|religiously
  |religious about|was a prayer|is a prayer|a bit of a prayer|more of a prayer|a prayer and|wing and a prayer
  |answer to our prayers|answer to your prayers|answer to my prayers|answer to all your prayers|prayers answered
  |prayers have been answered|prayers are answered|amen to that|mecca of|a mecca for|the mecca of|shopping mecca
  |foodie mecca|pope of|devil's advocate|devils advocate|speak of the devil|the devil is in the detail
  |the devil is in the details|tasmanian devil|devil may care|better the devil you know|the devil wears prada
  |red devils|the devil's in the detail|like the devil|father's day|fathers day|father christmas
  |father time|father figure|father of the bride|father and son|father and daughter`);

const GROUPS: Record<string, Terms> = {
  strong: { fr: `${exact(STRONG_FR, CREATOR)}|${VERSES}`, en: exact(STRONG_EN) },
  weak: { fr: exact(WEAK_FR), en: exact(WEAK_EN) },
  belief: { fr: exact(BELIEF_FR), en: exact(BELIEF_EN) },
  tale: { fr: exact(TALES_FR), en: exact(TALES_EN) },
  practice: { fr: exact(PRACTICE_FR), en: PRACTICE_EN.map((w) => (w.startsWith('^') ? w : `=${w}`)).join('|') },
  scorn: { fr: exact(SCORN_FR), en: exact(SCORN_EN) },
  authority: { fr: exact(AUTHORITY_FR), en: exact(AUTHORITY_EN) },
  teach: { fr: exact(TEACH_FR), en: exact(TEACH_EN) },
  blessAct: { fr: exact(BLESS_ACT) },
  cleric: { fr: CLERIC },
  mayHoly: { fr: exact(MAY_HOLY_FR), en: exact(MAY_HOLY_EN) },
  protect: { fr: exact(PROTECT_FR), en: exact(PROTECT_EN) },
  tropeWho: { fr: exact(TROPE_WHO_FR), en: exact(TROPE_WHO_EN) },
  tropeHold: { fr: exact(TROPE_HOLD_FR), en: exact(TROPE_HOLD_EN) },
  clergy: { fr: exact(CLERGY_FR), en: exact(CLERGY_EN) },
  lecture: { fr: exact(LECTURE_FR), en: exact(LECTURE_EN) },
};

const PAIRS: readonly Pair[] = [
  ['belief', 'tale', { window: 8, ordered: true }],
  ['practice', 'scorn', { window: 10 }],
  ['authority', 'teach', { window: 1, clause: true }],
  ['tropeWho', 'tropeHold', { window: 6 }],
  ['clergy', 'lecture', { window: 12 }],
  ['cleric', 'blessAct', { window: 8, clause: true }],
];

const COMPOUNDS: NonNullable<CategoryRules['compounds']> = [['mayHoly', 'protect', 'strong', 2]];

/** The religion rules with this round's families: groups of the same name are joined, pairs and compounds added. */
export function withReligion4(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: GROUPS,
    pairs: PAIRS,
    compounds: COMPOUNDS,
    negative: { fr: exact(NEGATIVE_FR), en: exact(NEGATIVE_EN) },
  });
}

/**
 * Greetings in more spellings: "Shubh Diwali", "Hanouka Sameah", "Chana Tova", and the Christian feasts that are
 * days off only when named as the feast ("Bonne fête de l'Assomption"; "bon pont de l'Assomption" is not one).
 */
const GREETINGS_4: Record<string, Terms> = {
  greet: { fr: exact(`shubh|subh`) },
  greetAfter: { fr: exact(`sameah|sameach|samea h`) },
  greeting: {
    fr: exact(`chana tova|chana tovah|shanah tova|shana tovah|chanah tovah|pessah sameah|hag pessah sameah`),
  },
  feast: {
    fr: exact(`fete de l assomption|fete de la toussaint|fete de l ascension|fete de la pentecote|fete de l epiphanie
      |fete de la trinite|feast of the assumption|feast of the ascension|feast of pentecost|all saints day
      |maha shivratri|mahashivratri|maha shivaratri|guru purnima|onam|pongal|chhath|jummah|jumma|jumu ah|bodhi day
      |losar|sabbath|dussehra|dasara|karva chauth|lohri|ugadi|gudi padwa`),
  },
};

/** The greeting rules with this round's spellings and feasts. */
export function withGreetings4(base: CategoryRules): CategoryRules {
  return extendRules(base, { groups: GREETINGS_4 });
}
