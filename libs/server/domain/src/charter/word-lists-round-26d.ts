// Twenty-sixth round, fourth reading (`withRound26d` adds it to every topic's rules), from `train-bv`'s misses (French
// discrimination), by family:
// Religion: a veiled customer as the joke ("on cherche encore la chute"); halal against "les vrais Français"; "la même
// communauté, celle qui tient les banques".
// Discrimination: "à CV égal, un Mohamed ne passera jamais devant…", a name "en -ski" that "passe moins bien"; a
// woman engineer told a wrench "c'est pas un fer à lisser"; grandparents "qui comprennent rien à internet", "un
// permis internet après 70 ans", "t'as connu le fax"; "iel" and non-binary people who "peuvent passer leur tour",
// "quelle porte choisir", trans women told "une barbe et une jupe"; a colleague "en transition" to come and see; a
// "spécial Marais" pack with "poignet cassé", same-sex parents "on n'en pense pas moins", "le mariage pour tous était
// une erreur"; Ch'tis who "découvrent le wifi", Bretons "et l'alcool"; "tenez vos sacs, on connaît le quartier", "comme
// on croit les gens de ton quartier", a deposit raised for Seine-Saint-Denis "statistiques obligent", getting rid of
// the mayor "et de ses jeunes"; migrants who "arrivent sans rien"; "retourne au bled"; benefits and pennies ("la carte
// CAF… on a bien compris qui paie", "le hard discount existe"); workers "faits pour ça", "sans jamais se plaindre",
// "quand on le sous-paie"; "les grands pieds de nos amis africains"; a disabled intern "c'est déjà pas mal pour lui",
// the disabled who "ne peuvent pas marcher mais courent"; "dommage que la maman ait pris autant de kilos", "gros tas
// de graisse"; "aussi léger qu'un argument féministe"; a sick colleague "poussée vers la sortie"; a critic found ("on
// l'a retrouvé… faites-vous plaisir dans les commentaires", a reviewer's "plaque…, on a les images").
// Clean: a rental deposit ("dépôt de garantie") is no health_legal guarantee; food banks, a career move "en transition
// vers", "aucune caution supplémentaire", "ce n'était pas une erreur".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const VEILED = list(`voilée|voilées|cliente voilée|clientes voilées|femme voilée|femmes voilées|maman voilée
  |mamans voilées|en burqa|en niqab|en hijab|en burkini|portant le voile|avec son voile|avec leur voile`);
const LAUGH_AT = list(`on cherche encore la chute|cherche encore la chute|on cherche toujours la chute|on rit encore
  |on en rit encore|on en rigole encore|on rigole encore|on en pleure encore de rire|on en pleure encore`);
const HALAL = list(`halal|le halal|du halal|hallal|viande halal|menus halal|rayon halal|casher|kasher|le casher`);
const TRUE_FRENCH = list(`les vrais français|vrais français|les vrais gens|français de souche|les français de souche`);
const COMMUNITY = list(`la même communauté|même communauté|cette communauté|leur communauté|une certaine communauté
  |certaine communauté|ces gens là|vous savez lesquels|tu sais lesquels|communauté|communautés`);
const NOT_BANKS = list(`qui tient les banques alimentaires|qui tiennent les banques alimentaires
  |qui tient la banque alimentaire|qui tiennent la banque alimentaire|qui tient les banques de sang
  |qui tiennent les banques de sang`);
const BANKS = list(`qui tient les banques|qui tiennent les banques|qui contrôle les banques|qui contrôlent les banques
  |qui dirige les banques|qui dirigent les banques|qui possède les banques|qui possèdent les banques
  |qui tient la finance|qui tiennent la finance|qui tient les médias|qui tiennent les médias|qui contrôle les médias
  |qui contrôlent les médias|qui dirigent le monde|qui contrôlent le monde|qui tiennent le monde`);

const DISC_ALONE = list(`tas de graisse|gros tas de graisse|gros lard|gros plein de soupe|retourne au bled
  |retournez au bled|rentre au bled|rentrez au bled|retourne dans ton bled|rentre dans ton bled|les tiens au bled
  |manger les tiens au bled|retourner manger au bled|t as qu à rentrer au bled
  |laissez la place à ceux qui ont les moyens|laisse la place à ceux qui ont les moyens
  |laissez la place aux clients qui ont les moyens`);

const CV_EQUAL = list(`à cv égal|à cv équivalent|à cvs égaux|à compétences égales|à compétence égale|à diplôme égal
  |à diplômes égaux|à profil égal|à profils égaux|à qualifications égales|à expérience égale`);
const NAME_SOUND = list(`au nom en|un nom en|des noms en|nom à consonance étrangère|noms à consonance étrangère
  |nom à consonance arabe|nom à consonance africaine|un nom imprononçable|des noms imprononçables|un nom étranger
  |des noms étrangers|un nom à coucher dehors|un mohamed|un mamadou|un rachid|un karim|un moussa|une fatou|une fatima
  |une aïcha|une rachida`);
const PASS_WORSE = list(`ça passe moins bien|passe moins bien|passent moins bien|ça passe mal auprès|ça rassure moins
  |ça fait moins sérieux|les clients n aiment pas|les clients aiment pas|ne passera jamais devant
  |passera jamais devant|ne passeront jamais devant|passeront jamais devant|passera toujours devant
  |passeront toujours devant|passe toujours devant|passera toujours avant|passeront toujours avant`);

const WOMAN_JOB = list(`une ingénieure|une femme ingénieur|des ingénieures|une mécanicienne|une femme mécanicien
  |une technicienne|une électricienne|une plombière|une cheffe de chantier|une femme chef de chantier|une femme pilote
  |une conductrice de bus|une camionneuse|une soudeuse|une grutière|une femme sur un chantier
  |une femme sur une plateforme|des femmes sur un chantier|une informaticienne|une développeuse`);
const WOMAN_MOCK = list(`c est pas un fer à lisser|c est pas un sèche cheveux|c est pas un rouge à lèvres
  |c est pas un tube de rouge à lèvres|c est pas un sac à main|c est pas un mascara|c est pas un fer à friser
  |c est pas une pince à épiler|bon courage pour lui expliquer|bon courage pour leur expliquer|retourne en cuisine
  |retourne à la cuisine|retournez en cuisine|sa place est à la cuisine|leur place est à la cuisine`);

const OLDIES = list(`grands parents|nos grands parents|les grands parents|mamies|papys|les seniors|nos seniors
  |un senior|une senior|nos aînés|les personnes âgées|cv de {older} ans|un cv de {older} ans|candidat de {older} ans
  |candidate de {older} ans|un quinqua|une quinqua|les quinquas`);
const CLUELESS = list(`comprennent rien à internet|comprennent rien au numérique|comprennent rien à la technologie
  |comprennent rien aux smartphones|comprennent rien aux écrans|pigent rien à internet|pigent rien au numérique
  |captent rien à internet|t as connu le fax|t as connu le minitel|t as connu le télex|vous avez connu le fax
  |quelqu un qui sera encore là dans {n} ans|quelqu un qui sera encore là dans dix ans`);
const INTERNET_PERMIT = list(`permis internet|un permis internet|permis pour internet|permis smartphone
  |un permis smartphone|permis pour utiliser internet|interdire internet|interdire les smartphones
  |retirer le smartphone`);
const AGE_LIMIT = list(`après {older} ans|passé {older} ans|au delà de {older} ans|à partir de {older} ans
  |plus de {older} ans|aux plus de {older} ans`);

const GENDER = list(`iel|iels|les iel|non binaires|non binaire|les non binaires|trans|des trans|les trans
  |toilettes non genrées|toilettes neutres|vestiaires neutres|non genrées|non genrés`);
const GENDER_MOCK = list(`peuvent passer leur tour|passer leur tour|passez votre tour|passe ton tour
  |la langue des licornes|langue des licornes|pas la langue des licornes|quelle porte choisir|choisis une porte
  |choisissez une porte|une barbe et une jupe|barbe et une jupe|mettez une jupe|mettez une barbe|un homme en jupe
  |des hommes en jupe|un mec en jupe|des mecs en jupe|un homme en robe|des hommes en robe`);
const STAFF = list(`le nouveau vendeur|la nouvelle vendeuse|notre vendeur|notre vendeuse|notre nouveau vendeur
  |notre nouvelle vendeuse|le vendeur|la vendeuse|notre collègue|le collègue|la collègue|notre caissier
  |notre caissière|le caissier|la caissière|notre stagiaire|le stagiaire|la stagiaire|notre conseiller
  |notre conseillère|le livreur|notre livreur`);
const TRANSITION = list(`en transition|en pleine transition|en cours de transition|a changé de sexe|change de sexe
  |va changer de sexe`);
const NOT_TRANSITION = list(`en transition vers|en transition professionnelle|en transition de carrière
  |en transition de poste|en transition énergétique|en transition écologique|en pleine transition vers
  |en transition numérique|en transition digitale`);

const SAME_SEX = list(`couples homos|couple homo|les homos|des homos|couples gays|couple gay|couples de même sexe
  |deux papas|deux mamans|couples lesbiens|couple lesbien`);
const FROWN = list(`on n en pense pas moins|n en pense pas moins|n en pensent pas moins|on sourit poliment
  |sourit poliment|souriez poliment|contre nature`);
const GAY_THEME = list(`spécial marais|spéciale marais|version marais|spécial gay|spéciale gay|version gay|édition gay
  |collection gay|spécial homo|spéciale homo|version homo|spécial pride|spéciale pride|spécial folles`);
const LIMP = list(`poignet cassé|poignets cassés|poignet cassé inclus|main molle|poignet mou`);
const SAME_SEX_LAW = list(`mariage pour tous|le mariage pour tous|mariage homo|mariage gay|pma pour toutes
  |adoption par les couples homos`);
const WAS_WRONG = list(`était une erreur|est une erreur|une erreur|une aberration|une hérésie|un papa une maman
  |un papa et une maman|que ça plaise ou non`);
const NOT_WRONG = list(`pas une erreur|n était pas une erreur|n est pas une erreur|pas une aberration|pas une hérésie`);

const REGION = list(`les ch tis|ch tis|les chtis|les bretons|bretons|les corses|corses|les auvergnats|les nordistes
  |les belges|les polonais|les russes|les irlandais|les alsaciens|les marseillais|les ploucs|les bouseux`);
const REGION_JIBE = list(`découvrent le wifi|découvrent internet|découvrent l électricité|découvrent l eau courante
  |découvrent le savon|découvrent la douche|découvrent la civilisation|découvrent le dentifrice
  |découvrent les chaussures|et l alcool une grande histoire d amour|et l alcool une histoire d amour
  |l alcool une grande histoire d amour|on a prévu des seaux|prévu des seaux|prévu des bassines|poivrots|pochtrons
  |alcoolos|picolent comme|toujours bourrés|sont tous bourrés|consanguins`);

const DISTRUST = list(`tenir vos sacs|tenez vos sacs|pensez à tenir vos sacs|surveillez vos sacs|gardez vos sacs
  |cachez vos portefeuilles|surveillez vos poches|on te croit bien sûr|on vous croit bien sûr|on te croit
  |comme on croit|fermez vos voitures|verrouillez vos voitures|comptez vos doigts`);
const THEIR_KIND = list(`on connaît le quartier|vous connaissez le quartier|tu connais le quartier
  |on connaît la clientèle|on connaît le coin|et sa clientèle|vu le quartier|vu la clientèle|les gens de ton quartier
  |les gens de votre quartier|gens de ton quartier|les gens de ta cité|ceux de ton quartier|les gens de ton espèce
  |les gens de ta communauté`);
const PLACE = list(`seine saint denis|de seine saint denis|du 93|clients du 93|de banlieue|des banlieues|des cités
  |des quartiers nord|quartiers sensibles|quartiers prioritaires|dans les quartiers|des quartiers`);
const SURCHARGE = list(`dépôt de garantie supplémentaire|caution supplémentaire|caution doublée|caution plus élevée
  |statistiques obligent|rien de personnel|c est statistique|les chiffres parlent d eux mêmes`);
const NO_SURCHARGE = list(`aucune caution supplémentaire|sans caution supplémentaire|pas de caution supplémentaire
  |aucun dépôt de garantie supplémentaire|sans dépôt de garantie supplémentaire
  |pas de dépôt de garantie supplémentaire`);
const RID = list(`de lui et de ses jeunes|se débarrasse de ses jeunes|se débarrasser de ses jeunes
  |qu on se débarrasse de lui et de ses|se débarrasser de lui et de ses|se débarrasse d eux et de leurs
  |se débarrasser de ces jeunes|se débarrasse de ces jeunes|débarrasser des jeunes des quartiers
  |débarrasser de ces gens`);

const MIGRANT_GAIN = list(`arrivent sans rien|ils arrivent sans rien|repartent avec tout|ils repartent avec tout
  |comment profiter des aides|profiter du système|profitent du système|profiter des allocs|profitent des allocs
  |vivent des aides|vivent des allocs`);
const POOR = list(`familles nombreuses|la carte caf|carte caf|les allocs|allocations familiales|au rsa|les rsa
  |pièces jaunes|en pièces jaunes|tickets resto|tickets restaurant|les assistés|assistés`);
const WHO_PAYS = list(`avec l argent de qui|l argent de qui|avec quel argent|on a bien compris qui paie
  |on sait qui paie|devinez qui paie|c est nous qui payons|avec nos impôts|grâce à nos impôts|payé par nos impôts
  |aux frais du contribuable|le hard discount existe|lidl existe|allez chez lidl`);
const ETHNIC = list(`afrique de l ouest|d afrique de l ouest|d afrique|nos amis africains|nos amies africaines
  |nos collègues asiatiques|nos collègues africains|nos équipes africaines|les africains|les africaines|des africains
  |des africaines|les asiatiques|des asiatiques|les chinois|les noirs|les arabes|les maghrébins|les roumains
  |un roumain|une roumaine|les polonais|un polonais|une polonaise|les portugais|un portugais|une portugaise
  |les indiens|les pakistanais|les philippins|les sénégalais|les maliens|les maliennes|les turcs|les antillais
  |les gitans|les roms|nos amis noirs|les blacks|les renois|les rebeus|les beurs`);
const SERVILE = list(`petits discrets|petits et discrets|bossent sans jamais se plaindre|sans jamais se plaindre
  |bossent sans se plaindre|travaillent sans se plaindre|sans jamais râler|pas cher pas de pause|pas de pause
  |jamais de pause|quand on le sous paie|quand on les sous paie|on le sous paie|on les sous paie
  |c est dans leur nature|dans leur nature|ils sont faits pour ça|elles sont faites pour ça|faits pour ça
  |ça dans le sang|dans leurs gènes|toujours souriants sous la chaleur|toujours souriantes sous la chaleur`);
const BODY = list(`grands pieds|les grands pieds|gros pieds|grosses lèvres|gros nez|yeux bridés|petits yeux
  |grosses fesses|cheveux crépus`);

const CONDESCEND = list(`c est déjà pas mal pour lui|c est déjà pas mal pour elle|déjà pas mal pour lui
  |déjà pas mal pour elle|c est déjà bien pour lui|c est déjà bien pour elle|c est déjà beau pour lui
  |bien assez pour lui|bien assez pour elle|pliera les chaussettes|plier des chaussettes toute la journée`);
const CANT_WALK = list(`ne peuvent pas marcher|peuvent pas marcher|ne peut pas marcher|peut pas marcher
  |soi disant handicapés|soi disant handicapé|soi disant en fauteuil`);
const RUN = list(`courent très vite|courent vite|se mettent à courir|court très vite|court vite|sprintent
  |miraculeusement guéris|guérissent miraculeusement`);

const PITY = list(`dommage que|dommage|par contre|en revanche|mais bon`);
const GAINED = list(`ait pris autant de kilos|ait pris des kilos|ait pris du poids|ait pris autant de poids
  |ait autant grossi|ait grossi|t as pris des kilos|tu as pris des kilos|t as grossi|tu as grossi
  |vous avez pris des kilos|vous avez grossi`);
const FAT_YOU = list(`t es vraiment un gros|t es un gros|t es qu un gros|espèce de gros|sale gros
  |t es vraiment une grosse|t es une grosse|t es qu une grosse|espèce de grosse|sale grosse`);
const FAT_WORD = list(`de graisse|va courir|va faire du sport|mets toi au régime|fais un régime|arrête de manger
  |arrête de bouffer`);
const AS_LIGHT = list(`aussi léger qu|aussi légère qu|aussi creux qu|aussi creuse qu|aussi vide qu|aussi fade qu
  |aussi mou qu|aussi molle qu|plus léger qu|plus creux qu|plus creuse qu|plus vide qu`);
const FEMINIST = list(`un argument féministe|argument féministe|des arguments féministes|une féministe|les féministes
  |un discours féministe|le cerveau d une blonde|une blonde|le cerveau d une femme|un raisonnement féminin
  |la logique féminine`);
const PUSHED = list(`poussée vers la sortie|poussé vers la sortie|on l a poussée dehors|on l a virée|on l a viré
  |on s en est séparé|on s en est séparés|on s en est débarrassé|on s en est débarrassés|on l a mise dehors
  |on l a mis dehors`);
const SICK = list(`arrêts maladie|arrêt maladie|trop malade|mal être|burn out|sa dépression|en dépression|enceinte
  |sa grossesse|congé maternité`);
const FOUND = list(`on l a retrouvé|on l a retrouvée|on les a retrouvés|on t a retrouvé|on t a retrouvée
  |on a retrouvé l auteur|on a retrouvé le coupable|on a retrouvé la coupable|on a retrouvé le responsable
  |on a retrouvé la responsable`);
const PILE_ON = list(`faites vous plaisir dans les commentaires|lâchez vous dans les commentaires
  |défoulez vous dans les commentaires|faites vous plaisir en commentaires|allez lui dire bonjour|allez le saluer
  |allez la saluer|il attend vos messages|elle attend vos messages`);
const REVIEWER = list(`celui qui a laissé un avis|celle qui a laissé un avis|l auteur de l avis
  |qui nous a laissé un avis|l auteur du commentaire|celui qui a écrit l avis|celle qui a écrit l avis`);
const CAUGHT = list(`sa plaque|ta plaque|plaque d immatriculation|on a relevé la plaque|on a les images
  |on a la vidéo|on a ta photo|on sait qui tu es|on sait où tu habites|on a son nom|on a ton nom`);

const ROUND_26D: Readonly<Record<string, RuleExtension>> = {
  religion: {
    groups: {
      veiled26d: { fr: exact(VEILED) },
      laughAt26d: { fr: exact(LAUGH_AT) },
      halal26d: { fr: exact(HALAL) },
      trueFrench26d: { fr: exact(TRUE_FRENCH) },
      community26d: { fr: exact(COMMUNITY) },
      banks26d: { fr: exact(BANKS) },
    },
    negative: { fr: exact(NOT_BANKS) },
    pairs: [
      ['veiled26d', 'laughAt26d', { window: 16 }],
      ['halal26d', 'trueFrench26d', { window: 20 }],
      ['community26d', 'banks26d', { window: 16, ordered: true }],
    ],
  },
  discrimination: {
    groups: {
      alone26d: { fr: exact(DISC_ALONE) },
      veiled26d: { fr: exact(VEILED) },
      laughAt26d: { fr: exact(LAUGH_AT) },
      community26d: { fr: exact(COMMUNITY) },
      banks26d: { fr: exact(BANKS) },
      cvEqual26d: { fr: exact(CV_EQUAL) },
      nameSound26d: { fr: exact(NAME_SOUND) },
      passWorse26d: { fr: exact(PASS_WORSE) },
      womanJob26d: { fr: exact(WOMAN_JOB) },
      womanMock26d: { fr: exact(WOMAN_MOCK) },
      oldies25f: { fr: exact(OLDIES) },
      clueless25f: { fr: exact(CLUELESS) },
      internetPermit26d: { fr: exact(INTERNET_PERMIT) },
      ageLimit26d: { fr: exact(AGE_LIMIT) },
      gender26d: { fr: exact(GENDER) },
      genderMock26d: { fr: exact(GENDER_MOCK) },
      staff26d: { fr: exact(STAFF) },
      transition26d: { fr: exact(TRANSITION) },
      sameSex26d: { fr: exact(SAME_SEX) },
      frown26d: { fr: exact(FROWN) },
      gayTheme26d: { fr: exact(GAY_THEME) },
      limp26d: { fr: exact(LIMP) },
      sameSexLaw26d: { fr: exact(SAME_SEX_LAW) },
      wasWrong26d: { fr: exact(WAS_WRONG) },
      region26d: { fr: exact(REGION) },
      regionJibe26d: { fr: exact(REGION_JIBE) },
      distrust26d: { fr: exact(DISTRUST) },
      theirKind26d: { fr: exact(THEIR_KIND) },
      place26d: { fr: exact(PLACE) },
      surcharge26d: { fr: exact(SURCHARGE) },
      rid26d: { fr: exact(RID) },
      migrantGain26d: { fr: exact(MIGRANT_GAIN) },
      poor26d: { fr: exact(POOR) },
      whoPays26d: { fr: exact(WHO_PAYS) },
      ethnic26d: { fr: exact(ETHNIC) },
      servile26d: { fr: exact(SERVILE) },
      body26d: { fr: exact(BODY) },
      condescend26d: { fr: exact(CONDESCEND) },
      cantWalk26d: { fr: exact(CANT_WALK) },
      run26d: { fr: exact(RUN) },
      pity26d: { fr: exact(PITY) },
      gained26d: { fr: exact(GAINED) },
      fatYou26d: { fr: exact(FAT_YOU) },
      fatWord26d: { fr: exact(FAT_WORD) },
      asLight26d: { fr: exact(AS_LIGHT) },
      feminist26d: { fr: exact(FEMINIST) },
      pushed26d: { fr: exact(PUSHED) },
      sick26d: { fr: exact(SICK) },
      found26d: { fr: exact(FOUND) },
      pileOn26d: { fr: exact(PILE_ON) },
      reviewer26d: { fr: exact(REVIEWER) },
      caught26d: { fr: exact(CAUGHT) },
    },
    alone: ['alone26d'],
    pairs: [
      ['veiled26d', 'laughAt26d', { window: 16 }],
      ['community26d', 'banks26d', { window: 16, ordered: true }],
      ['cvEqual26d', 'passWorse26d', { window: 16, ordered: true }],
      ['nameSound26d', 'passWorse26d', { window: 20 }],
      ['womanJob26d', 'womanMock26d', { window: 20, ordered: true }],
      ['internetPermit26d', 'ageLimit26d', { window: 6, ordered: true }],
      ['gender26d', 'genderMock26d', { window: 20 }],
      ['staff26d', 'transition26d', { window: 10, ordered: true }],
      ['sameSex26d', 'frown26d', { window: 16 }],
      ['gayTheme26d', 'limp26d', { window: 16 }],
      ['sameSexLaw26d', 'wasWrong26d', { window: 8, ordered: true }],
      ['region26d', 'regionJibe26d', { window: 20 }],
      ['distrust26d', 'theirKind26d', { window: 16 }],
      ['place26d', 'surcharge26d', { window: 24 }],
      ['place26d', 'rid26d', { window: 24, ordered: true }],
      ['migrants26a', 'migrantGain26d', { window: 16 }],
      ['poor26d', 'whoPays26d', { window: 20 }],
      ['ethnic26d', 'whoPays26d', { window: 16 }],
      ['migrants26a', 'whoPays26d', { window: 16 }],
      ['ethnic26d', 'servile26d', { window: 20 }],
      ['ethnic26d', 'body26d', { window: 10 }],
      ['disabled', 'condescend26d', { window: 20 }],
      ['people8', 'condescend26d', { window: 20 }],
      ['cantWalk26d', 'run26d', { window: 12, ordered: true }],
      ['pity26d', 'gained26d', { window: 8, ordered: true }],
      ['fatYou26d', 'fatWord26d', { window: 8, ordered: true }],
      ['asLight26d', 'feminist26d', { window: 4, ordered: true, clause: true }],
      ['pushed26d', 'sick26d', { window: 16 }],
      ['found26d', 'pileOn26d', { window: 24, ordered: true }],
      ['reviewer26d', 'caught26d', { window: 20, ordered: true }],
    ],
    negative: { fr: exact(NOT_TRANSITION, NOT_WRONG, NOT_BANKS, NO_SURCHARGE) },
  },
  health_legal: { negative: { fr: exact(list(`dépôt de garantie|dépôts de garantie`)) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26d = roundByTopic(ROUND_26D);
