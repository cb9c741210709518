// Twenty-sixth round, reading b (`withRound26b` adds it to every topic's rules), from `holdout-42`'s misses, by family:
// Insults: "t'es une brêle" (a soft noun after a strict address); "a total cluster-f of a…".
// Politics: autocrats by name ("Aliyev nous reçoit comme des rois"), "despite the regime" beside "business is
// business"; petro-states; a capital "remise à sa place"; "Bercy et ses génies", "merci qui ? merci Bercy"; "which
// explains a lot about his policies" of the PM; hashtags that take a side (#VoteBlue); "drill, baby, drill" with
// its commas.
// Religion: holy water or Lourdes that healed; "doctors can't explain it, but faith can".
// Discrimination: weight gained beside "ne passent plus les portes"; "bras de camionneuse", an XXL beside "le rayon
// tentes"; "vrais Français" beside "on a recruté" (the hiring words of round 25b), "les chances pour la France, c'est
// ailleurs"; two mums beside "a child needs a father"; "your senile gran", "so easy even your nan could"; "pronouns"
// beside "when you stop being confused".
// Health and legal: asthmatics who "breathe easier".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const SOFT_NOUNS = list(`brêle|brêles`);
const INSULTS = list(`total cluster f|complete cluster f|proper cluster f|absolute cluster f|utter cluster f
  |right cluster f|a cluster f|cluster f of|total clusterf|complete clusterf|proper clusterf|absolute clusterf
  |a clusterf|clusterf of|clusterfk|cluster fk|clusterfeck|cluster feck|clusterfuk|cluster fuk`);

const AUTOCRATS = list(`aliyev|ilham aliyev|aliev|ilham aliev|lukashenko|loukachenko|kadyrov|ramzan kadyrov
  |ben salmane|bin salman|mohammed ben salmane|mohammed bin salman|nicolas maduro|bachar al assad|bashar al assad
  |bachar el assad|khamenei|ali khamenei|tebboune|kagame|paul kagame|bukele|nayib bukele|tokayev|tokaïev|al sissi
  |el sissi|mnangagwa|museveni|daniel ortega|min aung hlaing|tamim al thani|petrostates|petrostate|petro states
  |petro state|pétro états|pétro état|pétromonarchies|pétromonarchie|pétro monarchies|pétro monarchie
  |pétrodictatures|petro dictatorships|sportswashing|sportwashing|voteblue|votered|votelabour|votetory
  |voteconservative|votelibdem|votelibdems|votegreen|votereform|votesnp`);
const REGIME = list(`malgré le régime|despite the regime|régime ou pas|regime or not|dictature ou pas
  |dictatorship or not|malgré la dictature|despite the dictatorship|malgré les droits de l homme
  |despite human rights`);
const BUSINESS = list(`business is business|les affaires sont les affaires|l argent n a pas d odeur|money talks
  |money is money|nous reçoit comme des rois|treats us like kings|treated us like kings|rolls out the red carpet
  |déroule le tapis rouge`);
const CAPITALS = list(`riyad|riyadh|moscou|moscow|pékin|beijing|téhéran|tehran|bakou|baku|ankara|caracas|minsk
  |pyongyang|doha|djeddah|jeddah|washington|bruxelles|brussels`);
const PUT_IN_PLACE = list(`remettre à sa place|remis à sa place|remise à sa place|se fasse remettre à sa place
  |put in its place|put in their place|put back in its place|remettre à leur place`);
const SEAT = list(`bercy|matignon|l élysée|bruxelles|brussels|whitehall|westminster|the treasury|le gouvernement
  |the government|le ministère|downing street|no 10|number 10|le fisc`);
const GENIUSES = list(`et ses génies|et ses petits génies|et ses technocrates|et ses énarques|et ses grands esprits
  |et ses cerveaux|et leurs génies|and its geniuses|and their geniuses|and its bright sparks|and their bright sparks`);
const THANKS_WHO = list(`merci qui|on dit merci qui|thanks to whom|who do we thank`);
const THANKS_SEAT = list(`merci bercy|merci matignon|merci l élysée|merci bruxelles|merci le fisc|merci les députés
  |thanks treasury|cheers treasury|thanks whitehall|cheers whitehall|thanks westminster|cheers westminster`);
const EXPLAINS = list(`explains a lot|explains a lot about|explains everything about|says a lot about
  |tells you everything about|tells you all you need to know about|en dit long sur|explique bien des choses
  |explique beaucoup de choses|ça explique tout`);
const PM = list(`the prime minister|the chancellor|his policies|her policies|their policies|le premier ministre
  |la première ministre|sa politique économique|ses choix politiques`);
const DRILL = list(`drill|fore`);
const BABY = list(`baby|bébé`);

const HOLY = list(`holy water|eau bénite|l eau bénite|water from lourdes|eau de lourdes|l eau de lourdes
  |from lourdes|in lourdes|at lourdes|to lourdes|à lourdes|la source de lourdes|la grotte de lourdes|holy well
  |blessed water|eau miraculeuse|source miraculeuse`);
