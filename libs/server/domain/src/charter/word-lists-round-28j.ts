// Twenty-eighth round, reading j (`withRound28j` adds it to every topic's rules): empty until its reading is written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_28J: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28j = roundByTopic(ROUND_28J);
