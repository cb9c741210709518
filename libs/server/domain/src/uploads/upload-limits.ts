// Limits of what members may send: media bytes per workspace, bulk-import dry runs per minute, how long a dry-run
// report stays valid. Pure rules: the caller gives the clock's time and the counts read from the database.

/** An upload still in progress after this long is taken as abandoned (its process died): its bytes are freed. */
export const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

/** Whether `adding` more bytes keep a workspace that stores `used` bytes within its quota. */
export function fitsQuota(used: number, adding: number, quota: number): boolean {
  return used + adding <= quota;
}

/** The answer of a sliding-window throttle. */
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A sliding window: at most `limit` attempts whose time is within the last `windowMs` before `now`. When refused,
 * `retryAfterSeconds` is when the oldest attempt in the window leaves it (at least 1 s).
 */
export function slidingWindow(attempts: Date[], now: Date, windowMs: number, limit: number): ThrottleDecision {
  const since = now.getTime() - windowMs;
  const inWindow = attempts
    .map((a) => a.getTime())
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (inWindow.length < limit) return { allowed: true };
  // The attempt that must leave the window for one more to fit.
  const leaving = inWindow[inWindow.length - limit]!;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((leaving + windowMs - now.getTime()) / 1000)) };
}

/** Whether a dry-run report made at `createdAt` can no longer be confirmed at `now`. */
export function reportExpired(createdAt: Date, now: Date, ttlMs: number): boolean {
  return now.getTime() - createdAt.getTime() >= ttlMs;
}
