// Twenty-seventh round, reading j (`withRound27j` adds it to every topic's rules), from `train-ch`'s French misses
// (discrimination; insult and religion had none), by family:
// Discrimination: pregnancy and young mothers at work ("elle ne reviendra pas", "une rupture conventionnelle",
// "peut-elle vraiment"); illness and disability kept out (wheelchairs, autistic children, chemo, HIV, psychiatry,
// eczema, diabetics, crutches, "depuis son cancer"); bodies (round children, "cliente forte", "en surpoids", "mince et
// sportif impératif", "une cuillère par jour"); the poor (RSA, "chômeurs", "vos aides", HLM, single mothers);
// neighbourhoods ("vu le quartier", "du 93", "quartiers nord", guards and bag checks); nationalities and skin in a joke
// (a Mexican driver's siesta, "au bled", "votre français approximatif", "on la voit même la nuit", a strong accent
// taken off the phones); women's and men's roles ("pour une fille", "joli minois exigé"); gay people and trans women
// ("pas un homo", "son compagnon dans la même chambre", "ces délires de genre", "les hommes en robe", two mums); the
// old ("plus de 65 ans", "à votre âge", "cheveux blancs"); critics threatened ("grâce à votre dernière commande", "on
// n'oublie jamais", CCTV images published); faiths mocked (Jews and low prices, Mass as fairy tales, Ramadan on a
// site).
// Clean: a "belle bagarre" with a driver of another nation.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const DISC_ALONE = list(`on compte les mois avant l annonce|elle ne reviendra pas après son congé
  |ne reviendra pas après son congé maternité|tu n étais plus fiable|proposez lui d abord une rupture conventionnelle
  |trouvez une raison pour ne pas renouveler|une mère de trois enfants peut elle vraiment
  |une mère de {n} enfants peut elle
  |une femme qui vient d avoir un bébé peut elle|nous n accepterons pas les enfants autistes|pas les enfants autistes
  |signalez nous discrètement les salariés|hors champ des photos pour ne pas plomber|pour ne pas plomber l ambiance
  |elle ferait moins peur aux autres enfants|sauf ceux suivis en psychiatrie|on va finir par recruter des gens solides
  |les enfants ronds c est pas|c est pas vraiment l image de la marque|a failli rester coincé dans le portique
  |avec ses dents elle fait fuir|elle fait fuir les clients|il fait fuir les clients
  |dites lui qu on est en rupture|pas d enfants en surpoids|mince et sportif impératif
  |mince et sportive impérative|l air d en manger trop|une cuillère par jour suffirait|les gros et les tatoués
  |pas la taille mais le nombre de goûters|tu ne passes plus entre les machines|une cicatrice pareille sur le visage
  |merci d aller regarder ailleurs|ont toujours le dernier iphone|venus surtout pour le buffet gratuit
  |avec vos {n} enfants et toutes vos aides|toutes vos aides vous n allez pas|trouve toi un boulot avant
  |quand on vit en hlm|trop d impayés avec la clientèle|aux frais de ceux qui bossent|n ont pas su garder un mari
  |on sait comment ça finit avec les jeunes|trop de fraudes|vu la clientèle du coin
  |la campagne fait trop banlieue|fait trop banlieue
  
  |qui ne mangent pas de chauve souris|mangent des chauves souris|n avaient visiblement jamais mangé
  |on la voit même la nuit|on le voit même la nuit
  |on n est pas au bled|écrire en bon français|avec votre français approximatif
  |même avec votre français|on a l habitude avec les gens de chez vous
  |fort accent maghrébin|fort accent africain|accent maghrébin ou africain|fils d immigrés algériens
  |noms à consonance étrangère|nous privilégions les candidates françaises|ont tendance à repartir au pays
  |arrivent à étaler sans notice
  |chrono correct pour une fille|pas mal pour une fille|les garçons reprennent le volant|joli minois exigé
  |les vendeuses trop quelconques|la porte est là ce métier n est pas fait pour vous
  |les filles du service qualité servent le café|pas un homo|pas d homo|et son compagnon dans la même chambre
  |on ne veut pas de ça devant|ces délires de genre|délires de genre|les hommes en robe peuvent
  |réservée aux couples homme femme
  |applis spécialisées pour vos trucs|nouveau sponsor dans le marais
  |on n a pas osé demander ce que c était|leurs papilles sont fichues|à votre âge c est peut être trop demander
  |que des cheveux blancs prévoyez|prévoyez les défibrillateurs|ils n ont vraiment rien d autre à faire
  |et qu on n oublie jamais|grâce à votre dernière commande
  |on publie les images de vidéosurveillance|on a transmis à qui de droit
  |quand on a raté sa vie|ces contes pour enfants|s arrêtent de manger un mois par an
  |il aurait dû s inscrire au concours|c est dire si c est pas cher
  |depuis son cancer ne tenait plus|ça évitera d encombrer les allées|d encombrer les allées`);

const PREGNANT = list(`enceinte|grossesse|congé mat|congé maternité|vient d avoir un bébé|mère de trois enfants
  |mère de {n} enfants|mamans de jeunes enfants|projet bébé|déjà mariée`);
const DOUBT = list(`ne reviendra pas|comme toutes les autres|plus fiable|on compte les mois|rupture conventionnelle
  |ne pas renouveler|elle est lente|mauvaise impression|peut elle vraiment|nous pensons que non|c est ingérable
  |n est pas pour vous|partir plus tôt|pas en caisse`);
const ILL = list(`personnes en fauteuil|en fauteuil roulant|enfants autistes|autistes|hyperactifs|sous chimio
  |séropositifs|séropositives|séropositif|psychiatrie|eczéma|diabétiques|en béquilles|son cancer|trisomiques
  |sourds|malvoyants|handicapés`);
const KEEP_OUT = list(`n accepterons pas|hors champ|plomber l ambiance|éloigner|signalez nous|on ne veut pas
  |merci de rester à la maison|rester chez eux|évitera d encombrer|pas une perte|passez votre chemin
  |inutile de venir|s abstenir|valait mieux partir|fait fuir|font fuir`);
const WELFARE = list(`rsa|chômeurs|chômeuses|vos aides|aides sociales|en hlm|assistés|cas soc|mères célibataires
  |n ont pas les moyens`);
const SCORN = list(`regarder ailleurs|dernier iphone|buffet gratuit|vous plaindre|trouve toi un boulot|on évite de
  |impayés|aux frais de|devant la télé|garder un mari|pas si compliqué|rien d autre à faire`);
const PLACE = list(`vu le quartier|du 93|seine saint denis|quartiers nord|vu la clientèle|clientèle du coin
  |vaulx en velin|la duchère|clients des quartiers|des quartiers de|des cités|de banlieue`);
const SUSPECT = list(`comment ça finit|fraudes|pas éligibles|vigiles|un dessin|contrôle des sacs|la musique
  |jamais trop prudents|retiré les doudounes|fouille des sacs`);
const NATION = list(`mexicain|mexicains|sénégalais|italiens|chinois|africains|africaine|portugaises|portugais
  |algériens|arabes|roumains|maghrébin|maghrébins|asiatiques|belges|noires|noirs`);
const JOKE = list(`la sieste|bronzé|déjà comme ça|leur spécialité|chauve souris|jamais mangé|repartir au pays
  |rester de l autre côté|marchandent|déjà eu votre dose|même la nuit|étaler sans notice
  |à les copier|réussi à nous copier|on ne le voyait plus`);
const OLD = list(`plus de {n} ans|retraités|à votre âge|cheveux blancs|les vieux|papys|mamies`);
const AGEIST = list(`papilles sont fichues|on retire tous|défibrillateurs|rien d autre à faire|trop demander
  |petit fils pour vous aider|piquer les biscuits`);
const FAITH = list(`clients juifs|les juifs|à la messe|pour leur dieu|ramadan|la prière|les musulmans`);
const MOCK = list(`c est dire si|pas cher|contes pour enfants|c est sérieux|passez votre chemin|on est en {n}`);

const WOMEN = list(`celles qui trouvent|nouvelles ingénieures|les femmes qui trouvent|les candidates qui trouvent`);
const DOOR = list(`la porte est là|pas fait pour vous|pas fait pour les femmes|pas un métier de femme`);
const TWO_MUMS = list(`deux mamans|deux papas|deux mères|deux pères`);
const HUSH = list(`changez vite de sujet|changez de sujet|pourraient être choqués|évitez le sujet|n en parlez pas`);
const DARK = list(`fond foncé|fond noir|fond sombre`);
const UNSEEN = list(`on ne le voyait plus|on ne la voyait plus|on ne les voyait plus|on ne le voit plus`);

const NOT_DISC = list(`bagarre avec le pilote mexicain|bagarre avec le pilote espagnol|bagarre avec le pilote italien
  |bagarre avec le pilote allemand|bagarre avec le pilote brésilien|bagarre avec le pilote chinois`);

const ROUND_27J: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone27j: { fr: exact(DISC_ALONE) },
      pregnant27j: { fr: exact(PREGNANT) },
      doubt27j: { fr: exact(DOUBT) },
      ill27j: { fr: exact(ILL) },
      keepOut27j: { fr: exact(KEEP_OUT) },
      welfare27j: { fr: exact(WELFARE) },
      scorn27j: { fr: exact(SCORN) },
      place27j: { fr: exact(PLACE) },
      suspect27j: { fr: exact(SUSPECT) },
      nation27j: { fr: exact(NATION) },
      joke27j: { fr: exact(JOKE) },
      old27j: { fr: exact(OLD) },
      ageist27j: { fr: exact(AGEIST) },
      faith27j: { fr: exact(FAITH) },
      mock27j: { fr: exact(MOCK) },
      women27j: { fr: exact(WOMEN) },
      door27j: { fr: exact(DOOR) },
      twoMums27j: { fr: exact(TWO_MUMS) },
      hush27j: { fr: exact(HUSH) },
      dark27j: { fr: exact(DARK) },
      unseen27j: { fr: exact(UNSEEN) },
    },
    alone: ['alone27j'],
    pairs: [
      ['pregnant27j', 'doubt27j', { window: 14 }],
      ['ill27j', 'keepOut27j', { window: 14 }],
      ['welfare27j', 'scorn27j', { window: 16 }],
      ['place27j', 'suspect27j', { window: 16 }],
      ['nation27j', 'joke27j', { window: 14 }],
      ['old27j', 'ageist27j', { window: 14 }],
      ['faith27j', 'mock27j', { window: 12 }],
      ['women27j', 'door27j', { window: 16, ordered: true }],
      ['twoMums27j', 'hush27j', { window: 10, ordered: true }],
      ['dark27j', 'unseen27j', { window: 8, ordered: true }],
    ],
    negative: { fr: exact(NOT_DISC) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27j = roundByTopic(ROUND_27J);
