// Twenty-sixth round, reading r (`withRound26r` adds it to every topic's rules).
import { roundByTopic } from './rule-extension';

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26r = roundByTopic({});
