// Insults by structure (lexicon.ts): a word of address ("t'es un", "espèce de", "bande de", "sont des", "you're a",
// "bunch of", "you") right before a pejorative noun makes an insult, so nouns that are harmless alone ("gland",
// "relou", "rats", "muppets", "pest") count only when aimed at someone. Matched exactly (normalized).
import { list } from './word-lists-discrimination';

export const ADDRESS = list(`t es|tu es|t es un|t es une|tu es un|tu es une|t es qu un|t es qu une|espece de
  |espece d|bande de|bande d|quel|quelle|quels|quelles|sont des|sont vraiment des|vous etes des|ce sont des|une bande de
  |you re a|you re an|you re such a|you are a|you are such a|such a|what a|you|you re|are|are such|bunch of
  |a bunch of|you absolute|you utter|you little|you big|total|complete|utter|absolute|un vrai|une vraie|un sacré
  |une sacrée|de vrais|de vraies|une belle bande de|ces|cette bande de|a real|a right|a proper|pack of|a pack of
  |load of|a load of|is a|is an|was a|was an|is such a|was such a|run by|these|those|what an`);

/** Pejorative nouns that are not insults on their own (those are in the strong lists). */
export const PEJORATIVE =
  list(`gland|glands|branquignol|branquignols|relou|relous|boulet|boulets|buse|buses|blaireau|blaireaux
  |guignol|clowns|rat|rats|vermine|ordure|ordures|pourriture|incapable|incapables|minables|charlot
  |charlots|plouc|ploucs|beauf|beaufs|neuneu|neuneus|bras casse|bras casses|menteur|menteurs|voleur
  |voleurs|escroc|escrocs|muppet|muppets|pest|pests|weasel|weasels|loser|clueless clowns|donkey
  |donkeys|fool|fools|numpties|plonkers|clot|clots|dimwits|nitwits|halfwits|buffoon|buffoons|liar
  |liars|thief|thieves|crook|crooks|lowlife|lowlifes|parasite|parasites|leech|leeches|vulture|vultures
  |lunatic|lunatics|nutcase|nutcases|weirdo|weirdos|creep|creeps|sleazebag|sleazebags|hypocrite|hypocrites|faux jeton|faux jetons
  |guignols|branquignol|charlot|pieds nickelés|pignoufs|abrutis|crétins|guignolos
  |numpty|numpties|dimwit|dimwits|nitwit|nitwits|halfwit|halfwits|muppet|clown show
  |troll|trolls|chancers|cowboys|knob|knobs|git|gits|wally|wallies|dunce|dunces|goon|goons|dolt|dolts|cretin|cretins|pillocks|prats|plonker|eejit|eejits`);

/** Silencing and exasperation aimed at someone ("ferme ta grande bouche", "you're doing my head in"). */
export const SILENCE =
  list(`ferme ta grande bouche|ferme ta boite|fermez vos boites|ferme ta grande gueule|nous les briser
  |me les briser|nous les brises|tu nous saoules|tu me saoules|vous nous saoulez|tu nous gaves|tu me gaves
  |shut your big mouth|shut your face|shut your gob|busting our balls|busting my balls|doing our heads in
  |doing my head in|get stuffed|naff off|sod off|piss off|eff off|boucle la|bouclez la|personne t a demandé
  |personne ne t a demandé|personne vous a demandé|on t a rien demandé|on ne t a rien demandé|qui t a demandé|qui t a sonné
  |on t a pas sonné|zip it|nobody asked you|no one asked you|who asked you|pipe down|button it|put a sock in it
  |wind your neck in|get a life|go away troll`);

/** "t'es lourd", "you're so annoying": "you are" + a pejorative adjective (not "ads are annoying"). */
export const YOU_ARE = list(`t es|tu es|vous etes|you re|you are`);
export const PEJORATIVE_ADJ =
  list(`lourd|lourde|lourdingue|chiant|chiante|insupportable|insupportables|pitoyable|pathetique
  |annoying|unbearable|pathetic|useless|clueless|thick|dense|spineless|gutless|hypocritical|cons|con|connes|conne
  |nuls|nulles|nul|nulle|débiles|stupides|stupide|bêtes|idiots|idiotes|incompétents|incompétentes|irrécupérables
  |stupid|dumb|idiots|morons|incompetent|hopeless|brainless|a joke|a disgrace`);
