// Twenty-eighth round, reading l (`withRound28l` adds it to every topic's rules), from `train-cp`'s French misses
// (discrimination as it slips out: memes, "POV :", "moi quand…", live-tweets, replies, team posts, job ads), by family:
// Insults: disability words thrown at someone ("freine comme un autiste", "espèce de gogol").
// Discrimination: a foreign first name on a CV thrown out ("poste déjà pourvu", "à la poubelle"); nationals and their
// clichés (concrete, "rentrez chez vous", haggling "comme au marché", "foutre le bordel", "eux aussi … honnêtes");
// dark skin as a joke ("même aux Noirs", tanned and lost with the lights off, "aussi foncé que le vigile", Nutella);
// women (at the wheel, the coffee, "couché pour le poste", "laissez votre mari", "laissées gagner"); pregnancy (the
// trial period ended, "ne plus rien faire"); age ("à son âge … maison de retraite", "part en retraite dans", "pour
// qu'il parte"); disability and illness (no wheelchair access "on fait pas dans l'accessible", "débiles mentaux",
// the cancer patient's desk, the depressed, diabetics or obese told to go elsewhere or mocked); believers mocked
// ("religion de paix", "ça croit au père Noël", "un bigot qui croit que Dieu"); orientation and gender identity
// ("hétéro et fier", "pas comme certains … arc-en-ciel", the made-up or changed first name and "trop de barbe");
// bodies and faces ("vu votre photo … pour vous toute seule", teeth, "on comprend pourquoi il le garde"); accents
// ("son patois", "on comprend rien", "déclaration de guerre"); benefits and class (CCAS vouchers, "les allocs
// tombent", "à rien faire", workers' sons); places (the 93, banlieue, the cité, ZEP schools, "cachez vos roues");
// threats, doxxing and pushing out ("régler ça devant chez toi", "on va te retrouver", "on a le bras long", a street
// address with a taunt, sharing someone's private photos, "on a ton nom", "finira bien par démissionner", "pas honte
// de rester", "fais un geste pour la marque").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`comme un autiste|comme une autiste|espece d autiste|bande d autistes|t es autiste ou quoi
  |comme un gogol|espece de gogol|bande de gogols|comme un triso|espece de triso|comme un mongol`);

const DISC_ALONE = list(`comme un autiste|comme une autiste|espece d autiste|bande d autistes|comme un gogol
  |espece de gogol|comme un triso|espece de triso|debiles mentaux|debile mental|meme les handicapes mentaux
  |meme aux noirs|meme aux noires|meme pour les noirs|meme les noirs|meme pour les blacks
  |encore une qui a couche|qui a couche pour|couche pour avoir le poste|couche pour le poste|couche pour avoir sa place
  |promotion canape|mieux vaut laisser votre mari|laisser votre mari s en occuper|laissez votre mari s en occuper
  |votre mari s en occupera|les ont laissees gagner|les ont laisse gagner|on les a laissees gagner
  |on fait pas dans l accessible|on ne fait pas dans l accessible|fait pas dans l accessible
  |votre religion de paix|c est ca la religion de paix|c est ca votre religion|la religion de paix
  |hetero et fier de l etre|hetero et fiere de l etre|heteros et fiers de l etre
  |pas celui que vous vous etes invente|celui que vous vous etes invente|que vous vous etes invente
  |celui que tu t es invente|que tu t es invente|le prenom que vous vous inventez
  |a les dents en avant|avec ses dents en avant|ses dents de lapin|a des dents de lapin
  |les allocs tombent|quand les allocs tombent|allocs que vous touchez|allocs que tu touches
  |regler ca devant chez toi|regler ca devant chez vous|on vient regler ca|on va te retrouver et
  |tu vas moins rigoler|vous allez moins rigoler|tu rigoleras moins|on a le bras long|moins courageux en vrai
  |elle finira bien par demissionner|il finira bien par demissionner|finira bien par demissionner
  |t as pas honte de rester|vous avez pas honte de rester|pas honte de rester|fais un geste pour la marque`);

const CV = list(`sur un cv|sur le cv|sur une candidature|sur la candidature|en haut du cv|sur les cv`);
const CV_BIN = list(`poste deja pourvu|deja pourvu|direct a la poubelle|a la poubelle|on zappe|next|refuse d office`);
const NATIONALS = list(`portugais|portugaise|les anglais|anglais|chinois|chinoise|chinoises|arabes|algerien|algerienne
  |algeriens|marocain|marocains|roumain|roumains|polonais|italiens|africain|africains|maghrebins|turcs|roms`);
const CLICHE = list(`trop occupes a couler|que couler du beton|juste bons a|tout juste bons a|bons qu a
  |ne savent faire que|savent faire que|rentrez chez vous|rentre chez toi|retourne dans ton pays
  |retournez dans votre pays|comme au marche de|negocie le prix des|marchander comme|foutre le bordel|trucs honnetes
  |eux aussi vendent`);
const DARK = list(`bronze|bronzee|basane|basanee|renoi|le black|la black`);
const LIGHTS_OFF = list(`eteint la lumiere|on le retrouve jamais|on la retrouve jamais|on le voit pas dans le noir
  |on la voit pas dans le noir|on le voit plus la nuit`);
const DARK_AS = list(`aussi fonce que|aussi foncee que|plus fonce que|plus foncee que|plus proche du nutella
  |couleur nutella`);
const SOMEONE = list(`vigile|stagiaire|collegue|le nouveau|la nouvelle|ta photo|votre photo|photo de profil|livreur
  |caissier|caissiere`);
const WHEEL = list(`femme au volant|femmes au volant|blonde au volant|une femme a la barre`);
const WHEEL_JIBE = list(`recule|reculent|mort au tournant|planquez vous|aux abris|cachez vos|accrochez vous`);
const WOMAN = list(`ingenieure|la seule femme|la seule fille|seule ingenieure|les filles|une femme`);
const COFFEE = list(`faire le cafe|fait le cafe|chacun son role|chacun a sa place|retourne en cuisine`);
const PREGNANT = list(`enceinte|enceintes|grossesse|futures mamans|future maman|futures meres`);
const PREGNANT_JIBE = list(`periode d essai terminee|fin de periode d essai|rupture de la periode d essai
  |ne plus rien faire|plus rien faire de|se la couler douce|neuf mois de vacances|9 mois de vacances`);
const AGED = list(`{n} ans|a son age|a votre age|a ton age|les vieux|les vieilles|papi|mamie|boomers|boomer`);
const AGED_JIBE = list(`du tricot en maison de retraite|direction la maison de retraite|direction l ehpad|file en ehpad
  |part en retraite dans|partir en retraite dans|partira en retraite dans|on zappe|pour qu il parte|pour qu elle parte
  |pour qu ils partent|le deambulateur|sent le sapin`);
const PLUS_SIZE = list(`cliente taille {n}|client taille {n}|la cliente en {n}|les clientes taille {n}`);
const LIKE_DAUGHTER = list(`meme robe que sa fille|meme taille que sa fille|la meme que sa fille
  |meme jean que sa fille`);
const CANCER = list(`a un cancer|a le cancer|son cancer|sa chimio|cancereux`);
const CANCER_JIBE = list(`recuperes enfin|recupere enfin|enfin son bureau|enfin sa place|enfin son poste`);
const ILL = list(`depressifs|depressives|depressif|bipolaires|diabetiques|diabetique|obeses|obese|epileptiques
  |seropositifs|les malades`);
const ILL_JIBE = list(`pleurer chez vous|pleurer chez eux|c est pas notre clientele|pas notre clientele
  |plombez l ambiance|plombent l ambiance|vos graines ailleurs|suicide en direct|suicide en live|creuse sa tombe
  |fallait rester chez vous`);
const BELIEVERS = list(`les cathos|les catholiques|les musulmans|les juifs|les protestants|les evangeliques|un bigot
  |les bigots|les croyants|encore un bigot`);
const BELIEF_JIBE = list(`ca croit au pere noel|croit au pere noel|croient au pere noel|croit que dieu|croient que dieu
  |qui croit que dieu|qui croient que dieu`);
const NOT_LIKE = list(`pas comme certains|pas comme certaines`);
const RAINBOW = list(`arc en ciel|de l autre bord|lgbt`);
const NEW_NAME = list(`change de prenom|changee de prenom|nouveau prenom|prenom d usage|en transition`);
const NAME_JIBE = list(`trop de barbe|avec sa barbe|arrive toujours pas a l appeler|arrive pas a l appeler
  |sera toujours|restera toujours|le vrai|invente`);
const PHOTO = list(`vu votre photo|vu ta photo|vu ta tete|vu votre silhouette|vu ton gabarit|vu votre gabarit`);
const ALL_FOR_YOU = list(`pour vous toute seule|pour vous tout seul|pour toi toute seule|pour toi tout seul`);
const UNMASKED = list(`enleve son casque|enleve ses lunettes|sans maquillage|sans son casque|retire son casque`);
const UGLY = list(`on comprend pourquoi il le garde|on comprend pourquoi elle le garde|on comprend pourquoi il les garde
  |on comprend pourquoi il les gardait|on comprend pourquoi elle les gardait|on comprend pourquoi il le gardait`);
const ACCENT = list(`patois|accent|quebecois|ch ti|chti|marseillais|alsacien`);
const ACCENT_JIBE = list(`sous titres svp|on comprend rien|personne comprend|declaration de guerre
  |fait mal aux oreilles`);
const BENEFITS = list(`ccas|allocs|rsa|la caf|chomeurs|chomeur|aah|assistes`);
const BENEFITS_JIBE = list(`on fait semblant|fait semblant|faire semblant|a rien faire|a ne rien faire|touchez a rien
  |vous pouvez bien payer|fallait bosser|fallait travailler|payes a rien faire|vivent sur notre dos|sur le dos des`);
const WORKERS = list(`fils d ouvriers|fils d ouvrier|enfants d ouvriers|filles d ouvriers|fils de prolo
  |fils de pauvres`);
const NOT_SERIOUS = list(`fait pas serieux|font pas serieux|s abstenir|pas la peine|inutile de postuler`);
const PLACES = list(`seine saint denis|le 93|du 93|banlieue|votre cite|dans votre cite|ta cite|les cites|quartiers nord
  |zep|ecoles de zep`);
const PLACES_JIBE = list(`au commissariat|c est plus sur|cachez vos roues|vos roues|tiennent a leurs pneus
  |leurs pneus|gachent les photos|gache les photos|planquez vos`);
const KNOW_YOU = list(`on a ton nom|on a votre nom|on connait ton nom|on sait qui tu es|on a ton adresse`);
const SEE_YOU = list(`a tout a l heure|a tres vite|on arrive|on vient|grace au billet|prepare toi`);
const CAREER = list(`ta carriere|votre carriere|ta reputation`);
const OVER = list(`est finie|sera finie|c est fini|terminee|bras long`);
const ADDRESS = list(`{n} rue|{n} avenue|{n} boulevard|{n} impasse|{n} allee`);
const DOX_JIBE = list(`moins courageux|qu en dm|on passe te voir|on passe vous voir|faites vous plaisir
  |allez lui dire`);
const PRIVATE = list(`compte perso du|son compte perso|ses photos de mariage|ses photos perso|ses photos de vacances`);
const SHARE = list(`partages|partage|balance|balances|publie|publies`);

const ROUND_28L: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone28l: { fr: exact(INSULTS) } }, alone: ['alone28l'] },
  discrimination: {
    groups: {
      alone28l: { fr: exact(DISC_ALONE) },
      cv28l: { fr: exact(CV) },
      cvBin28l: { fr: exact(CV_BIN) },
      nationals28l: { fr: exact(NATIONALS) },
      cliche28l: { fr: exact(CLICHE) },
      dark28l: { fr: exact(DARK) },
      lightsOff28l: { fr: exact(LIGHTS_OFF) },
      darkAs28l: { fr: exact(DARK_AS) },
      someone28l: { fr: exact(SOMEONE) },
      wheel28l: { fr: exact(WHEEL) },
      wheelJibe28l: { fr: exact(WHEEL_JIBE) },
      woman28l: { fr: exact(WOMAN) },
      coffee28l: { fr: exact(COFFEE) },
      pregnant28l: { fr: exact(PREGNANT) },
      pregnantJibe28l: { fr: exact(PREGNANT_JIBE) },
      aged28l: { fr: exact(AGED) },
      agedJibe28l: { fr: exact(AGED_JIBE) },
      plusSize28l: { fr: exact(PLUS_SIZE) },
      likeDaughter28l: { fr: exact(LIKE_DAUGHTER) },
      cancer28l: { fr: exact(CANCER) },
      cancerJibe28l: { fr: exact(CANCER_JIBE) },
      ill28l: { fr: exact(ILL) },
      illJibe28l: { fr: exact(ILL_JIBE) },
      believers28l: { fr: exact(BELIEVERS) },
      beliefJibe28l: { fr: exact(BELIEF_JIBE) },
      notLike28l: { fr: exact(NOT_LIKE) },
      rainbow28l: { fr: exact(RAINBOW) },
      newName28l: { fr: exact(NEW_NAME) },
      nameJibe28l: { fr: exact(NAME_JIBE) },
      photo28l: { fr: exact(PHOTO) },
      allForYou28l: { fr: exact(ALL_FOR_YOU) },
      unmasked28l: { fr: exact(UNMASKED) },
      ugly28l: { fr: exact(UGLY) },
      accent28l: { fr: exact(ACCENT) },
      accentJibe28l: { fr: exact(ACCENT_JIBE) },
      benefits28l: { fr: exact(BENEFITS) },
      benefitsJibe28l: { fr: exact(BENEFITS_JIBE) },
      workers28l: { fr: exact(WORKERS) },
      notSerious28l: { fr: exact(NOT_SERIOUS) },
      places28l: { fr: exact(PLACES) },
      placesJibe28l: { fr: exact(PLACES_JIBE) },
      knowYou28l: { fr: exact(KNOW_YOU) },
      seeYou28l: { fr: exact(SEE_YOU) },
      career28l: { fr: exact(CAREER) },
      over28l: { fr: exact(OVER) },
      address28l: { fr: exact(ADDRESS) },
      doxJibe28l: { fr: exact(DOX_JIBE) },
      private28l: { fr: exact(PRIVATE) },
      share28l: { fr: exact(SHARE) },
    },
    alone: ['alone28l'],
    pairs: [
      ['cv28l', 'cvBin28l', { window: 10 }],
      ['nationals28l', 'cliche28l', { window: 20 }],
      ['dark28l', 'lightsOff28l', { window: 14 }],
      ['darkAs28l', 'someone28l', { window: 8 }],
      ['wheel28l', 'wheelJibe28l', { window: 12 }],
      ['woman28l', 'coffee28l', { window: 14 }],
      ['pregnant28l', 'pregnantJibe28l', { window: 16 }],
      ['aged28l', 'agedJibe28l', { window: 20 }],
      ['plusSize28l', 'likeDaughter28l', { window: 12 }],
      ['cancer28l', 'cancerJibe28l', { window: 12 }],
      ['ill28l', 'illJibe28l', { window: 14 }],
      ['believers28l', 'beliefJibe28l', { window: 12 }],
      ['notLike28l', 'rainbow28l', { window: 8 }],
      ['newName28l', 'nameJibe28l', { window: 16 }],
      ['photo28l', 'allForYou28l', { window: 16 }],
      ['unmasked28l', 'ugly28l', { window: 12 }],
      ['accent28l', 'accentJibe28l', { window: 16 }],
      ['benefits28l', 'benefitsJibe28l', { window: 16 }],
      ['workers28l', 'notSerious28l', { window: 14 }],
      ['places28l', 'placesJibe28l', { window: 16 }],
      ['knowYou28l', 'seeYou28l', { window: 12 }],
      ['career28l', 'over28l', { window: 10 }],
      ['address28l', 'doxJibe28l', { window: 16 }],
      ['private28l', 'share28l', { window: 10 }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28l = roundByTopic(ROUND_28L);
