import type { AccountDto, CalendarPostDto, PostStatusValue } from '@xp/shared';

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

export function accountColors(accounts: readonly AccountDto[]): Map<string, string> {
  return new Map(accounts.map((a, i) => [a.id, ACCOUNT_PALETTE[i % ACCOUNT_PALETTE.length] as string]));
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

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday, 1 (Monday) … 7 (Sunday). */
  weekday: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock date and time of an instant in a timezone. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
    weekday: WEEKDAYS[parts['weekday'] ?? 'Mon'] ?? 1,
  };
}

function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(date.getTime() / 60_000) * 60_000;
}

/** `2026-03-02T09:30` (or `…T09:30:15`, seconds kept) read as a wall time in `timeZone` → the instant. */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(local);
  if (!m) return null;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let result = guess - offsetMs(new Date(guess), timeZone);
  // Second pass across a DST change.
  result = guess - offsetMs(new Date(result), timeZone);
  return new Date(result);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">` in `timeZone`. */
export function dateToZonedLocal(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** `YYYY-MM-DD` of an instant in a timezone. */
export function zonedDay(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A date and time shown in the UI language and the given timezone, with its zone name. */
export function formatInZone(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return '';
  try {
    return new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(new Date(iso));
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

/** X's posting budgets per tier (per 24 h, or per 15 minutes on Pro). `ppu`: no fixed budget. */
export const TIER_BUDGETS: Record<AccountDto['rateLimitTier'], { limit: number; windowMinutes: number } | null> = {
  free: { limit: 17, windowMinutes: 24 * 60 },
  basic: { limit: 100, windowMinutes: 24 * 60 },
  pro: { limit: 100, windowMinutes: 15 },
  ppu: null,
};

export interface CrowdedWarning {
  accountId: string;
  handle: string;
  tier: AccountDto['rateLimitTier'];
  /** The day (in the shown timezone) where the window starts. */
  day: string;
  count: number;
  limit: number;
  windowMinutes: number;
}

const ACTIVE: ReadonlySet<PostStatusValue> = new Set([
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'publishing',
  'published',
  'unconfirmed',
]);

/**
 * Planning-time rate-limit warnings: an account with more posts in one window than its tier allows
 * (a sliding window of the tier's length). Threads count one request per segment. One warning per account and day.
 */
export function crowdedWarnings(
  posts: readonly CalendarPostDto[],
  accounts: readonly AccountDto[],
  timeZone: string,
): { warnings: CrowdedWarning[]; postIds: Set<string> } {
  const byAccount = new Map<string, { t: number; id: string; weight: number }[]>();
  for (const p of posts) {
    const at = p.scheduledAt ?? p.publishedAt;
    if (!at || !ACTIVE.has(p.status)) continue;
    const list = byAccount.get(p.accountId) ?? [];
    list.push({ t: new Date(at).getTime(), id: p.id, weight: Math.max(1, p.segmentCount) });
    byAccount.set(p.accountId, list);
  }
  const warnings: CrowdedWarning[] = [];
  const postIds = new Set<string>();
  for (const account of accounts) {
    const budget = TIER_BUDGETS[account.rateLimitTier];
    const list = byAccount.get(account.id);
    if (!budget || !list) continue;
    list.sort((a, b) => a.t - b.t);
    const windowMs = budget.windowMinutes * 60_000;
    const seenDays = new Set<string>();
    let start = 0;
    let sum = 0;
    for (let end = 0; end < list.length; end++) {
      sum += list[end]!.weight;
      while (list[end]!.t - list[start]!.t >= windowMs) sum -= list[start++]!.weight;
      if (sum > budget.limit) {
        for (let i = start; i <= end; i++) postIds.add(list[i]!.id);
        const day = zonedDay(new Date(list[start]!.t), timeZone);
        if (!seenDays.has(day)) {
          seenDays.add(day);
          warnings.push({
            accountId: account.id,
            handle: account.handle,
            tier: account.rateLimitTier,
            day,
            count: sum,
            limit: budget.limit,
            windowMinutes: budget.windowMinutes,
          });
        } else {
          const w = warnings.find((x) => x.accountId === account.id && x.day === day);
          if (w && sum > w.count) w.count = sum;
        }
      }
    }
  }
  return { warnings, postIds };
}

/** A short text of a post for lists and calendar tiles. */
