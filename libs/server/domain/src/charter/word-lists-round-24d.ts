// Twenty-fourth round (confidential, health and legal claims, religion): families read from the misses of the session's training sets (`withRound24d` adds
// them to every topic's rules).
import { type RuleExtension, roundByTopic } from './rule-extension';

const ROUND_24D: Readonly<Record<string, RuleExtension>> = {};

export const withRound24d = roundByTopic(ROUND_24D);
