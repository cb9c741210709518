// Insults by structure (lexicon.ts): a word of address ("t'es un", "espèce de", "bande de", "sont des", "you're a",
// "bunch of", "you") right before a pejorative noun makes an insult, so nouns that are harmless alone ("gland",
// "relou", "rats", "muppets", "pest") count only when aimed at someone. Matched exactly (normalized).
import { list } from './word-lists-discrimination';

export const ADDRESS = list(`t es|tu es|t es un|t es une|tu es un|tu es une|t es qu un|t es qu une|espece de
  |espece d|bande de|bande d|quel|quelle|quels|quelles|sont des|sont vraiment des|vous etes des|ce sont des|une bande de
  |you re a|you re an|you re such a|you are a|you are such a|such a|what a|you|you re|are|are such|bunch of
  |a bunch of|you absolute|you utter|you little|you big|total|complete|utter`);

/** Pejorative nouns that are not insults on their own (those are in the strong lists). */
export const PEJORATIVE =
  list(`gland|glands|branquignol|branquignols|relou|relous|boulet|boulets|buse|buses|blaireau|blaireaux
  |guignol|clowns|rat|rats|vermine|ordure|ordures|pourriture|incapable|incapables|minables|charlot
  |charlots|plouc|ploucs|beauf|beaufs|neuneu|neuneus|bras casse|bras casses|menteur|menteurs|voleur
  |voleurs|escroc|escrocs|muppet|muppets|pest|pests|weasel|weasels|loser|clueless clowns|donkey
  |donkeys|fool|fools|numpties|plonkers|clot|clots|dimwits|nitwits|halfwits|buffoon|buffoons|liar
  |liars|thief|thieves|crook|crooks|lowlife|lowlifes|parasite|parasites|leech|leeches|vulture|vultures
  |lunatic|lunatics|nutcase|nutcases|weirdo|weirdos|creep|creeps|sleazebag|sleazebags|hypocrite|hypocrites|faux jeton|faux jetons`);

/** Silencing and exasperation aimed at someone ("ferme ta grande bouche", "you're doing my head in"). */
export const SILENCE =
  list(`ferme ta grande bouche|ferme ta boite|fermez vos boites|ferme ta grande gueule|nous les briser
  |me les briser|nous les brises|tu nous saoules|tu me saoules|vous nous saoulez|tu nous gaves|tu me gaves
  |shut your big mouth|shut your face|shut your gob|busting our balls|busting my balls|doing our heads in
  |doing my head in|get stuffed|naff off|sod off|piss off|eff off`);

/** "t'es lourd", "you're so annoying": "you are" + a pejorative adjective (not "ads are annoying"). */
export const YOU_ARE = list(`t es|tu es|vous etes|you re|you are`);
export const PEJORATIVE_ADJ =
  list(`lourd|lourde|lourdingue|chiant|chiante|insupportable|insupportables|pitoyable|pathetique
  |annoying|unbearable|pathetic|useless|clueless|thick|dense|spineless|gutless|hypocritical`);
