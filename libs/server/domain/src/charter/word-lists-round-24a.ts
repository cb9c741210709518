// Twenty-fourth round (discrimination): families read from the misses of the session's training sets (`withRound24a` adds
// them to every topic's rules).
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_24A: Readonly<Record<string, RuleExtension>> = {};

export const withRound24a = roundByTopic(ROUND_24A);
