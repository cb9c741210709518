import { utcMonth } from '@xp/server/domain';
import type { ListeningSettings, MonitorRepository } from './listening.ports';

/** A workspace's monthly cap on listening reads and what it spent this month (UTC), in micro-dollars. */
export interface WorkspaceCap {
  capMicroUsd: number;
  spentMicroUsd: number;
  /** The product's default cap applies (the workspace never set its own). */
  isDefault: boolean;
}

/** The cap the workspace set, or LISTENING_MONTHLY_CAP_USD; read by the page and by the poller before each read. */
export async function workspaceCap(
  monitors: MonitorRepository,
  settings: ListeningSettings,
  workspaceId: string,
  at: Date,
): Promise<WorkspaceCap> {
  const own = await monitors.monthlyCapMicroUsd(workspaceId);
  return {
    capMicroUsd: own ?? Math.round(settings.monthlyCapUsd * 1e6),
    spentMicroUsd: await monitors.workspaceMonthMicroUsd(workspaceId, utcMonth(at)),
    isDefault: own === null,
  };
}
