import type { TranslocoService } from '@jsverse/transloco';
import type { AccountDto, LiveSessionDto } from '@xp/shared';

/** On air: not ended by hand and its end is still ahead. */
export function isOnAir(session: LiveSessionDto, now: number): boolean {
  return !session.endedAt && new Date(session.endsAt).getTime() > now;
}

export function accountHandle(accounts: readonly AccountDto[], accountId: string): string {
  return accounts.find((a) => a.id === accountId)?.handle ?? '?';
}

export function accountZone(accounts: readonly AccountDto[], accountId: string): string {
  return accounts.find((a) => a.id === accountId)?.timezone ?? 'UTC';
}

/** Day, month and minute in the account's timezone. */
export function formatWhen(lang: string, timeZone: string, iso: string | null): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** "2 h" or "90 min". */
export function windowLabel(transloco: TranslocoService, lang: string, minutes: number): string {
  if (minutes % 60 === 0) return transloco.translate('live.hours', { n: minutes / 60 }, lang);
  return transloco.translate('live.minutes', { n: minutes }, lang);
}
