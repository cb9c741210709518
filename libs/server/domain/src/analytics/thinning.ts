// The thinning policy: which snapshots are read when the month's projected cost exceeds the workspace's budget.
import { SNAPSHOT_KINDS, THINNING_LEVELS, type SnapshotKind, type ThinningLevel } from '@xp/shared';
import { ANALYTICS_PRICES_MICRO_USD } from './snapshot-rules';

/**
 * Whether a post has low reach: its impressions at +24 h are below the median of its account's posts at +24 h over
 * the last 30 days. Unknown (no +24 h yet, or no history) is not low.
 */
export function isLowReach(impressions24h: number | null, accountMedian24h: number | null): boolean {
  return impressions24h !== null && accountMedian24h !== null && impressions24h < accountMedian24h;
}

/**
 * Whether a snapshot of `kind` is read at a thinning level (the levels of THINNING_LEVELS, each keeping less):
 * - `none`: every snapshot;
 * - `skip-7d-low-reach`: no +7 d for low-reach posts;
 * - `skip-7d`: no +7 d at all, and no +28 d for low-reach posts;
 * - `essential`: only +1 h and +24 h.
 */
export function keepsSnapshot(level: ThinningLevel, kind: SnapshotKind, lowReach: boolean): boolean {
  switch (level) {
    case 'none':
      return true;
    case 'skip-7d-low-reach':
      return !(kind === '7d' && lowReach);
    case 'skip-7d':
      return kind !== '7d' && !(kind === '28d' && lowReach);
    case 'essential':
      return kind === '1h' || kind === '24h';
  }
}

/** Snapshots still due this month, by kind and reach. */
export type PendingSnapshots = Record<SnapshotKind, { low: number; other: number }>;

export const noPendingSnapshots = (): PendingSnapshots =>
  Object.fromEntries(SNAPSHOT_KINDS.map((k) => [k, { low: 0, other: 0 }])) as PendingSnapshots;

/** The post reads the pending snapshots need at a level. */
export function pendingReads(pending: PendingSnapshots, level: ThinningLevel): number {
  let n = 0;
  for (const kind of SNAPSHOT_KINDS) {
    const p = pending[kind];
    if (keepsSnapshot(level, kind, true)) n += p.low;
    if (keepsSnapshot(level, kind, false)) n += p.other;
  }
  return n;
}

export interface MonthOutlook {
  budgetMicroUsd: number;
  /** Billed so far this month. */
  spentMicroUsd: number;
  pending: PendingSnapshots;
  /** Follower reads still to come this month (accounts on × days left). */
  userReadsLeft: number;
}

/** The month's projected cost at a thinning level, in micro-dollars. */
export function projectedMicroUsd(o: MonthOutlook, level: ThinningLevel): number {
  return (
    o.spentMicroUsd +
    pendingReads(o.pending, level) * ANALYTICS_PRICES_MICRO_USD.postRead +
    o.userReadsLeft * ANALYTICS_PRICES_MICRO_USD.userRead
  );
}

/** The lightest thinning whose projection fits the budget; `essential` when none does (the hard stop then holds). */
export function thinningLevel(o: MonthOutlook): ThinningLevel {
  return THINNING_LEVELS.find((l) => projectedMicroUsd(o, l) <= o.budgetMicroUsd) ?? 'essential';
}

/** How many more post reads the budget allows this month (the hard stop: never past the budget). */
export function postReadsLeft(budgetMicroUsd: number, spentMicroUsd: number): number {
  return Math.max(0, Math.floor((budgetMicroUsd - spentMicroUsd) / ANALYTICS_PRICES_MICRO_USD.postRead));
}
