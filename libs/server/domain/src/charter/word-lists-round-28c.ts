// Twenty-eighth round, reading c (`withRound28c` adds it to every topic's rules), from `train-cj`'s French misses
// (discrimination where brands post: offers, rentals, castings, customer replies, F1 commentary), by family:
// Discrimination: an origin- or faith-typed party, shop or clientele left out of an offer ("pas de mariages
// africains", "non valable dans les épiceries arabes", "pas de bar-mitsva… entre gens normaux", "réservé aux clients de
// nationalité française"); skin colour as a joke or a casting filter ("déjà assez chocolat", "noir dehors, blanc
// dedans, comme certains", "peau trop mate", "familles blanches et souriantes"); nationals mocked (delivery "en
// pousse-pousse", "le Polonais… bosse pour rien", "pas un beur", "si vous avez un accent, parlez lentement"); women
// sent to the kitchen or looked at ("la cuisine c'est votre boulot", "jolies choses à regarder"); pregnancy (a
// "baleine", "ça prend trop de place", a pregnancy test at hiring, "mères tardives"); age ("tant qu'ils ont moins de 45
// ans", "des jeunes moins chers"); same-sex couples hidden ("on coupe la caméra, il y a des enfants", a kiss removed,
// "les autres combinaisons, on ne les encourage pas", "femmes de naissance"); illness and disability barred or blamed
// ("pas de diabétiques", "dépressifs… s'abstenir", "ni RQTH", a burn-out called laziness, diabetics who "should have
// held back", a birthmark or a squint "on ne peut pas"); bodies (fat that "ne vend pas", "vu vos cuisses", a flag for a
// T-shirt); class, estates and benefits ("les boursiers… on a déjà donné", "trop cher pour vous… le hard discount",
// "les cités attendront", "pas sans escorte", "avec vos allocs", beneficiaries as "profiteurs"); threats and doxxing
// ("il habite à…, faites-vous plaisir", "vous savez quoi faire", "on vous reconnaît sur les caméras", "on a la liste…
// pas renouvelés"); faith mocked (the bearded ones and pork, a prayer mat in the pit lane), also religion.
// Politics: elections said to be rigged. Religion: "un enfant doit être baptisé"; scripture mocked ("plus cohérent que
// les dix commandements").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { DEMONYMS_FR, exact, list } from './word-lists-discrimination';

const DISC_ALONE = list(`entre gens normaux|on reste entre gens normaux|les familles sont normales|familles normales
  |deja assez chocolat|assez chocolat comme ca|assez bronze comme ca|assez bronzee comme ca|assez noir comme ca
  |assez noire comme ca|assez mate comme ca|peau trop mate|peaux trop mates|peau trop foncee|peaux trop foncees
  |teint trop mat|teint trop fonce|teints trop mats|familles blanches|couples blancs|enfants blancs
  |mannequins blancs|figurants blancs|blanches et souriantes|blancs et souriants|peau blanche exigee
  |pas un beur|ni un beur|pas de beur|ni de beur|pas un rebeu|ni un rebeu|pas de rebeu|pas un renoi|ni un renoi
  |la cuisine c est votre boulot|la cuisine c est votre job|la cuisine c est votre domaine|votre place est a la cuisine
  |votre place est aux fourneaux|retournez a la cuisine|retourne a la cuisine|retournez en cuisine
  |de quoi se rincer l oeil|grid girls nous manquent|on regrette les grid girls
  |ramenez les grid girls|rendez nous les grid girls|enceintes et poussettes non admises
  |enceintes et poussettes interdites|meres trop vieilles|mamans trop vieilles
  |tant qu ils ont moins de {n} ans|tant qu elles ont moins de {n} ans|on prefere des jeunes moins chers
  |des jeunes moins chers|les seniors coutent trop cher|les vieux coutent trop cher|pas de modele deux papas
  |pas de modele deux mamans|femmes de naissance|hommes de naissance|femme de naissance|homme de naissance
  |filles de naissance|garcons de naissance|on ne compte pas les deguises|ni rqth
  |pas de rqth|aucune rqth|trop exigeant pour ces profils|vu vos cuisses|vu vos fesses|vu vos hanches|vu votre ventre
  |vu votre tour de taille|vu votre silhouette|vu votre poids|vu vos kilos|vu vos bourrelets|vu tes cuisses
  |vu tes fesses|vu ton ventre|vu ta silhouette|lui sert de t shirt|lui sert de tee shirt|lui sert de tshirt
  |on a du commander du xxxxl|on a du commander du xxxl|les cites attendront|les quartiers attendront
  |la banlieue attendra|les banlieues attendront|la bas personne n a les moyens|avec vos allocs|avec tes allocs
  |avec leurs allocs|avec votre rsa|avec ton rsa|on connait les profiteurs|c est bien vous qui habitez
  |c est bien toi qui habites|vous qui habitez au dessus|on vous reconnait sur les cameras
  |on vous reconnait sur nos cameras|on t a reconnu sur les cameras`);

