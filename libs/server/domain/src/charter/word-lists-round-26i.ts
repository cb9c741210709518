// Twenty-sixth round, ninth reading (`withRound26i` adds it to every topic's rules), from `train-bz`'s clean posts
// flagged (the second set built to trip the check), by family (first names such as Christian, Jesús or Krishna are
// read as people in person-names.ts):
// Confidential: an acquisition "annoncée en janvier" and now completed; a dividend "au titre de 2025" already paid.
// Religion: Sainte-Mère-Église; a bishop on a chessboard.
// Discrimination: the staff a store hired "ont entre 23 et 58 ans".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const MONTHS_FR = `janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre`.split('|');
const MONTHS_EN = `january|february|march|april|may|june|july|august|september|october|november|december`.split('|');
const ANNOUNCED = [
  ...MONTHS_FR.flatMap((m) => [`annoncée en ${m}`, `annoncé en ${m}`, `comme annoncé en ${m}`]),
  ...MONTHS_EN.flatMap((m) => [`announced in ${m}`, `as announced in ${m}`]),
];
const NOT_CONFIDENTIAL = [
  ...ANNOUNCED,
  ...list(`le dividende au titre de|the dividend for the year|a été versé le mois dernier
  |paid last month|was paid last month`),
];

const NOT_RELIGION =
  list(`sainte mère église|sainte mere eglise|a bishop on the|the bishop on the|bishop on the long diagonal
  |bishop pair|bishop and knight|bishops and knights|knight and bishop|knights and bishops|chess bishop`);
const NOT_DISCRIMINATION = list(`ont entre {n} et {n} ans|sont âgés de {n} à {n} ans|were aged between {n} and {n}
  |are aged between {n} and {n}|aged {n} to {n} and`);

const ROUND_26I: Readonly<Record<string, RuleExtension>> = {
  confidential: { negative: { fr: exact(NOT_CONFIDENTIAL) } },
  religion: { negative: { fr: exact(NOT_RELIGION) } },
  discrimination: { negative: { fr: exact(NOT_DISCRIMINATION) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26i = roundByTopic(ROUND_26I);
