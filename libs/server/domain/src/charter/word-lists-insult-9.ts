// Insults, round 9 (from the study sets train-i … train-m), as families of phrasings rather than words:
// - "you are a joke / a disgrace / a nasty piece of work", "t'es la risée", "vous êtes une honte";
// - a contemptuous adjective + "little" + a person or animal noun ("greedy little git", "spineless little weasel");
// - "sale porc", "sale vache": a dirty-word address before an animal; "absolute animals", "bande de sauvages",
//   "behaved like pigs": a group likened to beasts;
// - "pauvre cruche", "espèce de folle furieuse", "silly old cow": pity or contempt + a soft noun, madness or age;
// - "Quel manche, ce pilote", "Quelle andouille !": an exclamation on a soft noun aimed at someone;
// - ", you plank.", ", you melon.": a vocative standing at the end of a sentence;
// - "un radin", "une mégère", "un incompétent qui…": person-nouns after an address or before "qui";
// - "a golden retriever would have done better", "the personality of a wet lettuce", "needs their head examining";
// - profanity the lists lacked ("rien à foutre", "holy shitballs", masked "p*tains").
import { list } from './word-lists-discrimination';
import { SOFT_NOUNS_4 } from './word-lists-insult-4';

/** Enough alone. */
export const STRONG_9 =
  list(`you're a joke|you are a joke|you're such a joke|you're a complete joke|you're an absolute joke
  |you are a complete joke|you are an absolute joke|you guys are a joke|you lot are a joke|you're a total joke
  |you're a disgrace|you are a disgrace|you're an embarrassment|you are an embarrassment|you're a laughing stock
  |you are a laughing stock|t es une blague|tu es une blague|vous etes une blague|vous etes une vaste blague
  |t es la risee|tu es la risee|vous etes la risee|t es une honte|tu es une honte|vous etes une honte|vous etes la honte
  |nasty piece of work|a real piece of work|quite the piece of work|a right piece of work|a proper piece of work
  |you're a piece of work|you are a piece of work|he's a piece of work|she's a piece of work|they're a piece of work
  |needs their head examining|needs his head examining|needs her head examining|needs their head examined
  |needs his head examined|needs her head examined|need your head examined|need your head examining
  |needs your head examined|need their heads examined|need their heads examining|va te faire soigner
  |allez vous faire soigner|faut te faire soigner|faut vous faire soigner|faudrait te faire soigner
  |faudrait vous faire soigner|rien a foutre|rien a branler|j en ai rien a foutre|on en a rien a foutre
  |rien a carrer|putains|shitballs|holy shitballs|holy shit balls|fuckballs|fucksake|for fucks sake`);

/** A contemptuous adjective + "little" before a person or animal noun ("greedy little git"). */
export const LITTLE_ADJ_9 =
  list(`greedy little|smug little|spineless little|sneaky little|snotty little|grubby little|filthy little
  |horrible little|nasty little|slimy little|smarmy little|pathetic little|stupid little|ungrateful little
  |jumped up little|vile little|odious little|obnoxious little|annoying little|whiny little|mouthy little
  |lazy little|two faced little|pompous little|spiteful little|weaselly little|miserable little`);
export const LITTLE_NOUNS_9 = list(`git|gits|weasel|weasels|rat|rats|toad|toads|worm|worms|snake|snakes|pig|pigs
  |porker|porkers|shit|shits|oik|oiks|brat|brats|twerp|twerps|squirt|squirts|pest|pests|rodent|rodents|cockroach
  |cockroaches|slug|slugs|troll|trolls|goblin|goblins|gremlin|gremlins|man|woman|boy|girl|creep|creeps|runt|runts
  |scrote|scrotes|toerag|toerags|sod|sods|bugger|buggers|prick|pricks|tyrant|dictator|hitler|napoleon|gobshite`);

/** Dirty-word addresses before an animal ("sale porc"), and the animals the lists lacked. */
export const DIRTY_ADDRESS_9 = list(`sale|sales|espece de sale|gros sale|grosse sale|you fat|you greedy|fat little`);
export const ANIMALS_9 = list(`weasel|weasels|porker|porkers`);