// An origin- or faith-typed event, shop or clientele named just after "pas de", "sauf", "non valable dans"…
const EXCLUDE = list(`pas de|ni de|pas les|sauf les|sauf|non valable dans les|non valable dans|exclus|interdit aux`);
const TYPED = list(`mariages africains|mariage africain|mariages arabes|mariages maghrebins|mariages gitans
  |mariages turcs|mariages orientaux|fetes gitanes|fete gitane|fetes africaines|soirees africaines
  |fetes communautaires|bar mitsva|bar mitzvah|fetes de l aid|fete de l aid|epiceries arabes|epicerie arabe
  |epiceries chinoises|commerces arabes|boucheries halal|les roms|roms du parking|les gitans`);
const RESERVED = list(`reserve aux|reservee aux|reserves aux|reservees aux|ouvert uniquement aux|reserve a`);
const NATIONALITY = list(`de nationalite francaise|francais de souche|vrais francais|francais d origine`);

const COLOUR = list(`noir dehors|blanc dedans|noirs dehors|blancs dedans|noir a l exterieur|blanc a l interieur`);
const LIKE_SOME = list(`comme certains de nos voisins|comme certains|comme nos voisins|comme certains clients
  |comme certains collegues`);
const YOU_CAN_ALWAYS = list(`vous pouvez toujours|pouvez toujours|tu peux toujours|reste toujours|il reste`);
const DELIVERY_MODE = list(`en pousse pousse|a dos de chameau|en pirogue|en rickshaw`);
const CHEAP_LABOUR = list(`bosse pour rien|bossent pour rien|travaille pour rien|travaillent pour rien
  |bosse pour des cacahuetes|bossent pour des cacahuetes|pour un bol de riz`);
const ACCENT = list(`un accent|votre accent|d accent|vos accents|l accent`);
const SPEAK_UP = list(`parlez lentement|parlez plus lentement|pas interpretes|pas des interpretes|pas interprete
  |parlez francais normalement|parler francais normalement|articulez`);

const WOMEN = list(`mesdames|les femmes|les filles|les nanas`);
const KITCHEN = list(`la cuisine c est|le menage c est|c est votre boulot|votre boulot apres tout|votre place est`);
const EYE_CANDY = list(`jolies choses a regarder|de jolies choses a regarder|jolies choses a mater`);
const WHO_IS_LOOKED_AT = list(`grid girls|hotesses|les filles|les nanas|a part les voitures|les serveuses
  |les vendeuses|les stagiaires`);
const PREGNANT = list(`enceinte|enceintes|femmes enceintes|future maman|futures mamans|grossesse|de grossesse
  |votre grossesse|en surpoids|ses kilos|vos kilos|son poids|votre poids`);
const WHALE = list(`une baleine|un cachalot|un hippopotame|une vache`);
const ROOM = list(`ca prend trop de place|prennent trop de place|elles prennent trop de place|ca casse l image
  |ca fait desordre|ca fait tache`);
const LATE = list(`tardives|tardive|trop vieilles|trop vieille`);
const NOT_OUR_IMAGE = list(`ne correspondent pas|ne correspond pas|pas notre image|s abstenir|inutile de postuler
  |on n en veut pas`);
const NO_TEST = list(`jamais de test de grossesse|aucun test de grossesse|pas de test de grossesse
  |ni test de grossesse|ni de test de grossesse|sans test de grossesse`);
const PREGNANCY_TEST = list(`test de grossesse|tests de grossesse|certificat de non grossesse`);
const HIRING = list(`a l embauche|embauche|candidates|candidats|recrutement|entretien|postuler|recrues`);

