// Twenty-fourth round, second reading (insults; `withRound24b` adds them to the insult rules), from `train-bd` (English
// insults), `train-bh` (French insults), `train-ba` (comparisons, slang, mock politeness) and `holdout-32`, by family:
// - regional and rhyming slang for a person ("jagoff", "dingus", "cockwomble", "scrote", "twerp", "gobdaw", "tarba",
//   "golmon", "espèce de cave") alone, the ambiguous ones ("merchant banker", "Hampton", "dropkick", "kéké", "zozo")
//   after an address, those that are also food or things ("plum", "git", "roaster") after "you"/"ya" only, and a
//   thing said of a person beside them ("quelle gourde, ce livreur", "une passoire, ce gardien");
// - masked and abbreviated swearing: "jfc", "wtaf", "feck", "put1", "dogsh!t", "holy 💩", "quel enc…", words spelled
//   out letter by letter ("f u c k i n g", "c l o w n s");
// - mock politeness: "bless your heart" or "ma petite dame" + a put-down ("isn't your strong suit", "confidently
//   wrong", "c'est pas compliqué pourtant"), "with all due respect (and there isn't much)", "couldn't find your own
//   kitchen with a map", "reading is hard, isn't it?", "I'd explain it to you but… crayons", sarcastic praise + a
//   mock name ("Stellar detective work, Einstein", "Nice try, genius", "cheers for nothing, champ", "thanks for your
//   input, Captain Obvious"), "nobody asked, Karen", ironic "une lumière, ce garçon";
// - stupidity idioms ("lights on, nobody home", "a few stubbies short of a six-pack", "dropped on your head as a
//   baby", "mush for brains", "pas inventé l'eau chaude", "une araignée au plafond", "bête comme un âne", "tu sers à
//   rien", "smooth brain");
// - a group called incompetent ("composé d'incapables doublés de mufles", "une équipe de tricheurs", "you useless
//   shower"), a person as an animal ("you filthy animals", "raised by wolves", "toutes des dindes", "silly cow");
// - an insult noun before a role ("our clown of a Prime Minister", "cette andouille de livreur"), a road user
//   insulted ("ce blaireau en trottinette", a badger with 😡).
// Clean: a Jack Russell bitch for adoption, a spangled drongo, Dildo (Newfoundland), a pit crew of "absolute animals",
// a Christmas turkey, badgers in the woods, a water bottle, a point-of-sale terminal, "thank you git users".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

