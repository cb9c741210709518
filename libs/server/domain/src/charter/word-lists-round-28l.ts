// Twenty-eighth round, reading l (`withRound28l` adds it to every topic's rules): empty until its reading is written.
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_28L: Readonly<Record<string, RuleExtension>> = {};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28l = roundByTopic(ROUND_28L);
