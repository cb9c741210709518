import { Injectable } from '@nestjs/common';
import {
  CharterRepository,
  HoldRepository,
  PostRepository,
  type CalendarItemRecord,
  type NewRevision,
  type CommentRecord,
  type MediaUse,
  type PostQuery,
  type PostRecord,
  type PostSegment,
} from '@xp/server/application';
import type { Approval, PostKind, PostStatus } from '@xp/server/domain';
import { CALENDAR_EXCERPT_LENGTH, type Role } from '@xp/shared';
import { ApprovalEntity, CharterEntity, PostCommentEntity, PostEntity, PostRevisionEntity } from '../entities';
import { fields, pick } from './record-fields';
import { TransactionHost } from './transaction-host';

const POST_FIELDS = fields(
  'id workspaceId accountId authorId segments contentHash tags scheduledAt publishBy notBefore leaseOwner leaseUntil',
  'charterOverride tweetIds inReplyToTweetId publishedAt statusReason version createdAt updatedAt',
);

function record(e: PostEntity): PostRecord {
  return { ...pick(e, POST_FIELDS), status: e.status as PostStatus, kind: e.kind as PostKind };
}

/** Epoch milliseconds as float8 (parsed with parseFloat) instead of timestamptz text (parsed by a regex). */
const ms = (col: string) => `floor(extract(epoch FROM p.${col}) * 1000)::float8 AS ${col}`;
/**
 * The columns of a PostRecord, shaped for a fast decode of tens of thousands of rows: timestamps as epoch
 * milliseconds, text arrays as JSON (JSON.parse is far faster than the text-array parser).
 */
export const POST_COLUMNS = [
  'p.id, p.workspace_id, p.account_id, p.author_id, p.status, p.kind, p.segments, p.content_hash',
  'to_json(p.tags) AS tags',
  ...['scheduled_at', 'publish_by', 'not_before'].map(ms),
  'p.lease_owner',
  ms('lease_until'),
  'p.charter_override',
  'to_json(p.tweet_ids) AS tweet_ids, p.in_reply_to_tweet_id',
  ms('published_at'),
  'p.status_reason, p.version',
  ...['created_at', 'updated_at'].map(ms),
].join(', ');

/** A `posts` row as selected with POST_COLUMNS. */
export interface PostRow {
  id: string;
  workspace_id: string;
  account_id: string;
  author_id: string;
  status: string;
  kind: string;
  segments: PostSegment[];
  content_hash: string;
  tags: string[];
  scheduled_at: number | null;
  publish_by: number | null;
  not_before: number | null;
  lease_owner: string | null;
  lease_until: number | null;
  charter_override: PostRecord['charterOverride'];
  tweet_ids: string[];
  in_reply_to_tweet_id: string | null;
  published_at: number | null;
  status_reason: string | null;
  version: number;
  created_at: number;
  updated_at: number;
}

/** A timestamp as ISO 8601 in UTC, exactly as `Date.prototype.toISOString` writes it (which costs more in Node). */
const isoText = (col: string, as: string) =>
  `to_char(p.${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${as}"`;
/**
 * What `calendarItems` selects, named as a CalendarItemRecord's fields so that rows need no mapping. `firstText` is
 * cut one character past the excerpt, so `excerpt()` decides alike.
 */
const CALENDAR_COLUMNS = [
  'p.id, p.account_id AS "accountId", p.status, p.kind',
  'to_json(p.tags) AS tags',
  isoText('scheduled_at', 'scheduledAt'),
  isoText('publish_by', 'publishBy'),
  isoText('published_at', 'publishedAt'),
  `coalesce(left(p.segments -> 0 ->> 'text', ${CALENDAR_EXCERPT_LENGTH + 1}), '') AS "firstText"`,
  'jsonb_array_length(p.segments) AS "segmentCount", p.version',
].join(', ');

const at = (v: number | null): Date | null => (v === null ? null : new Date(v));

