import type { RATE_LIMIT_TIER_VALUES } from '../api/accounts';

/** A fixed rate-limit window: at most `limit` calls per `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** The POST /2/tweets budgets of a tier: per user (one X account), and per app (all accounts together). */
export interface TierBudget {
  user: RateWindow;
  app: RateWindow;
}

const MIN_15 = 15 * 60_000;
const H_24 = 24 * 3600_000;

/**
 * X's post-creation budgets per rate-limit tier, as the X sandbox enforces them (apps/x-sandbox rate-limit profiles,
 * `tweets.create`): pay-per-use has the same fixed per-user window as Pro. One thread segment is one call.
 */
export const TIER_BUDGETS: Readonly<Record<(typeof RATE_LIMIT_TIER_VALUES)[number], TierBudget>> = {
  free: { user: { limit: 17, windowMs: H_24 }, app: { limit: 17, windowMs: H_24 } },
  basic: { user: { limit: 100, windowMs: H_24 }, app: { limit: 1667, windowMs: H_24 } },
  pro: { user: { limit: 100, windowMs: MIN_15 }, app: { limit: 10_000, windowMs: H_24 } },
  ppu: { user: { limit: 100, windowMs: MIN_15 }, app: { limit: 10_000, windowMs: H_24 } },
};

/** A planned post as the budget sees it: when it goes out and how many calls it costs (one per thread segment). */
export interface PlannedCalls {
  id: string;
  /** ms since the epoch */
  at: number;
  calls: number;
}

/** A window of the budget's length, starting at a planned post, that holds more calls than the budget allows. */
export interface OverloadedWindow {
  /** ms since the epoch: the first post counted. */
  start: number;
  end: number;
  count: number;
  /** The posts counted are `sorted.slice(first, last + 1)`. */
  first: number;
  last: number;
}

/**
 * Planning check (calendar, composer, live sessions): the sliding windows of `window.windowMs` in which the planned
 * posts of one account need more than `window.limit` calls, in time order (one per post that closes such a window),
 * with the posts sorted by time. Pure; `posts` need not be sorted.
 */
export function overloadedWindows(
  posts: readonly PlannedCalls[],
  window: RateWindow,
): { sorted: PlannedCalls[]; windows: OverloadedWindow[] } {
  const sorted = [...posts].sort((a, b) => a.at - b.at);
  const windows: OverloadedWindow[] = [];
  let lo = 0;
  let sum = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    sum += Math.max(1, sorted[hi]!.calls);
    while (sorted[hi]!.at - sorted[lo]!.at >= window.windowMs) sum -= Math.max(1, sorted[lo++]!.calls);
    if (sum > window.limit) {
      const start = sorted[lo]!.at;
      windows.push({ start, end: start + window.windowMs, count: sum, first: lo, last: hi });
    }
  }
  return { sorted, windows };
}
