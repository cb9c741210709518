// Round 9's clean look-alikes (word-lists-misc-9.ts, and things before a lower-case competitor name in
// competitor-names.ts): praying for the weather, a product poll, half-term, F1 qualifying during a quiet period, a
// material before "shell". Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const categories = (text: string, extra: Partial<typeof base.categories> = {}, at?: Date) =>
  checkCharter(
    { accountId: 'acc', kind: 'standard', segments: [{ text }], ...(at && { scheduledAt: at }) },
    { ...base, categories: { ...base.categories, ...extra } },
  )
    .filter((f) => f.rule !== 'category_model' && (f.category !== undefined || f.rule === 'quiet_period'))
    .map((f) => f.category ?? f.rule);

describe('charter round 9: clean look-alikes', () => {
  it.each([
    'Praying for sunshine for the beach pop-up on Sunday ☀️',
    "We're praying the rain holds off for the sprint race.",
    'On a prié pour le soleil et la braderie a été un succès !',
    'Cast your vote: which flavour should be our 2027 limited edition?',
    'Votez : quel parfum pour notre collection 2027 ?',
    'The great cookie election is on: double choc or oat and raisin? Cast your vote 👇',
    'Half-term is here: free face painting in every store this week.',
  ])('%s', (text) => expect(categories(text)).toEqual([]));

  it('reads F1 qualifying as sport, not results, inside a quiet period', () => {
    const quietPeriods = [{ start: '2026-10-01', end: '2026-10-20' }];
    const at = new Date('2026-10-10T12:00:00Z');
    expect(categories('Both cars through to Q3, what a lap! 🏎️', { quietPeriods }, at)).toEqual([]);
    expect(categories('Our Q3 revenue is up 12 %, more soon.', { quietPeriods }, at)).toContain('confidential');
  });

  it('reads a material before a lower-case "shell" as a thing, and the company still as a competitor', () => {
    const competitors = ['Shell'];
    expect(categories('The case is a single aluminium shell, fully recycled.', { competitors })).toEqual([]);
    expect(categories('Cheaper than Shell, every day.', { competitors })).toContain('competitors');
  });

  it('still finds a prayer, and a vote that takes a side', () => {
    expect(categories('Praying that the Lord guides our hands in this new venture.')).toContain('religion');
    expect(categories('Cast your vote for the Conservatives in 2027.')).toContain('politics');
  });
});