const HEALED = list(`healed|cured|guéri|guérie|guéris|guéries|a guéri|m a guéri|l a guéri|sorted my|fixed my
  |réparé mon|réparé ma|healed my|cured my|miraculously|miraculeusement`);
const FAITH_ALONE = list(`faith heals|la foi guérit|la foi soigne
  |prayer heals|la prière guérit|healed by prayer|cured by prayer|healed by faith|cured by faith|guéri par la prière
  |guérie par la prière|guéri par la foi|guérie par la foi`);
const UNEXPLAINED = list(`doctors cannot explain|doctors couldn explain|doctors could not explain
  |doctors were baffled|doctors are baffled|les médecins ne l expliquent pas|les médecins n expliquent pas
  |les médecins n en reviennent pas|la médecine ne l explique pas|science cannot explain|la science ne l explique pas`);
const FAITH = list(`faith|la foi|prayer|prayers|la prière|les prières|god|dieu|the lord|le seigneur|a miracle
  |un miracle|la vierge|the virgin`);

const WEIGHT_GAINED = list(`pris {n} kg|pris {n} kilos|pris {n} kilo|pris du poids|pris quelques kilos|ont grossi
  |put on {n} kg|put on {n} kilos|put on {n} pounds|put on {n} stone|gained {n} kg|gained {n} kilos
  |gained {n} pounds|put on weight|gained weight|piled on the pounds`);
const NO_DOOR = list(`ne passent plus les portes|ne passe plus les portes|ne passent plus la porte
  |ne passe plus la porte|ne passez plus la porte|ne passez plus les portes|passent plus les portes
  |cannot fit through the door|can no longer fit through the door|cannot fit through doors|can fit through the door
  |get stuck in the door|stuck in the doorway|coincées dans la porte|coincés dans la porte`);
const DISC_ALONE = list(`bras de camionneuse|carrure de camionneuse|épaules de camionneuse|dégaine de camionneuse
  |allure de camionneuse|voix de camionneuse|mains de camionneuse|gabarit de camionneuse|cuisses de camionneuse
  |your senile|senile gran|senile grans|senile nan|senile nana|senile grandma|senile grandad|senile granddad
  |senile grandmother|senile grandfather|senile mum|senile dad|senile parents|senile relatives|mamie sénile
  |grand mère sénile|grand père sénile|papy sénile|papi sénile|mamie gâteuse|papy gâteux|papi gâteux
  |retraité gâteux|retraités gâteux|vieux gâteux|petits vieux gâteux|grand mère gâteuse`);
const SIZE_ASKED = list(`du xxl|en xxl|taille xxl|size xxl|du xxxl|en xxxl
  |du 5xl|du 4xl|du 3xl|a 5xl|a 4xl|a 3xl|la 5xl|la 4xl|grande taille|plus size|a size {n}`);
const TENT = list(`rayon tentes|rayon tente|rayon des tentes|rayon camping|the tent aisle|tent section|tents section
  |camping aisle|camping section|une toile de tente`);
const HIRED = list(`recruté|recrutés|recrutée|recrutées|recrute|recrutons|embauché|embauchés|embauchée|embauchées
  |embauche|embauchons|hired|recruited|hiring|recruit`);
const CHANCES = list(`chances pour la france|chance pour la france|chances pour l europe|chance pour l europe`);
const ELSEWHERE = list(`c est ailleurs|on n en veut pas|on en veut pas|pas chez nous|très peu pour nous
  |on a déjà donné|on s en passe|sans façon|non merci|merci bien`);
const SAME_SEX = list(`deux mamans|deux papas|deux mères|deux pères|two mums|two moms|two dads|two mothers
  |two fathers|couple de femmes|couple d hommes|couples homos|same sex couples|same sex parents|gay parents
  |familles homoparentales|famille homoparentale|lesbian couple|gay couple|couple lesbien|couple gay`);
const NEEDS_PARENT = list(`a besoin d un père|a besoin d un papa|a besoin d une mère|a besoin d une maman
  |besoin d un père|besoin d un papa|besoin d une maman|needs a father|needs a dad|needs a mother|needs a mum
  |needs a mom|deserves a father|deserves a dad|deserves a mum|deserves a mother|mérite un père|mérite un papa
  |mérite une maman|mérite une mère`);
const EASY = list(`so easy|so simple|si facile|si simple|tellement facile|tellement simple|si facilement
  |tellement facilement|so easily|easy enough|assez simple|assez facile`);
