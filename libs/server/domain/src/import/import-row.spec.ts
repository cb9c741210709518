import { checkCharter, defaultCharter } from '../charter';
import { charterRowErrors, validateImportRow, type ImportAccount } from './import-row';

const careers: ImportAccount = {
  id: 'acc-1',
  handle: 'TotalCareers',
  timeZone: 'Europe/Paris',
  maxWeightedLength: 280,
};
const ctx = () => ({
  accounts: new Map([['totalcareers', careers]]),
  knownHandles: new Set(['totalcareers', 'kindy']),
  now: new Date('2026-03-01T00:00:00Z'),
  weightedLength: (t: string) => [...t].length,
  seenTexts: new Map<string, Set<string>>(),
});

describe('import row validation', () => {
  it('accepts a good row and gives its local time', () => {
    const r = validateImportRow(
      1,
      {
        account: '@TotalCareers',
        date: '29/03/2026',
        time: '9h30',
        text: 'Offre #Data https://x.fr',
        tags: 'recrutement, data',
      },
      ctx(),
    );
    expect(r.errors).toEqual([]);
    expect(r.scheduledAt?.toISOString()).toBe('2026-03-29T07:30:00.000Z');
    expect(r.local).toEqual({ date: '2026-03-29', time: '09:30', timeZone: 'Europe/Paris' });
    expect(r.tags).toEqual(['recrutement', 'data']);
  });
  it('names each problem', () => {
    const c = ctx();
    const codes = (raw: Record<string, string>) => validateImportRow(2, raw, c).errors.map((e) => e.code);
    expect(codes({ account: 'Kindy', date: '2026-04-01', time: '10:00', text: 'a' })).toEqual(['ACCOUNT_NOT_ALLOWED']);
    expect(codes({ account: 'Nobody', date: '2026-04-01', time: '10:00', text: 'a' })).toEqual(['ACCOUNT_UNKNOWN']);
    expect(codes({ account: 'TotalCareers', date: '2026-02-30', time: '25:00', text: '' })).toEqual([
      'BAD_DATE',
      'BAD_TIME',
      'TEXT_REQUIRED',
    ]);
    expect(codes({ account: 'TotalCareers', date: '2026-02-01', time: '10:00', text: 'b' })).toEqual(['IN_THE_PAST']);
    expect(codes({ account: 'TotalCareers', date: '2026-04-01', time: '10:00', text: 'x'.repeat(281) })).toEqual([
      'POST_TOO_LONG',
    ]);
    expect(codes({ account: 'TotalCareers', date: '2026-04-02', time: '10:00', text: 'Même texte' })).toEqual([]);
    expect(codes({ account: 'TotalCareers', date: '2026-04-03', time: '10:00', text: 'même  TEXTE' })).toEqual([
      'DUPLICATE_IN_FILE',
    ]);
    expect(codes({ account: 'TotalCareers', date: '2026-04-03', time: '10:00', text: 'c', kind: 'poll' })).toEqual([
      'BAD_KIND',
    ]);
    // Each error carries its parameters and the catalogue's message in both languages.
    const [tooLong] = validateImportRow(
      2,
      { account: 'TotalCareers', date: '2026-04-01', time: '10:00', text: 'x'.repeat(281) },
      c,
    ).errors;
    expect(tooLong).toEqual({
      field: 'text',
      code: 'POST_TOO_LONG',
      params: { length: 281, max: 280 },
      message: { fr: '281 caractères pondérés ; 280 au plus', en: '281 weighted characters; at most 280' },
    });
  });
});

describe('import rows and the brand charter (the same rule and severity as the composer)', () => {
  const findings = (kind: 'standard' | 'job_offer', text: string, recent: { id: string; text: string }[] = []) =>
    checkCharter({ accountId: 'acc', kind, segments: [{ text }] }, defaultCharter(), {
      recentPosts: recent.map((r) => ({ id: r.id, accountId: 'acc', segments: [{ text: r.text }] })),
    });

  it('a job offer breaking a blocking rule (no link, no hashtag) is an error of the row, naming the finding', () => {
    const errors = charterRowErrors(findings('job_offer', 'Nous recrutons un analyste financier à Paris'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ field: 'text', code: 'CHARTER_BLOCKED' });
    expect(errors[0]!.params).toMatchObject({ finding: { code: 'CHARTER_REQUIRED_ELEMENT' } });
    expect(errors[0]!.message.fr).toMatch(/^Bloqué par la charte de la marque : /);
    expect(errors[0]!.message.en).toMatch(/^Blocked by the brand charter: /);
  });

  it('an insult, or the exact text of a recent post of the account, blocks the row as it blocks the composer', () => {
    expect(charterRowErrors(findings('standard', 'Les concurrents sont des connards.'))).toHaveLength(1);
    const text = 'Nos équipes seront présentes au salon VivaTech toute la semaine prochaine';
    const dup = findings('standard', text, [{ id: 'p1', text }]);
    expect(dup.some((f) => f.rule === 'near_duplicate' && f.severity === 'block')).toBe(true);
    expect(charterRowErrors(dup).map((e) => e.code)).toEqual(['CHARTER_BLOCKED']);
  });

  it('warnings stay findings: no error', () => {
    expect(charterRowErrors(findings('standard', 'Merci à toutes nos équipes pour cette belle année'))).toEqual([]);
    expect(charterRowErrors([{ severity: 'warn', code: 'CHARTER_SELF_PROMOTION', params: {} }])).toEqual([]);
  });
});
