import type { BestHoursCellDto, BestHoursDto } from '@xp/shared';

/** A cell of the weekday × hour map: its figures, a shade from 0 (no post) to 4 (the top score), and its standing. */
export interface MapCell extends BestHoursCellDto {
  /** Impressions per post (0 without posts). */
  reach: number;
  level: 0 | 1 | 2 | 3 | 4;
  /** Among the account's best cells (rank 1 = the best), else null. */
  rank: number | null;
  /** Has posts, but fewer than the minimum to count as a best cell. */
  few: boolean;
}

export interface MapRow {
  weekday: number;
  cells: MapCell[];
}

/**
 * The 7 rows (Monday first) of 24 hours of an account's best-hours answer, each cell shaded by its score against
 * the top score, the best cells ranked and the cells with too few posts marked.
 */
export function bestHoursMap(b: Pick<BestHoursDto, 'cells' | 'best' | 'minPosts'>): MapRow[] {
  const top = Math.max(0, ...b.cells.map((c) => c.score));
  const rank = new Map(b.best.map((c, i) => [`${c.weekday}-${c.hour}`, i + 1]));
  const byKey = new Map(b.cells.map((c) => [`${c.weekday}-${c.hour}`, c]));
  return Array.from({ length: 7 }, (_, d) => ({
    weekday: d + 1,
    cells: Array.from({ length: 24 }, (_, hour) => {
      const key = `${d + 1}-${hour}`;
      const c = byKey.get(key) ?? { weekday: d + 1, hour, posts: 0, impressions: 0, engagementRate: 0, score: 0 };
      const level = top > 0 && c.score > 0 ? Math.max(1, Math.ceil((c.score / top) * 4)) : 0;
      return {
        ...c,
        reach: c.posts ? c.impressions / c.posts : 0,
        level: level as MapCell['level'],
        rank: rank.get(key) ?? null,
        few: c.posts > 0 && c.posts < b.minPosts,
      };
    }),
  }));
}
