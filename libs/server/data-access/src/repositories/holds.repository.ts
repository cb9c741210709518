import { Injectable } from '@nestjs/common';
import { HoldRepository, type HeldPost, type HoldRecord, type HoldReleaseMode } from '@xp/server/application';
import { HOLD_STOPPED_STATUSES } from '@xp/shared';
import { camelRow } from './record-fields';
import { TransactionHost } from './transaction-host';

interface HoldRow {
  id: string;
  workspace_id: string;
  scope: HoldRecord['scope'];
  target_id: string;
  reason: string;
  placed_by: string;
  placed_at: Date;
  released_at: Date | null;
  released_by: string | null;
  release_mode: HoldReleaseMode | null;
  held_posts?: number;
}

const COLUMNS = `h.id, h.workspace_id, h.scope, h.target_id, h.reason, h.placed_by, h.placed_at, h.released_at, h.released_by, h.release_mode`;

/**
 * Hold h covers post p (joined with its account a): the SQL copy of the shared rule `holdCoversPost`, used by the
 * hold list, the hold's lock and the scheduler's claim. apps/scheduler/src/hold-coverage.integration-spec.ts pins
 * them to the same answers.
 */
/** The statuses a hold stops: the SQL copy of the shared `HOLD_STOPPED_STATUSES`. */
export const HOLD_STOPS_STATUS = `p.status IN (${HOLD_STOPPED_STATUSES.map((s) => `'${s}'`).join(', ')})`;
export const HOLD_COVERS_POST = `${HOLD_STOPS_STATUS} AND p.workspace_id = h.workspace_id AND ((h.scope = 'workspace' AND h.target_id = p.workspace_id)
  OR (h.scope = 'brand' AND h.target_id = a.brand_id) OR (h.scope = 'account' AND h.target_id = p.account_id))`;

const record = (r: HoldRow): HoldRecord => camelRow(r);

@Injectable()
export class TypeormHoldRepository extends HoldRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    const res = (await this.tx.manager.query(sql, params)) as unknown;
    if (Array.isArray(res) && res.length === 2 && Array.isArray(res[0]) && typeof res[1] === 'number')
      return res[0] as T[];
    return res as T[];
  }

  async insert(
    h: Omit<HoldRecord, 'id' | 'releasedAt' | 'releasedBy' | 'releaseMode' | 'heldPosts'>,
  ): Promise<HoldRecord> {
    const [r] = await this.rows<HoldRow>(
      `INSERT INTO holds AS h (workspace_id, scope, target_id, reason, placed_by, placed_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [h.workspaceId, h.scope, h.targetId, h.reason, h.placedBy, h.placedAt],
    );
    return record(r!);
  }

  async list(workspaceId: string, opts: { active?: boolean }): Promise<HoldRecord[]> {
    const where =
      opts.active === true ? 'AND h.released_at IS NULL' : opts.active === false ? 'AND h.released_at IS NOT NULL' : '';
    const rows = await this.rows<HoldRow>(
      `SELECT ${COLUMNS},
              CASE WHEN h.released_at IS NULL THEN
                (SELECT count(*)::int FROM posts p JOIN accounts a ON a.id = p.account_id WHERE p.status = 'scheduled' AND ${HOLD_COVERS_POST})
              END AS held_posts
         FROM holds h WHERE h.workspace_id = $1 ${where}
        ORDER BY h.placed_at DESC LIMIT 500`,
      [workspaceId],
    );
    // held_posts is null for a released hold: the record then carries no heldPosts at all.
    return rows.map(({ held_posts, ...r }) => record(held_posts == null ? r : { ...r, held_posts }));
  }

  async active(workspaceId: string): Promise<HoldRecord[]> {
    const rows = await this.rows<HoldRow>(
      `SELECT ${COLUMNS} FROM holds h WHERE h.workspace_id = $1 AND h.released_at IS NULL ORDER BY h.placed_at DESC`,
      [workspaceId],
    );
    return rows.map(record);
  }

  async find(workspaceId: string, id: string): Promise<HoldRecord | null> {
    const [r] = await this.rows<HoldRow>(`SELECT ${COLUMNS} FROM holds h WHERE h.workspace_id = $1 AND h.id = $2`, [
      workspaceId,
      id,
    ]);
    return r ? record(r) : null;
  }

  async release(
    workspaceId: string,
    id: string,
    by: string,
    mode: HoldReleaseMode,
    at: Date,
  ): Promise<HoldRecord | null> {
    const [r] = await this.rows<HoldRow>(
      `UPDATE holds h SET released_at = $4, released_by = $3, release_mode = $5
        WHERE h.workspace_id = $1 AND h.id = $2 AND h.released_at IS NULL RETURNING ${COLUMNS}`,
      [workspaceId, id, by, at, mode],
    );
    return r ? record(r) : null;
  }

  async lockCoveredScheduledPosts(hold: HoldRecord): Promise<HeldPost[]> {
    const rows = await this.rows<{
      id: string;
      author_id: string;
      content_hash: string;
      scheduled_at: Date | null;
      publish_by: Date | null;
      not_before: Date | null;
    }>(
      `SELECT p.id, p.author_id, p.content_hash, p.scheduled_at, p.publish_by, p.not_before
         FROM posts p JOIN accounts a ON a.id = p.account_id, holds h
        WHERE h.id = $1 AND p.status = 'scheduled' AND ${HOLD_COVERS_POST}
        FOR UPDATE OF p`,
      [hold.id],
    );
    return rows.map((r) => ({
      id: r.id,
      authorId: r.author_id,
      contentHash: r.content_hash,
      scheduledAt: r.scheduled_at,
      publishBy: r.publish_by,
      notBefore: r.not_before,
    }));
  }

  async sendBackToReview(workspaceId: string, ids: string[], reason: string, at: Date): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.rows<{ id: string }>(
      `WITH moved AS (
         UPDATE posts SET status = 'in_review', not_before = NULL, charter_override = NULL, status_reason = $3, updated_at = $4, version = version + 1
          WHERE workspace_id = $1 AND id = ANY($2::uuid[]) AND status = 'scheduled' RETURNING id),
       inv AS (UPDATE approvals SET valid = false WHERE post_id IN (SELECT id FROM moved) AND valid RETURNING id)
       SELECT id FROM moved`,
      [workspaceId, ids, reason, at],
    );
    return rows.map((r) => r.id);
  }
}
