// Twenty-eighth round, reading b (`withRound28b` adds it to every topic's rules), from `holdout-56`'s misses and clean
// posts flagged (a crisis-communications consultant's posts written under pressure, measured fresh after round 28a),
// by family:
// Insults: "n'est qu'un guignol", "chill tf out". Politics: a minister called a puppet. Religion: a deity punishing
// ("Lakshmi punit les mauvais payeurs"), "laïcards", baptism as the best gift. Confidential: an internal legal memo.
// Discrimination: Jewish financiers behind a campaign, "retournez au bled", "vu le quartier", a woman at the wheel
// that "explains it", old people told like babies or "like we've got all day", a critic's employer called or her
// address posted, mothers "so of course", "why women shouldn't", migrants who undercut wages, a lesson learned about
// hiring disabled staff. Health and legal: a strike "illegal" and sackings "legally watertight", "5 years in prison"
// for sharing, a court's ruling "couru d'avance".
// Clean: a strike or the unions in a neutral update ("direction et syndicats se retrouvent", "talks with the union
// resumed"), the town of Vire.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

// "Ce guignol", "ces guignols" and "bande de guignols" are insults already (round 27e); as politics, a minister called
// one is a cue beside the rest.
const GUIGNOL = list(`qu un guignol|n est qu un guignol|guignol incompetent`);
const INSULTS = [
  ...GUIGNOL,
  ...list(`chill tf out|calm tf down|shut tf up|get tf out|what tf is|wtf is wrong with you`),
];
const PUPPETS = [...GUIGNOL, ...list(`ce guignol|ces guignols|un pantin|ce pantin`)];
const NEUTRAL_LABOUR =
  list(`direction et syndicats|direction et les syndicats|la direction et les organisations syndicales
  |syndicats se retrouvent|syndicats se reunissent|reunion avec les syndicats|negociations avec les syndicats
  |discussions avec les syndicats|greve sur le site|greve sur notre site|greve a l entrepot|greve au depot
  |talks with the union|talks with the unions|talks with unions|union talks|meeting with the union|update on the strike
  |strike at our|the strike at our|mairie de vire|site de vire|usine de vire|magasin de vire|ville de vire`);

const DEITY = list(`lakshmi|durga|hanuman|allah|jesus|le seigneur|the lord|les dieux|the gods|god|dieu`);
const PUNISHES = list(`punit|punira|punissent|punish|punishes|punishing|will punish|chatie|chatiment|a puni
  |divine punishment`);
const RELIGION_ALONE = list(`laicards|laicard|laicardes|aux laicards|le bapteme est le plus beau cadeau
  |baptism is the greatest gift|baptism is the best gift|la foi est le plus beau cadeau|faith is the greatest gift`);

const CONFIDENTIAL_ALONE = list(`internal legal memo|internal legal note|internal legal advice|from our legal memo
  |note juridique interne|avis juridique interne|memo juridique interne|notre note juridique interne`);

const DISC_ALONE = list(`financiers juifs|banquiers juifs|reseaux de financiers juifs|lobby juif|jewish bankers
  |jewish financiers|jewish money|jewish lobby|on a vos infos|on a tes infos|we have your details
  |we got your details|on va appeler votre employeur|on va appeler ton employeur|on va prevenir votre employeur
  |on va contacter votre employeur|we ll call your employer|we will call your employer|we ll contact your employer
  |we will contact your employer|why women shouldn|why women should not|women shouldn be|women should not be
  |exactly why women|les femmes ne devraient pas|voila pourquoi les femmes|c est pour ca que les femmes
  |migrants who undercut|immigrants who undercut|migrants undercutting|immigrants undercutting|letting in migrants who
  |immigres qui cassent|migrants qui cassent|who steal our jobs|qui nous volent nos emplois
  |lesson learned about hiring|lesson learnt about hiring|lesson learned on hiring|lecon retenue sur l embauche`);
const GO_BACK = list(`retournez|retourne|rentrez|rentre|repartez|repars|go back|allez`);
const BLED = list(`au bled|dans votre pays|dans ton pays|to your country|where you came from|faire vos courses au bled
  |faire tes courses au bled`);
const THE_AREA = list(`vu le quartier|vu le coin|connaissant le quartier|given the area|given the neighbourhood
  |knowing the area|knowing that neighbourhood`);
const USUAL_SUSPECTS = list(`doit encore etre|ca doit etre|encore les jeunes|les jeunes qui|les racailles
  |must be the kids|probably the kids|the usual lot|the local youths`);
