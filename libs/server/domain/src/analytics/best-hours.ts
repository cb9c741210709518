// The best hours to publish on an account: its posts' figures by weekday and local hour, each cell scored by its
// impressions per post against the account's average, the best cells ranked (docs/analytics.md, "Best hours").
import type { WeekHour } from '@xp/shared';
import { addPostSums, engagementRate, type PostSums } from './snapshot-rules';

/** A cell needs at least this many posts to count as a best hour (fewer: a lucky post is not a habit). */
export const BEST_HOURS_MIN_POSTS = 3;
/** At most this many best cells. */
export const BEST_HOURS_MAX = 5;

/** The sums of an account's posts published on one weekday (ISO, 1 = Monday) at one local hour (0–23). */
export interface HourSample extends PostSums {
  weekday: number;
  hour: number;
}

export interface BestHoursCell {
  weekday: number;
  hour: number;
  posts: number;
  impressions: number;
  engagementRate: number;
  /**
   * Impressions per post at this weekday and hour divided by the account's impressions per post over the range
   * (1: the average; 2.4: 2.4 times it), to 1/1,000; 0 without posts or impressions.
   */
  score: number;
}

export interface BestHours {
  /** The 168 cells (7 × 24) in week order: Monday 0 h, Monday 1 h, …, Sunday 23 h. */
  cells: BestHoursCell[];
  /**
   * The cells to prefer, best first: at most `BEST_HOURS_MAX` of those with at least `BEST_HOURS_MIN_POSTS` posts and
   * above the account's average (score > 1); ties go to the cell with more posts, then the earlier one in the week.
   * Empty when the history is too thin or no hour stands out.
   */
  best: WeekHour[];
}

const inWeek = (s: WeekHour) =>
  Number.isInteger(s.weekday) &&
  s.weekday >= 1 &&
  s.weekday <= 7 &&
  Number.isInteger(s.hour) &&
  s.hour >= 0 &&
  s.hour <= 23;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Scores the weekday × hour cells of an account from the sums of its posts (samples of one cell are added up; those outside 1–7 × 0–23 are ignored). */
export function bestHours(samples: readonly HourSample[]): BestHours {
  const byCell = new Map<number, HourSample>();
  for (const s of samples) {
    if (!inWeek(s) || s.posts <= 0) continue;
    const key = (s.weekday - 1) * 24 + s.hour;
    const sum = byCell.get(key);
    byCell.set(key, sum ? { ...sum, ...addPostSums(sum, s) } : s);
  }
  let posts = 0;
  let impressions = 0;
  for (const s of byCell.values()) {
    posts += s.posts;
    impressions += s.impressions;
  }
  const average = posts ? impressions / posts : 0;
  const cells: BestHoursCell[] = Array.from({ length: 168 }, (_, i) => {
    const s = byCell.get(i);
    const weekday = Math.floor(i / 24) + 1;
    const hour = i % 24;
    if (!s) return { weekday, hour, posts: 0, impressions: 0, engagementRate: 0, score: 0 };
    return {
      weekday,
      hour,
      posts: s.posts,
      impressions: s.impressions,
      engagementRate: engagementRate(s, s.impressions),
      score: average > 0 ? round3(s.impressions / s.posts / average) : 0,
    };
  });
  const best = cells
    .filter((c) => c.posts >= BEST_HOURS_MIN_POSTS && c.score > 1)
    .sort((a, b) => b.score - a.score || b.posts - a.posts || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, BEST_HOURS_MAX)
    .map((c) => ({ weekday: c.weekday, hour: c.hour }));
  return { cells, best };
}
