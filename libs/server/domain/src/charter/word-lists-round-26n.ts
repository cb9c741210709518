// Twenty-sixth round, reading n (`withRound26n` adds it to every topic's rules), from `train-ca`'s French
// discrimination misses, by family (the harassment families also in English):
// Slurs written masked: "k-sos", "b0ugn…", "g0g0l".
// Harassment: a critic named by what they did to us (took us to the prud'hommes, "nous accuse de", "nous traite de",
// signed a letter against us) + where they work or live (a house number and a street), their employer, a visit, or a
// call to the community ("vous savez quoi faire", "mérite un bon réveil"); a follower sent to the account of someone
// "qui trouve nos" products badly made; a spouse or an employer told "pourquoi tu as été licencié" or sent "un
// dossier"; "plus personne ne t'embauchera"; "t'as pensé à disparaître ?". A friendly "on passera te dire bonjour"
// with no grievance in its segment stays clean.
// Hiring: over-45s sent to the "départ anticipé" page, "les quinquas … pas derrière le stand", "né avant 1980, on
// passe notre tour", "surtout pas enceinte", candidates "bien de chez nous", a photo and a face "pas très corporate",
// saleswomen chosen for "leur silhouette", female mechanics weighed, "c'est le quota handicap, on fait avec".
// Places and origins: "le 93 … trop d'absences", Marseille and things that "tombent du camion", Seine-Saint-Denis
// staff on nights for "moins de risques" ("moins de risques de panne" is a negative), the "quartiers populaires" who
// can't fill a form, Romanians and things "empruntées", recruits from Africa told "ici ce n'est pas le village", a
// Ch'ti, a Corsican and a Marseillais as an "HR nightmare", Asian shoppers and the children's department.
// Mockery: "tellement simple qu'un autiste pourrait", "les grosses qui croient encore", a round trainee's "double
// ration", "les vieux, c'est tellement facile", a 52-year-old assistant and an abacus, a gender transition as
// "changer de rayon", a woman at the wheel of an F1 and the airbags "testés".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const MASKED = list(`k sos|ka sos|kassos|k soss|cas soc|cas socs|b0ugn|bougn|b0ugnoule|b0ugnoules|bougn0ule|b0ugn0ule
  |bougnoul|bougnouls|b0ugnoul`);
const MASKED_DISC = list(`g0g0l|g0gol|gog0l|g0g0ls|g0g0le|gogole|gogoles`);

// Harassment.
const GRIEVANCE = list(`nous a traînés aux prud hommes|nous a traînés aux prudhommes|nous a traîné aux prudhommes
  |traînés aux prudhommes|nous a attaqués aux prudhommes|nous a traînés au tribunal|nous a attaqués en justice
  |nous a poursuivis|nous a fait un procès|nous fait un procès|nous font un procès|nous a mis une étoile
  |nous a mis 1 étoile|nous a mis une seule étoile|nous a laissé une étoile|nous a laissé 1 étoile|qui nous a mis 1
  |qui nous a mis 0|qui nous a mis zéro|qui nous ont mis 1|qui nous a mis une sale note
  |qui nous a mis une mauvaise note|nous a descendus|nous ont descendus|nous a démolis|nous ont démolis
  |nous a dénigrés|nous ont dénigrés|nous a allumés|nous ont allumés|nous traite de|nous traitent de|nous a traités de
  |nous accuse de|nous accusent de|nous a accusés de|nous ont accusés de|nous a balancés|nous ont balancés
  |joue les lanceuses d alerte|joue les lanceurs d alerte|joue la lanceuse d alerte|joue le lanceur d alerte
  |la tribune contre nous|la pétition contre nous|l article contre nous|la vidéo contre nous|a fait fuiter nos
  |as fait fuiter nos|qui déteste nos|qui détestent nos|qui nous critique|qui nous critiquent|qui nous a critiqués
  |qui nous ont critiqués|qui nous a taillés|qui nous ont taillés|qui nous a cassés|qui nous clashe|qui nous a clashés
  |took us to court|took us to a tribunal|dragged us to court|dragged us to a tribunal|sued us|gave us 1 star
  |gave us one star|left us 1 star|left us one star|accuses us of|accused us of|trashed us|slated us
  |signed the letter against us|the petition against us|leaked our`);
const EXPOSE = list(`elle bosse dans|il bosse dans|elle bosse chez|il bosse chez|elle bosse à|il bosse à
  |elle travaille dans|il travaille dans|elle travaille chez|il travaille chez|elle travaille à|il travaille à
  |travaille maintenant chez|bosse maintenant chez|travaille maintenant dans|bosse maintenant dans
  |travaille désormais chez|elle habite|il habite|elle vit à|il vit à|tu habites|tu bosses|ta boulangerie|ton magasin
  |ta boutique|ton resto|ton restaurant|ton salon|ta maison|devant chez toi|on passera chez toi|on viendra chez toi
  |ton adresse|ton nouveau poste|ton nouveau job|ton nouvel employeur|ton employeur|ta drh|ton drh|ton patron
  |ta patronne|ta femme|ton mari|leur employeur|leurs employeurs|leur ville|leurs villes|leur adresse|leurs adresses
  |son employeur|son adresse|{n} chemin|{n} rue|{n} avenue|{n} impasse|{n} boulevard|{n} allée|{n} quai
  |vous savez quoi faire|vous savez ce qu il vous reste à faire|on passera te|on viendra te|on te lâchera pas
  |on ne te lâchera pas|on te lâchera plus|on ne te lâchera plus|on sera dans tes commentaires
  |on sera sous chacun de tes posts|on sera sous chaque post|on sera là en commentaire
  |on commentera chacun de tes posts|on a vos noms|on a leurs noms|bonne chance pour retrouver|le secteur est petit
  |le milieu est petit|mérite un bon réveil|mérite une bonne leçon|mérite une leçon|on pense fort à elle
  |on pense fort à lui|tout le monde sur le compte|tous sur le compte|tout le monde sur son compte|tous sur son compte
  |she works at|he works at|she works in|he works in|now works at|she lives in|he lives in|your shop|your bakery
  |your new job|your new employer|your employer|your boss|your hr|their employer|their employers|their city
  |their address|their addresses|you know what to do|we pop by|in your comments|we have your names|we got your names
  |good luck finding another job|good luck finding a job|small industry|deserves a wake up call|allez lui expliquer
  |allez leur expliquer|allez lui dire|allez leur dire`);
const CLOSE = list(`ta femme|ton mari|ta copine|ton copain|ta compagne|ton compagnon|ta famille|tes enfants
  |tes parents|ton nouvel employeur|ton employeur|ta drh|ton drh|ton patron|ta patronne|ton nouveau patron|ton manager
  |ta hiérarchie|ton nouveau poste|ton nouveau job|your wife|your husband|your partner|your girlfriend|your boyfriend
  |your family|your kids|your new employer|your employer|your boss|your new boss|your hr`);
const EXPOSED = list(`est au courant de ce que|pourquoi tu as été licencié|pourquoi tu as vraiment été
  |a reçu un dossier|recevra un dossier|va recevoir un dossier|un dossier sur toi|why you were really fired
  |why you were fired|got a full file|received a file|will get a file|pourquoi tu as été viré
  |pourquoi tu t es fait virer|pourquoi tu as été renvoyé|avant qu on appelle ta|avant qu on appelle ton
  |avant qu on prévienne ta|avant qu on prévienne ton|avant qu on contacte ta|avant qu on contacte ton
  |avant qu on écrive à ta|avant qu on écrive à ton|why you got fired|before we call your|before we ring your
  |before we email your|before we contact your`);
const HARASS_ALONE = list(`plus personne ne t embauchera|personne ne t embauchera|personne ne t embauchera plus
  |plus personne ne vous embauchera|personne ne vous embauchera|plus personne ne te recrutera|personne ne te recrutera
  |un dossier complet sur toi|t as pensé à disparaître|tu as pensé à disparaître|t as déjà pensé à disparaître
  |tu as déjà pensé à disparaître|as tu pensé à disparaître|pensé à disparaître pour de bon|tu devrais disparaître
  |tu ferais mieux de disparaître|vous devriez disparaître|vous feriez mieux de disparaître|nobody will ever hire you
  |no one will ever hire you|nobody will hire you again|no one will hire you again|nobody in this industry will
  |a full file on you|a complete file on you|thought about disappearing for good|you should just disappear
  |you should disappear for good`);
const CRITIC = list(`qui trouve nos|qui trouvent nos|qui n aime pas nos|qui n aiment pas nos|qui n a pas aimé nos
  |qui n ont pas aimé nos|qui critique nos|qui critiquent nos|who thinks our|who think our|who hates our|who hate our
  |who doesn like our|who didn like our`);
const BRIGADE = list(`tout le monde sur le compte|tous sur le compte|tout le monde sur son compte|tous sur son compte
  |allez tous sur|montrez lui ce que vous en pensez|montrez leur ce que vous en pensez|everyone head over to
  |everyone over to|all head over to|go tell her what you think|go tell him what you think|show her what you think
  |show him what you think`);

// Hiring.
const SENIOR = list(`seniors|profils seniors|les seniors|quinquas|les quinquas|quadras|les quadras|sexas|les sexas
  |quinquagénaires|les quinquagénaires|sexagénaires|les plus de {n} ans|plus de {n} ans|{n} ans et plus|{n} ans et
  |boomers|les boomers|les vieux|les vieilles|né avant|née avant|nés avant|nées avant`);
const SENT_AWAY = list(`départ anticipé|page départ|invités à regarder ailleurs|invités à passer leur chemin
  |invités à postuler ailleurs|priés d aller voir ailleurs|pas derrière le stand|pas derrière la caisse
  |pas derrière le comptoir|pas en vitrine|pas devant les clients|on passe notre tour|passez votre chemin
  |passez votre tour|abstenez vous|inutile de postuler|pas la peine de postuler|ne postulez pas
  |ce poste n est pas pour vous`);
const STAFF_F = list(`animatrices|hôtesses|vendeuses|serveuses|caissières|conseillères|assistantes|secrétaires
  |standardistes|stagiaires|mécaniciennes|employées|salariées|collaboratrices|ingénieures|candidates|jeunes femmes`);
const FRESH = list(`fraîches|bien roulées|bien faites|sexy|canons|bien foutues`);
const PREGNANT = list(`pas enceinte|pas enceintes|non enceinte|non enceintes|pas tomber enceinte|pas de grossesse
  |aucune grossesse|pas de projet de grossesse|pas de projet bébé|pas de projet de bébé|pas de congé maternité
  |pas de congé mat|sans projet de grossesse|sans projet bébé`);
const JOB = list(`conseillère|conseillères|vendeuse|vendeuses|caissière|assistante|hôtesse|serveuse|poste|cdd|cdi
  |recrute|recrutons|recrutement|candidate|candidates|embauche|embaucher|postuler|candidature|candidatures|stage
  |alternance|alternante|intérim|offre d emploi|h f`);
const CANDIDATES = list(`candidats|candidates|les candidats|des candidats|profils|les profils|des profils|postulants
  |recrues|intérimaires|embauches|cv`);
const NATIVE = list(`bien de chez nous|de souche|bien français|bien française|bien françaises|bien gaulois|pur souche
  |pure souche|bien blancs|bien blanches`);
const PHOTO = list(`joindre une photo|photo obligatoire|photo exigée|cv avec photo|photo récente|photo en pied`);
const FACE = list(`pas très corporate|pas corporate|pas présentable|pas présentables|pas très présentable
  |pas très vendeuse|pas vendeuse|pas assez jolie|pas assez jolies|pas assez sexy|pas assez photogénique`);
const LOOKS = list(`pour leur silhouette|pour leur physique|pour leur plastique|pour leurs formes|pour leur corps
  |pour leurs jambes|pour leur décolleté|pour leur minois|pour leur joli minois|pour leur beauté|pour leurs courbes
  |sur leur physique|sur leur silhouette|leur silhouette|leur physique|leur plastique|leurs formes|leurs courbes
  |leur décolleté|leurs jambes|leur poitrine|les papas clients|passent à la pesée|passer à la pesée
  |passent sur la balance|passer sur la balance|montent sur la balance|pesée obligatoire|pesée hebdomadaire`);
const QUOTA = list(`quota handicap|quota handicapé|quota handicapés|quota de handicapés|quota diversité
  |quota de diversité|quota femmes|quota féminin|quota de femmes|quota senior|quota seniors`);
const PUT_UP = list(`on fait avec|faut bien|il faut bien|on n a pas le choix|on a pas le choix|on s en accommode
  |faut faire avec|il faut faire avec|on le supporte|on la supporte`);

// Places and origins.
const FELL_OFF = list(`tomber du camion|tombent du camion|tombé du camion|tombés du camion|tombée du camion
  |tombées du camion`);
const AREA = list(`le 93|du 93|dans le 93|le 9 3|neuf trois|seine saint denis|les cités|des cités|dans les cités
  |les quartiers|des quartiers|quartiers populaires|quartiers nord|quartiers sensibles|les banlieues|de banlieue
  |en banlieue|marseille|les marseillais|un marseillais`);
const AREA_SLIGHT = list(`trop d absences|trop d absentéisme|absences mystérieuses|moins de risques|moins de risque
  |on était au mauvais endroit|qu on était au mauvais endroit|nous étions au mauvais endroit|on s est trompé de ville
  |trompés de ville|s ils arrivent à remplir|remplir le formulaire sans faute|sans faute d orthographe
  |s ils savent lire|s ils savent écrire|s ils savent compter|${FELL_OFF.join('|')}`);
const PEOPLES = list(`petit roumain|petits roumains|les roumains|des roumains|un roumain|les roms|des roms|les gitans
  |des gitans|un gitan|les manouches|des manouches`);
const THEFT = list(`empruntée|empruntés|empruntées|partie avant d arriver|parties avant d arriver
  |disparu avant d arriver|disparue avant d arriver|se sont servis|se servent|chouravé|chouravée|chouravés|fauché
  |fauchée|fauchés|on n en prend plus|on ne prend plus|${FELL_OFF.join('|')}`);
const REGIONAL = list(`un ch ti|une ch ti|un chti|un corse|une corse|un marseillais|une marseillaise|un breton
  |un auvergnat|un belge|un alsacien|un parisien|un normand|un arabe|un noir|un chinois|un juif|un polonais
  |un portugais|un gitan|un rom`);
const HR_NIGHTMARE = list(`cauchemar rh|cauchemar des rh|pire cauchemar rh|cauchemar pour les rh|enfer rh`);
const AFRICA = list(`d afrique|venues d afrique|venus d afrique|africains|africaines|les africains|du maghreb
  |maghrébins|maghrébines`);
const VILLAGE = list(`pas le village|pas au village|pas le bled|pas au bled|la brousse|pas dans la brousse
  |heure africaine|on arrive à l heure|arriver à l heure`);
const ASIAN = list(`clientes asiatiques|clients asiatiques|les asiatiques|aux asiatiques|femmes asiatiques
  |les chinoises|les japonaises|les asiats|clientes chinoises|clientes japonaises`);
const SMALL = list(`rayon enfant|rayon enfants|rayon {n} ans|taille enfant|tailles enfant|xs adulte|vider le rayon
  |petits yeux|yeux bridés|rayon junior|rayon fillette`);

// Mockery.
const EVEN = list(`même un|même une|simple qu un|facile qu un|simple qu une|facile qu une|même les`);
const DISABLED = list(`autiste|autistes|trisomique|trisomiques|mongolien|mongol|handicapé mental|débile mental|attardé
  |attardés|triso|gogol`);
const FAT = list(`les grosses|les gros|aux grosses|aux gros|des grosses|les obèses|les rondes|les boudins
  |les grosses vaches`);
const WHO_THINK = list(`qui croient|qui pensent|qui s imaginent|qui se croient|qui rêvent|qui se plaignent
  |qui se goinfrent|qui ne disent jamais non|qui ne refusent jamais`);
const ROUND_STAFF = list(`stagiaire ronde|stagiaire rond|collègue ronde|collègue rond|vendeuse ronde|caissière ronde
  |cliente ronde|la grosse stagiaire|le gros stagiaire|la grosse collègue|le gros collègue|stagiaire enrobée
  |collègue enrobée|stagiaire grassouillette|collègue grassouillette`);
const GLUTTON = list(`double ration|double portion|ration double|portion double|qui ne dit jamais non
  |ne dit jamais non|ne refuse jamais|qui se ressert|finit toujours les restes|qui finit les restes`);
const OLD = list(`les vieux|les petits vieux|les vieilles|les mamies|les papys|les papis|les pépés|les mémés`);
const EASY = list(`c est tellement facile|c est trop facile|c est si facile|tellement faciles|trop faciles|si faciles
  |faciles à berner|faciles à avoir|faciles à arnaquer|on leur fait croire n importe quoi`);
const AGED_STAFF = list(`assistante a {n} ans|assistant a {n} ans|collègue a {n} ans|stagiaire a {n} ans
  |recrue a {n} ans|vendeuse a {n} ans|vendeur a {n} ans|comptable a {n} ans|secrétaire a {n} ans|caissière a {n} ans
  |cliente de {n} ans|client de {n} ans|employée de {n} ans|employé de {n} ans|salariée de {n} ans|salarié de {n} ans
  |assistante de {n} ans|collègue de {n} ans|stagiaire de {n} ans|recrue de {n} ans|secrétaire de {n} ans
  |comptable de {n} ans`);
const OLD_TECH = list(`un boulier|avec un boulier|pigeon voyageur|signaux de fumée|tablettes d argile
  |formée trois fois|formé trois fois|formée deux fois|formé deux fois|formée {n} fois|formé {n} fois
  |formée quatre fois`);
const TRANSITION = list(`transition de genre|changement de sexe|changé de sexe|change de sexe|changer de sexe
  |transgenre|transgenres|une trans|un trans|les trans|personne trans|transidentité|non binaire|non binaires`);
const SWITCH_AISLE = list(`changer de rayon|change de rayon|changé de rayon|passer au rayon femme
  |passer au rayon homme|passé au rayon femme|passé au rayon homme|passer au rayon femmes|passer au rayon hommes`);
const AIRBAGS = list(`testé les airbags|vérifié les airbags|tester les airbags|vérifier les airbags
  |renforcé les airbags|airbags supplémentaires|airbags en plus|airbags de rechange|les airbags ont servi
  |gonflé les airbags|crash test|crash tests`);
/** "Moins de risques de panne" is about a thing, not about people from a place. */
const NOT_DISCRIMINATION = list(`moins de risques de|moins de risque de|moins de risques d|moins de risque d`);

const ROUND_26N: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone26n: { fr: exact(MASKED) } }, alone: ['alone26n'] },
  discrimination: {
    groups: {
      alone26n: { fr: exact(MASKED, MASKED_DISC, HARASS_ALONE) },
      grievance26n: { fr: exact(GRIEVANCE) },
      expose26n: { fr: exact(EXPOSE) },
      close26n: { fr: exact(CLOSE) },
      exposed26n: { fr: exact(EXPOSED) },
      senior26n: { fr: exact(SENIOR) },
      sentAway26n: { fr: exact(SENT_AWAY) },
      staffF26n: { fr: exact(STAFF_F) },
      fresh26n: { fr: exact(FRESH) },
      pregnant26n: { fr: exact(PREGNANT) },
      job26n: { fr: exact(JOB) },
      candidates26n: { fr: exact(CANDIDATES) },
      native26n: { fr: exact(NATIVE) },
      photo26n: { fr: exact(PHOTO) },
      face26n: { fr: exact(FACE) },
      looks26n: { fr: exact(LOOKS) },
      quota26n: { fr: exact(QUOTA) },
      putUp26n: { fr: exact(PUT_UP) },
      critic26n: { fr: exact(CRITIC) },
      brigade26n: { fr: exact(BRIGADE) },
      area26n: { fr: exact(AREA) },
      areaSlight26n: { fr: exact(AREA_SLIGHT) },
      peoples26n: { fr: exact(PEOPLES) },
      theft26n: { fr: exact(THEFT) },
      regional26n: { fr: exact(REGIONAL) },
      hrNightmare26n: { fr: exact(HR_NIGHTMARE) },
      africa26n: { fr: exact(AFRICA) },
      village26n: { fr: exact(VILLAGE) },
      asian26n: { fr: exact(ASIAN) },
      small26n: { fr: exact(SMALL) },
      even26n: { fr: exact(EVEN) },
      disabled26n: { fr: exact(DISABLED) },
      fat26n: { fr: exact(FAT) },
      whoThink26n: { fr: exact(WHO_THINK) },
      roundStaff26n: { fr: exact(ROUND_STAFF) },
      glutton26n: { fr: exact(GLUTTON) },
      old26n: { fr: exact(OLD) },
      easy26n: { fr: exact(EASY) },
      agedStaff26n: { fr: exact(AGED_STAFF) },
      oldTech26n: { fr: exact(OLD_TECH) },
      transition26n: { fr: exact(TRANSITION) },
      switchAisle26n: { fr: exact(SWITCH_AISLE) },
      airbags26n: { fr: exact(AIRBAGS) },
    },
    alone: ['alone26n'],
    negative: { fr: exact(NOT_DISCRIMINATION) },
    pairs: [
      ['grievance26n', 'expose26n', { window: 30, variant: 'harassment' }],
      ['close26n', 'exposed26n', { window: 12, variant: 'harassment' }],
      ['senior26n', 'sentAway26n', { window: 16, ordered: true }],
      ['staffF26n', 'fresh26n', { window: 2, ordered: true }],
      ['pregnant26n', 'job26n', { window: 20 }],
      ['candidates26n', 'native26n', { window: 4, ordered: true }],
      ['photo26n', 'face26n', { window: 25, ordered: true }],
      ['staffF26n', 'looks26n', { window: 12, ordered: true }],
      ['quota26n', 'putUp26n', { window: 8 }],
      ['critic26n', 'brigade26n', { window: 25, variant: 'harassment' }],
      ['area26n', 'areaSlight26n', { window: 20, ordered: true }],
      ['peoples26n', 'theft26n', { window: 16, ordered: true }],
      ['regional26n', 'hrNightmare26n', { window: 20, ordered: true }],
      ['africa26n', 'village26n', { window: 20 }],
      ['asian26n', 'small26n', { window: 20 }],
      ['even26n', 'disabled26n', { window: 1, ordered: true }],
      ['fat26n', 'whoThink26n', { window: 1, ordered: true }],
      ['roundStaff26n', 'glutton26n', { window: 12 }],
      ['old26n', 'easy26n', { window: 1, ordered: true }],
      ['agedStaff26n', 'oldTech26n', { window: 25, ordered: true }],
      ['transition26n', 'switchAisle26n', { window: 16 }],
      ['womanDriver10', 'airbags26n', { window: 24, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26n = roundByTopic(ROUND_26N);
