import { formatBoth, msg, overloadedWindows, TIER_BUDGETS, type OverloadedWindow } from '@xp/shared';
import type { RateLimitTier, XRateLimitInfo } from '../accounts/account.ports';

/** POST /2/tweets windows per tier, per user and per app: the shared rule book's `TIER_BUDGETS`. */

export interface PlanningWarning {
  code: 'RATE_LIMIT_WINDOW_EXCEEDED';
  tier: RateLimitTier;
  /** The busiest window found: it starts at the first post counted. */
  windowStart: Date;
  windowEnd: Date;
  count: number;
  limit: number;
  /** The catalogue's RATE_LIMIT_WINDOW_EXCEEDED parameters; `message` is it rendered in both languages. */
  params: { count: number; span: string; tier: string; limit: number };
  message: { fr: string; en: string };
}

/**
 * Planning check for the calendar and the API: would an account's scheduled posts (each counting one create per
 * segment) exceed its tier's per-user window? Returns the worst window, or null. Pure.
 * Example: 200 live-tweets in two hours on `basic` (100 per 24 hours) → a warning with count 200, limit 100.
 */
export function checkPlanningBudget(
  tier: RateLimitTier,
  posts: readonly { scheduledAt: Date; segments?: number }[],
): PlanningWarning | null {
  const { limit, windowMs } = TIER_BUDGETS[tier].user;
  const planned = posts.map((p, i) => ({ id: String(i), at: p.scheduledAt.getTime(), calls: p.segments ?? 1 }));
  let best: OverloadedWindow | null = null;
  for (const w of overloadedWindows(planned, { limit, windowMs }).windows) if (!best || w.count > best.count) best = w;
  if (!best) return null;
  const hours = windowMs / 3600_000;
  const span = hours >= 1 ? `${hours} h` : `${windowMs / 60_000} min`;
  return {
    code: 'RATE_LIMIT_WINDOW_EXCEEDED',
    tier,
    windowStart: new Date(best.start),
    windowEnd: new Date(best.start + windowMs),
    count: best.count,
    limit,
    params: { count: best.count, span, tier, limit },
    message: formatBoth(msg('RATE_LIMIT_WINDOW_EXCEEDED', { count: best.count, span, tier, limit })),
  };
}

interface Window {
  remaining: number;
  resetAt: number;
}

/**
 * What X said about the remaining budget (its rate-limit headers), per account and for the app. Before calling X
 * the scheduler asks `blockedUntil`: a post over budget is deferred to the reset instead of being sent to a 429.
 */
export class RateBudgetTracker {
  private readonly accounts = new Map<string, Window[]>();
  private app: Window | null = null;

  record(accountId: string, info: XRateLimitInfo | undefined, now: number): void {
    if (!info) return;
    const windows: Window[] = [{ remaining: info.remaining, resetAt: info.resetAt.getTime() }];
    if (info.userDay) windows.push({ remaining: info.userDay.remaining, resetAt: info.userDay.resetAt.getTime() });
    this.accounts.set(
      accountId,
      windows.filter((w) => w.resetAt > now),
    );
    if (info.day) this.app = { remaining: info.day.remaining, resetAt: info.day.resetAt.getTime() };
    if (this.accounts.size > 10_000) this.accounts.delete(this.accounts.keys().next().value as string);
  }

  /** A 429 without usable headers: block the account until `resetAt`. */
  exhausted(accountId: string, resetAt: Date): void {
    this.accounts.set(accountId, [{ remaining: 0, resetAt: resetAt.getTime() }]);
  }

  /** Null when a call may go; otherwise the instant the exhausted window resets. */
  blockedUntil(accountId: string, now: number): Date | null {
    let until = 0;
    for (const w of this.accounts.get(accountId) ?? [])
      if (w.remaining <= 0 && w.resetAt > now) until = Math.max(until, w.resetAt);
    if (this.app && this.app.remaining <= 0 && this.app.resetAt > now) until = Math.max(until, this.app.resetAt);
    return until > 0 ? new Date(until) : null;
  }

  /** Optimistically spends one unit so concurrent publishes of the same account do not all race into a 429. */
  spend(accountId: string): void {
    for (const w of this.accounts.get(accountId) ?? []) w.remaining--;
    if (this.app) this.app.remaining--;
  }
}
