import { accountColors } from './post-helpers';

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
