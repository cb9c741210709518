import { accountColors, formatInZone } from './post-helpers';

const account = (id: string, createdAt: string) => ({ id, createdAt });

describe('account colours', () => {
  const kindy = account('b-kindy', '2026-11-01T09:00:00.000Z');
  const groupe = account('a-groupe', '2026-11-02T09:00:00.000Z');
  const careers = account('c-careers', '2026-11-03T09:00:00.000Z');

  it('do not depend on the order a page lists the accounts in', () => {
    expect(accountColors([careers, groupe, kindy])).toEqual(accountColors([kindy, careers, groupe]));
  });

  it('stay the same when an account is connected later, whatever its name', () => {
    const before = accountColors([kindy, groupe, careers]);
    const after = accountColors([account('0-first-by-name', '2026-12-01T09:00:00.000Z'), kindy, groupe, careers]);
    for (const a of [kindy, groupe, careers]) expect(after.get(a.id)).toBe(before.get(a.id));
    expect(new Set(after.values()).size).toBe(4);
  });
});

describe('formatInZone', () => {
  it('writes each instant in the language and zone asked, the formatters kept per language and zone', () => {
    const at = '2026-07-01T07:30:00.000Z';
    expect(formatInZone(at, 'Europe/Paris', 'fr')).toMatch(/mer\. 1 juil\. 2026.*09:30.*UTC\+2/);
    expect(formatInZone(at, 'America/New_York', 'en')).toMatch(/Wed, Jul 1, 2026.*03:30.*EDT/);
    // Asked again (from the cache), and another instant with the same formatter.
    expect(formatInZone(at, 'Europe/Paris', 'fr')).toMatch(/09:30/);
    expect(formatInZone('2026-12-24T17:00:00.000Z', 'Europe/Paris', 'fr')).toMatch(
      /jeu\. 24 déc\. 2026.*18:00.*UTC\+1/,
    );
    expect(formatInZone(at, 'Europe/Paris', 'en')).toMatch(/09:30.*GMT\+2/);
  });

  it('answers nothing without an instant, and the ISO time for a zone Intl does not know', () => {
    expect(formatInZone(null, 'Europe/Paris', 'fr')).toBe('');
    expect(formatInZone('2026-07-01T07:30:00.000Z', 'Mars/Olympus', 'fr')).toBe('2026-07-01T07:30:00.000Z');
  });
});