/** Enough alone: slang and masked words that only insult or swear. */
const INSULTS = list(`jagoff|jagoffs|jag off|dingus|dinguses|cockwomble|cockwombles|dipshit|dipshits
  |shitgibbon|shitgibbons|fuckwits|numbnut|knobend|knobends|bawbag|bawbags|jfc|wtaf|wtaf is|put1|ptain|ptaing
  |putaing|dogshit|dogsh!t|dogsh t|horseshit|horsesh!t|chickenshit|tarba|tarbas|golmon|golmons|quel enc|quelle enc
  |espèce d enc|sale enc|bande d enc|quelle enflure|espèce d enflure|sale enflure|bande d enflures|ces enflures
  |you useless shower|useless shower|shower of shite|shower of bastards|toutes des dindes|tous des dindons
  |bande de dindes|espèce de dinde|pauvre dinde|vieille dinde|bande de pintades|vieille pintade|the silly cow
  |you silly cow|that silly cow|silly old cow|daft cow|you daft cow|silly moo|daft moo|you silly moo|you filthy animals
  |you filthy animal|you dirty animals|you filthy pigs|bande d animaux|espèces d animaux|raised by wolves
  |élevés par des loups|élevé par des loups|élevés dans une grange|raised in a barn|short of a six pack
  |stubbies short|few cans short|short of a full deck|few bricks short|a screw loose|few screws loose
  |not the brightest bulb|not the brightest crayon|not the sharpest knife|pas inventé l eau chaude
  |pas inventé la poudre|pas inventé le fil à couper le beurre|pas la lumière à tous les étages|pas une flèche
  |pas un aigle|you poor dim thing|poor dim thing|confidently wrong all day|prize plum|prize prat|prize pillock
  |prize idiot|prize wally|prize berk|prize muppet|prize numpty|gombeen|gombeens|dweeb|dweebs|scrote|scrotes|munter
  |munters|jackwagon|jackwagons|douchecanoe|douchecanoes|shitstain|shitstains|butthead|buttheads|lamebrain|lamebrains
  |twonk|twonks|twerp|twerps|dunderhead|dunderheads|putz|schmuck|schmucks|jabroni|jabronis|dillweed|dillweeds
  |knucklehead|knuckleheads|numbskull|numbskulls|bonehead|boneheads|meathead|meatheads|dolt|dolts|baraki|barakis
  |gnochon|gnochons|bolos|feck off|feck|fecking|pttn|what the actual f|what the actual fuck|horseshite|bullshite
  |dogshite|not playing with a full deck|doesn't go all the way to the top|don't go all the way to the top
  |doesn't go to the top floor|wheel is spinning but|the hamster's dead|hamster died|sharp as a marble
  |sharp as a bowling ball|bright as a black hole|couldn't pour water out of a boot|smooth brain|smooth brained
  |smoothbrain|were you dropped on your head|was he dropped on his head|was she dropped on her head
  |dropped on your head as a|dropped on his head as a|dropped on her head as a|t a fait tomber quand
  |l a fait tomber quand|tombé sur la tête quand t étais|tombée sur la tête quand t étais
  |tombé sur la tête à la naissance
  |araignée au plafond|bouché à l émeri|bouchée à l émeri|pas le couteau le plus affûté|pas la bougie la plus brillante
  |pas l ampoule la plus brillante|pas la lame la plus affûtée|pas le crayon le plus taillé|bête comme un âne
  |bête comme une oie|con comme un manche|con comme une huître|con comme la lune|con comme un panier
  |bête à bouffer du foin|cry harder|did someone get their feelings hurt|pleure plus fort|use your brain for once
  |use your brain for a change|sers toi de ta tête pour une fois|sers toi de ton cerveau pour une fois
  |utilise ton cerveau pour une fois|retourne jouer aux billes|retournez jouer aux billes|how do you even tie your shoes
  |how does he even tie his shoes|how does she even tie her shoes|comment tu fais pour lacer tes chaussures le matin
  |comment il fait pour lacer ses chaussures le matin|reading comprehension isn't your|reading comprehension is not your
  |la lecture c est pas ton fort|la lecture n est pas ton fort|boil your head|boil yer head|bile yer heid
  |boil yer heid|sod this|sod that|sod it|for a game of soldiers|arsehat|arsehats|clampin|clampins|encul3|encul3s
  |f4ck|f4cking|f4ckin|ftg|nsm|osef|balek|raf de ta|raf de tes|raf de vos|j en ai raf|rien à branler|birdbrain
  |birdbrains|bird brain|bird brained|birdbrained|grow a pair|face like a smacked|nul comme un pied|nulle comme un pied
  |tu sers à rien|tu ne sers à rien|vous servez à rien|vous ne servez à rien|t es bon à rien|t es bonne à rien
  |bon à rien|bonne à rien|bons à rien|bonnes à rien|jou poes|jou ma se|an absolute fanny|a right fanny|dafty
  |dafties|gobdaw|gobdaws|espèce de cave|gros cave|maudit cave|t es cave|t es ben cave|maudit épais|gros épais
  |espèce d épais|t es ben épais|ce radin de|cette radine de|ces radins de|sale radin|gros radin|espèce de radin
  |déchire sa mère|déchire ta mère|tue sa mère|de ouf sa mère|hostie que|hostie qu|ostie que|ostie qu|estie que
  |esti que|câlisse que|tabarnak que|calvaire que`);

