import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { DEFAULT_PUBLISHING_SETTINGS } from '@xp/server/application';
import { ConfigError, type SchedulerConfig } from '@xp/server/config';

/** The scheduler's own settings (from `AppConfig.scheduler`: SCHEDULER_*, all optional). */
export interface SchedulerSettings {
  /** hostname-pid-random, in leases and publish attempts. */
  schedulerId: string;
  /** Posts published at the same time by this process. */
  concurrency: number;
  /** Posts claimed per claim query. */
  batchSize: number;
  leaseMs: number;
  /** X request timeout; the lease must outlive it. */
  callTimeoutMs: number;
  graceMs: number;
  reconcileDelayMs: number;
  /** Safety-net sweep: lease recovery, missed posts, reconciliation, wake-up. */
  sweepMs: number;
  /** How often to look for posts left behind by a scheduler that is gone (its liveness lock released). */
  orphanCheckMs: number;
  /** Calls of the dry run (against a stub on loopback) that compiles the publishing path at boot; 0: none. */
  warmUpCalls: number;
  /**
   * Posts due within this much time are claimed ahead (armed) and sent from an in-process timer at their instant,
   * after the fire-time gate (docs/scheduler.md, step 3); 0: claimed when due.
   */
  lookaheadMs: number;
  /** Posts claimed ahead and not yet sent, at most (beyond `concurrency`). */
  armLimit: number;
  /** How often due webhook deliveries are sent. */
  webhookMs: number;
}

export function newSchedulerId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/**
 * The scheduler's settings: SCHEDULER_* as read and validated by the configuration (`AppConfig.scheduler`), the
 * defaults for what is unset, then `overrides` (tests).
 */
export function schedulerSettings(
  config: SchedulerConfig,
  overrides: Partial<SchedulerSettings> = {},
): SchedulerSettings {
  const s: SchedulerSettings = {
    schedulerId: config.id || newSchedulerId(),
    concurrency: config.concurrency ?? 128,
    batchSize: config.batchSize ?? 128,
    leaseMs: config.leaseMs ?? DEFAULT_PUBLISHING_SETTINGS.leaseMs,
    callTimeoutMs: config.callTimeoutMs ?? DEFAULT_PUBLISHING_SETTINGS.callTimeoutMs,
    graceMs: config.graceMs ?? DEFAULT_PUBLISHING_SETTINGS.graceMs,
    reconcileDelayMs: config.reconcileDelayMs ?? DEFAULT_PUBLISHING_SETTINGS.reconcileDelayMs,
    sweepMs: config.sweepMs ?? 5000,
    orphanCheckMs: config.orphanCheckMs ?? 250,
    warmUpCalls: config.warmUpCalls ?? 400,
    lookaheadMs: config.lookaheadMs ?? 1600,
    armLimit: 4096,
    webhookMs: 5000,
    ...overrides,
  };
  if (s.leaseMs < s.callTimeoutMs + 3000)
    throw new ConfigError(['SCHEDULER_LEASE_MS: must exceed SCHEDULER_CALL_TIMEOUT_MS by at least 3 s']);
  return s;
}
