// Twenty-sixth round, reading s (`withRound26s` adds it to every topic's rules).
import { roundByTopic } from './rule-extension';

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26s = roundByTopic({});
