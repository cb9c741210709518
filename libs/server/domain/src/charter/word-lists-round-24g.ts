// Twenty-fourth round, seventh reading (`withRound24g` adds it to every topic's rules), from `train-bj`, `holdout-34`
// and `train-bf` (French discrimination and harassment), by family:
// Essentialism told through "chez eux" ("c'est génétique chez eux", "normal, chez eux les virages sont en option"); a
// region or overseas people beside laziness ("sieste", "au boulot avant midi", "temps créole"); a group from the
// estates, travellers or teens beside things that vanish ("cartons disparus", "vigiles prévenus"); backhanded praise
// ("compétente pour une femme", "on peut venir de Sevran et être bien élevé"); women cast in a role ("ça l'occupera en
// cuisine", "c'est elle qui sait s'en servir", "se recoiffer entre deux virages"); a new mother's "cerveau en compote";
// the old mocked ("fossiles", "dentiers", "tremblent comme des feuilles"); "génération flemme"; a disorder beside a
// laugh or a hazing ("bipolaire 😂", "stagiaire dyslexique … bizutage"); a faith mocked ("secte de pots de colle") or
// tied to money; trans people deadnamed or called "délires"; two mums asked "c'est laquelle le papa"; fat people sent
// away or compared to an XXL product; the poor ("enfants à la chaîne pour toucher la prime", "la pauvreté, une question
// de priorités"); places refused by postcode; names called unpronounceable; a monkey beside a child ("ça allait trop
// bien ensemble"); "vous n'êtes pas les bienvenus"; "préférence nationale à l'embauche".
// Harassment: a person's street address beside a call to act ("vous savez quoi faire", "aller lui expliquer en
// personne"), a comment raid, a child's face called a potato, a colleague's weight gain beside 🐷.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const ALONE = list(`génétique chez eux|c est génétique chez eux|dans leurs gènes|dans leur sang chez eux
  |c est culturel chez eux|temps créole|sieste sous le cocotier|sieste sous les cocotiers|blague belge|blagues belges
  |histoire belge|génération flemme|génération feignasse|génération fainéante|génération assistée
  |génération mollassonne|génération chochotte|c est laquelle le papa|c est lequel le papa|c est laquelle la maman
  |c est lequel la maman|qui fait l homme|lequel fait la femme|laquelle fait l homme|taille mcdo|petit bouboule
  |bouboules|enfants à la chaîne|gosses à la chaîne|bébés à la chaîne|font des gosses pour les allocs
  |font des enfants pour les allocs|pour toucher les allocs|spécial allocs|spécial cassos|la pauvreté c est surtout
  |la pauvreté c est un choix|pauvres par choix|prénoms imprononçables|noms imprononçables|entre gens fiables
  |entre gens de confiance|entre gens bien|vous n êtes pas les bienvenus|vous n êtes pas la bienvenue
  |vous n êtes pas le bienvenu|préférence nationale à l embauche|les français d abord|raid de commentaires
  |raid sous son|raid sous ses|tête de pomme de terre|tête de patate|tronche de patate|caisse spéciale fossiles
  |cerveau en mode compote|cerveau en compote|secte de pots de colle|se recoiffer entre deux virages
  |se maquiller entre deux virages|se recoiffer au volant|se remaquiller au volant|se maquiller au volant
  |nous convertir par épuisement`);

const CHEZ_EUX = list(`chez eux|chez elles|dans leur pays|chez ces gens là`);
const ABSENT = list(
  `comme le cerveau|ça n existe pas|inconnu au bataillon|c est génétique|sont en option|est en option`,
);
const NORMAL = list(`normal|forcément|évidemment|logique`);

const REGION = list(`réunionnais|réunionnaises|antillais|antillaises|martiniquais|martiniquaises|guadeloupéens
  |guadeloupéennes|en martinique|en guadeloupe|à la réunion|en guyane|outre mer|dom tom|créoles|les corses|un corse
  |une corse|les marseillais|un marseillais|une marseillaise|les méridionaux|les africains|un africain|les arabes
  |les gitans|les roms|gens du voyage|des cités|de cité|du 9 3|du 93|de banlieue|seine saint denis|les ados
  |des ados|les jeunes de|les bretons|un breton|les belges|un belge|les portugais|les polonais|un polonais`);
const LAZY =
  list(`sieste|siestes|siesteobligatoire|arriver à l heure|arriverez à l heure|savez arriver à l heure|se lèvent tôt
  |se lever tôt|courage de bouger|courage de travailler|rien foutre|glander|feignants|fainéants|feignasses|se bougent
  |sous le cocotier|au boulot avant midi|au travail avant midi`);
const VANISH = list(`disparus|disparues|a disparu|ont disparu|n a disparu|piquent|chapardent|vigiles sont prévenus
  |vigiles prévenus|nos vigiles|main qui traîne|mains qui traînent|les mains baladeuses|surveillez vos
  |on note les progrès
  |pure coïncidence`);

const PRAISE = list(`compétente|compétent|douée|intelligente|brillante|calée|balèze|cultivée|pas bête|se débrouille bien
  |conduit bien`);
const FOR_A_WOMAN = list(`pour une femme|pour une fille|pour une nana|pour une blonde`);
const CAN_COME = list(`on peut venir de|on peut habiter|on peut grandir à|on peut s appeler|on peut être noir
  |on peut être arabe`);
const WELL_BRED = list(`et être bien élevé|et être bien élevée|et être poli|et être polie|et être honnête
  |et être ponctuel|et être propre|et bien parler|et savoir écrire|et savoir lire|et être cultivé`);

const WOMEN =
  list(`maman|mamans|femme|femmes|mesdames|fille|filles|nana|nanas|épouse|managers femmes|la patronne|une femme|mères
  |fête des mères`);
const ROLE = list(`l occupera en cuisine|ça l occupera|aux fourneaux|se recoiffer entre deux|se remaquiller entre deux
  |se maquiller au volant|dégâts sur les hanches|limiter les dégâts sur|repasser derrière elle|cerveau en mode
  |qui sait s en servir|c est elle qui sait|chacun son métier|chacune son métier|deux heures sur la couleur
  |sur la couleur du powerpoint`);

const OLD = list(`mamies|mamie|papis|papy|papis|les vieux|des vieux|grands parents|retraités|seniors|après 70 ans
  |après 80 ans|d ehpad|en ehpad|boomers|personnes âgées|les anciens|petits vieux|petites vieilles`);
const OLD_MOCK =
  list(`les fossiles de|ces fossiles|vieux fossiles|fossiles ambulants|caisse spéciale fossiles|spécial dentiers
  |en bavant|bavent|bavouillent|tremblent comme|couches pour les deux|des couches pour eux|gâteux|gâteuses|séniles
  |croulants|radotent|momies|ont cru que c était|pour compter les centimes|trouver le porte monnaie
  |la trempe dans le café`);

const DISORDER = list(`bipolaire|bipolaires|schizo|schizos|schizophrène|schizophrènes|dyslexique|dyslexiques
  |autiste|autistes|trisomique|trisomiques|tdah|hyperactif|bègue|bègues|sourdingue|dépressif|dépressive`);
const RIDICULE = list(`bizutage|bizuter|on parie|on a parié|chaque personnalité|une pour chaque personnalité
  |double personnalité|la version de lui|la version d elle|psychopathe|à voix haute devant|ambiance garantie
  |on s est bien marré|on s est bien marrés|fou rire`);

const FAITH = list(`témoins de jéhovah|mormons|musulmans|musulmanes|juifs|juives|amis juifs|catholiques|évangéliques
  |scientologues|cathos|les juifs|nos amis juifs`);
const FAITH_SCORN = list(`pots de colle|secte de|nous convertir|porte claquée|porte au nez|rend la monnaie
  |on vous rend la monnaie|radins|le fric|pognon|près de leurs sous`);

const TRANS = list(`transition|non binaires|non binaire|transgenre|transgenres|iel|trans|pronoms`);
const DEADNAME =
  list(`vos délires|ses délires|leurs délires|continue de l appeler|continuons de l appeler|continue tous de l appeler
  |continuent de l appeler|on l appelle toujours|on l appelle encore|son ancien prénom|son vrai prénom`);

const FAT = list(`les gros|les grosses|les obèses|les enrobés|enfants un peu enrobés|les rondes|les bouboules`);
const SEND_OFF = list(`regarderez de loin|vous regarderez|restez chez vous|passez votre chemin|pas pour vous`);
const XXL = list(`xxl|format familial|extra large|grand format|format géant`);
const LIKE_CUSTOMERS = list(`comme certaines de nos clientes|comme certains de nos clients|comme certaines clientes
  |comme nos clientes du|comme certaines de nos vendeuses|comme certains de nos collègues`);

const POOR = list(`pauvreté|les pauvres|les allocs|allocataires|au rsa|des cités|cassos`);
const PRIORITIES = list(`question de priorités|question de choix|dernier iphone|écran plat|toucher la prime
  |à la chaîne`);

const PLACE = list(`seine saint denis|le 93|du 93|le 9 3|du 9 3|sevran|villiers|quartier sensible|quartiers sensibles
  |en banlieue|votre code postal|ton code postal|des cités|la cité`);
const REFUSED = list(`question de confiance|n est pas proposé pour votre|pas proposé pour votre code postal
  |refusent d aller|refusent de livrer|ne livrons pas|ne livre pas|on ne livre plus|refusent d y aller`);

const NEWCOMERS = list(`nouveaux arrivés|nouveaux arrivants|migrants|réfugiés|étrangers|immigrés|primo arrivants
  |sans papiers`);
const CANT_READ =
  list(`on ne sait jamais s ils savent lire|jamais s ils savent lire|savent même pas lire|savent même pas écrire
  |savent même pas parler`);

const APE = list(`singe|singes|macaque|gorille|guenon|ouistiti`);
const LIKENESS =
  list(`allait trop bien ensemble|allaient trop bien ensemble|ça allait bien ensemble|vont trop bien ensemble
  |va trop bien ensemble`);

const IS_ORIGIN = list(`est asiatique|est chinoise|est chinois|est africain|est africaine|est noir|est noire|est arabe
  |est juive|est juif|est musulman|est musulmane|est japonaise|est japonais|est indienne|est indien`);
const AT_LEAST = list(`au moins on est sûrs|au moins on est sûr|au moins on sait|au moins on aura
  |ne prendra jamais de congés|ne prendra jamais de vacances`);

const SOLO = list(`un breton|un polonais|un irlandais|un russe|un belge|un écossais|une bretonne|un normand`);
const SOBER = list(`à jeun|sobre ça existe`);

const WHEREABOUTS = list(`habite au {n}|habite rue|habite au numéro|son adresse perso|son adresse personnelle
  |son domicile|gare sa|se gare`);
const INCITE = list(`faites en ce que vous voulez|vous savez quoi faire|aller lui expliquer|lui expliquer en personne
  |allez lui dire ce que|allez lui rendre visite|lui rendre une petite visite|ça la calmerait|ça le calmerait`);
const WEIGHT = list(`grossi|kilos en trop|bourrelets|a pris {n} kg|a pris {n} kilos|pris {n} kilos`);

const ROUND_24G: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone24g: { fr: exact(ALONE) },
      chezEux24g: { fr: exact(CHEZ_EUX) },
      absent24g: { fr: exact(ABSENT) },
      normal24g: { fr: exact(NORMAL) },
      region24g: { fr: exact(REGION) },
      lazy24g: { fr: exact(LAZY) },
      vanish24g: { fr: exact(VANISH) },
      praise24g: { fr: exact(PRAISE) },
      forAWoman24g: { fr: exact(FOR_A_WOMAN) },
      canCome24g: { fr: exact(CAN_COME) },
      wellBred24g: { fr: exact(WELL_BRED) },
      women24g: { fr: exact(WOMEN) },
      role24g: { fr: exact(ROLE) },
      old24g: { fr: exact(OLD) },
      oldMock24g: { fr: exact(OLD_MOCK) },
      disorder24g: { fr: exact(DISORDER) },
      ridicule24g: { fr: exact(RIDICULE) },
      faith24g: { fr: exact(FAITH) },
      faithScorn24g: { fr: exact(FAITH_SCORN) },
      trans24g: { fr: exact(TRANS) },
      deadname24g: { fr: exact(DEADNAME) },
      fat24g: { fr: exact(FAT) },
      sendOff24g: { fr: exact(SEND_OFF) },
      xxl24g: { fr: exact(XXL) },
      likeCustomers24g: { fr: exact(LIKE_CUSTOMERS) },
      poor24g: { fr: exact(POOR) },
      priorities24g: { fr: exact(PRIORITIES) },
      place24g: { fr: exact(PLACE) },
      refused24g: { fr: exact(REFUSED) },
      newcomers24g: { fr: exact(NEWCOMERS) },
      cantRead24g: { fr: exact(CANT_READ) },
      ape24g: { fr: exact(APE) },
      likeness24g: { fr: exact(LIKENESS) },
      isOrigin24g: { fr: exact(IS_ORIGIN) },
      atLeast24g: { fr: exact(AT_LEAST) },
      solo24g: { fr: exact(SOLO) },
      sober24g: { fr: exact(SOBER) },
      whereabouts24g: { fr: exact(WHEREABOUTS) },
      incite24g: { fr: exact(INCITE) },
      weight24g: { fr: exact(WEIGHT) },
    },
    alone: ['alone24g'],
    signs: { laugh24g: ['😂', '🤣'], pig24g: ['🐷', '🐖'] },
    pairs: [
      ['chezEux24g', 'absent24g', { window: 6, ordered: true }],
      ['normal24g', 'chezEux24g', { window: 1, ordered: true }],
      ['region24g', 'lazy24g', { window: 24 }],
      ['region24g', 'vanish24g', { window: 16 }],
      ['praise24g', 'forAWoman24g', { window: 2, ordered: true, clause: true }],
      ['canCome24g', 'wellBred24g', { window: 6, ordered: true, clause: true }],
      ['women24g', 'role24g', { window: 16 }],
      ['old24g', 'oldMock24g', { window: 16 }],
      ['disorder24g', 'ridicule24g', { window: 16 }],
      ['disorder24g', 'laugh24g', { window: 16 }],
      ['faith24g', 'faithScorn24g', { window: 16 }],
      ['trans24g', 'deadname24g', { window: 16 }],
      ['fat24g', 'sendOff24g', { window: 8 }],
      ['xxl24g', 'likeCustomers24g', { window: 6, ordered: true }],
      ['poor24g', 'priorities24g', { window: 10 }],
      ['place24g', 'refused24g', { window: 14 }],
      ['newcomers24g', 'cantRead24g', { window: 14, ordered: true }],
      ['ape24g', 'likeness24g', { window: 12 }],
      ['isOrigin24g', 'atLeast24g', { window: 6, ordered: true }],
      ['solo24g', 'sober24g', { window: 2, ordered: true }],
      ['whereabouts24g', 'incite24g', { window: 40, ordered: true, variant: 'harassment' }],
      ['weight24g', 'pig24g', { window: 10, variant: 'harassment' }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24g = roundByTopic(ROUND_24G);
