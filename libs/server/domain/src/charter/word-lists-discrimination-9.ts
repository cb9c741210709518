// Ninth round of discrimination and harassment (`withDiscrimination9` adds it to the rules), compositional:
// - more groups named as people (`people9`): by disability or illness ("kids with Down's syndrome", "anyone with
//   HIV", "séropositifs", "antécédents de dépression"), by body ("plus-size mums", "les rondes"), by sexuality and
//   gender ("lesbian couples", "gay actors", "two dads", "personnes trans", "women engineers"), by class and place
//   ("gens au RSA", "council estates", "chavs", "quartier prioritaire"), by age ("pensioners", "les vieux");
// - what is said of them or done to them after the group (`said9`): exclusion from a service ("can't book", "not
//   invited", "ne pourront pas accompagner"), from the brand image ("don't fit our brand image", "ne vendent pas"),
//   from hiring ("need not apply", "too risky", "pas recrutés"), stereotypes ("a distraction", "a diversity
//   stunt", "never integrate", "scare customers", "think they own"), denial ("aren't women");
// - theft suspicion after a person named by origin (`theft9`: "count the float twice", "surveiller la caisse");
// - harassment: a home address or number + a call to act (doxxing), pushing someone to quit, body shaming of a
//   person, and hiring by dress size ("taille 38 maximum", "size 8 max").
import { extendRules } from './rule-extension';
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';

/** Groups named as people (a person or a plural), FR and EN. */
const PEOPLE = list(`les vieux|des vieux|les vieilles|les retraités|des retraités|les rondes|des rondes|les grosses
  |les gros|les obèses|des obèses|femmes rondes|mamans rondes|les roux|les rousses|des roux|handicapé|handicapée
  |handicapés|handicapées|un handicapé|une handicapée|stagiaire handicapée|stagiaire handicapé|en fauteuil roulant
  |en fauteuil|fauteuils roulants|séropositif|séropositifs|séropositive|séropositives|les diabétiques
  |antécédents de dépression|dépressifs|les dépressifs|trisomiques|les trisomiques|les autistes|enfants autistes
  |personnes trans|les trans|collègue trans|un couple gay|couple gay|couples gays|couples homos|couples de lesbiennes
  |deux papas|deux mamans|les homos|les gays|les lesbiennes|mamans voilées|les voilées|femmes voilées|les femmes
  |une femme|des femmes|les filles|les gens au rsa|gens au rsa|au rsa|les rmistes|les assistés|les cassos|les sdf
  |des sdf|quartier prioritaire|quartiers prioritaires|les gens de banlieue|du 93|de banlieue|les roms|des roms
  |les roumains|les chinois|les arabes|les noirs|les asiatiques|petits asiatiques|les musulmans|les juifs
  |les gitans|les manouches|les ch tis|les marseillais|les gars du sud|accent de banlieue|accent marseillais
  |est black|est noir|est arabe|est rebeu|pour une noire|pour un noir|pour une arabe|pour une asiatique
  |plus size|plus size mums|plus size parents|plus size women|plus size models|chubby kids|fat people|the fat ones
  |kids with down s syndrome|down s syndrome|down syndrome|children in wheelchairs|kids in wheelchairs|in wheelchairs
  |wheelchairs|wheelchair|blue badge holders|disabled people|disabled kids|the disabled|autistic kids|autistic people
  |autistic children|dyslexic|dyslexic candidates|dyslexic applicants|deaf applicants|deaf candidates|deaf people
  |blind people|blind customers|anyone with hiv|people with hiv|hiv positive|with a mental illness|mentally ill
  |history of depression|with depression|kids with eczema|with eczema|lesbian couples|lesbian|lesbians|gay couples
  |gay people|gay actors|gay men|gay parents|bi or gay|two dads|two mums|two moms|trans women|trans men|trans people
  |trans staff|they them pronouns|pronouns|women engineers|female engineers|female race engineers|women drivers
  |female drivers|women s football|women s sport|a woman in|the only women|the women|girls in hijabs|women in hijabs
  |in a hijab|hijabis|chavs|council estate|council estates|council estate kid|working class kids|working class people
  |people on benefits|benefit scroungers|pensioners|old people|oaps|the elderly|northerners|southerners|scousers
  |brummies|scouse accent|brummie accent|geordie accent|glaswegian accent|eastern europeans|romanians|albanians
  |polish builders|polish|pakistani|pakistani lad|indian lad|nigerian|nigerians|the nigerians|middle eastern
  |dark skinned|dark skinned girls|black girls|black lads|asian kids|muslims|jews|the jews|evangelicals
  |globalist bankers|rothschilds|the rothschilds|homeless people|the homeless|travellers|gypsies|under 30s
  |romanian beggars|romanian|albanian|every albanian|with a scouse accent|a scouse accent|candidate enceinte
  |une salariée|les catholiques|catholiques pratiquants|collègue trans|candidats domiciliés|mannequin noir|des ch tis
  |bi or gay actors|gay actors|une femme à la tête|a woman at the head`);

