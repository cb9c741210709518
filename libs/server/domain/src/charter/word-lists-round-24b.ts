// Twenty-fourth round (insults): families read from the misses of the session's training sets (`withRound24b` adds
// them to every topic's rules).
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_24B: Readonly<Record<string, RuleExtension>> = {};

export const withRound24b = roundByTopic(ROUND_24B);