/** "Even your gran could manage it": a pensioner who could manage, after "so easy" (not "même mamie en redemande"). */
const EVEN_GRAN = combos(
  list(`even your gran|even your nan|even your nana|even your grandma|even your granny|even your grandad
  |even your grandpa|even a granny|even a grandma|even a pensioner|even grandma|even granny|even gran|even nan
  |even my nan|even my gran|even my grandma`),
  list(`could|can|manages|managed|will manage|would manage|gets it|would get it|could figure|can figure`),
).concat(
  combos(
    list(`même mamie|même ta mamie|même une mamie|même papy|même papi|même ta grand mère|même un papy|même un papi
    |même un retraité|même les retraités|même ton papy|même ton papi|même votre mamie|même votre grand mère
    |même ma mamie|même ma grand mère`),
    list(`y arrive|y arriverait|y arrivera|y arrivent|pourrait|pourrait comprendre|comprendrait|saurait|s en sort
    |s en sortirait|pige`),
  ),
);
const PRONOUNS = list(`pronouns|pronoms|preferred pronouns|pronoms préférés`);
const CONFUSED = list(`stop being confused|when you stop being confused|once you stop being confused
  |quand tu arrêteras d être confus|quand vous arrêterez d être confus|quand tu seras moins confus
  |you re just confused|you are just confused|t es juste confus|tu es juste confus|delusional|imaginary|imaginaires
  |mental illness|maladie mentale`);

const HEALTH_ALONE = list(`helps asthmatics|aide les asthmatiques|soulage les asthmatiques|good for asthmatics
  |bon pour les asthmatiques`);
const ASTHMA = list(`asthmatiques|asthmatique|asthmatics|asthmatic|asthma sufferers|asthma|asthme`);
const BREATHE = list(`respirent mieux|respire mieux|respirer mieux|respirent enfin|respire enfin|breathe easier
  |breathe better|breathe more easily|breathe freely|respirer librement|respirent librement`);

const ROUND_26B: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { soft4: { fr: exact(SOFT_NOUNS) }, alone26b: { fr: exact(INSULTS) } },
    alone: ['alone26b'],
  },
  politics: {
    groups: {
      alone26b: { fr: exact(AUTOCRATS) },
      regime26b: { fr: exact(REGIME) },
      business26b: { fr: exact(BUSINESS) },
      capital26b: { fr: exact(CAPITALS) },
      putInPlace26b: { fr: exact(PUT_IN_PLACE) },
      seat26b: { fr: exact(SEAT) },
      geniuses26b: { fr: exact(GENIUSES) },
      thanksWho26b: { fr: exact(THANKS_WHO) },
      thanksSeat26b: { fr: exact(THANKS_SEAT) },
      explains26b: { fr: exact(EXPLAINS) },
      pm26b: { fr: exact(PM) },
      drill26b: { fr: exact(DRILL) },
      baby26b: { fr: exact(BABY) },
    },
    alone: ['alone26b'],
    pairs: [
      ['regime26b', 'business26b', { window: 14 }],
      ['capital26b', 'putInPlace26b', { window: 5 }],
      ['seat26b', 'geniuses26b', { window: 1, ordered: true }],
      ['thanksWho26b', 'thanksSeat26b', { window: 3, ordered: true }],
      ['pm26b', 'explains26b', { window: 14 }],
      ['drill26b', 'baby26b', { window: 1, ordered: true }],
    ],
  },
  religion: {
    groups: {
      alone26b: { fr: exact(FAITH_ALONE) },
      holy26b: { fr: exact(HOLY) },
      healed26b: { fr: exact(HEALED) },
      unexplained26b: { fr: exact(UNEXPLAINED) },
      faith26b: { fr: exact(FAITH) },
    },
    alone: ['alone26b'],
    pairs: [
      ['holy26b', 'healed26b', { window: 10 }],
      ['unexplained26b', 'faith26b', { window: 10 }],
    ],
  },
  discrimination: {
    groups: {
      alone26b: { fr: exact(DISC_ALONE) },
      weightGained26b: { fr: exact(WEIGHT_GAINED) },
      noDoor26b: { fr: exact(NO_DOOR) },
      sizeAsked26b: { fr: exact(SIZE_ASKED) },
      tent26b: { fr: exact(TENT) },
      hireAgain25b: { fr: exact(HIRED) },
      chances26b: { fr: exact(CHANCES) },
      elsewhere26b: { fr: exact(ELSEWHERE) },
      sameSex26b: { fr: exact(SAME_SEX) },
      needsParent26b: { fr: exact(NEEDS_PARENT) },
      easy26b: { fr: exact(EASY) },
      evenGran26b: { fr: exact(EVEN_GRAN) },
      pronouns26b: { fr: exact(PRONOUNS) },
      confused26b: { fr: exact(CONFUSED) },
    },
    alone: ['alone26b'],
    pairs: [
      ['weightGained26b', 'noDoor26b', { window: 14 }],
      ['sizeAsked26b', 'tent26b', { window: 16, ordered: true }],
      ['chances26b', 'elsewhere26b', { window: 6, ordered: true }],
      ['sameSex26b', 'needsParent26b', { window: 20 }],
      ['easy26b', 'evenGran26b', { window: 10, ordered: true }],
      ['pronouns26b', 'confused26b', { window: 12 }],
    ],
  },
  health_legal: {
    groups: {
      alone26b: { fr: exact(HEALTH_ALONE) },
      asthma26b: { fr: exact(ASTHMA) },
      breathe26b: { fr: exact(BREATHE) },
    },
    alone: ['alone26b'],
    pairs: [['asthma26b', 'breathe26b', { window: 8 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26b = roundByTopic(ROUND_26B);