/** Said of them or done to them, after the group, in the same sentence. */
const SAID = list(`can't book|cannot book|can not book|not allowed to book|aren't invited|are not invited|not invited
  |won't be invited|ne sont pas invités|ne sont pas invitées|pas invités|ne pourront pas|ne peuvent pas réserver
  |ne pourront pas accompagner|sont priées d aller|sont priés d aller|please don't bring|don't bring them
  |please don't try on|don't try on|won't feature|won't feature them|won't cast|don't cast|ne vendent pas
  |ne vendent rien|don't sell|won't sell|don't fit our brand|won't fit our brand|don't fit our image
  |won't fit our image|don't fit the brand|ne collent pas à notre image|pas notre image|ça fait pas|ça ne fait pas
  |would ruin|ruin the look|gâchent|gâche la|keep them out|keep them away|keep them onshore|keep them off|keep them in
  |keep them at|are a no|is a no|c est non|no from me|shouldn't be anywhere near|should not be anywhere near
  |shouldn't be allowed|should not be allowed|shouldn't work|should not work|shouldn't be in|shouldn't be on
  |don't belong|do not belong|have no place|n ont rien à faire|n a rien à faire|n ont pas leur place|pas leur place
  |should be in catering|be in the kitchen|à la cuisine|bringing the coffee|apporte le café|need not apply
  |needn't bother|don't bother|pas la peine|don't take them|we don't take|we don't hire|won't hire|on ne prend pas
  |pas recrutés|pas recrutées|ne sont pas recrutés|ne sont pas recrutées|get screened twice|screened twice
  |a distraction|are a distraction|a safety risk|too risky|trop risqué|a diversity stunt|diversity stunt
  |diversity photos|diversity hire|for the quotas|pour les quotas|a joke|une blague|nobody watches|personne ne regarde
  |a nightmare|un cauchemar|total waste of money|waste of money|du gaspillage|perte d argent|are thick|sont idiots
  |sont bêtes|are all brainwashed|all brainwashed|tous des hypocrites|tous des voleurs|tous des escrocs|is a crook
  |are crooks|all drink|boivent tous|never integrate|won't integrate|will never integrate|ne s intégreront jamais
  |s intègrent pas|s intégreront jamais|drag standards down|drag everyone down|tirent le niveau vers le bas
  |block the whole|bloquent|encombrent|clog up|think they own|se croient tout permis|se croient chez eux
  |scare customers|scare the customers|scaring customers|scaring off|font peur|fait peur|faisaient fuir|font fuir
  |fait fuir|frighten customers|put customers off|une vraie plaie|a plague|pulling the strings|tirent les ficelles
  |always end up owning|own everything|owning everything|possèdent tout|contrôlent tout|control everything
  |aren't women|aren't real women|are not women|aren't men|are not men|ne sont pas des femmes|ne sont pas des hommes
  |never will be|is nonsense|are nonsense|n importe quoi|caprices|aux caprices|mentally ill|malades mentaux
  |monopolisé la parole|monopolisent la parole|on n avance jamais|bon courage pour réparer|bon courage pour conduire
  |good luck fixing|only if she s
  |que si elle|shopped online than|should shop online|should order online|qu ils commandent en ligne
  |qu elles commandent en ligne|commandent en ligne plutôt|vont tout nous piquer
  |tout nous piquer|nous piquer|nick everything|faut surveiller|faudra surveiller|il faut les surveiller
  |need watching|c est mignon|how cute|photograph well|ne rendent pas bien|rend mal|rendent mal|on évite|we avoid
  |can use the disabled loo|use the disabled loo|not the ladies|aller se changer dans les toilettes|sont priées
  |should stay|devrait rester|devraient rester|restent au fond|rester au fond|plutôt que de venir
  |rather than come|than came into|aren't the customers|not the customers|pas les clients|pas la clientèle
  |devraient arrêter de|devraient arrêter|should stop|commencez par bosser|commencez par travailler|get a job
  |passent leurs journées|sit around all day|on ne les laisse pas entrer|ne les laissons pas entrer|don't let them in
  |we don't let them in|évitez de toucher|don't touch the|n avaient qu à|should have thought|ne tient pas le rythme
  |ça ne tient pas le rythme|can't keep up|cannot keep up|sont tous des|are all crooks|are all lazy|sont tous fainéants
  |forts en maths|good at maths|killed christ|ont tué le christ|pourquoi on l a prise|pourquoi on l a pris
  |why did we hire|why we hired|trois fois plus de temps|candidature non retenue|application rejected|on lui retire
  |take her off|thick as|sound thick|assume we're dodgy|gone before the cracks|c est plus vendeur|sells better
  |remplacez le par un blanc|merci de ne pas postuler|please don't apply|don't apply|ne postulez pas`);

