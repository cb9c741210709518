// Twenty-sixth round, reading p (`withRound26p` adds it to every topic's rules), from `train-cb`'s clean posts flagged
// (the third set built to trip the check), by family (first names in a list or after a role are read as people in
// person-names.ts; two feasts together are a calendar, lexicon.ts):
// Insults: "there's no such thing as a stupid question".
// Politics: an AGM's online vote and the chairman of the board; "in line with the new EU rules on charging".
// Confidential: a school "raising funds for a new playground"; in a quiet period, an apple turnover, a growth spurt
// and biscuits "half-dipped" in chocolate.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const NOT_INSULTS = list(`no such thing as a stupid question|no stupid questions|there are no stupid questions
  |pas de question bête|pas de questions bêtes|aucune question bête|il n y a pas de question bête`);
const NOT_POLITICS = list(`le vote par internet|vote par internet|le vote en ligne|vote par correspondance
  |président du conseil d administration|le président du conseil d administration
  |la présidente du conseil d administration|présidente du conseil d administration|chairman of the board
  |chair of the board|new eu rules|eu rules on|under eu rules|in line with eu rules|in line with the new eu rules`);
const NOT_CONFIDENTIAL = list(`raising funds for a|raising funds for the|raise funds for|raising money for
  |fundraising for|collecte de fonds pour|récolter des fonds pour`);
const NOT_FINANCE = list(`apple turnover|apple turnovers|turnover season|growth spurt|growth spurts|half dipped
  |half term|half time|half price|half an hour|half a dozen|and a half|half and half|poussée de croissance`);

const ROUND_26P: Readonly<Record<string, RuleExtension>> = {
  insult: { negative: { fr: exact(NOT_INSULTS) } },
  politics: { negative: { fr: exact(NOT_POLITICS) } },
  confidential: { negative: { fr: exact(NOT_CONFIDENTIAL) } },
  finance: { negative: { fr: exact(NOT_FINANCE) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26p = roundByTopic(ROUND_26P);
