// Twenty-eighth session (2026-12-07): word-lists-round-28h.ts, read from train-cm's clean posts of crisis and working
// life. Each clean sentence was written for this spec and was flagged before its negative; the sentences beside them,
// with the banned use next to the same words, are still found.
import { ruleCategories as rules } from './spec-rules';

describe('round 28h: a workplace vote, a recruiter who never asks, a return from leave stay clean', () => {
  it.each([
    'Works council elections open today at all our sites. Every employee gets a vote.',
    "Shop steward elections close Friday at noon: cast your vote at the reps' office.",
    'Union elections at the depot: results posted in the canteen.',
    'Staff council election results: 12 reps elected, turnout 68%.',
    'Employee rep elections open Monday, please vote.',
    'Members: the ballot on the pay offer closes Thursday. Vote online or by post.',
    'The union ballot on the new rota opens Monday, every member gets a vote.',
    'We never ask candidates about their age, sexual orientation or religion.',
    'Your interview covers your skills, never your marital status or religion.',
    'Questions about pregnancy or religion have no place in our interviews.',
    'Our recruiters never ask about your religion.',
    'Welcome back Priya! After 9 months of maternity leave our Leeds shop manager is back behind the till.',
    'Our area manager Jess is back after 7 months of maternity leave, give her a wave at the Leeds store!',
  ])('%s', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Vote in the union elections against the government’s pension reform!',
    'Staff council elections are the only vote the government can’t rig.',
    'The union ballot is a protest against the government’s tax plan: vote yes to strike.',
  ])('still finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each(['Tell us your age or religion on the form: we only hire Christians for this role.'])(
    'still finds religion in %s',
    (text) => expect(rules(text)).toContain('religion'),
  );

  it.each([
    'We won’t promote anyone to store manager after 6 months of maternity leave.',
    'Store manager wanted, no one planning maternity leave in the next two years.',
  ])('still finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});