/** Theft suspicion: "count the float twice", "faudra surveiller la caisse", "of course he nicked something". */
const THEFT = list(`count the float|count the till|count the takings|check the till|watch the till|watch the tills
  |nicked something|nick something|nicked it|stole something|surveiller la caisse|surveiller les caisses
  |surveillez la caisse|surveillez les caisses|recompter la caisse|recompte la caisse|compter la caisse deux fois
  |tout nous piquer|va tout piquer|vont tout piquer|ont tout piqué|a piqué quelque chose`);

/** A home address or number of a person, made public. */
const ADDRESS = list(`home address|her address|his address|your address|their address|l adresse de|son adresse
  |ton adresse|leur adresse|voici l adresse|here s the address|number of the woman|number of the man|phone number
  |mum s phone number|her number|his number|your number|son numéro|ton numéro|numéro de téléphone|live on|you live on
  |habites rue|habite rue|tu habites|vous habitez|where you live|où tu habites|où elle habite|où il habite|07700
  |nice front door|nice house|ta maison|ta porte`);

/** A call to act on it, or a veiled warning. */
const ACT =
  list(`lui rendre visite|rendez lui visite|allez lui rendre visite|allez le voir|allez la voir|faites vous plaisir
  |lâchez vous|vous savez quoi faire|you know what to do|give her a call|give him a call|give them a call
  |pay her a visit|pay him a visit|pop round to her|drop by her house|think twice|think about it|réfléchis bien|réfléchissez bien
  |see you saturday|see you soon|see you sunday|see you tonight|à samedi|à bientôt|à très vite|take that review down
  |take it down|delete that review|retire ton avis|supprime ton avis|shame if someone|dommage si quelqu un
  |ce serait dommage|would be a shame|before your next post|avant ton prochain post|on te retrouvera|we'll find you
  |tu regretteras|you'll regret|you will regret`);

