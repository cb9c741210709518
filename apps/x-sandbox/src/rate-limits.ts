// Rate-limit profiles of X-API.md §2 and the fixed-window accounting behind the x-rate-limit-* headers.

/** `enterprise`: pro's windows, and exempt from the 2026 self-serve rules (reply restriction, quotes, cashtags). */
export const RATE_LIMIT_PROFILES = ['free', 'basic', 'pro', 'ppu', 'enterprise', 'unlimited'] as const;
export type RateLimitProfile = (typeof RATE_LIMIT_PROFILES)[number];

export type EndpointKey =
  | 'tweets.create'
  | 'tweets.delete'
  | 'users.me'
  | 'users.tweets'
  | 'users.mentions'
  | 'tweets.lookup'
  | 'tweets.search'
  | 'tweets.counts'
  | 'media.initialize'
  | 'media.append'
  | 'media.finalize'
  | 'media.status'
  | 'media.metadata'
  | 'oauth2.token';

const M15 = 15 * 60 * 1000;
const H24 = 24 * 60 * 60 * 1000;

interface WindowSpec {
  limit: number;
  windowMs: number;
}
/** `user`: per (app, user) for user-context calls. `app`: per app; a 24 h app window counts every call of the app,
 * a 15 min app window only app-only (bearer) calls, as X does. */
interface EndpointLimits {
  user?: WindowSpec;
  app?: WindowSpec;
}
type ProfileTable = Record<EndpointKey, EndpointLimits>;

const w = (limit: number, windowMs: number): WindowSpec => ({ limit, windowMs });
const media = {
  'media.initialize': { user: w(1875, M15), app: w(180_000, H24) },
  'media.append': { user: w(1875, M15), app: w(180_000, H24) },
  'media.finalize': { user: w(1875, M15), app: w(180_000, H24) },
  'media.status': { user: w(1000, M15), app: w(100_000, H24) },
  'media.metadata': { user: w(500, M15) },
  'oauth2.token': { app: w(100_000, H24) },
  'tweets.counts': { app: w(300, M15) },
} satisfies Partial<ProfileTable>;

const PRO: ProfileTable = {
  'tweets.create': { user: w(100, M15), app: w(10_000, H24) },
  'tweets.delete': { user: w(50, M15) },
  'users.me': { user: w(75, M15) },
  'users.tweets': { user: w(900, M15), app: w(1500, M15) },
  'users.mentions': { user: w(300, M15), app: w(450, M15) },
  'tweets.lookup': { user: w(900, M15), app: w(450, M15) },
  'tweets.search': { user: w(300, M15), app: w(450, M15) },
  ...media,
};

export const PROFILE_TABLES: Record<Exclude<RateLimitProfile, 'unlimited'>, ProfileTable> = {
  pro: PRO,
  enterprise: PRO,
  basic: {
    'tweets.create': { user: w(100, H24), app: w(1667, H24) },
    'tweets.delete': { user: w(5, M15) },
    'users.me': { user: w(250, H24) },
    'users.tweets': { user: w(5, M15), app: w(10, M15) },
    'users.mentions': { user: w(10, M15), app: w(15, M15) },
    'tweets.lookup': { user: w(15, M15), app: w(15, M15) },
    'tweets.search': { user: w(60, M15), app: w(60, M15) },
    ...media,
  },
  free: {
    'tweets.create': { user: w(17, H24), app: w(17, H24) },
    'tweets.delete': { user: w(17, H24), app: w(17, H24) },
    'users.me': { user: w(25, H24) },
    'users.tweets': { user: w(1, M15), app: w(1, M15) },
    'users.mentions': { user: w(1, M15), app: w(1, M15) },
    'tweets.lookup': { user: w(1, M15), app: w(1, M15) },
    'tweets.search': { user: w(1, M15), app: w(1, M15) },
    ...media,
  },
  // Pay-per-use: Pro's windows, but for the app's reads of timelines and lookups.
  ppu: {
    ...PRO,
    'users.tweets': { user: w(900, M15), app: w(10_000, M15) },
    'tweets.lookup': { user: w(5000, M15), app: w(3500, M15) },
  },
};

