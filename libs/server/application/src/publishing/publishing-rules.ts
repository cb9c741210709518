import {
  decide,
  DEFAULT_GRACE_PERIOD_MS,
  type LifecycleAction,
  type LifecycleContext,
  type PostLifecycleState,
} from '@xp/server/domain';
import type { PublishJob } from './publishing.ports';

/** The scheduler's settings (one value per process). */
export abstract class PublishingSettings {
  /** hostname-pid-random: written in leases and attempts. */
  abstract readonly schedulerId: string;
  /** How long a claim is valid without renewal. Must exceed `callTimeoutMs` by a margin. */
  abstract readonly leaseMs: number;
  /** The X client's request timeout: no call of ours is still in flight once a lease has expired. */
  abstract readonly callTimeoutMs: number;
  /** Lateness after which a post without publishBy is missed. */
  abstract readonly graceMs: number;
  /** Wait before reading the timeline of an unconfirmed post (X's timeline is eventually consistent). */
  abstract readonly reconcileDelayMs: number;
}

export const DEFAULT_PUBLISHING_SETTINGS = {
  leaseMs: 60_000,
  callTimeoutMs: 10_000,
  graceMs: DEFAULT_GRACE_PERIOD_MS,
  reconcileDelayMs: 5_000,
};

const MAX_BACKOFF_MS = 60_000;

/** Compare texts as X may have rewritten them (entities, t.co links, whitespace). */
export function normalizeTweetText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/https?:\/\/\S+/g, '<url>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Exponential backoff for transient errors: 1 s, 2 s, 4 s … capped at 60 s. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(16, Math.max(0, attempts - 1)));
}

/** A job as the lifecycle sees it. */
export function stateOf(job: PublishJob): PostLifecycleState {
  return {
    status: job.status,
    authorId: job.authorId,
    contributorIds: job.contributorIds ?? [],
    contentHash: job.contentHash,
    approvals: job.approvals,
    scheduledAt: job.scheduledAt,
    publishBy: job.publishBy,
    notBefore: job.notBefore,
    lease: job.leaseOwner && job.leaseUntil ? { owner: job.leaseOwner, until: job.leaseUntil } : null,
    charterOverride: job.charterOverride,
  };
}

export function lifecycleContext(job: PublishJob, now: Date, graceMs: number): LifecycleContext {
  return { now, policy: job.approvalPolicy, gracePeriodMs: graceMs };
}

/** Decides a transition; a refusal here is a bug in the caller (the SQL guards mirror the lifecycle). */
export function decideOrThrow(
  job: PublishJob,
  action: LifecycleAction,
  now: Date,
  graceMs: number,
): PostLifecycleState {
  const d = decide(stateOf(job), action, lifecycleContext(job, now, graceMs));
  if (!d.ok) throw new Error(`lifecycle refused ${action.type} on post ${job.id} (${job.status}): ${d.refusal.code}`);
  return d.state;
}