/** Swear words and insults spelled out letter by letter ("f u c k i n g", "c l o w n s"). */
const SPELLED = list(`fuck|fucking|fucked|fucker|fuckers|shit|shitty|bullshit|bitch|bitches|bastard|bastards|wanker
  |wankers|twat|twats|prick|pricks|cunt|dickhead|asshole|arsehole|idiot|idiots|moron|morons|clown|clowns|loser|losers
  |putain|merde|connard|connards|connasse|salope|salopes|enculé|enculés|batard|batards|bouffon|bouffons|abruti|abrutis
  |crétin|crétins|débile|débiles`).map((w) => w.split('').join(' '));

/** "A few fries short of a Happy Meal", "one can short of a six-pack". */
const SHORT_OF = combos(
  list(`short of a|shy of a|short of the`),
  list(`happy meal|six pack|picnic|loaf|full deck|full packet|full shilling|full quid|full toolbox|full set of brains
  |box of crayons|full box of crayons|brain cell`),
);

/** Words that insult only after an address ("a proper Hampton", "ya dropkick", "a total merchant banker"). */
const ADDRESS = list(`you|ya|ye|you re a|you are a|ye re a|yer a|ur a|u r a|you absolute|you utter|you total
  |you massive|you great|prize|proper|a proper|a right|total|a total|absolute|an absolute|utter|an utter|complete
  |such a|what a|what an|a real|a right|quel|quelle|quels|quelles|espèce de|espèce d|sale|sales|pauvre|bande de
  |bande d|t es qu un
  |t es un|t es une|vous êtes des|un gros|ce gros|sacré`);
const SLANG = list(`merchant banker|merchant bankers|berk|berks|dropkick|dropkicks|pleb|plebs|jessie|bell end
  |knob end|drongo|drongos|dingbat|nimrod|nimrods|dunce|dunces|bozo|bozos|klutz|sook|sooks|kéké|kékés|branque
  |branques|charo|charos|chacal|chacals|doos|mooch|mooches|zozo|zozos|nono|nonos|bobet|bobets
  |div|divs`);
/** Also food or things ("a plum crumble", "a coffee roaster"): only after "you", "ya", "you're a" or "prize". */
const YOU = list(`you|ya|ye|you re a|you are a|ye re a|ye're a|yere a|yer a|ur a|u r a|you absolute|you utter
  |you total|you massive|you great|prize|you big|ya big`);
const SLANG_THINGS = list(`plum|plums|roaster|roasters|dill|dills|melt|melts|wet wipe|spud|turnip|git
  |gits|clot|clots|knob|chump|chumps|wally|wallies|airhead|airheads|pinhead|pinheads|goober|goobers|fanny|dag|dags|fud
  |fuds`);
const CAPITAL_SLANG = ['^Hampton', '^Hamptons'];

/** "Bless your heart" (or a condescending endearment) + a put-down. */
const BLESS = list(`bless your heart|bless your little heart|bless his heart|bless her heart|oh honey|oh sweetie
  |aww sweetie|oh sweetheart|mon pauvre chou|ma pauvre chérie|mon pauvre chéri|ma pauvre fille|mon pauvre garçon
  |ma petite dame|mon petit monsieur|ma p tite dame|little lady|my dear lady`);
const PUT_DOWN = list(`not your strong suit|isn't your strong suit|is not your strong suit|confidently wrong
  |couldn't find your own|with a map and|must be exhausting being|poor dim thing|c est pas ton fort|n est pas ton fort
  |n est pas votre fort|c est pas votre fort|pas ton point fort|pas votre point fort|t as pas inventé
  |c est pas compliqué pourtant|pas compliqué pourtant|c est pas sorcier pourtant|it's not rocket science
  |it isn't rocket science|not exactly rocket science
  |vous n avez pas inventé`);
