// Twenty-fifth round, sixth reading (`withRound25f` adds it to every topic's rules), from `holdout-36`'s misses and
// clean posts flagged, by family:
// Insults: Hindi and Urdu ones in Indian English ("you utter bewakoof"). Clean: "fdp" as the shipping costs ("Fdp
// offerts dès 39 €").
// Politics: promises broken by a seat of government; a party that "had 30 years to fix" something; a "so-called"
// minister, or one who flies private; polling day beside "don't be fooled". Clean: a flavour winning "by a landslide
// in the staff vote".
// Religion: heaven "an invention of priests", a service as "fairy tales"; a baptised child "protected"; a prayer to the
// Virgin or a saint to protect the staff. Clean: "praise be" before a comma (relief), "le messie des pit-stops".
// Confidential: an executive's departure beside "shh" or an announcement to come; guidance "below consensus".
// Discrimination: whereabouts of a critic beside "see you soon"; migrants "letting in to take our jobs"; boomers who
// "need their grandkids to unlock their phones"; a township whose people "just steal"; over-55s who "cost too much";
// male applicants "privileged"; valuables hidden because of a colleague's origin; a customer in a swimsuit "not the
// ideal size"; women and mechanics beside "we'll let you choose the colour"; "nobody wants to see fat women".
// Health and legal: how to get off a speeding ticket; a person "obviously guilty".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`bewakoof|bevakoof|bewakoofs|ullu ka pattha|ullu ke pathe|kameena|kamina|kameeni|gadha hai
  |gadhe|nalayak|nalayaks|harami|haramis|chutiye|chutiyas`);
const NOT_INSULTS = list(`fdp offerts|fdp offert|fdp gratuits|fdp gratuit|fdp inclus|fdp compris|hors fdp|fdp en sus
  |fdp dès|fdp à {n}|fdp réduits|fdp offerts dès|frais de port fdp`);

const BROKEN = list(`promise broken|promises broken|broken promise|broken promises|promesse trahie|promesses trahies
  |promesse non tenue|promesses non tenues|promesse rompue|promesses rompues`);
const SEAT = list(`number 10|no 10|number ten|downing street|westminster|the white house|canberra|ottawa|the élysée
  |l élysée|matignon|bercy|the government|le gouvernement|ce gouvernement|this government|the lot in`);
const PARTY = list(`the anc|anc|the tories|tories|labour|the snp|snp|the dup|sinn féin|fianna fáil|fine gael|the gop
  |the democrats|the republicans|the liberals|the nationals|the bjp|bjp|the congress party|the eff|the da
  |les socialistes|la macronie|les républicains|le rn|le ps|lfi|la nupes`);
const YEARS_TO_FIX = list(`had {n} years to fix|had {n} years to sort|{n} years to fix|years to fix|had their chance
  |have had {n} years|has had {n} years|ont eu {n} ans pour|a eu {n} ans pour|{n} ans pour régler
  |{n} ans pour réparer`);
const POLITICS_ALONE =
  list(`so called minister|the so called minister|so called secretary of state|le soi disant ministre
  |la soi disant ministre|ce soi disant ministre|so called prime minister|so called chancellor`);
const MINISTER = list(`minister|ministers|ministre|ministres|mp|mps|senator|senators|député|députés|chancellor
  |secretary of state|secrétaire d état|premier|prime minister`);
const HYPOCRISY = list(`flies private|fly private|private jet|private jets|jet privé|jets privés|en jet privé
  |hypocrite|hypocrites|hypocrisy|hypocrisie`);
const POLLING = list(`polling day|come polling day|election day|ballot box|jour du scrutin|dans l isoloir|aux urnes`);
const FOOLED = list(`don be fooled|do not be fooled|not be fooled|ne vous laissez pas avoir|ne vous faites pas avoir
  |ne soyez pas dupes|remember this|souvenez vous en|vote them out|sortez les`);
const NOT_POLITICS = list(`landslide in the staff vote|landslide in the team vote|landslide in the customer vote
  |landslide in the fan vote|landslide in the office vote|landslide in our poll|landslide in the public vote`);

const RELIGION_ALONE = list(`une invention de curés|une invention des curés|inventé par les curés|inventée par les curés
  |une invention de l église|an invention of priests|invented by priests|made up by priests|made up by the church
  |enfant baptisé est un enfant protégé|un enfant baptisé est protégé|baptised child is a protected child
  |baptized child is a protected child|praise be to|praise be unto|praise the lord|praise jesus`);
const SERVICE = list(`sunday service|church|mass|the vicar|sermon|sermons|la messe|l église|le curé|au catéchisme
  |sunday school|chapel`);
const FAIRY = list(`fairy tales|fairytales|fairy tale|contes de fées|conte de fées|fables|make believe|superstition
  |superstitions|mumbo jumbo|balivernes`);
const BAPTISED = list(`baptisé|baptisée|baptisés|baptême|baptised|baptized|christened|christening|baptism`);
const PROTECTED =
  list(`protégé par dieu|protégée par dieu|sous la protection de dieu|protected by god|under god s protection
  |béni par dieu|blessed by god|sauve son âme|saves their soul|saves the soul`);
const HOLY =
  list(`sainte vierge|sainte marie|vierge marie|holy mary|holy virgin|blessed virgin|mother mary|saint christophe
  |saint joseph|saint antoine|saint jude|st christopher|st anthony|st jude|saint christopher|saint anthony`);
const PROTECT = list(`protège nos|protégez nos|veille sur nos|veillez sur nos|protect our|watch over our|pray for our
  |priez pour nos|guide nos`);
const NOT_RELIGION = list(`praise be|le messie des pit stops|messie des pit stops|the messiah of pit stops`);

const EXEC = list(`cfo|ceo|coo|cto|chief financial officer|chief executive|directeur financier|directrice financière|daf
  |pdg|notre dg|our md|managing director|directeur général|directrice générale`);
const LEAVING = list(`new role elsewhere|new challenge elsewhere|nouveau poste ailleurs
  |nouveau défi ailleurs|nous quitte|nous quittera|quitte le groupe|quittera le groupe|leaves the group`);
const GUIDANCE = list(`prévisions|guidance|forecast|forecasts|perspectives|objectifs annuels|outlook|targets`);
const CONSENSUS = list(`en dessous du consensus|sous le consensus|au dessus du consensus|below consensus|above consensus
  |below expectations|en dessous des attentes|bien en dessous du consensus|below the consensus`);

const WHEREABOUTS = list(`we know which café|we know which cafe|we know which gym|we know where you write
  |we know where you work|we know what time you|on sait dans quel café|on sait à quelle heure tu
  |on sait dans quelle salle
  |on sait où tu écris|on connaît ton café`);
const SEE_YOU = list(`see you soon|see you there|à bientôt|à très vite|on passera te voir|we ll pop by|we pop by`);
const NEWCOMERS = list(`letting in|let in|every boat|small boats|migrants|immigrants|foreigners|étrangers|immigrés
  |asylum seekers|demandeurs d asile|the boats`);
const TAKE_OUR = list(`take our jobs|takes our jobs|steal our jobs|take our houses|take our homes|prendre nos emplois
  |prennent nos emplois|piquer nos boulots|piquent nos boulots|prendre nos logements|prennent nos logements`);
const OLDIES = list(`boomers|boomer|pensioners|oldies|old folks|les vieux|les boomers|les retraités|papys|mamies`);
const CLUELESS = list(`unlock their phones|unlock their phone|need their grandkids to|need their grandchildren to
  |cannot use a phone|pas fichus d utiliser|pas capables d utiliser|déverrouiller leur téléphone`);
const PLACE = list(`township|townships|that estate|those estates|that neighbourhood|ce quartier|cette cité|ces quartiers
  |that suburb|those suburbs|ce bled|cette banlieue`);
const THIEVES =
  list(`just steal|steal anyway|all thieves|would rob us|rob us blind|volent de toute façon|que des voleurs
  |tous des voleurs|vont tout voler`);
const OVER_AGE = list(
  `les plus de {n} ans|plus de {n} ans|over {n}s|the over {n}s|les seniors|older staff|older workers`,
);
const COST = list(`ils coûtent trop cher|ils coûtent cher|ils nous coûtent|they cost too much|they cost us too much
  |they re too expensive|they are too expensive|trop chers à garder|too expensive to keep`);
const MEN_APPLY = list(`candidatures masculines|profils masculins|candidats masculins|male candidates|male applicants
  |male profiles|candidats hommes`);
const PREFERRED = list(`seront privilégiées|seront privilégiés|privilégiées|privilégiés|preferred|prioritaires
  |en priorité|favoured|favored|will be prioritised|will be prioritized`);
const ORIGIN = list(`marocain|marocains|arabe|arabes|roumain|roumains|gitan|gitans|rom|roms|algérien|tunisien|africain
  |moroccan|romanian|gypsy|gypsies|albanian`);
const HIDE = list(`planqué les|planquer les|caché les|cacher les|hid the|hide the|lock up the|locked up the|mis sous clé
  |compter les|count the`);
const SWIMSUIT = list(`qui nous tague|qui nous a tagué|who tagged us|who tags us|en maillot de bain|in her swimsuit
  |in her bikini|en bikini`);
const NOT_HER_SIZE = list(`pas sûr que ce soit la taille|pas la taille idéale|pas vraiment sa taille|not her size
  |not the right size for her|not the ideal size|not quite the figure|pas la silhouette`);
const WOMEN_MECH =
  list(`les femmes et la mécanique|les femmes et les voitures|les filles et la mécanique|women and engines
  |women and cars|girls and engines|les femmes et les maths|women and maths`);
const LET_YOU = list(`on vous laisse|we ll let you|we let you|choisir la couleur|pick the colour|choose the colour
  |pick the color|on gère les|leave the engine to us|laissez ça aux hommes|leave it to the men`);
const FAT = list(`des grosses|des gros|les grosses|fat people|fat women|fat girls|les rondes|fat bodies`);
const NOBODY =
  list(`personne n a envie de voir|personne ne veut voir|nobody wants to see|no one wants to see|cachez vous
  |hide yourselves`);

const TICKET = list(`speeding ticket|parking ticket|speed camera|flashé|flashée|radar|speeding fine|parking fine
  |amende|excès de vitesse|contravention`);
const GET_OFF =
  list(`you get off|works every time|sign was hidden|get it cancelled|get it quashed|ça passe à tous les coups
  |vous serez relaxé|l amende sera annulée|l amende saute|you won pay|vous ne paierez rien`);
const HEALTH_ALONE = list(`is obviously guilty|is clearly guilty|is definitely guilty|est évidemment coupable
  |est forcément coupable|est clairement coupable`);

const ROUND_25F: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone25f: { fr: exact(INSULTS) } }, alone: ['alone25f'], negative: { fr: exact(NOT_INSULTS) } },
  politics: {
    groups: {
      broken25f: { fr: exact(BROKEN) },
      seat25f: { fr: exact(SEAT) },
      party25f: { fr: exact(PARTY) },
      yearsToFix25f: { fr: exact(YEARS_TO_FIX) },
      alone25f: { fr: exact(POLITICS_ALONE) },
      minister25f: { fr: exact(MINISTER) },
      hypocrisy25f: { fr: exact(HYPOCRISY) },
      polling25f: { fr: exact(POLLING) },
      fooled25f: { fr: exact(FOOLED) },
    },
    alone: ['alone25f'],
    pairs: [
      ['broken25f', 'seat25f', { window: 8 }],
      ['party25f', 'yearsToFix25f', { window: 4, ordered: true }],
      ['minister25f', 'hypocrisy25f', { window: 10 }],
      ['polling25f', 'fooled25f', { window: 10 }],
    ],
    negative: { fr: exact(NOT_POLITICS) },
  },
  religion: {
    groups: {
      alone25f: { fr: exact(RELIGION_ALONE) },
      service25f: { fr: exact(SERVICE) },
      fairy25f: { fr: exact(FAIRY) },
      baptised25f: { fr: exact(BAPTISED) },
      protected25f: { fr: exact(PROTECTED) },
      holy25f: { fr: exact(HOLY) },
      protect25f: { fr: exact(PROTECT) },
    },
    alone: ['alone25f'],
    pairs: [
      ['service25f', 'fairy25f', { window: 14 }],
      ['baptised25f', 'protected25f', { window: 8 }],
      ['holy25f', 'protect25f', { window: 3, ordered: true }],
    ],
    negative: { fr: exact(NOT_RELIGION) },
  },
  confidential: {
    groups: {
      exec25f: { fr: exact(EXEC) },
      leaving25f: { fr: exact(LEAVING) },
      guidance25f: { fr: exact(GUIDANCE) },
      consensus25f: { fr: exact(CONSENSUS) },
    },
    pairs: [
      ['exec25f', 'leaving25f', { window: 10 }],
      ['guidance25f', 'consensus25f', { window: 12 }],
    ],
  },
  discrimination: {
    groups: {
      whereabouts25f: { fr: exact(WHEREABOUTS) },
      seeYou25f: { fr: exact(SEE_YOU) },
      newcomers25f: { fr: exact(NEWCOMERS) },
      takeOur25f: { fr: exact(TAKE_OUR) },
      oldies25f: { fr: exact(OLDIES) },
      clueless25f: { fr: exact(CLUELESS) },
      place25f: { fr: exact(PLACE) },
      thieves25f: { fr: exact(THIEVES) },
      overAge25f: { fr: exact(OVER_AGE) },
      cost25f: { fr: exact(COST) },
      menApply25f: { fr: exact(MEN_APPLY) },
      preferred25f: { fr: exact(PREFERRED) },
      origin25f: { fr: exact(ORIGIN) },
      hide25f: { fr: exact(HIDE) },
      swimsuit25f: { fr: exact(SWIMSUIT) },
      notHerSize25f: { fr: exact(NOT_HER_SIZE) },
      womenMech25f: { fr: exact(WOMEN_MECH) },
      letYou25f: { fr: exact(LET_YOU) },
      fat25f: { fr: exact(FAT) },
      nobody25f: { fr: exact(NOBODY) },
    },
    pairs: [
      ['whereabouts25f', 'seeYou25f', { window: 16, ordered: true, variant: 'harassment' }],
      ['newcomers25f', 'takeOur25f', { window: 14 }],
      ['oldies25f', 'clueless25f', { window: 12 }],
      ['place25f', 'thieves25f', { window: 14 }],
      ['overAge25f', 'cost25f', { window: 10 }],
      ['menApply25f', 'preferred25f', { window: 6 }],
      ['origin25f', 'hide25f', { window: 12 }],
      ['swimsuit25f', 'notHerSize25f', { window: 14 }],
      ['womenMech25f', 'letYou25f', { window: 12 }],
      ['fat25f', 'nobody25f', { window: 8 }],
    ],
  },
  health_legal: {
    groups: {
      alone25f: { fr: exact(HEALTH_ALONE) },
      ticket25f: { fr: exact(TICKET) },
      getOff25f: { fr: exact(GET_OFF) },
    },
    alone: ['alone25f'],
    pairs: [['ticket25f', 'getOff25f', { window: 16 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25f = roundByTopic(ROUND_25F);
