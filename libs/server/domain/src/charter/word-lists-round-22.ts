// Twenty-second round (`withRound22` adds it to every topic's rules), politics said without a party's name:
// - how to vote, hinted on the eve of an election ("réfléchissez bien avant de glisser votre bulletin", "think
//   carefully before you put your cross in the box"), unless it is a contest's entry form ("bulletin de
//   participation");
// - a politician left unnamed so that everyone names him ("le président qu'on ne nommera pas", "a certain
//   Prime Minister we won't name");
// - a president's famous line turned into a joke ("traverser la rue pour trouver du travail").
// Insults: the buyers of a shop called dupes ("faut être un pigeon pour commander chez eux", "you'd have to be a
// mug to shop there"); not "il faut être fou pour refuser ça", a sale's hyperbole.
// Enough alone. Every list is matched exactly (normalized).
import { exact, list } from './word-lists-discrimination';
import { type RuleExtension, roundByTopic } from './rule-extension';

const POLITICS_22 = list(`glisser votre bulletin|glissez votre bulletin|glisser son bulletin|glisser vos bulletins
  |votre bulletin dans l urne|son bulletin dans l urne|reflechissez bien avant de voter
  |reflechissez avant de voter|votez bien dimanche|dimanche votez bien|put your cross in the box|your cross in the box
  |think carefully before you vote|think before you vote|vote wisely on thursday
  |president qu on ne nommera pas|president qu on ne nomme pas|president dont on ne dira pas le nom
  |ministre qu on ne nommera pas|un certain president|a certain president|a certain prime minister
  |the prime minister we won't name|the president we won't name|that politician we won't name
  |traverser la rue pour trouver du travail|traverse la rue pour trouver du travail|traversez la rue pour trouver
  |traverser la rue pour trouver un travail|traverse la rue pour trouver un travail`);

const DUPES_22 = ['pigeon', 'pigeons', 'pigeonne', 'gogo', 'gogos'];
const INSULT_22 = list(`you'd have to be a mug to|you have to be a mug to|only a mug would|only mugs would
  |you'd have to be a sucker to|only a sucker would|only suckers would`).concat(
  DUPES_22.flatMap((d) =>
    ['faut etre', 'faut vraiment etre', 'il faut etre', 'il faut vraiment etre'].flatMap((f) =>
      ['un', 'une', 'des'].map((a) => `${f} ${a} ${d} pour`),
    ),
  ),
);

/** A contest's ballot, a school's class president. */
const POLITICS_22_NEGATIVE = list(`bulletin de participation|bulletins de participation|bulletin de jeu
  |votre bulletin de participation dans l urne|glissez votre bulletin de participation|glisser votre bulletin de participation`);

const ROUND_22: Readonly<Record<string, RuleExtension>> = {
  politics: { groups: { strong: { fr: exact(POLITICS_22) } }, negative: { fr: exact(POLITICS_22_NEGATIVE) } },
  insult: { groups: { strong: { fr: exact(INSULT_22) } } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound22 = roundByTopic(ROUND_22);