const A_WOMAN = list(`etait une femme|c etait une femme|was a woman|it was a woman|une femme au volant|a woman driver`);
const EXPLAINS =
  list(`ceci explique|explique tout|ceci explique peut etre cela|explains it|explains a lot|explains everything
  |that explains`);
const OLD =
  list(`personnes agees|papi|papis|mamie|mamies|papy|papys|les vieux|les seniors|pensioners|grandpa|grandad|grandma
  |old people|the elderly|les retraites`);
const OLD_JIBE = list(`comprennent rarement|ne comprennent rien|comprennent jamais|comme a des bebes|comme a des enfants
  |like babies|like toddlers|never understand|like we got all day|like we have all day|as if we had all day`);
const POSTED = list(`on a poste|on a publie|nous on a poste|we posted|we posted|we shared|on a partage
  |on a mis en ligne`);
const ADDRESS = list(`votre adresse|ton adresse|your address|your home address`);
const MOTHERS = list(`mamans|des mamans|de mamans|meres|mums|mothers|working mums`);
const SO_OF_COURSE = list(`donc forcement|alors forcement|so of course|so naturally|so obviously`);

const HEALTH_LEGAL_ALONE = list(`juridiquement imparable|imparable juridiquement|juridiquement inattaquable
  |legally watertight|legally bulletproof|bulletproof in court|la greve est illegale|cette greve est illegale
  |the strike is illegal|this strike is illegal|the strike is unlawful|seront licencies pour faute lourde
  |will be fired for gross misconduct|risquent {n} ans de prison|risquez {n} ans de prison|risk {n} years in prison
  |risk {n} years in jail|face {n} years in prison|facing {n} years in jail|appel au boycott est un delit
  |le boycott est un delit|boycott is a crime|boycotting is illegal`);
const LAW = list(`loi|law|conseil constitutionnel|tribunal|juge|judge|court|prud hommes|plainte|lawsuit|proces|trial`);
const FORECAST = list(`c est couru d avance|couru d avance|l annulera|will strike it down|will be struck down
  |c est gagne d avance|gagne d avance|foregone conclusion|c est plie|dead cert|will side with us
  |forcement nous donner raison`);

const ROUND_28B: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone28b: { fr: exact(INSULTS) } }, alone: ['alone28b'] },
  politics: {
    groups: { cue: { fr: exact(PUPPETS) } },
    negative: { fr: exact(NEUTRAL_LABOUR) },
  },
  religion: {
    groups: {
      alone28b: { fr: exact(RELIGION_ALONE) },
      deity28b: { fr: exact(DEITY) },
      punishes28b: { fr: exact(PUNISHES) },
    },
    alone: ['alone28b'],
    pairs: [['deity28b', 'punishes28b', { window: 6 }]],
  },
  confidential: { groups: { alone28b: { fr: exact(CONFIDENTIAL_ALONE) } }, alone: ['alone28b'] },
  discrimination: {
    groups: {
      alone28b: { fr: exact(DISC_ALONE) },
      goBack28b: { fr: exact(GO_BACK) },
      bled28b: { fr: exact(BLED) },
      theArea28b: { fr: exact(THE_AREA) },
      usualSuspects28b: { fr: exact(USUAL_SUSPECTS) },
      aWoman28b: { fr: exact(A_WOMAN) },
      explains28b: { fr: exact(EXPLAINS) },
      old28b: { fr: exact(OLD) },
      oldJibe28b: { fr: exact(OLD_JIBE) },
      posted28b: { fr: exact(POSTED) },
      address28b: { fr: exact(ADDRESS) },
      mothers28b: { fr: exact(MOTHERS) },
      soOfCourse28b: { fr: exact(SO_OF_COURSE) },
    },
    alone: ['alone28b'],
    pairs: [
      ['goBack28b', 'bled28b', { window: 6, ordered: true }],
      ['theArea28b', 'usualSuspects28b', { window: 12 }],
      ['aWoman28b', 'explains28b', { window: 10, ordered: true }],
      ['old28b', 'oldJibe28b', { window: 14 }],
      ['posted28b', 'address28b', { window: 8, ordered: true }],
      ['mothers28b', 'soOfCourse28b', { window: 6, ordered: true }],
    ],
  },
  health_legal: {
    groups: {
      alone28b: { fr: exact(HEALTH_LEGAL_ALONE) },
      law28b: { fr: exact(LAW) },
      forecast28b: { fr: exact(FORECAST) },
    },
    alone: ['alone28b'],
    pairs: [['law28b', 'forecast28b', { window: 14 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28b = roundByTopic(ROUND_28B);