export function isRateLimitProfile(v: unknown): v is RateLimitProfile {
  return typeof v === 'string' && (RATE_LIMIT_PROFILES as readonly string[]).includes(v);
}

interface Counter {
  count: number;
  resetAt: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

const UNLIMITED = 1_000_000_000;

export class RateLimiter {
  private readonly counters = new Map<string, Counter>();

  reset(): void {
    this.counters.clear();
  }

  private counter(key: string, spec: WindowSpec, now: number): Counter {
    let c = this.counters.get(key);
    if (!c || c.resetAt <= now) {
      c = { count: 0, resetAt: now + spec.windowMs };
      this.counters.set(key, c);
    }
    return c;
  }

  /** Count one call (unless a window is exhausted) and compute the headers X would send. */
  check(
    profile: RateLimitProfile,
    endpoint: EndpointKey,
    clientId: string,
    userId: string | undefined,
    now: number,
  ): RateLimitDecision {
    if (profile === 'unlimited') {
      return {
        allowed: true,
        headers: {
          'x-rate-limit-limit': String(UNLIMITED),
          'x-rate-limit-remaining': String(UNLIMITED - 1),
          'x-rate-limit-reset': String(Math.ceil((now + M15) / 1000)),
        },
      };
    }
    const limits = PROFILE_TABLES[profile][endpoint];
    const applied: Array<{ kind: 'user' | 'app'; spec: WindowSpec; c: Counter }> = [];
    if (userId !== undefined && limits.user) {
      applied.push({
        kind: 'user',
        spec: limits.user,
        c: this.counter(`${endpoint}|u|${clientId}|${userId}`, limits.user, now),
      });
    }
    if (limits.app && (userId === undefined || limits.app.windowMs === H24)) {
      applied.push({ kind: 'app', spec: limits.app, c: this.counter(`${endpoint}|a|${clientId}`, limits.app, now) });
    }
    const allowed = applied.every((a) => a.c.count < a.spec.limit);
    if (allowed) for (const a of applied) a.c.count++;

    const headers: Record<string, string> = {};
    const primary = applied.find((a) => a.kind === 'user') ?? applied[0];
    if (primary) {
      headers['x-rate-limit-limit'] = String(primary.spec.limit);
      headers['x-rate-limit-remaining'] = String(Math.max(0, primary.spec.limit - primary.c.count));
      headers['x-rate-limit-reset'] = String(Math.ceil(primary.c.resetAt / 1000));
    } else {
      headers['x-rate-limit-limit'] = String(UNLIMITED);
      headers['x-rate-limit-remaining'] = String(UNLIMITED - 1);
      headers['x-rate-limit-reset'] = String(Math.ceil((now + M15) / 1000));
    }
    for (const a of applied) {
      if (a.spec.windowMs !== H24) continue;
      const prefix = a.kind === 'app' ? 'x-app-limit-24hour' : 'x-user-limit-24hour';
      headers[`${prefix}-limit`] = String(a.spec.limit);
      headers[`${prefix}-remaining`] = String(Math.max(0, a.spec.limit - a.c.count));
      headers[`${prefix}-reset`] = String(Math.ceil(a.c.resetAt / 1000));
    }
    return { allowed, headers };
  }

  /** Headers for responses outside any counted window (OAuth, errors before auth). */
  static defaultHeaders(now: number): Record<string, string> {
    return {
      'x-rate-limit-limit': String(UNLIMITED),
      'x-rate-limit-remaining': String(UNLIMITED - 1),
      'x-rate-limit-reset': String(Math.ceil((now + M15) / 1000)),
    };
  }

  /** Headers of an exhausted window, for forced 429s. */
  static exhaustedHeaders(now: number, resetMs = M15): Record<string, string> {
    return {
      'x-rate-limit-limit': '100',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(Math.ceil((now + resetMs) / 1000)),
    };
  }
}
