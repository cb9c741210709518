// Twenty-fifth round (`withRound25k` adds it to every topic's rules): to be written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_25K: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25k = roundByTopic(ROUND_25K);
