import {
  overloadedWindows,
  TIER_BUDGETS,
  zonedDay,
  type AccountDto,
  type CalendarPostDto,
  type PostStatusValue,
} from '@xp/shared';

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

/** Statuses left out of the count (nothing more to send): every other post spends, or will spend, the budget. */
const IDLE: ReadonlySet<PostStatusValue> = new Set(['failed', 'missed', 'cancelled']);

/**
 * Planning-time rate-limit warnings: an account with more posts in one window than its tier allows (the rule book's
 * `overloadedWindows` over the tier's per-user budget). Threads count one request per segment. One warning per
 * account and day, with the day's worst count; `postIds` are the posts of every overloaded window.
 */
export function crowdedWarnings(
  posts: readonly CalendarPostDto[],
  accounts: readonly AccountDto[],
  timeZone: string,
): { warnings: CrowdedWarning[]; postIds: Set<string> } {
  const byAccount = new Map<string, { id: string; at: number; calls: number }[]>();
  for (const p of posts) {
    const at = p.scheduledAt ?? p.publishedAt;
    if (!at || IDLE.has(p.status)) continue;
    const list = byAccount.get(p.accountId) ?? [];
    list.push({ id: p.id, at: new Date(at).getTime(), calls: p.segmentCount });
    byAccount.set(p.accountId, list);
  }
  const warnings: CrowdedWarning[] = [];
  const postIds = new Set<string>();
  for (const account of accounts) {
    const list = byAccount.get(account.id);
    if (!list) continue;
    const budget = TIER_BUDGETS[account.rateLimitTier].user;
    const { sorted, windows } = overloadedWindows(list, budget);
    const byDay = new Map<string, CrowdedWarning>();
    for (const w of windows) {
      for (const p of sorted.slice(w.first, w.last + 1)) postIds.add(p.id);
      const day = zonedDay(new Date(w.start), timeZone);
      const seen = byDay.get(day);
      if (seen) {
        seen.count = Math.max(seen.count, w.count);
        continue;
      }
      const warning: CrowdedWarning = {
        accountId: account.id,
        handle: account.handle,
        tier: account.rateLimitTier,
        day,
        count: w.count,
        limit: budget.limit,
        windowMinutes: budget.windowMs / 60_000,
      };
      byDay.set(day, warning);
      warnings.push(warning);
    }
  }
  return { warnings, postIds };
}
