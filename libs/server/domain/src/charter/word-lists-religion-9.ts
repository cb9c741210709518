// Religion, ninth round: families laid over RELIGION_RULES by `withReligion9` (lexicon.ts), after the eighth round's,
// and feast greetings by `withGreetings9`. Each family is a class of words met with a second class:
// - a scripture story mocked as something one still believes ("still believing a man lived inside a whale", "croire
//   encore qu'un type a marché sur l'eau");
// - a sacrament tied to the soul or salvation ("le baptême, cadeau pour leur âme", "only baptised babies go to heaven");
// - Providence, a holy object or a blessing said to guide or protect ("la Providence guide nos forages", "holy water
//   on the cot and no harm will come");
// - religious dress worn by a person + being kept out or sent away ("mamans voilées … ne pourront pas accompagner");
// - the conspiracy trope with a family name or a "you know who" for the group ("the Rothschilds own everything");
// - named paths and scripture (Sikhi, Waheguru, the Eightfold Path, a famous verse quoted as a slogan);
// - greetings to "those who celebrate" a feast ("à celles et ceux qui fêtent Roch Hachana").
import type { CategoryRules, Pair, Terms } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Strong alone: paths, names of God and verses that are religion whatever is said of them. */
const STRONG = list(`waheguru|sikhi|sikhism|sikhisme|guru nanak|guru granth sahib|noble eightfold path|eightfold path
  |octuple sentier|noble octuple sentier|the four noble truths|quatre nobles verites|the true path|le vrai chemin vers dieu
  |the one true faith|la seule vraie foi|la seule vraie religion|the only true religion|the true faith
  |laissez venir a moi les petits enfants|let the little children come to me|suffer the little children
  |le seigneur est mon berger|the lord is my shepherd|he is risen|il est ressuscite|christ est ressuscite
  |heureux les pauvres de coeur|blessed are the meek|blessed are the poor in spirit|aime ton prochain comme toi meme
  |love thy neighbour as thyself|love your neighbour as yourself|for god so loved the world|car dieu a tant aime le monde
  |les rothschild|the rothschilds|rothschilds|globalist bankers|banquiers globalistes|banquiers apatrides
  |funny surnames|noms de famille bizarres|habillez leur ame|dress their souls|
  |medaille miraculeuse|miraculous medal`);

/** A scripture story mocked as a belief ("still believing a man lived three days inside a whale"). */
const BELIEVE =
  list(`crois|crois vraiment|croyez vraiment|really believe|believe|believes|believing|still believe|still believing|still believes|believed|buy that
  |swallow that|croire|croit|croient|croyez|croire encore|croit encore|croient encore|gober|gobent|gobe|avaler`);
const STORY =
  list(`la mer s est ouverte|la mer ouverte en deux|the sea parted|split the sea|inside a whale|in a whale|dans une baleine|dans le ventre d une baleine|
  |talking snake|a talking snake
  |serpent qui parle|un serpent qui parle|virgin birth|naissance virginale|parted the sea|parting the sea
  |ouvert la mer|a ouvert la mer|ouvrir la mer|rose from the dead|came back from the dead|ressuscite des morts
  |revenu d entre les morts|water into wine|l eau en vin|eau en vin|a man in the sky|a guy in the sky|man in the sky
  |guy in the sky|un homme dans le ciel|un type dans le ciel|un mec dans le ciel|noah ark|l arche de noe
  |arche de noe|une cote d adam|adam and eve|adam et eve|burning bush|buisson ardent`);

/** A sacrament tied to the soul, heaven or salvation. */
const SACRAMENT =
  list(`unbaptised|unbaptized|non baptises|non baptise|pas baptises|bapteme|le bapteme|baptism|baptised|baptized|baptise|baptize|baptiser|baptisez|baptises
  |baptisee|baptisees|premiere communion|first communion|la confession`);
const SOUL =
  list(`to heaven|in heaven|goes to heaven|his soul|her soul|en enfer|to hell|in hell|leur ame|son ame|votre ame|their soul|their souls|go to heaven|au paradis
  |l enfer|salvation|le salut|limbo|les limbes|sinners|pecheurs
  |peche originel|original sin`);