const SAME_SEX =
  list(`son compagnon|sa compagne|vous embrasser|vous embrassez|s embrasser|s embrassent|vous embrassant|deux hommes
  |deux femmes|deux papas|deux mamans|couple gay|couple homo|couples homos|les autres combinaisons`);
const HIDDEN = list(`on coupe la camera|il y a des enfants devant|des enfants devant la tele|pas devant les enfants
  |on l a retiree|on l a supprimee|on l a retire|on reste une marque familiale|on ne les encourage pas
  |ne les encourage pas|on n encourage pas|les familles sont normales`);

const NO_OF = list(`pas de|ni de|pas d|ni d|aucun|aucune`);
const NO_DISABILITY = list(`aucun handicap|pas de handicap|ni handicap`);
const EVEN_SLIGHT = list(`meme leger|meme minime|meme legere|meme invisible`);
const ILL = list(`diabetiques|seropositifs|seropositives|personnes seropositives|epileptiques|autistes|depressifs
  |depressives|cancereux|anciens cancereux|handicapes|malades chroniques|trisomiques|personnes handicapees
  |bipolaires|schizophrenes|dyslexiques`);
const BARRED = list(`s abstenir|inutile de postuler|merci de ne pas postuler|pas les bienvenus|question d hygiene
  |pas une maison de repos`);
const BURN_OUT = list(`burn out|burnout|depression|arret maladie|arret de travail|votre arret|votre depression`);
const LAZY = list(`de la flemme|la flemme|de la paresse|de la comedie|du cinema|flemmardise|tire au flanc`);
const DIABETES = list(`diabetiques|diabete|diabetique|obeses|obesite|en surpoids`);
const OWN_FAULT = list(`auraient du se retenir|aurait du se retenir|se retenir avant|l ont bien cherche
  |l a bien cherche|bien fait pour eux|c est de leur faute|fallait pas abuser|fallait se retenir`);
const LOOKS = list(`tache de naissance|taches de naissance|strabisme|un strabisme|bec de lievre|oreilles decollees`);
const LOOKS_BARRED = list(`on ne peut pas|uniquement|s abstenir|pas retenus|ne seront pas retenus|exclus`);

const NAMES = list(`prenoms|noms|prenom|nom|noms de famille`);
const FOREIGN_SOUNDING = list(`trop communautaires|communautaires|trop exotiques|trop etrangers|trop arabes
  |trop africains|pas assez francais`);

const FAT = list(`grosse|grosses|ronde|rondes|en surpoids|obese|obeses|tailles plus|grandes tailles
  |kilos en trop`);
const UNSELLABLE = list(`ca ne vend pas|ca ne fait pas vendre|ne fait pas vendre
  |heureusement qu il a ete remplace|heureusement qu elle a ete remplacee|heureusement qu on l a remplace`);

const CLASS = list(`cas soc|cas sociaux|cassos|les boursiers|boursiers|fils d ouvriers|filles d ouvriers
  |enfants d ouvriers|les smicards|les assistes|les prolos|beneficiaires du rsa|les chomeurs`);
const DONE = list(`on a deja donne|on a assez donne|pas d invitation|pas d invitations|pas pour les|s abstenir
  |inutile de postuler|on a filtre`);
const TOO_DEAR = list(`trop cher pour vous|trop cher pour toi|pas dans vos moyens|au dessus de vos moyens
  |pas les moyens`);
const GO_CHEAP = list(`le hard discount|hard discount|chacun sa place|chacun son rayon|restez chez lidl|allez chez lidl
  |il y a lidl|il y a aldi|le discount`);
const ESTATE = list(`les cites|la cite|votre cite|ta cite|cette cite|ces cites|les quartiers nord|la banlieue
  |en banlieue|banlieue nord`);
const ESCORT = list(`sans escorte|nos gars n y vont pas|n y vont pas sans|on n y va pas sans|gilet pare balles`);
const BENEFICIARIES = list(`beneficiaires|les beneficiaires|allocataires|les assistes|demandeurs d asile|migrants`);
const HELP_THEMSELVES = list(`ne pas trop se servir|pas trop se servir|profiteurs|se servent trop`);

const VICTIM = list(`c est lui qui dit|c est elle qui dit|c est lui qui se plaint|c est elle qui se plaint
  |il habite|elle habite|son insta|son numero|son adresse|sa plaque
  |ou il habite|ou elle habite|ou il travaille|ou elle travaille`);
