// Twenty-fourth round (discrimination): families read from the misses of the session's training sets (`withRound24f`
// adds them to every topic's rules).
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_24F: Readonly<Record<string, RuleExtension>> = {};

export const withRound24f = roundByTopic(ROUND_24F);