export function fromRow(r: PostRow): PostRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    accountId: r.account_id,
    authorId: r.author_id,
    status: r.status as PostStatus,
    kind: r.kind as PostKind,
    segments: r.segments,
    contentHash: r.content_hash,
    tags: r.tags,
    scheduledAt: at(r.scheduled_at),
    publishBy: at(r.publish_by),
    notBefore: at(r.not_before),
    leaseOwner: r.lease_owner,
    leaseUntil: at(r.lease_until),
    charterOverride: r.charter_override,
    tweetIds: r.tweet_ids,
    inReplyToTweetId: r.in_reply_to_tweet_id,
    publishedAt: at(r.published_at),
    statusReason: r.status_reason,
    version: r.version,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

const toComment = (e: PostCommentEntity): CommentRecord => ({
  id: e.id,
  postId: e.postId,
  authorId: e.authorId,
  parentId: e.parentId,
  body: e.body,
  mentions: e.mentions,
  createdAt: e.createdAt,
});

@Injectable()
export class TypeormPostRepository extends PostRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly holds: HoldRepository,
  ) {
    super();
  }

  async insert(p: Omit<PostRecord, 'id' | 'version'>): Promise<PostRecord> {
    const repo = this.tx.repo(PostEntity);
    return record(await repo.save(repo.create({ ...p, version: 1 })));
  }

  async find(workspaceId: string, id: string): Promise<PostRecord | null> {
    const e = await this.tx.repo(PostEntity).findOneBy({ workspaceId, id });
    return e ? record(e) : null;
  }

  async findForUpdate(workspaceId: string, id: string): Promise<PostRecord | null> {
    const e = await this.tx
      .repo(PostEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.workspace_id = :workspaceId AND p.id = :id', { workspaceId, id })
      .getOne();
    return e ? record(e) : null;
  }

  async save(
    workspaceId: string,
    id: string,
    version: number,
    patch: Partial<Omit<PostRecord, 'id' | 'workspaceId' | 'version'>>,
  ): Promise<PostRecord | 'stale'> {
    const res = await this.tx
      .repo(PostEntity)
      .createQueryBuilder()
      .update()
      .set({ ...(patch as Partial<PostEntity>), version: () => 'version + 1' })
      .where('id = :id AND workspace_id = :workspaceId AND version = :version', { id, workspaceId, version })
      .execute();
    if (!res.affected) return 'stale';
    return (await this.find(workspaceId, id))!;
  }

  async list(workspaceId: string, q: PostQuery): Promise<PostRecord[]> {
    // Plain SQL and a hand-written row mapping: a month can hold tens of thousands of posts, and TypeORM's entity
    // hydration costs more than the query itself at that size. Only the columns a PostRecord carries.
    const rows: PostRow[] = await this.range(POST_COLUMNS, workspaceId, q);
    return rows.map(fromRow);
  }

  async calendarItems(workspaceId: string, q: PostQuery): Promise<CalendarItemRecord[]> {
    // Only what the calendar shows: no segments to parse beyond the start of the first one's text.
    return this.range<CalendarItemRecord>(CALENDAR_COLUMNS, workspaceId, q);
  }

  /** The calendar range query's rows (filters of `PostQuery`), ordered by time (unscheduled last), then id. */
  private range<T>(columns: string, workspaceId: string, q: PostQuery): Promise<T[]> {
    const params: unknown[] = [workspaceId];
    const where = ['p.workspace_id = $1'];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (q.from) where.push(`p.scheduled_at >= ${param(q.from)}`);
    if (q.to) where.push(`p.scheduled_at < ${param(q.to)}`);
    if (q.accountIds) where.push(`p.account_id = ANY(${param(q.accountIds)}::uuid[])`);
    if (q.brandId)
      where.push(
        `p.account_id IN (SELECT a.id FROM accounts a WHERE a.workspace_id = $1 AND a.brand_id = ${param(q.brandId)})`,
      );
    if (q.statuses?.length) where.push(`p.status = ANY(${param(q.statuses)}::text[])`);
    if (q.tag) where.push(`${param(q.tag.toLowerCase().replace(/^#/, ''))} = ANY(p.tags)`);
    return this.tx.manager.query(
      `SELECT ${columns} FROM posts p WHERE ${where.join(' AND ')}
        ORDER BY p.scheduled_at ASC NULLS LAST, p.id ASC LIMIT ${param(q.limit)}`,
      params,
    ) as Promise<T[]>;
  }

  async calendarStamp(workspaceId: string): Promise<string | null> {
    // `xp_calendar_stamp` (migration CalendarStamp1795318000000): the largest transaction id that wrote a post of
    // the workspace, trusted only when no transaction that started before it is still running (ids are handed out
    // at start, not at commit), plus digests of the active holds and the accounts; null when not trustworthy yet.
    const rows = await this.tx.prepared<{ stamp: string | null }>('SELECT xp_calendar_stamp($1) AS stamp', [
      workspaceId,
    ]);
    return rows[0]?.stamp ?? null;
  }

  async addRevision({ workspaceId, postId, segments, contentHash, authorId, at }: NewRevision): Promise<number> {
    const rows: { n: number }[] = await this.tx.manager.query(
      `SELECT COALESCE(MAX(revision), 0) + 1 AS n FROM post_revisions WHERE post_id = $1`,
      [postId],
    );
    const revision = Number(rows[0]!.n);
    const repo = this.tx.repo(PostRevisionEntity);
    await repo.save(repo.create({ workspaceId, postId, revision, segments, contentHash, authorId, createdAt: at }));
    return revision;
  }

  async approvals(workspaceId: string, postId: string): Promise<Approval[]> {
    const rows = await this.tx
      .repo(ApprovalEntity)
      .find({ where: { workspaceId, postId, valid: true }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({
      approverId: r.approverId,
      role: r.role as Role,
      contentHash: r.contentHash,
      at: r.createdAt,
    }));
  }

  async addApproval(workspaceId: string, postId: string, a: Approval): Promise<void> {
    const repo = this.tx.repo(ApprovalEntity);
    await repo.save(
      repo.create({
        workspaceId,
        postId,
        approverId: a.approverId,
        role: a.role,
        contentHash: a.contentHash,
        valid: true,
        createdAt: a.at,
      }),
    );
  }

  async invalidateApprovals(workspaceId: string, postId: string): Promise<void> {
    await this.tx.repo(ApprovalEntity).update({ workspaceId, postId, valid: true }, { valid: false });
  }

  async addComment(workspaceId: string, c: Omit<CommentRecord, 'id'>): Promise<CommentRecord> {
    const repo = this.tx.repo(PostCommentEntity);
    return toComment(await repo.save(repo.create({ workspaceId, ...c })));
  }

  async comments(workspaceId: string, postId: string): Promise<CommentRecord[]> {
    const rows = await this.tx
      .repo(PostCommentEntity)
      .find({ where: { workspaceId, postId }, order: { createdAt: 'ASC' } });
    return rows.map(toComment);
  }

  async recent(
    workspaceId: string,
    accountIds: string[],
    limit: number,
  ): Promise<Pick<PostRecord, 'id' | 'accountId' | 'segments'>[]> {
    if (!accountIds.length) return [];
    const rows = await this.tx
      .repo(PostEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.accountId', 'p.segments'])
      .where(
        "p.workspace_id = :workspaceId AND p.account_id = ANY(:accountIds) AND p.status NOT IN ('cancelled', 'draft')",
        { workspaceId, accountIds },
      )
      .orderBy('p.updated_at', 'DESC')
      .limit(limit)
      .getMany();
    return rows.map((r) => ({ id: r.id, accountId: r.accountId, segments: r.segments }));
  }

  async neighbours(
    workspaceId: string,
    accountId: string,
    around: Date,
    each: number,
  ): Promise<Pick<PostRecord, 'id' | 'scheduledAt' | 'publishedAt' | 'tags' | 'segments'>[]> {
    const base = () =>
      this.tx
        .repo(PostEntity)
        .createQueryBuilder('p')
        .select(['p.id', 'p.scheduledAt', 'p.publishedAt', 'p.tags', 'p.segments'])
        .where(
          "p.workspace_id = :workspaceId AND p.account_id = :accountId AND p.status NOT IN ('cancelled', 'draft', 'failed', 'missed')",
          { workspaceId, accountId },
        );
    const before = await base()
      .andWhere('COALESCE(p.scheduled_at, p.published_at) <= :around', { around })
      .orderBy('COALESCE(p.scheduled_at, p.published_at)', 'DESC')
      .limit(each)
      .getMany();
    const after = await base()
      .andWhere('COALESCE(p.scheduled_at, p.published_at) > :around', { around })
      .orderBy('COALESCE(p.scheduled_at, p.published_at)', 'ASC')
      .limit(each)
      .getMany();
    return [...before, ...after].map((r) => ({
      id: r.id,
      scheduledAt: r.scheduledAt,
      publishedAt: r.publishedAt,
      tags: r.tags,
      segments: r.segments,
    }));
  }

  async lastApprovedSegments(workspaceId: string, postId: string): Promise<PostSegment[] | null> {
    const rows: { segments: PostSegment[] }[] = await this.tx.manager.query(
      `SELECT r.segments FROM approvals a JOIN post_revisions r ON r.post_id = a.post_id AND r.content_hash = a.content_hash
       WHERE a.workspace_id = $1 AND a.post_id = $2 ORDER BY a.created_at DESC, r.revision DESC LIMIT 1`,
      [workspaceId, postId],
    );
    return rows[0]?.segments ?? null;
  }

  /** The hold repository's answer (one query for active holds). */
  async activeHolds(workspaceId: string): Promise<{ scope: 'workspace' | 'brand' | 'account'; targetId: string }[]> {
    return this.holds.active(workspaceId);
  }

  async contributors(workspaceId: string, postId: string): Promise<string[]> {
    const rows: { author_id: string }[] = await this.tx.manager.query(
      `SELECT DISTINCT author_id FROM post_revisions WHERE workspace_id = $1 AND post_id = $2`,
      [workspaceId, postId],
    );
    return rows.map((r) => r.author_id);
  }

  async usingMedia(workspaceId: string, mediaIds: string[]): Promise<MediaUse[]> {
    if (!mediaIds.length) return [];
    const rows: { media_id: string; post_id: string; account_id: string; status: PostStatus }[] =
      await this.tx.manager.query(
        `SELECT DISTINCT m.e->>'id' AS media_id, p.id AS post_id, p.account_id, p.status
           FROM posts p, jsonb_array_elements(p.segments) s(seg), jsonb_array_elements(s.seg->'media') m(e)
          WHERE p.workspace_id = $1 AND m.e->>'id' = ANY($2::text[])`,
        [workspaceId, mediaIds],
      );
    return rows.map((r) => ({ mediaId: r.media_id, postId: r.post_id, accountId: r.account_id, status: r.status }));
  }
}

@Injectable()
export class TypeormCharterRepository extends CharterRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  async get(
    workspaceId: string,
    brandId: string,
  ): Promise<{ config: Record<string, unknown>; version: number } | null> {
    const e = await this.tx.repo(CharterEntity).findOneBy({ workspaceId, brandId });
    return e ? { config: e.config, version: e.version } : null;
  }
  async put(
    workspaceId: string,
    brandId: string,
    config: Record<string, unknown>,
    version: number | null,
    at: Date,
  ): Promise<number | 'stale'> {
    if (version === null) {
      const rows: { version: number }[] = await this.tx.manager.query(
        `INSERT INTO charters (brand_id, workspace_id, config, version, updated_at) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (brand_id) DO NOTHING RETURNING version`,
        [brandId, workspaceId, JSON.stringify(config), at],
      );
      return rows[0] ? 1 : 'stale';
    }
    const res: [unknown[], number] = await this.tx.manager.query(
      `UPDATE charters SET config = $1, updated_at = $2, version = version + 1 WHERE brand_id = $3 AND workspace_id = $4 AND version = $5`,
      [JSON.stringify(config), at, brandId, workspaceId, version],
    );
    return res[1] ? version + 1 : 'stale';
  }
}
