import type { AccountDto, PostStatusValue } from '@xp/shared';

/** Twenty distinguishable colours, one per account (by the order the API lists accounts). */
export const ACCOUNT_PALETTE = [
  '#1f4fd1',
  '#c2410c',
  '#15803d',
  '#9333ea',
  '#be123c',
  '#0e7490',
  '#a16207',
  '#4d7c0f',
  '#7c3aed',
  '#db2777',
  '#0369a1',
  '#b45309',
  '#047857',
  '#6d28d9',
  '#e11d48',
  '#0f766e',
  '#854d0e',
  '#3f6212',
  '#5b21b6',
  '#9d174d',
] as const;

/**
 * One colour per account, the same on every page and kept when accounts are added: colours go in the order the
 * accounts were connected (then by id), whatever order a page lists them in.
 */
export function accountColors(accounts: readonly Pick<AccountDto, 'id' | 'createdAt'>[]): Map<string, string> {
  const ordered = [...accounts].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
  );
  return new Map(ordered.map((a, i) => [a.id, ACCOUNT_PALETTE[i % ACCOUNT_PALETTE.length] as string]));
}

export function statusTone(status: PostStatusValue): 'neutral' | 'accent' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'published':
      return 'success';
    case 'scheduled':
    case 'publishing':
      return 'accent';
    case 'in_review':
    case 'changes_requested':
    case 'unconfirmed':
      return 'warning';
    case 'failed':
    case 'missed':
      return 'danger';
    default:
      return 'neutral';
  }
}

/** The browser's own timezone (IANA). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date and time shown in the UI language and the given timezone, with its zone name. The formatter is built once
 * per language and zone: building one costs far more than using it (the calendar labels 1,500 posts at a time).
 */
export function formatInZone(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return '';
  try {
    const key = `${lang}|${timeZone}`;
    let format = zonedFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(lang, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      });
      zonedFormats.set(key, format);
    }
    return format.format(new Date(iso));
  } catch {
    return new Date(iso).toISOString();
  }
}

/** A time with seconds in the zone (live deadlines are counted in seconds); `—` without one. */
export function formatClock(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone }).format(
    new Date(iso),
  );
}