const GO_GET_THEM = list(`vous savez quoi faire|vous savez ce qu il vous reste a faire
  |vous savez ce qu il reste a faire`);
const HOME = list(`il habite|elle habite|son insta|son adresse|son numero`);
const ENJOY = list(`faites vous plaisir|lachez vous|allez y les fans`);
const LIST_KEPT = list(`on a la liste|on a les noms|on a vos noms|on connait les noms|on a releve les noms`);
const REPRISAL = list(`ne vous etonnez pas|pas renouveles|pas renouvele|ne seront pas renouveles
  |vous allez le regretter`);

const BEARDED = list(`les barbus|barbus`);
const PORK = list(`lard|jambon|porc|cochon|saucisson|lardons|rillettes`);
const PRAYER_MAT = list(`tapis de priere|leur tapis de priere|tapis de prieres`);
const MAT_JIBE = list(`en plein|eux au moins|au milieu|n ont pas deroule|pas deroule`);

const ELECTIONS = list(`les elections|comme les elections|aux elections|les presidentielles|les legislatives
  |les municipales|le scrutin|les urnes`);
const RIGGED = list(`truquees|truques|truque|truquee|bourrage d urnes`);

const RELIGION_ALONE = list(`doit etre baptise|doit etre baptisee|doivent etre baptises|faut etre baptise
  |doit faire sa communion|doit faire sa premiere communion|doivent faire leur communion`);
const SCRIPTURE = list(`les dix commandements|les 10 commandements|la bible|le coran|la torah|les evangiles`);
const SCRIPTURE_JIBE = list(`plus coherent que|plus coherents que|plus coherente que|plus coherentes que
  |personne ne respecte|que personne ne respecte|personne n y croit|qui croit encore|des contes de fees`);

const FAITH_GROUPS = {
  bearded28c: { fr: exact(BEARDED) },
  pork28c: { fr: exact(PORK) },
  prayerMat28c: { fr: exact(PRAYER_MAT) },
  matJibe28c: { fr: exact(MAT_JIBE) },
};
const FAITH_PAIRS: RuleExtension['pairs'] = [
  ['bearded28c', 'pork28c', { window: 12 }],
  ['prayerMat28c', 'matJibe28c', { window: 10 }],
];