/** Providence or a holy object said to guide or protect. */
const PROVIDER = list(`la providence|providence|divine providence|la divine providence|holy water|eau benite
  |l eau benite|un chapelet|a rosary|rosary|une medaille de saint|an icon of`);
const PROTECTS =
  list(`guider|guidera|guidait|guided|guides us|guide us|guide|guident|guides|guiding|veille sur|veillent sur|watches over|watch over|protege|protegent
  |protects|protect|no harm will come|nothing bad will happen|rien ne lui arrivera|rien ne leur arrivera|aucun mal
  |keeps evil away|eloigne le mal|keeps them safe|keeps baby safe|garde du mal|bless|benit|benisse`);

/** Religious dress on a person, and being kept out or sent away. */
const DRESS = list(`mamans voilees|meres voilees|maman voilee|mere voilee|accompagnatrices voilees|girls in hijabs
  |women in hijabs|mums in hijabs|moms in hijabs|ton voile|avec ton voile|ta burqa|ton hijab|your veil|your hijab
  |ta kippa|your turban|ton turban|dressed like a ninja|habillee en ninja|le voile islamique|voile islamique`);
const KEPT_OUT =
  list(`ne pourront pas|ne peuvent pas|ne pourra pas|pas autorisees|interdites|interdite|pas dans nos pubs
  |pas dans nos publicites|tres peu pour moi|famille francaise|retourne|retournez|rentre chez toi|rentrez chez vous
  |go back|take the veil off|take it off|enleve|enlevez|log off|won fit|will not fit|don fit|brand image
  |notre image de marque|nobody wants|personne ne veut|not welcome|pas les bienvenues|pas bienvenue`);

/** The trope's group named by a riddle or a hint ("you know exactly who I mean", "on sait très bien ce qu'ils…"). */
const HINT = list(`you know exactly who|you know who i mean|know exactly who i mean|we all know who|funny how the
  |vous savez tres bien qui|vous voyez de qui je parle|on sait tres bien qui|on sait tres bien ce qu ils
  |on sait ce qu ils preparent|ce qu ils preparent|what they planning|what they up to|always end up owning
  |finissent toujours par tout posseder|pulling the strings|tirent les ficelles|tire les ficelles|own everything
  |owning everything|possedent tout|controlent tout|control everything`);
const HINTED = list(`barbus|les barbus|bearded men|bankers|banquiers|globalists|globalistes|funny surnames|rothschilds
  |the rothschilds|les rothschild|soros|george soros`);

/** "à celles et ceux qui fêtent Roch Hachana", "to everyone celebrating Diwali": a greeting to the feast's faithful. */
const CELEBRATE = list(`qui fetent|qui celebrent|qui celebre|qui fete|ceux qui fetent|celles et ceux qui fetent
  |who celebrate|who are celebrating|everyone celebrating|all those celebrating|those celebrating`);

const GROUPS: Record<string, Terms> = {
  strong: { fr: exact(STRONG) },
  believe9: { fr: exact(BELIEVE) },
  story9: { fr: exact(STORY) },
  sacrament9: { fr: exact(SACRAMENT) },
  soul9: { fr: exact(SOUL) },
  provider9: { fr: exact(PROVIDER) },
  protects9: { fr: exact(PROTECTS) },
  dress9: { fr: exact(DRESS) },
  keptOut9: { fr: exact(KEPT_OUT) },
  hint9: { fr: exact(HINT) },
  hinted9: { fr: exact(HINTED) },
};

const PAIRS: readonly Pair[] = [
  ['believe9', 'story9', { window: 8, ordered: true }],
  ['sacrament9', 'soul9', { window: 8 }],
  ['provider9', 'protects9', { window: 12 }],
  ['dress9', 'keptOut9', { window: 12 }],
  ['hint9', 'hinted9', { window: 12 }],
];

/** The religion rules with this round's families. */
export function withReligion9(base: CategoryRules): CategoryRules {
  return extendRules(base, { groups: GROUPS, pairs: PAIRS });
}

/** The greeting rules with greetings to those who celebrate a feast. */
export function withGreetings9(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: { celebrate9: { fr: exact(CELEBRATE) } },
    pairs: [['celebrate9', 'feast', { window: 3, ordered: true, clause: true }]],
  });
}
