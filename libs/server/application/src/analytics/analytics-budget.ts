import { projectedMicroUsd, thinningLevel, utcMonth } from '@xp/server/domain';
import type { ThinningLevel } from '@xp/shared';
import type { AnalyticsRepository, AnalyticsSettings, MonthFigures } from './analytics.ports';

/** A workspace's analytics month: its budget, what it spent, the projection and the thinning it calls for. */
export interface AnalyticsMonth {
  figures: MonthFigures;
  budgetMicroUsd: number;
  isDefaultBudget: boolean;
  level: ThinningLevel;
  /** Spent plus what is still due this month, at the thinning level in force. */
  projectedMicroUsd: number;
}

/** Read by the usage page and by the worker before it reads X (the budget is checked before a read is spent). */
export async function analyticsMonth(
  repo: AnalyticsRepository,
  settings: AnalyticsSettings,
  workspaceId: string,
  now: Date,
  month = utcMonth(now),
): Promise<AnalyticsMonth> {
  const figures = await repo.month(workspaceId, month, now);
  const budgetMicroUsd = figures.budgetMicroUsd ?? Math.round(settings.monthlyBudgetUsd * 1e6);
  const outlook = {
    budgetMicroUsd,
    spentMicroUsd: figures.spent.microUsd,
    pending: figures.pending,
    userReadsLeft: figures.userReadsLeft,
  };
  const level = thinningLevel(outlook);
  return {
    figures,
    budgetMicroUsd,
    isDefaultBudget: figures.budgetMicroUsd === null,
    level,
    projectedMicroUsd: projectedMicroUsd(outlook, level),
  };
}