/** Verbs "you are" takes in questions and asides: "vous êtes cons ou quoi", "are you thick". */
export const YOU_ARE_MORE = list(`vous êtes|vous etes vraiment|êtes vous|t es vraiment|are you|you guys are|you lot are
  |y all are`);

/** Similes and set phrases that insult whatever they describe ("bête comme ses pieds", "blind as a bat"). */
export const SIMILES =
  list(`bête comme ses pieds|con comme un balai|con comme une valise|con comme une bite|bête à manger du foin
  |fin comme du gros sel|une tête de linotte
  |blind as a bat|thick as two short planks|dumb as a rock|dumb as rocks|dumb as a post|dumb as a box of rocks
  |thick as a brick|twice as useless|as useless as|as much use as a chocolate teapot|chocolate teapot|couldn't organise a
  |couldn't organize a|couldn't find his way out of|a few sandwiches short|one brain cell|brain cell between|brains of a
  |go f yourself|go f urself|f off|f you|f this|f that|f ing|effing|fk off|fk you|eff you|eff off|stfu|gtfo|wtf is
  |va te faire f|allez vous faire f|nique ta|ntm|fdp|tg|vtff`);

/** Québec swears ("tabarnak", "câlisse", "ostie"); "crisse" and "câlice" are also verbs and a chalice: with "de". */
export const QUEBEC_SWEARS = list(`tabarnak|tabarnac|tabarnaque|tabernak|tabernac|tabarnak de|calisse|caliss|kalisse
  |calice de|en calice|mon calice|crisse de|crisse que|en crisse|mon crisse|maudit crisse|ostie|osti|ostie de|esti|estie|esti de
  |ciboire|viarge|mange de la marde|mange d la marde|marde|saint ciboire|ostifie|estifie`);

/** Masked and abbreviated profanity that the disguised-spelling pass cannot read ("fckn", "fkin", "sh*t" is read). */
export const MASKED_EN = list(`fckn|fckin|fcken|fcking|fkin|fkng|fukn|fukin|fuckn|fcuk|fcuking|phuck|phucking|fuq|fuqing
  |fuggin|friggin|shyt|biatch|beyotch|mofo|muthafucka|azzhole|fcker|fckers|fker|fkers|fukker`);

/** Sending someone away ("casse-toi", "take a hike"): enough alone. */
export const GO_AWAY = list(`casse toi|cassez vous|barre toi|barrez vous|tire toi|tirez vous|fous le camp|foutez le camp
  |va voir ailleurs si j y suis|retourne sous ton pont|retourne sous ton rocher|retourne dans ta grotte|degage le troll
  |take a hike|jog on|buzz off|shove off|sling your hook|go jump in a lake|crawl back under your rock|back under your bridge
  |crawl back under your bridge|get lost loser|get lost troll|go away troll|get lost mate|get lost pal|get lost buddy
  |get lost you|go away you|do one you|do one mate|beat it you|beat it loser|clear off you|piss off you`);

/** A contemptuous adjective right before a person ("pathetic troll", "sad little man", "pauvre minable"). */
export const CONTEMPT_ADJ = list(`pathetic|pitiful|worthless|useless|brainless|spineless|clueless|stupid|dumb
  |sad little|pathetic little|nasty little|pitoyable|pathetique|minable|lamentable|pauvre petit|pauvre petite|sale petit
  |sale petite|pitoyables|pathetiques|minables|lamentables`);
export const PERSON = list(`troll|trolls|man|woman|guy|guys|person|people|creature|creatures|individual|bloke
  |keyboard warrior|keyboard warriors|individu|individus|type|types|mec|mecs|meuf|personnage|bonhomme`);