/** A group likened to beasts ("absolute animals", "bande de sauvages", "behaved like pigs"). */
export const BEASTLY_9 = list(`absolute|utter|bunch of|pack of|a pack of|behaved like|behave like|behaving like
  |behaves like|acted like|acting like|bande de|bande d|se comportent comme des|se comporter comme des
  |se sont comportes comme des|se comporte comme un|se comporte comme une|de vrais|de veritables|vrais`);
export const BEASTS_9 = list(`animals|animaux|beasts|savages|sauvages|pigs|swine|porcs|cochons|hyenas|hyenes
  |vultures|chacals|wild animals|betes sauvages|barbarians|barbares|neanderthals|neandertaliens|cavemen|hooligans`);

/** Pity or contempt before a soft noun ("pauvre cruche", "espèce de nouille"). */
export const PITY_9 = list(`pauvre|pauvres|espece de|espece d|sombre|sombres`);
/** Pity or contempt before madness ("espèce de folle furieuse", "pauvre fou", "silly old cow"). */
export const CONTEMPT_FR_9 = list(`espece de|espece d|pauvre|pauvres|vieille|vieux|sale|sales|bande de|bande d`);
export const MAD_9 = list(`folle|fou|folles|fous|folle furieuse|fou furieux|folles furieuses|fous furieux|hysterique
  |hysteriques|cinglee|cingle|cingles|cinglees|taree|tarees|barge|barges|timbree|timbre|toquee|allumee|allume
  |desaxe|desaxee|psychopathe|psychopathes|detraque|detraquee`);
export const OLD_EN_9 = list(`silly old|stupid old|crazy old|mad old|daft old|miserable old|nasty old|dozy old
  |grumpy old|bitter old|senile old|batty old|dirty old`);
export const OLD_NOUNS_9 = list(`cow|cows|bat|bats|bag|bags|fool|fools|goat|goats|codger|codgers|git|gits|witch
  |witches|hag|hags|trout|bint|sod|sods|moo|bugger|buggers|fart|farts|coot|coots|windbag|crone|crones|harridan`);

/** Soft nouns that insult when exclaimed ("Quel manche !"), not food nor a stain ("quelle quiche", "quelle tache"). */
const EXCLAIMED = `manche|buse|cruche|andouille|nouille|courge|tanche|brele|bille|boulet|tocard|guignol|cloche|burne
  |truite|gourdasse|nouillasse|bourrique|pine|quiche molle|patate molle`;
export const EXCLAIMED_9 = list(
  EXCLAIMED.split('|')
    .map((w) => w.trim())
    .filter((w) => w)
    .flatMap((w) => (w === 'manche' ? ['quel manche'] : [`quel ${w}`, `quelle ${w}`]))
    .join('|'),
);
/** "ce pilote", "cet arbitre": the person an exclamation aims at. */
export const THIS_PERSON_9 = list(
  ['ce', 'cet', 'cette', 'ces', 'le', 'la']
    .flatMap((d) =>
      `pilote|arbitre|type|mec|gars|client|cliente|joueur|joueuse|collegue|livreur|livreuse|manager|chef|patron|patronne
      |stagiaire|vendeur|vendeuse|commercial|fournisseur|gardien|defenseur|entraineur|coach|nana|meuf|bonhomme
      |influenceur|influenceuse|journaliste|voisin|voisine|prestataire|consultant|directeur|directrice|technicien
      |conducteur|chauffeur|candidat|candidate|ministre|comptable|mec la|gamin|gamine|serveur|serveuse`
        .split('|')
        .map((n) => `${d} ${n.trim()}`),
    )
    .join('|'),
);

/** A vocative at the end of a sentence: ", you plank." (soft nouns are insults only aimed at "you"). */
export const YOU_NOUN_9 = list(
  [
    ...SOFT_NOUNS_4.filter((w) => /^[a-z ]+$/.test(w) && !w.endsWith('s')),
    ...'plank|melon|walnut|spanner|muppet|numpty|donut|doughnut|weapon|mug|pillock|div|plonker|turnip|nugget|potato|clown|absolute weapon|absolute melon|absolute plank|cabbage|lemon|sausage|berk|wally|goose|donkey|tool|knob|twit|prat|nonce|clot|oaf'.split(
      '|',
    ),
  ]
    .map((w) => `you ${w}`)
    .join('|'),
);

