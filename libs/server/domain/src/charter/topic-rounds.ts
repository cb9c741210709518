// The rounds of word lists added to every topic's rules of the detector (detector.ts), in order.
import type { CategoryRules } from './lexicon';
import { withMisc8 } from './word-lists-misc-8';
import { withMisc9 } from './word-lists-misc-9';
import { withProfanity } from './profanity';
import { withRound17 } from './word-lists-round-17';
import { withRound18 } from './word-lists-round-18';
import { withRound22 } from './word-lists-round-22';
import { withRound23 } from './word-lists-round-23';
import { withRound23b } from './word-lists-round-23b';
import { withRound23c } from './word-lists-round-23c';
import { withRound24a } from './word-lists-round-24a';
import { withRound24b } from './word-lists-round-24b';
import { withRound24c } from './word-lists-round-24c';
import { withRound24d } from './word-lists-round-24d';
import { withRound24e } from './word-lists-round-24e';
import { withRound24f } from './word-lists-round-24f';
import { withRound24g } from './word-lists-round-24g';
import { withRound25a } from './word-lists-round-25a';
import { withRound25b } from './word-lists-round-25b';
import { withRound25c } from './word-lists-round-25c';
import { withRound25d } from './word-lists-round-25d';
import { withRound25e } from './word-lists-round-25e';
import { withRound25f } from './word-lists-round-25f';
import { withRound25g } from './word-lists-round-25g';
import { withRound25h } from './word-lists-round-25h';
import { withRound25i } from './word-lists-round-25i';
import { withRound25j } from './word-lists-round-25j';
import { withRound25k } from './word-lists-round-25k';
import { withRound25l } from './word-lists-round-25l';
import { withRound25m } from './word-lists-round-25m';
import { withRound25n } from './word-lists-round-25n';
import { withRound25o } from './word-lists-round-25o';
import { withRound25p } from './word-lists-round-25p';
import { withRound25q } from './word-lists-round-25q';
import { withRound25r } from './word-lists-round-25r';
import { withRound26a } from './word-lists-round-26a';
import { withRound26b } from './word-lists-round-26b';
import { withRound26c } from './word-lists-round-26c';
import { withRound26d } from './word-lists-round-26d';
import { withRound26e } from './word-lists-round-26e';
import { withRound26f } from './word-lists-round-26f';
import { withRound26g } from './word-lists-round-26g';
import { withRound26h } from './word-lists-round-26h';
import { withRound26i } from './word-lists-round-26i';
import { withRound26j } from './word-lists-round-26j';
import { withRound26k } from './word-lists-round-26k';
import { withRound26l } from './word-lists-round-26l';
import { withRound26m } from './word-lists-round-26m';
import { withRound26n } from './word-lists-round-26n';
import { withRound26o } from './word-lists-round-26o';
import { withRound26p } from './word-lists-round-26p';
import { withRound26q } from './word-lists-round-26q';
import { withRound26r } from './word-lists-round-26r';
import { withRound26s } from './word-lists-round-26s';
import { withRound27a } from './word-lists-round-27a';
import { withRound27b } from './word-lists-round-27b';
import { withRound27c } from './word-lists-round-27c';
import { withRound27d } from './word-lists-round-27d';
import { withRound27e } from './word-lists-round-27e';
import { withRound27f } from './word-lists-round-27f';
import { withRound27g } from './word-lists-round-27g';
import { withRound27h } from './word-lists-round-27h';
import { withRound27i } from './word-lists-round-27i';
import { withRound27j } from './word-lists-round-27j';
import { withRound27k } from './word-lists-round-27k';
import { withRound28a } from './word-lists-round-28a';
import { withRound28b } from './word-lists-round-28b';
import { withRound28c } from './word-lists-round-28c';
import { withRound28d } from './word-lists-round-28d';
import { withRound28e } from './word-lists-round-28e';
import { withRound28f } from './word-lists-round-28f';
import { withRound28g } from './word-lists-round-28g';
import { withRound28h } from './word-lists-round-28h';
import { withRound28i } from './word-lists-round-28i';
import { withRound28j } from './word-lists-round-28j';
import { withRound28k } from './word-lists-round-28k';
import { withRound28l } from './word-lists-round-28l';
import { withRound28m } from './word-lists-round-28m';

// Rounds added to every topic, in this order: misc-8, the npm profanity lists, misc-9's negatives, rounds 17, 18 and
// 22, 23, 23b, 23c, 24a–24g, 25a–25r, 26a–26s and 27a–27k (word-lists-*.ts).
export const TOPIC_ROUNDS: readonly ((topic: string, rules: CategoryRules) => CategoryRules)[] = [
  withMisc8,
  withProfanity,
  withMisc9,
  withRound17,
  withRound18,
  withRound22,
  withRound23,
  withRound23b,
  withRound23c,
  withRound24a,
  withRound24b,
  withRound24c,
  withRound24d,
  withRound24e,
  withRound24f,
  withRound24g,
  withRound25a,
  withRound25b,
  withRound25c,
  withRound25d,
  withRound25e,
  withRound25f,
  withRound25g,
  withRound25h,
  withRound25i,
  withRound25j,
  withRound25k,
  withRound25l,
  withRound25m,
  withRound25n,
  withRound25o,
  withRound25p,
  withRound25q,
  withRound25r,
  withRound26a,
  withRound26b,
  withRound26c,
  withRound26d,
  withRound26e,
  withRound26f,
  withRound26g,
  withRound26h,
  withRound26i,
  withRound26j,
  withRound26k,
  withRound26l,
  withRound26m,
  withRound26n,
  withRound26o,
  withRound26p,
  withRound26q,
  withRound26r,
  withRound26s,
  withRound27a,
  withRound27b,
  withRound27c,
  withRound27d,
  withRound27e,
  withRound27f,
  withRound27g,
  withRound27h,
  withRound27i,
  withRound27j,
  withRound27k,
  withRound28a,
  withRound28b,
  withRound28c,
  withRound28d,
  withRound28e,
  withRound28f,
  withRound28g,
  withRound28h,
  withRound28i,
  withRound28j,
  withRound28k,
  withRound28l,
  withRound28m,
];