const ROUND_28C: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: { elections28c: { fr: exact(ELECTIONS) }, rigged28c: { fr: exact(RIGGED) } },
    pairs: [['elections28c', 'rigged28c', { window: 10 }]],
  },
  religion: {
    groups: {
      alone28c: { fr: exact(RELIGION_ALONE) },
      scripture28c: { fr: exact(SCRIPTURE) },
      scriptureJibe28c: { fr: exact(SCRIPTURE_JIBE) },
      ...FAITH_GROUPS,
    },
    alone: ['alone28c'],
    pairs: [['scripture28c', 'scriptureJibe28c', { window: 10 }], ...(FAITH_PAIRS ?? [])],
  },
  discrimination: {
    groups: {
      alone28c: { fr: exact(DISC_ALONE) },
      exclude28c: { fr: exact(EXCLUDE) },
      typed28c: { fr: exact(TYPED) },
      reserved28c: { fr: exact(RESERVED) },
      nationality28c: { fr: exact(NATIONALITY) },
      colour28c: { fr: exact(COLOUR) },
      likeSome28c: { fr: exact(LIKE_SOME) },
      youCanAlways28c: { fr: exact(YOU_CAN_ALWAYS) },
      deliveryMode28c: { fr: exact(DELIVERY_MODE) },
      demonyms28c: { fr: exact(DEMONYMS_FR) },
      cheapLabour28c: { fr: exact(CHEAP_LABOUR) },
      accent28c: { fr: exact(ACCENT) },
      speakUp28c: { fr: exact(SPEAK_UP) },
      women28c: { fr: exact(WOMEN) },
      kitchen28c: { fr: exact(KITCHEN) },
      eyeCandy28c: { fr: exact(EYE_CANDY) },
      whoIsLookedAt28c: { fr: exact(WHO_IS_LOOKED_AT) },
      pregnant28c: { fr: exact(PREGNANT) },
      whale28c: { fr: exact(WHALE) },
      room28c: { fr: exact(ROOM) },
      late28c: { fr: exact(LATE) },
      notOurImage28c: { fr: exact(NOT_OUR_IMAGE) },
      pregnancyTest28c: { fr: exact(PREGNANCY_TEST) },
      hiring28c: { fr: exact(HIRING) },
      sameSex28c: { fr: exact(SAME_SEX) },
      hidden28c: { fr: exact(HIDDEN) },
      noOf28c: { fr: exact(NO_OF) },
      noDisability28c: { fr: exact(NO_DISABILITY) },
      evenSlight28c: { fr: exact(EVEN_SLIGHT) },
      ill28c: { fr: exact(ILL) },
      barred28c: { fr: exact(BARRED) },
      burnOut28c: { fr: exact(BURN_OUT) },
      lazy28c: { fr: exact(LAZY) },
      diabetes28c: { fr: exact(DIABETES) },
      ownFault28c: { fr: exact(OWN_FAULT) },
      looks28c: { fr: exact(LOOKS) },
      looksBarred28c: { fr: exact(LOOKS_BARRED) },
      names28c: { fr: exact(NAMES) },
      foreignSounding28c: { fr: exact(FOREIGN_SOUNDING) },
      fat28c: { fr: exact(FAT) },
      unsellable28c: { fr: exact(UNSELLABLE) },
      class28c: { fr: exact(CLASS) },
      done28c: { fr: exact(DONE) },
      tooDear28c: { fr: exact(TOO_DEAR) },
      goCheap28c: { fr: exact(GO_CHEAP) },
      estate28c: { fr: exact(ESTATE) },
      escort28c: { fr: exact(ESCORT) },
      beneficiaries28c: { fr: exact(BENEFICIARIES) },
      helpThemselves28c: { fr: exact(HELP_THEMSELVES) },
      victim28c: { fr: exact(VICTIM) },
      goGetThem28c: { fr: exact(GO_GET_THEM) },
      home28c: { fr: exact(HOME) },
      enjoy28c: { fr: exact(ENJOY) },
      listKept28c: { fr: exact(LIST_KEPT) },
      reprisal28c: { fr: exact(REPRISAL) },
      ...FAITH_GROUPS,
    },
    alone: ['alone28c'],
    negative: { fr: exact(NO_TEST) },
    pairs: [
      ['exclude28c', 'typed28c', { window: 4, ordered: true }],
      ['reserved28c', 'nationality28c', { window: 6, ordered: true }],
      ['colour28c', 'likeSome28c', { window: 6 }],
      ['youCanAlways28c', 'deliveryMode28c', { window: 8, ordered: true }],
      ['demonyms28c', 'cheapLabour28c', { window: 12 }],
      ['accent28c', 'speakUp28c', { window: 10 }],
      ['women28c', 'kitchen28c', { window: 10 }],
      ['eyeCandy28c', 'whoIsLookedAt28c', { window: 16 }],
      ['pregnant28c', 'whale28c', { window: 20 }],
      ['late28c', 'notOurImage28c', { window: 8 }],
      ['pregnant28c', 'room28c', { window: 8 }],
      ['pregnancyTest28c', 'hiring28c', { window: 10 }],
      ['sameSex28c', 'hidden28c', { window: 16 }],
      ['noOf28c', 'ill28c', { window: 2, ordered: true }],
      ['noDisability28c', 'evenSlight28c', { window: 3, ordered: true }],
      ['ill28c', 'barred28c', { window: 6 }],
      ['burnOut28c', 'lazy28c', { window: 12 }],
      ['diabetes28c', 'ownFault28c', { window: 16 }],
      ['looks28c', 'looksBarred28c', { window: 10 }],
      ['names28c', 'foreignSounding28c', { window: 2, ordered: true }],
      ['fat28c', 'unsellable28c', { window: 12 }],
      ['class28c', 'done28c', { window: 8 }],
      ['tooDear28c', 'goCheap28c', { window: 14 }],
      ['estate28c', 'escort28c', { window: 12 }],
      ['beneficiaries28c', 'helpThemselves28c', { window: 12 }],
      ['victim28c', 'goGetThem28c', { window: 16 }],
      ['home28c', 'enjoy28c', { window: 16 }],
      ['listKept28c', 'reprisal28c', { window: 14 }],
      ...(FAITH_PAIRS ?? []),
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28c = roundByTopic(ROUND_28C);