const COULDNT_FIND = list(`couldn't find your own|couldn't find his own|couldn't find her own|couldn't find their own
  |could not find your own|couldn't find your way|wouldn't find your own|ne trouverait pas son|ne trouverait pas sa
  |trouverait pas son|trouverait pas sa|serait incapable de trouver`);
const WITH_MAP = list(`with a map|with both hands|with a torch|with a flashlight|with a gps|with a satnav|avec un plan
  |avec une carte|avec un gps|avec une lampe|avec les deux mains`);
const RESPECT = list(`with all due respect|with the greatest respect|with respect|sauf votre respect
  |avec tout le respect que je vous dois|avec tout mon respect|avec tout le respect`);
const RETRACT = list(`and there isn't much|and there's not much|and there is not much|and there isn't any
  |which isn't much|et il n y en a pas beaucoup|et il n y en a pas|et y en a pas beaucoup|et y en a pas
  |you haven't got a clue|you have no idea what you're talking about|you've no idea what you're on about
  |vous n avez aucune idée de ce que|tu n as aucune idée de ce que|t as aucune idée de ce que`);

/** "Reading is hard, isn't it?", "I'd explain it to you, but I'm out of crayons." */
const READING_HARD = list(`reading is hard|reading is difficult|lire c est compliqué|lire c est dur|lire c est difficile
  |maths is hard|math is hard|counting is hard|compter c est dur|compter c est compliqué`);
const ISNT_IT = list(`isn't it|is it|huh|eh|hein|pas vrai|n est ce pas`);
const EXPLAIN =
  list(`i'd explain it to you|i would explain it to you|je te l expliquerais bien|je vous l expliquerais bien
  |je te ferais bien un dessin|i'd draw you a picture`);
const CRAYONS = list(`crayons|crayon|crayons de couleur|a drawing|a picture book|puppets|marionnettes|feutres`);

/** Sarcastic praise + a mock name ("Stellar detective work, Einstein", "nice try, genius"). */
const SARCASM = list(`thanks for your input|thanks for the input|thanks for sharing|merci pour ta contribution
  |merci pour votre contribution|merci pour ton avis|nice try|nice one|well done|great work|good work|nice work
  |stellar work|detective work
  |stellar detective work|top work|brilliant work|great job|good job|nice going|way to go|ok|okay|sure|bravo
  |bien joué|bien vu|bel effort|beau travail`);
const MOCK_NAMES = list(`genius|einstein|sherlock|columbo|poirot|génie|le génie|mastermind|captain obvious`);
const FOR_NOTHING = list(`cheers for nothing|thanks for nothing|thank you for nothing|merci pour rien|merci pour rien
  du tout|merci de rien`);
const MATE = list(`champ|mate|pal|buddy|sunshine|chief|genius|einstein|champion|mon grand|mon pote|l artiste`);
/** "Nobody asked, Karen." */
const NOBODY_ASKED = list(`nobody asked|no one asked|nobody asked you|no one asked you|personne t a demandé
  |personne ne t a demandé|personne ne vous a demandé|personne t a sonné|personne ne t a sonné`);
const MOCK_ADDRESS = list(`karen|kevin|sweetie|chéri|chérie|mon grand|ma grande|champ|princess|sweetheart|hun`);
/** "Une lumière, ce garçon": an ironic compliment said of a person. */
const IRONIC = list(`une lumière|une vraie lumière|une flèche|une vraie flèche|un aigle|un vrai aigle|a bright spark
  |a real bright spark|a real brain box`);
const THIS_ONE = list(`ce garçon|ce gars|ce type|ce mec|cette fille|cette dame|ce monsieur|ce gamin|ce stagiaire
  |celui là|celle là|ce client|cette cliente|this one|that one|this guy|that guy|this lad|that lad`);