/** Pushing a person out: quit, leave, delete the account. */
const PUSH = list(`hand in your notice|hand in her notice|hand in his notice|quit now|quit your job|quits her job
  |quits his job|quit her job|until she quits|until he quits|until they quit|pousser à la démission|pousse à la démission
  |poussez la à la démission|donne ta démission|démissionne|démissionnez|change de métier|changez de métier
  |delete the account|delete your account|log off|stop posting|arrête les vidéos|arrête de poster|supprime ton compte
  |get the message and leave|get the message|she'll leave|he'll leave|you're not wanted|not wanted here
  |t es la risée|la risée|nobody takes you seriously|personne ne te prend au sérieux|tiendra pas un mois
  |tiendra pas une semaine|won't last a month|won't last a week|forget to invite|oublier de l inviter|spam`);

/** Hostility around the push, in the same post. */
const HOSTILE = list(`everyone|everyone in the office|tout le monde|nobody|personne|do yourself a favour|save us
  |embarrassment|embarrassing|deserves|mérite|promis|😈|lol|car crash|tout le monde sait|on est tous d accord
  |we all|we've all|on a tous|again|encore|go and|allez|petites natures|petite nature|not for you|pas pour toi`);

/** Body shaming of a person: a weight to lose, an animal, a size. */
const BODY = list(`perdre {n} kilos|perdre {n} kg|perdre du poids|perdre quelques kilos|lose {n} pounds|lose {n} kilos
  |lose {n} stone|lose some weight|lose weight|too chubby|chubbiest|porker|little porker|hippo|a hippo
  |whale spotted|whale|baleine|baleines|cellulite city|piggy|grosse comme|gros comme|toi la grosse
  |la grosse de|le gros de|est gros|est grosse|trop gros|trop grosse|lay off the crisps|lay off the biscuits
  |lay off the pies|lâche les donuts|lâche les gâteaux|lâchez les biscuits|des baleines|physique pareil
  |une tête pareille|tête pareille|un physique pareil|tu bégaies|bégaie|stutter|your stutter`);
/** A person the body shaming is aimed at. */
const PERSON = list(`tu|toi|ton|ta|t es|you|your|you're|@|la fille|le gars|la nouvelle|le nouveau|kid|kids|enfant
  |she|he|her|him|elle|il|love|chérie|mate|son|sa|votre enfant|your kid|fit|coupe|pas des|lmao|lol|🐷|🐽|🐋|🍊`);

/** Hiring by dress size: "taille 38 maximum", "size 8 max", "du 34 maximum". */
const SIZE_MAX = list(`taille {n} maximum|taille {n} max|du {n} maximum|du {n} max|{n} maximum|size {n} max
  |size {n} maximum|size {n} or under|size {n} and under|size {n} or smaller|uk {n} max|minces|slim|grandes minces
  |sans tatouages|no tattoos|fresh face|photo en pied`);
const STAFF =
  list(`mannequins|nos mannequins|hôtesses|animatrices|animateurs|vendeuses|équipe de vente|l équipe de vente
  |grid girls|models|hostesses|promo girls|promo staff|sales team|shop girls|female|candidate|candidates
  |job ad|recrutement|poste|applicants`);

/** "Go back to Lagos and take your cousins with you", "retourne au Maroc avec ton voile". */
const GO_HOME = list(`go back to|retourne au|retourne en|retourne dans|rentre au|rentre en|rentre dans ton|repars au
  |repars en|retournez au|retournez en|rentrez au|rentrez en|go home to|fly back to`);
const GO_HOSTILE = list(`take your cousins|and take your|take your family|with your family|avec ton voile
  |avec ta burqa|avec tes cousins|laisse nous tranquilles|laissez nous tranquilles|if you hate it here
  |si t es pas content|si tu n es pas content|si ça te plaît pas|where you belong|d où tu viens`);

