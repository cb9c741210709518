// Twenty-fifth round (`withRound25o` adds it to every topic's rules): to be written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_25O: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25o = roundByTopic(ROUND_25O);