/** "Quelle gourde, ce livreur", "what a melon, that one": a noun that is also food or a thing, said of a person. */
const WHAT_A_THING = combos(
  list(`quel|quelle|quels|quelles|what a|such a|un vrai|une vraie|un sacré|une sacrée`),
  list(`truffe|gourde|quiche|tache|tâche|pintade|dinde|bécasse|buse|cruche|moule|tanche|nouille|andouille|patate
  |courge|banane|cloche|brêle|babelutte|fayot|clochard|victime|cake|larve|limace|boulet|thon|melon|plum|spanner
  |plank|tool
  |knob|wally|clot|git|chump|potato|turnip|spud|walnut|weapon|muppet|numpty|wet wipe`),
);
const PERSON_HERE = list(`ce garçon|ce gars|ce type|ce mec|cette fille|cette dame|ce monsieur|ce gamin|ce stagiaire
  |celui là|celle là|ce client|cette cliente|ce livreur|cette livreuse|ce chauffeur|ce vendeur|cette vendeuse
  |ce voisin|cette voisine|ce proprio|ce patron|cette patronne|ce chef|cet arbitre|ce conducteur|cette conductrice
  |ce pilote|ce gardien|cet arbitre|ce joueur|cette joueuse|ce coach|cet entraîneur|ce serveur|cette serveuse
  |ce caissier|cette caissière|ce prof|ce conseiller|cette conseillère|ce technicien|ce plombier|ce garagiste
  |this one|that one|this guy|that guy|this lad|that lad|this bloke|that bloke|our courier|the courier|the ref
  |the referee|the umpire|our landlord|the landlord|my neighbour|my boss|the driver|our new manager`);

/** "Mush for brains", "rocks for brains". */
const FOR_BRAINS = combos(
  list(`shit|sh t|mush|rocks|cotton wool|sawdust|porridge|straw|custard|mashed potato|jelly|air|peas|a peanut`),
  list(`for brains|for a brain`),
);
/** "Une passoire, ce gardien", "une plaie, ce client": a thing that a person is called, beside the person. */
const THING_FOR_PERSON = list(`une passoire|une vraie passoire|une plaie|une vraie plaie|une catastrophe ambulante
  |un vrai pied|un pied|une savate|une vraie savate|une chèvre|une vraie chèvre|un manche|un vrai manche|une tanche
  |une vraie tanche|un boulet|un vrai boulet|un fléau|un vrai fléau`);

/** "Lights on, nobody home." */
const LIGHTS = list(`lights on|the lights are on|lights are on|lumière allumée|la lumière est allumée`);
const NOBODY = list(`nobody home|nobody's home|no one home|no one's home|nobody in|personne à la maison
  |personne dedans|personne au bout`);

/** A group called incompetent: "composé d'incapables", "une équipe de tricheurs", "doublés de mufles". */
const MADE_OF = list(`composé d|composée d|composés d|composé de|composée de|ramassis d|ramassis de|une équipe de
  |une équipe d|équipe de|équipe d|un nid de|un troupeau de|peuplé d|peuplée d|rempli d|remplie d|doublé d|doublés d
  |doublée d|doublées d|doublé de|doublés de|doublée de|staffed by|full of|a team of|run by`);
const INCOMPETENTS = list(`incapables|mufles|tricheurs|tricheuses|bras cassés|guignols|charlots|branleurs
  |imbéciles|abrutis|nullos|nullards|tocards|bras cassé|feignasses|glandeurs|cheats|cheaters|incompetents|halfwits
  |muppets|numpties|chancers|morons|imbeciles|clowns|idiots`);

