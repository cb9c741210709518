// Twenty-eighth round, reading b (`withRound28b` adds it to every topic's rules): empty until its reading is written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_28B: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28b = roundByTopic(ROUND_28B);