/** Excluding before the group: "we won't cast gay actors", "shouldn't hire anyone with a Scouse accent". */
const BEFORE = list(`won't cast|don't cast|never cast|won't hire|shouldn't hire|don't hire|never hire|won't serve
  |don't serve|ne recrutez pas|ne recrutons pas|on ne recrute pas|on n embauche pas|n embauchez pas
  |keep an eye on anyone who looks|anyone who looks|ne laissez pas entrer|no more|plus de`);
/** A compliment limited by origin or sex: "jolie pour une Noire", "smart for a girl". */
const FOR_A = list(`jolie pour|joli pour|belle pour|beau pour|intelligent pour|intelligente pour|douée pour
  |pretty for|smart for|articulate for|clever for|good looking for`);
const FOR_WHOM = list(`une noire|un noir|une arabe|un arabe|une asiatique|un asiatique|une black|une femme|une fille
  |a black girl|a black woman|a black guy|a black man|an asian|an indian|a woman|a girl|a muslim|a gay`);

/** Enough alone: a sexist proverb, a spouse mocked as incapable, a joke's punchline about a people. */
const ALONE = list(`femme au volant mort au tournant|mort au tournant|même votre femme|même ta femme|même ma femme
  |even your wife|even the wife|the wife can manage|your wife can manage|only if she s bringing the coffee
  |the only women on our rigs|women should be in catering|couple gay dans une pub|two genders|deux genres
  |ne s intégreront jamais|never integrate|normal or ethnic|normal kids|enfants normaux|neurotypical groups only
  |neurotypical only|under 30s only|moins de 30 ans uniquement|ramadan et nous fait la morale|une religion qui rend`);

export const DISCRIMINATION_9_GROUPS: CategoryRules['groups'] = {
  people9: { fr: exact(PEOPLE) },
  said9: { fr: exact(SAID) },
  theft9: { fr: exact(THEFT) },
  address9: { fr: exact(ADDRESS) },
  act9: { fr: exact(ACT) },
  push9: { fr: exact(PUSH) },
  hostile9: { fr: exact(HOSTILE) },
  body9: { fr: exact(BODY) },
  person9: { fr: exact(PERSON) },
  sizeMax9: { fr: exact(SIZE_MAX) },
  staff9: { fr: exact(STAFF) },
  goHome9: { fr: exact(GO_HOME) },
  goHostile9: { fr: exact(GO_HOSTILE) },
  alone9: { fr: exact(ALONE) },
  before9: { fr: exact(BEFORE) },
  forA9: { fr: exact(FOR_A) },
  forWhom9: { fr: exact(FOR_WHOM) },
};

export const DISCRIMINATION_9_PAIRS: CategoryRules['pairs'] = [
  ['people9', 'said9', { window: 16, ordered: true }],
  ['people8', 'said9', { window: 16, ordered: true }],
  ['people4', 'said9', { window: 16, ordered: true }],
  ['group', 'said9', { window: 16, ordered: true }],
  ['people9', 'theft9', { window: 16 }],
  ['people8', 'theft9', { window: 16 }],
  ['group', 'theft9', { window: 16 }],
  ['address9', 'act9', { window: 20, variant: 'harassment' }],
  ['push9', 'hostile9', { window: 16, variant: 'harassment' }],
  ['body9', 'person9', { window: 12, variant: 'harassment' }],
  ['sizeMax9', 'staff9', { window: 12, variant: 'hiring' }],
  ['goHome9', 'goHostile9', { window: 10, variant: 'harassment' }],
  ['before9', 'people9', { window: 4, ordered: true, clause: true }],
  ['before9', 'people8', { window: 4, ordered: true, clause: true }],
  ['forA9', 'forWhom9', { window: 2, ordered: true, clause: true }],
];

/** `base` with the ninth round's groups and pairs, and its phrases that are enough alone. */
export function withDiscrimination9(base: CategoryRules): CategoryRules {
  return extendRules(base, { groups: DISCRIMINATION_9_GROUPS, pairs: DISCRIMINATION_9_PAIRS, alone: ['alone9'] });
}
