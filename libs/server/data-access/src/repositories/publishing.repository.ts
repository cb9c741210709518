import { Injectable } from '@nestjs/common';
import {
  AuditSettings,
  PublishingRepository,
  type AppendSegmentInput,
  type ClaimInput,
  type DueClaimInput,
  type GateResult,
  type ClaimResult,
  type StartAttemptInput,
  type AttemptOutcome,
  type MediaBytes,
  type BatchTransition,
  type OutcomeAudit,
  type PublishJob,
  type PublishedCompletion,
  type TransitionExtras,
} from '@xp/server/application';
import type { PostLifecycleState, PostStatus } from '@xp/server/domain';
import type { HoldScopeValue } from '@xp/shared';
import { appendAuditEvents } from './audit.repository';
import { HOLD_COVERS_POST } from './holds.repository';
import { LIVE_SCHEDULERS, leaseOwnerGone } from './scheduler-liveness';
import { JOB_COLUMNS, job, type JobRow } from './publishing-job';
import { TransactionHost } from './transaction-host';

/** The next post to become claimable, as the claim answers it (nulls: none is planned). */
interface NextRow {
  next_due: Date | null;
  next_account_id: string | null;
}

interface Moved {
  id: string;
  workspace_id: string;
}

/** A post's deadline: publish_by, else scheduled_at + grace ($grace in ms). */
const deadline = (grace: string) => `coalesce(p.publish_by, p.scheduled_at + ${grace} * interval '1 millisecond')`;

/** No active hold in `source` (aliased h) covers the post (workspace, its account's brand, or its account). */
const notHeld = (source: string) => `NOT EXISTS (SELECT 1 FROM ${source} WHERE ${HOLD_COVERS_POST})`;
/** The active holds, read plainly (aliased h): enough for the queue's probes (a claim decides). */
const HOLDS = '(SELECT * FROM holds WHERE released_at IS NULL) h';
const NOT_HELD = notHeld(HOLDS);

/**
 * The next post to become claimable (for the wake-up timer): `at`, the instant, and its account. Two index-friendly
 * probes, the earliest post without a deferral (ordered scan of IDX_posts_due, stops at the first claimable row) and
 * the earliest deferral (IDX_posts_deferred, few rows). `now`, `grace`: parameters; `holds`: the holds' source
 * (aliased h); `more`: a further condition on the post p. No row when nothing is planned.
 */
const nextDue = (now: string, grace: string, holds: string, more = '') => {
  const where = `p.status = 'scheduled' AND ${deadline(grace)} >= ${now} AND a.status = 'connected' AND ${notHeld(holds)} ${more}`;
  return `SELECT d.at, d.account_id FROM (
         (SELECT p.scheduled_at AS at, p.account_id FROM posts p JOIN accounts a ON a.id = p.account_id
           WHERE p.not_before IS NULL AND ${where} ORDER BY p.scheduled_at LIMIT 1)
         UNION ALL
         (SELECT greatest(p.scheduled_at, p.not_before), p.account_id FROM posts p JOIN accounts a ON a.id = p.account_id
           WHERE p.not_before IS NOT NULL AND ${where} ORDER BY 1 LIMIT 1)) d
       ORDER BY d.at LIMIT 1`;
};

