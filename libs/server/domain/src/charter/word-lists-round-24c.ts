// Twenty-fourth round (politics): families read from the misses of the session's training sets (`withRound24c` adds
// them to every topic's rules).
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_24C: Readonly<Record<string, RuleExtension>> = {};

export const withRound24c = roundByTopic(ROUND_24C);
