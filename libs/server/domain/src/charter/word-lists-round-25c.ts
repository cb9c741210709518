// Twenty-fifth round (`withRound25c` adds it to every topic's rules): to be written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_25C: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25c = roundByTopic(ROUND_25C);
