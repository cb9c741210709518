// Twenty-eighth round, reading k (`withRound28k` adds it to every topic's rules): empty until its reading is written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_28K: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28k = roundByTopic(ROUND_28K);