/** An insult noun before a role: "our clown of a Prime Minister", "that muppet of a manager". */
const FOOL_OF_A = combos(
  list(`clown|idiot|muppet|moron|buffoon|joke|disgrace|halfwit|numpty|plonker|prat|twit|fool|tool|waste of space`),
  list(`of a|of an`),
);
/** "Cette andouille de livreur", "mon crétin de voisin". */
const FR_FOOL_OF = combos(
  list(`ce|cet|cette|mon|ma|notre|son|sa|leur`),
  list(`andouille|cruche|buse|gourde|nouille|quiche|truffe|tanche|dinde|pintade|cloche|courge|banane|patate
  |bouffon|guignol|clown|boulet|zozo|nigaud|branquignol|charlot|tocard|nullard|glandu|glandeur|abruti|abrutie
  |imbécile|crétin|crétine|idiot|idiote|enflure`),
).flatMap((w) => [`${w} de`, `${w} d`]);
const ROLE = list(`livreur|livreuse|voisin|voisine|proprio|propriétaire|patron|patronne|chef|stagiaire|arbitre
  |facteur|factrice|ministre|président|maire|gérant|gérante|conseiller|conseillère|vendeur|vendeuse|serveur
  |serveuse|plombier|garagiste|chauffeur|pilote|banquier|prof|beau frère|belle sœur|mari|ex|collègue|manager
  |prime minister|minister|president|manager|boss|referee|ref|umpire|driver|landlord|mayor|husband
  |neighbour|neighbor|councillor|coach|chancellor|mp|mechanic|plumber|courier|team principal|engineer|ceo|chairman
  |government|leader|man|woman|bloke|person|human being|customer|waiter|teacher|cop|steward|commentator`);

/** A road user insulted: "ce blaireau en trottinette", "un blaireau qui m'a doublé" (or said with 😡). */
const BADGER = list(`ce blaireau|ces blaireaux|un blaireau|le blaireau|les blaireaux|quel blaireau|ce gros blaireau`);
const ON_THE_ROAD = list(`en trottinette|en voiture|en scooter|en bagnole|au volant|à vélo|en vélo|en suv|en 4x4
  |en moto|en camionnette|en tesla|en bmw|en audi|qui m a|qui a failli|qui s est garé|qui se gare|qui double
  |sur le trottoir|sur la piste cyclable`);
const ANGER = ['😡', '🤬', '😤', '🖕'];

/** "pos" (piece of shit) said of a person; a point-of-sale terminal is not. */
const POS = list(`pos|p o s`);
const POS_PERSON = list(`customer|driver|guy|dude|bloke|landlord|ref|referee|neighbour|neighbor|boss|human|person`);
const YOU_POS = list(`ur a pos|you're a pos|you re a pos|you are a pos|such a pos|what a pos|you pos|total pos
  |absolute pos|what a p o s`);

const HOLY = list(`holy|sainte`);
const POO = ['💩'];

/** "Who raised you lot, wolves?" */
const WHO_RAISED = list(`who raised you|who brought you up|were you raised|qui vous a élevés|qui t a élevé`);
const WOLVES = list(`wolves|animals|a barn|in a barn|des loups|des animaux|une grange`);

/** Clean look-alikes: the host at Mass, "thank you" before a word, a bird, a town, a pit crew praised, dogs. */
const NOT_INSULTS = list(`l hostie que|l hostie qu|une hostie que|cette hostie que|thank you git|thank you plum
  |thank you melt|spangled drongo|spangled drongos|in dildo|dildo newfoundland|absolute animals in the pit
  |absolute animals on the pitch|absolute animals on track|absolute animals in the gym|absolute animal on track
  |absolute animal in the gym|jack russell bitch|labrador bitch|spaniel bitch|collie bitch|terrier bitch
  |retriever bitch|bitch puppy|bitch puppies|brood bitch|breeding bitch|maiden bitch|pos terminal|pos terminals
  |pos system|pos systems|pos display|pos customer display`);

