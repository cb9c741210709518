import type { AccountDto, LiveSessionDto } from '@xp/shared';
import { accountHandle, accountZone, formatWhen, isOnAir } from './live-format';

const session = (endsAt: string, endedAt: string | null = null) => ({ endsAt, endedAt }) as LiveSessionDto;
const accounts = [{ id: 'a1', handle: 'Kindy', timezone: 'Europe/Paris' }] as AccountDto[];

describe('live formatting', () => {
  it('is on air until its end, unless ended by hand', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(isOnAir(session('2026-03-01T13:00:00Z'), now)).toBe(true);
    expect(isOnAir(session('2026-03-01T11:59:59Z'), now)).toBe(false);
    expect(isOnAir(session('2026-03-01T13:00:00Z', '2026-03-01T11:00:00Z'), now)).toBe(false);
  });

  it('names the account and its timezone, with fallbacks for an unknown one', () => {
    expect(accountHandle(accounts, 'a1')).toBe('Kindy');
    expect(accountHandle(accounts, 'nope')).toBe('?');
    expect(accountZone(accounts, 'a1')).toBe('Europe/Paris');
    expect(accountZone(accounts, 'nope')).toBe('UTC');
  });

  it('formats a time in the account timezone', () => {
    expect(formatWhen('fr', 'Europe/Paris', '2026-03-01T12:05:00Z')).toMatch(/13:05/);
    expect(formatWhen('fr', 'UTC', '2026-03-01T12:05:00Z')).toMatch(/12:05/);
    expect(formatWhen('en', 'UTC', null)).toBe('');
  });
});
