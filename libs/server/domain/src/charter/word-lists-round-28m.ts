// Twenty-eighth round, reading m (`withRound28m` adds it to every topic's rules): empty until its reading is written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_28M: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28m = roundByTopic(ROUND_28M);