const ROUND_24B: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      strong: { fr: exact(INSULTS, SPELLED, YOU_POS, SHORT_OF, FOR_BRAINS) },
      address24b: { fr: exact(ADDRESS) },
      slang24b: { fr: [exact(SLANG), ...CAPITAL_SLANG].join('|') },
      you24b: { fr: exact(YOU) },
      slangThings24b: { fr: exact(SLANG_THINGS) },
      bless24b: { fr: exact(BLESS) },
      putDown24b: { fr: exact(PUT_DOWN) },
      couldntFind24b: { fr: exact(COULDNT_FIND) },
      withMap24b: { fr: exact(WITH_MAP) },
      respect24b: { fr: exact(RESPECT) },
      retract24b: { fr: exact(RETRACT) },
      readingHard24b: { fr: exact(READING_HARD) },
      isntIt24b: { fr: exact(ISNT_IT) },
      explain24b: { fr: exact(EXPLAIN) },
      crayons24b: { fr: exact(CRAYONS) },
      sarcasm24b: { fr: exact(SARCASM) },
      mockNames24b: { fr: exact(MOCK_NAMES) },
      forNothing24b: { fr: exact(FOR_NOTHING) },
      nobodyAsked24b: { fr: exact(NOBODY_ASKED) },
      mockAddress24b: { fr: exact(MOCK_ADDRESS) },
      mate24b: { fr: exact(MATE) },
      ironic24b: { fr: exact(IRONIC) },
      thisOne24b: { fr: exact(THIS_ONE) },
      whatAThing24b: { fr: exact(WHAT_A_THING) },
      personHere24b: { fr: exact(PERSON_HERE) },
      thingForPerson24b: { fr: exact(THING_FOR_PERSON) },
      lights24b: { fr: exact(LIGHTS) },
      nobody24b: { fr: exact(NOBODY) },
      madeOf24b: { fr: exact(MADE_OF) },
      incompetents24b: { fr: exact(INCOMPETENTS) },
      foolOfA24b: { fr: exact(FOOL_OF_A, FR_FOOL_OF) },
      role24b: { fr: exact(ROLE) },
      badger24b: { fr: exact(BADGER) },
      onTheRoad24b: { fr: exact(ON_THE_ROAD) },
      pos24b: { fr: exact(POS) },
      posPerson24b: { fr: exact(POS_PERSON) },
      holy24b: { fr: exact(HOLY) },
      whoRaised24b: { fr: exact(WHO_RAISED) },
      wolves24b: { fr: exact(WOLVES) },
    },
    negative: { fr: exact(NOT_INSULTS) },
    signs: { anger24b: ANGER, poo24b: POO },
    pairs: [
      ['address24b', 'slang24b', { window: 2, ordered: true, clause: true }],
      ['you24b', 'slangThings24b', { window: 1, ordered: true, clause: true }],
      ['bless24b', 'putDown24b', { window: 20, ordered: true }],
      ['couldntFind24b', 'withMap24b', { window: 6, ordered: true, clause: true }],
      ['respect24b', 'retract24b', { window: 4, ordered: true }],
      ['readingHard24b', 'isntIt24b', { window: 2, ordered: true }],
      ['explain24b', 'crayons24b', { window: 10, ordered: true }],
      ['sarcasm24b', 'mockNames24b', { window: 3, ordered: true }],
      ['forNothing24b', 'mate24b', { window: 2, ordered: true }],
      ['nobodyAsked24b', 'mockAddress24b', { window: 2, ordered: true }],
      ['ironic24b', 'thisOne24b', { window: 2, ordered: true }],
      ['whatAThing24b', 'personHere24b', { window: 2 }],
      ['thingForPerson24b', 'personHere24b', { window: 2 }],
      ['lights24b', 'nobody24b', { window: 3, ordered: true }],
      ['madeOf24b', 'incompetents24b', { window: 4, ordered: true }],
      ['foolOfA24b', 'role24b', { window: 2, ordered: true }],
      ['badger24b', 'onTheRoad24b', { window: 3, ordered: true, clause: true }],
      ['badger24b', 'anger24b', { window: 10 }],
      ['pos24b', 'posPerson24b', { window: 1, ordered: true, clause: true }],
      ['holy24b', 'poo24b', { window: 1, ordered: true }],
      ['whoRaised24b', 'wolves24b', { window: 4, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24b = roundByTopic(ROUND_24B);
