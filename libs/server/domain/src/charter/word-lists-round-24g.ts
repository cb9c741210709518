// Twenty-fourth round (discrimination): families read from the misses of the session's training sets (`withRound24g`
// adds them to every topic's rules).
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_24G: Readonly<Record<string, RuleExtension>> = {};

export const withRound24g = roundByTopic(ROUND_24G);