@Injectable()
export class TypeormPublishingRepository extends PublishingRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly auditSettings: AuditSettings,
  ) {
    super();
  }

  /** Audit events of the posts that moved (system actor), in the current transaction. */
  private async audit(moved: Moved[], auditOf: (id: string) => OutcomeAudit | undefined, at: (id: string) => Date) {
    const events = moved.flatMap((m) => {
      const a = auditOf(m.id);
      return a
        ? [
            {
              workspaceId: m.workspace_id,
              actorId: null,
              action: a.action,
              subjectType: 'post' as const,
              subjectId: m.id,
              data: a.data,
              at: at(m.id),
            },
          ]
        : [];
    });
    if (events.length) {
      await appendAuditEvents(
        (sql, params) => this.rows(sql, params),
        this.auditSettings.keys,
        events,
        at(moved[0]!.id),
      );
    }
  }

  /** Every statement of this repository is a constant text: prepared once per connection (TransactionHost.prepared). */
  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.tx.prepared<T>(sql, params);
  }

  async claimDue(input: DueClaimInput): Promise<ClaimResult> {
    // Claim and ledger in one statement: the attempt of the next segment is written with the lease (a fresh lease
    // outlives the call timeout, so this is the check-then-record of docs/scheduler.md "How a post goes out", step 3).
    // A post due after $1 (by $6) is claimed ahead (armed): the scheduler sends it at its instant, once the fire-time
    // gate has cleared it. Its window is checked as of that instant.
    // Holds come through the gate (migration HoldGate): read once, after the hold lock, with a fresh snapshot.
    // The same statement tells when the next post becomes claimable (the posts it claims left out), for the wake-up
    // timer: one round trip per claim cycle instead of two. It answers one row even when it claims nothing.
    // One row per claimed post, or one row of nulls but the next post's.
    const rows = await this.rows<Partial<JobRow> & NextRow>(
      `WITH held AS MATERIALIZED (SELECT * FROM xp_active_holds()),
       due AS (
         SELECT p.id FROM posts p JOIN accounts a ON a.id = p.account_id
          WHERE p.status = 'scheduled' AND p.scheduled_at <= $6 AND (p.not_before IS NULL OR p.not_before <= $6)
            AND ${deadline('$5')} >= greatest($1, p.scheduled_at, p.not_before) AND a.status = 'connected'
            AND ${notHeld('held h')}
          ORDER BY p.scheduled_at
          FOR UPDATE OF p SKIP LOCKED
          LIMIT $4),
       claimed AS (
         UPDATE posts p SET status = 'publishing', lease_owner = $2, lease_until = $3, updated_at = $1, version = p.version + 1
          WHERE p.id = ANY (ARRAY(SELECT id FROM due))
         RETURNING p.*),
       att AS (
         INSERT INTO publish_attempts (workspace_id, post_id, segment_index, scheduler_id, started_at, outcome)
         SELECT c.workspace_id, c.id, cardinality(c.tweet_ids), $2, $1, 'pending' FROM claimed c
          WHERE cardinality(c.tweet_ids) < jsonb_array_length(c.segments)
         RETURNING id, post_id),
       jobs AS (
         SELECT ${JOB_COLUMNS}, att.id AS attempt_id
           FROM claimed p
           -- One index lookup per claimed post: as a plain join, PostgreSQL expects LIMIT's rows and hashes the
           -- whole accounts table instead (1.5 ms for 500 accounts). OFFSET 0 keeps the subquery as written.
           CROSS JOIN LATERAL (SELECT * FROM accounts a WHERE a.id = p.account_id OFFSET 0) a
           LEFT JOIN att ON att.post_id = p.id)
       SELECT jobs.*, n.at AS next_due, n.account_id AS next_account_id
         FROM (SELECT) one
         LEFT JOIN (${nextDue('$1', '$5', 'held h', 'AND p.id <> ALL (ARRAY(SELECT id FROM due))')}) n ON true
         LEFT JOIN jobs ON true`,
      [input.now, input.owner, input.leaseUntil, input.limit, input.graceMs, input.dueBy ?? input.now],
    );
    // As they were before the claim: the service replays the claim through the lifecycle.
    const jobs = rows
      .filter((r): r is JobRow & NextRow => r.id != null)
      .map((r) => ({
        ...job(r),
        status: 'scheduled' as const,
        leaseOwner: null,
        leaseUntil: null,
        attemptId: r.attempt_id ?? null,
      }))
      .sort((x, y) => x.scheduledAt.getTime() - y.scheduledAt.getTime());
    const next = rows[0];
    return { jobs, nextDueAt: next?.next_due ?? null, nextAccountId: next?.next_account_id ?? null };
  }

  async gate(workspaceIds: string[], owner: string): Promise<GateResult> {
    const rows = await this.rows<{
      workspace_id: string | null;
      scope: HoldScopeValue;
      target_id: string;
      live: boolean;
    }>(
      `WITH live AS MATERIALIZED (${LIVE_SCHEDULERS})
       SELECT h.workspace_id, h.scope, h.target_id, hashtext($2)::oid IN (SELECT objid FROM live) AS live
         FROM (SELECT) one
         LEFT JOIN (SELECT * FROM xp_active_holds() x WHERE x.workspace_id = ANY ($1::uuid[])) h ON true`,
      [workspaceIds, owner],
    );
    return {
      holds: rows.flatMap((r) =>
        r.workspace_id ? [{ workspaceId: r.workspace_id, scope: r.scope, targetId: r.target_id }] : [],
      ),
      live: rows[0]?.live ?? false,
    };
  }

  async release(ids: string[], owner: string, now: Date): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      `WITH p AS (
         UPDATE posts SET status = 'scheduled', lease_owner = NULL, lease_until = NULL, updated_at = $3, version = version + 1
          WHERE id = ANY ($1::uuid[]) AND status = 'publishing' AND lease_owner = $2
         RETURNING id),
       unsent AS (
         DELETE FROM publish_attempts pa USING p
          WHERE pa.post_id = p.id AND pa.outcome = 'pending' AND pa.scheduler_id = $2)
       SELECT id FROM p`,
      [ids, owner, now],
    );
    return rows.map((r) => r.id);
  }

  async nextDueAt(now: Date, graceMs: number): Promise<Date | null> {
    const [r] = await this.rows<{ at: Date }>(nextDue('$1', '$2', HOLDS), [now, graceMs]);
    return r?.at ?? null;
  }

  async accountsDueBy(until: Date, limit: number): Promise<string[]> {
    const rows = await this.rows<{ account_id: string }>(
      `SELECT DISTINCT p.account_id FROM posts p JOIN accounts a ON a.id = p.account_id
        WHERE p.status = 'scheduled' AND p.scheduled_at <= $1 AND a.status = 'connected' LIMIT $2`,
      [until, limit],
    );
    return rows.map((r) => r.account_id);
  }

  async startAttempt(input: StartAttemptInput): Promise<string | null> {
    const rows = await this.rows<{ id: string }>(
      `WITH p AS (
         UPDATE posts SET lease_until = $6
          WHERE id = $1 AND status = 'publishing' AND lease_owner = $2 AND lease_until >= $4::timestamptz + $5 * interval '1 millisecond'
         RETURNING id, workspace_id)
       INSERT INTO publish_attempts (workspace_id, post_id, segment_index, scheduler_id, started_at, outcome)
       SELECT workspace_id, id, $3, $2, $4, 'pending' FROM p
       RETURNING id`,
      [input.postId, input.owner, input.segmentIndex, input.now, input.minRemainingMs, input.leaseUntil],
    );
    return rows[0]?.id ?? null;
  }

  async appendSegment(input: AppendSegmentInput): Promise<boolean> {
    const [r] = await this.rows<{ kept: number }>(
      `WITH p AS (
         UPDATE posts SET tweet_ids = array_append(tweet_ids, $3), updated_at = $5
          WHERE id = $1 AND status = 'publishing' AND lease_owner = $2 RETURNING id),
       a AS (UPDATE publish_attempts SET finished_at = $5, outcome = 'published', tweet_id = $3 WHERE id = $4 RETURNING id)
       SELECT (SELECT count(*) FROM p)::int AS kept, (SELECT count(*) FROM a)::int AS attempts`,
      [input.postId, input.owner, input.tweetId, input.attemptId, input.now],
    );
    return (r?.kept ?? 0) > 0;
  }

  async finishAttempt(attemptId: string, outcome: AttemptOutcome, detail: string | null, now: Date): Promise<void> {
    await this.rows(`UPDATE publish_attempts SET finished_at = $2, outcome = $3, detail = $4 WHERE id = $1`, [
      attemptId,
      now,
      outcome,
      detail,
    ]);
  }

  async transition(
    postId: string,
    from: { status: PostStatus; leaseOwner?: string | null },
    next: PostLifecycleState,
    extras: TransitionExtras,
    now: Date,
  ): Promise<boolean> {
    const audit = extras.audit;
    if (!audit) return (await this.write(postId, from, next, extras, now)) !== null;
    return this.tx.run(async () => {
      const moved = await this.write(postId, from, next, extras, now);
      if (moved)
        await this.audit(
          [moved],
          () => audit,
          () => now,
        );
      return moved !== null;
    });
  }

  private async write(
    postId: string,
    from: { status: PostStatus; leaseOwner?: string | null },
    next: PostLifecycleState,
    extras: TransitionExtras,
    now: Date,
  ): Promise<Moved | null> {
    const a = extras.attempt;
    const [r] = await this.rows<{ moved: number; workspace_id: string | null }>(
      `WITH a AS (
         UPDATE publish_attempts SET finished_at = $14, outcome = $11, detail = $12, tweet_id = $13 WHERE $10::uuid IS NOT NULL AND id = $10::uuid RETURNING id),
       p AS (
         UPDATE posts SET status = $3, not_before = $4, lease_owner = $5, lease_until = $6,
                tweet_ids = coalesce($7::text[], tweet_ids),
                status_reason = CASE WHEN $15 THEN $8 ELSE status_reason END,
                published_at = coalesce($9, published_at),
                updated_at = $14, version = version + 1
          WHERE id = $1 AND status = $2 AND ($16 = false OR lease_owner IS NOT DISTINCT FROM $17)
         RETURNING id, workspace_id)
       SELECT (SELECT count(*) FROM p)::int AS moved, (SELECT workspace_id FROM p) AS workspace_id,
              (SELECT count(*) FROM a)::int AS attempts`,
      [
        postId,
        from.status,
        next.status,
        next.notBefore,
        next.lease?.owner ?? null,
        next.lease?.until ?? null,
        extras.tweetIds ?? null,
        extras.statusReason ?? null,
        extras.publishedAt ?? null,
        a?.id ?? null,
        a?.outcome ?? null,
        a?.detail ?? null,
        a?.tweetId ?? null,
        now,
        extras.statusReason !== undefined,
        from.leaseOwner !== undefined,
        from.leaseOwner ?? null,
      ],
    );
    return r?.moved && r.workspace_id ? { id: postId, workspace_id: r.workspace_id } : null;
  }

  async completePublished(items: PublishedCompletion[]): Promise<string[]> {
    if (!items.length) return [];
    if (!items.some((i) => i.audit)) return (await this.publishedMany(items)).map((r) => r.id);
    const byId = new Map(items.map((i) => [i.postId, i]));
    return this.tx.run(async () => {
      const moved = await this.publishedMany(items);
      await this.audit(
        moved,
        (id) => byId.get(id)?.audit,
        (id) => byId.get(id)!.publishedAt,
      );
      return moved.map((r) => r.id);
    });
  }

  /** One statement for the whole batch: posts and their last attempts. */
  private publishedMany(items: PublishedCompletion[]): Promise<Moved[]> {
    return this.rows<Moved>(
      `WITH v AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS v(post_id uuid, owner text, tweet_ids jsonb, published_at timestamptz, attempt_id uuid, tweet_id text)),
       a AS (
         UPDATE publish_attempts pa SET finished_at = v.published_at, outcome = 'published', detail = NULL, tweet_id = v.tweet_id
           FROM v WHERE pa.id = v.attempt_id RETURNING pa.id)
       UPDATE posts p SET status = 'published', not_before = NULL, lease_owner = NULL, lease_until = NULL,
              tweet_ids = ARRAY(SELECT jsonb_array_elements_text(v.tweet_ids)), status_reason = NULL,
              published_at = v.published_at, updated_at = v.published_at, version = p.version + 1
         FROM v
        WHERE p.id = v.post_id AND p.status = 'publishing' AND p.lease_owner = v.owner
       RETURNING p.id, p.workspace_id`,
      [
        JSON.stringify(
          items.map((i) => ({
            post_id: i.postId,
            owner: i.owner,
            tweet_ids: i.tweetIds,
            published_at: i.publishedAt.toISOString(),
            attempt_id: i.attemptId,
            tweet_id: i.tweetId,
          })),
        ),
      ],
    );
  }

  async transitionMany(move: BatchTransition): Promise<string[]> {
    if (!move.ids.length) return [];
    const { audits, now } = move;
    if (audits?.size)
      return this.tx.run(async () => {
        const moved = await this.moveMany(move);
        await this.audit(
          moved,
          (id) => audits.get(id),
          () => now,
        );
        return moved.map((r) => r.id);
      });
    return (await this.moveMany(move)).map((r) => r.id);
  }

  private moveMany({ ids, fromStatus, next, statusReason, now }: BatchTransition): Promise<Moved[]> {
    return this.rows<Moved>(
      `UPDATE posts SET status = $3, not_before = $4, lease_owner = $5, lease_until = $6, status_reason = $7, updated_at = $8, version = version + 1
        WHERE id = ANY($1::uuid[]) AND status = $2 RETURNING id, workspace_id`,
      [
        ids,
        fromStatus,
        next.status,
        next.notBefore,
        next.lease?.owner ?? null,
        next.lease?.until ?? null,
        statusReason,
        now,
      ],
    );
  }

  async orphanedLeases(
    now: Date,
    me: string,
    limit: number,
  ): Promise<(PublishJob & { pendingAttempts: number; ownerGone: boolean })[]> {
    const rows = await this.rows<JobRow & { owner_gone: boolean }>(
      `WITH live AS MATERIALIZED (${LIVE_SCHEDULERS})
       SELECT ${JOB_COLUMNS}, p.lease_until >= $1 AS owner_gone,
              (SELECT count(*)::int FROM publish_attempts pa WHERE pa.post_id = p.id AND pa.outcome = 'pending') AS pending_attempts
         FROM posts p JOIN accounts a ON a.id = p.account_id
        WHERE p.status = 'publishing' AND (p.lease_until < $1 OR ${leaseOwnerGone('p.lease_owner', '$3')})
        ORDER BY p.lease_until LIMIT $2
        FOR UPDATE OF p SKIP LOCKED`,
      [now, limit, me],
    );
    return rows.map((r) => ({ ...job(r), pendingAttempts: r.pending_attempts ?? 0, ownerGone: r.owner_gone }));
  }

  async hasOrphans(me: string): Promise<boolean> {
    const [r] = await this.rows<{ any: boolean }>(
      `WITH live AS MATERIALIZED (${LIVE_SCHEDULERS})
       SELECT EXISTS (SELECT 1 FROM posts p
                       WHERE p.status IN ('publishing', 'unconfirmed') AND ${leaseOwnerGone('p.lease_owner', '$1')}) AS any`,
      [me],
    );
    return r?.any ?? false;
  }

  async abandonPendingAttempts(postId: string, detail: string, now: Date): Promise<void> {
    await this.rows(
      `UPDATE publish_attempts SET outcome = 'unknown', finished_at = $3, detail = $2 WHERE post_id = $1 AND outcome = 'pending'`,
      [postId, detail, now],
    );
  }

  async claimUnconfirmed(input: ClaimInput): Promise<PublishJob[]> {
    const rows = await this.rows<JobRow>(
      `WITH live AS MATERIALIZED (${LIVE_SCHEDULERS}),
       c AS (
         SELECT p.id FROM posts p
          WHERE p.status = 'unconfirmed' AND (p.not_before IS NULL OR p.not_before <= $1)
            AND (p.lease_until IS NULL OR p.lease_until < $1 OR ${leaseOwnerGone('p.lease_owner', '$2')})
          ORDER BY p.scheduled_at
          FOR UPDATE SKIP LOCKED
          LIMIT $4)
       UPDATE posts p SET lease_owner = $2, lease_until = $3
         FROM c, accounts a
        WHERE p.id = c.id AND a.id = p.account_id
       RETURNING ${JOB_COLUMNS}`,
      [input.now, input.owner, input.leaseUntil, input.limit],
    );
    return rows.map(job);
  }

  async postponeReconciliation(postId: string, owner: string, notBefore: Date): Promise<void> {
    await this.rows(
      `UPDATE posts SET lease_owner = NULL, lease_until = NULL, not_before = $3 WHERE id = $1 AND status = 'unconfirmed' AND lease_owner = $2`,
      [postId, owner, notBefore],
    );
  }

  async overdue(now: Date, graceMs: number, limit: number): Promise<PublishJob[]> {
    const rows = await this.rows<JobRow>(
      `SELECT ${JOB_COLUMNS}
         FROM posts p JOIN accounts a ON a.id = p.account_id
        WHERE p.status = 'scheduled' AND ${deadline('$2')} < $1
          -- publish_by is never before scheduled_at (the lifecycle refuses it): a bound IDX_posts_due can use, so the
          -- sweep reads the overdue posts, not the whole calendar.
          AND p.scheduled_at < $1
        ORDER BY p.scheduled_at LIMIT $3
        FOR UPDATE OF p SKIP LOCKED`,
      [now, graceMs, limit],
    );
    return rows.map(job);
  }

  async loadMedia(workspaceId: string, ids: string[]): Promise<MediaBytes[]> {
    if (!ids.length) return [];
    const rows = await this.rows<{ id: string; data: Buffer; mime_type: string; alt_text: string | null }>(
      `SELECT m.id, m.mime_type, m.alt_text,
              (SELECT coalesce(string_agg(c.data, ''::bytea ORDER BY c.seq), ''::bytea)
                 FROM media_chunks c WHERE c.media_id = m.id) AS data
         FROM media m WHERE m.workspace_id = $1 AND m.id = ANY($2::uuid[]) AND m.status = 'ready'`,
      [workspaceId, ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id, data: r.data, mimeType: r.mime_type, altText: r.alt_text }] : [];
    });
  }

  async markAccountNeedsReauth(accountId: string, now: Date): Promise<boolean> {
    const rows = await this.rows<{ id: string }>(
      `UPDATE accounts SET status = 'needs_reauth', updated_at = $2, version = version + 1 WHERE id = $1 AND status = 'connected' RETURNING id`,
      [accountId, now],
    );
    return rows.length > 0;
  }

  async queueStats(now: Date, graceMs: number): Promise<{ due: number; oldestDueAt: Date | null }> {
    const [r] = await this.rows<{ due: number; oldest: Date | null }>(
      `SELECT count(*)::int AS due, min(p.scheduled_at) AS oldest
         FROM posts p JOIN accounts a ON a.id = p.account_id
        WHERE p.status = 'scheduled' AND p.scheduled_at <= $1 AND (p.not_before IS NULL OR p.not_before <= $1)
          AND ${deadline('$2')} >= $1 AND a.status = 'connected' AND ${NOT_HELD}`,
      [now, graceMs],
    );
    return { due: r?.due ?? 0, oldestDueAt: r?.oldest ?? null };
  }
}
