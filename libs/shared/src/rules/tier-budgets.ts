import type { RATE_LIMIT_TIER_VALUES } from '../api/auth';

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
