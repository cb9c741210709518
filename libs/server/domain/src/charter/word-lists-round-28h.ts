// Twenty-eighth round, reading h (`withRound28h` adds it to every topic's rules), from `train-cm`'s clean posts of
// crisis and working life flagged (its misses have none: every post is clean), by family:
// Politics: a workplace's own elections and ballots ("staff council elections open Monday… every colleague gets a
// vote", "union elections at our Pau centre", "the union ballot on overtime pay", "the ballot on the new collective
// agreement closes Friday", "health & safety committee elections").
// Religion: religion named among what a recruiter never asks ("pregnancy, family plans or religion").
// Discrimination: a colleague back after months of maternity leave ("after 6 months of maternity leave our store
// manager is back").
// Left flagged, out of a round's reach: a classifier's reading of "the law" in a court's ruling awaited, and a staff
// vote's "results on Friday" in a quiet period (the results word stands apart from the vote, after a comma).
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const STAFF_VOTES = list(`staff council election|staff council elections|works council election|works council elections
  |employee council election|employee council elections|union election|union elections|shop steward election
  |shop steward elections|shop stewards election|shop stewards elections|safety committee election
  |safety committee elections|social committee elections|pension committee elections|staff committee elections
  |employee rep election|employee rep elections|staff rep election|staff rep elections|employee representative election
  |employee representative elections|staff representative elections|union ballot|union ballots|union s ballot
  |ballot on the pay offer|ballot on the new pay offer|ballot on the pay deal|ballot on the new pay deal
  |ballot on the collective agreement|ballot on the new collective agreement|ballot on the new agreement
  |ballot on the shift pattern|ballot on the new shift pattern|ballot on the new rota|ballot on overtime`);

const NOT_ASKED =
  list(`status or religion|orientation or religion|pregnancy or religion|plans or religion|age or religion
  |gender or religion|origin or religion|disability or religion|ethnicity or religion|religion or belief
  |religion or beliefs|never ask about religion|never ask about your religion|never ask about their religion
  |never ask your religion`);

// Back after the leave, said of the colleague ("after 6 months of maternity leave our store manager is back"), not a
// bar to a role after it ("don't promote anyone after 6 months of maternity leave").
const LEAVE_ENDED = list(`after {n} months of maternity leave our|after {n} weeks of maternity leave our
  |after a year of maternity leave our|after {n} months of maternity leave her|after {n} months of maternity leave my
  |back after {n} months of maternity leave|back after {n} weeks of maternity leave|back after a year of maternity leave
  |returns after {n} months of maternity leave|returns after a year of maternity leave`);

const ROUND_28H: Readonly<Record<string, RuleExtension>> = {
  politics: { negative: { fr: exact(STAFF_VOTES) } },
  religion: { negative: { fr: exact(NOT_ASKED) } },
  discrimination: { negative: { fr: exact(LEAVE_ENDED) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28h = roundByTopic(ROUND_28H);
