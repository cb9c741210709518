// Twenty-fifth round (`withRound25n` adds it to every topic's rules): to be written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_25N: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25n = roundByTopic(ROUND_25N);