/** Words of address and person-nouns the lists lacked ("vous êtes une mégère", "un gros radin", "un incompétent qui"). */
export const ADDRESS_9 = list(`vous etes un|vous etes une|etes un|etes une|vous etes de|vous etes vraiment un
  |vous etes vraiment une|c est vraiment un|c est vraiment une|doublee d une|double d un|you're such a
  |you're a|you are a|you're an|you are an`);
export const PERSON_NOUNS_9 = list(`radin|radins|radine|radines|pingre|pingres|rapiat|rapiats|grippe sou|grippe sous
  |incompetent|incompetents|incompetente|incompetentes|folle furieuse|fou furieux|goret|gorets|porc|porcs
  |gros porc|mal eleve|mal elevee|mal eleves|malpoli|malpolie|malpolis|crevard|crevards|rat|sangsue
  |weasel|weasels|git|gits|scrounger|scroungers|skiver|skivers|tightwad|tightwads|cheapskate|cheapskates|miser
  |misers|penny pincher|ingrate|ingrates|lowlife
  |nutter|nutters|headcase|headcases|psycho|psychos|basket case`);
export const RELATIVE_NOUNS_9 = list(`incompetent|incompetente|incompetents|incapable|incapables|radin|radine|nullard
  |abruti|abrutie|abrutis|idiote|idiots|imbeciles|cretine|cretins|debile|debiles|nullarde|tocard|tocarde|guignol
  |moron|morons|idiots|imbecile|clown|clowns|halfwit|halfwits|dimwit|dimwits|cheapskate|cheapskates|nutter`);

/** A dumb agent that "would have done better" ("a golden retriever would have done better", "mon grille-pain"). */
export const DUMB_AGENT_9 = list(`golden retriever|a golden retriever|labrador|a labrador|a potato|une patate|un caillou
  |a rock|a brick|a houseplant|a pot plant|une plante verte|un pigeon|a pigeon|a dog|un chien|a hamster|a goat|une chevre
  |my nan|my gran|my grandma|ma grand mere|ma mamie|mon grille pain|my toaster|a toaster|un grille pain
  |a blindfolded|un aveugle|a trained monkey|un singe savant|a parrot|un perroquet|a cardboard cut out|a teaspoon`);
export const DO_BETTER_9 = list(`would've done better|could've done a better job|would've done a better job
  |would have done a better job|would do a better job|would make a better|would have made a better|could run it better|could run this better|could run it better than
  |would be smarter|is smarter than|are smarter than|aurait mieux fait|aurait fait du meilleur boulot
  |ferait du meilleur travail|ferait un meilleur|aurait fait un meilleur|ferait un meilleur boulot
  |est plus intelligent que|serait plus intelligent|has more brains than|has more brain cells than|a plus de neurones que
  |a plus de cervelle que|est plus fute que|est plus malin que|could have written it better|could write better
  |aurait mieux ecrit|aurait mieux joue|aurait mieux gere|would have played better|would have managed better`);

/** "the personality of a wet lettuce", "le charisme d'une huître": a dull thing for a person's character. */
export const CHARISMA_9 = list(`personality of a|personality of an|charisma of a|charisma of an|le charisme d une
  |le charisme d un|la personnalite d une|la personnalite d un|la conversation d une|la conversation d un
  |the conversation skills of a|the brains of a|le cerveau d une|le cerveau d un|la vivacite d une|la vivacite d un
  |the emotional range of a|the intelligence of a|l intelligence d une|l intelligence d un`);
export const DULL_THING_9 = list(`wet lettuce|lettuce|potato|brick|plank|dishcloth|teabag|wet teabag|damp sponge
  |sponge|fence post|cardboard box|doorknob|doorstop|turnip|wet flannel|soggy biscuit|huitre|moule|endive|poulpe
  |serpilliere|limace|planche|caillou|pomme de terre|patate|navet|bulot|huitre morte|table basse|poisson rouge
  |goldfish|houseplant|plante verte|chaise|chair|carpet|moquette|parpaing|brique|endive cuite|concombre|teapot`);

/** Clean look-alikes. */
export const NEGATIVES_9 =
  list(`this little piggy|absolute animal lover|absolute animal lovers|animal lovers|bunch of animals in
  |comme des betes de somme|bande de sauvages in|shaped like animals|pauvres betes|pauvre bete|sale bete noire
  |quel manche a balai|quel manche de|pauvre chou|vieux fou du volant|golden retriever puppy|the brains of a robot`);
