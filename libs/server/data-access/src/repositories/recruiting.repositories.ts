import { Injectable } from '@nestjs/common';
import { In, IsNull, type FindOptionsWhere } from 'typeorm';
import {
  RecruitingRepository,
  type CalendarFeedRecord,
  type ImportJobRecord,
  type JobOfferRecord,
  type LiveSessionRecord,
  type OriginPost,
  type PostOriginRecord,
  type PostOriginSource,
  type PostTemplateRecord,
  type RecurrenceRecord,
} from '@xp/server/application';
import type { PostStatus, TemplateLanguage } from '@xp/server/domain';
import {
  CalendarFeedEntity,
  ImportAttemptEntity,
  ImportJobEntity,
  JobOfferEntity,
  LiveSessionEntity,
  PostOriginEntity,
  PostTemplateEntity,
  RecurrenceEntity,
} from '../entities/recruiting.entity';
import { queryRows, TransactionHost } from './transaction-host';

const offer = (e: JobOfferEntity): JobOfferRecord => ({
  ...e,
  contractType: e.contractType as JobOfferRecord['contractType'],
  status: e.status as JobOfferRecord['status'],
});
const feed = (e: CalendarFeedEntity): CalendarFeedRecord => ({
  id: e.id,
  workspaceId: e.workspaceId,
  scope: e.scope as CalendarFeedRecord['scope'],
  targetId: e.targetId,
  createdBy: e.createdBy,
  createdAt: e.createdAt,
  revokedAt: e.revokedAt,
});

interface OriginRow {
  id: string;
  account_id: string;
  status: PostStatus;
  scheduled_at: Date | null;
  tweet_ids: string[];
  version: number;
  occurrence: number | null;
}

/** Job offers, templates, post origins, imports, recurrences, live sessions, calendar feeds; every query by workspace. */
@Injectable()
export class TypeormRecruitingRepository extends RecruitingRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return queryRows<T>(this.tx.manager, sql, params);
  }

  async insertOffer(o: Omit<JobOfferRecord, 'id' | 'version'>): Promise<JobOfferRecord> {
    return offer(await this.tx.repo(JobOfferEntity).save(this.tx.repo(JobOfferEntity).create({ ...o, version: 1 })));
  }
  async findOffer(workspaceId: string, id: string): Promise<JobOfferRecord | null> {
    const e = await this.tx.repo(JobOfferEntity).findOneBy({ workspaceId, id });
    return e ? offer(e) : null;
  }
  async listOffers(workspaceId: string, accountIds: string[] | null): Promise<JobOfferRecord[]> {
    const where: FindOptionsWhere<JobOfferEntity> = accountIds
      ? { workspaceId, accountId: In(accountIds) }
      : { workspaceId };
    return (await this.tx.repo(JobOfferEntity).find({ where, order: { createdAt: 'DESC' }, take: 500 })).map(offer);
  }
  async saveOffer(
    workspaceId: string,
    id: string,
    version: number,
    patch: Partial<JobOfferRecord>,
  ): Promise<JobOfferRecord | 'stale'> {
    const { id: _i, workspaceId: _w, version: _v, ...rest } = patch;
    const r = await this.tx
      .repo(JobOfferEntity)
      .update({ workspaceId, id, version }, { ...rest, version: version + 1 });
    if (!r.affected) return 'stale';
    return (await this.findOffer(workspaceId, id))!;
  }

  async templates(workspaceId: string, accountId: string): Promise<PostTemplateRecord[]> {
    return (await this.tx.repo(PostTemplateEntity).findBy({ workspaceId, accountId, kind: 'job_offer' })).map((t) => ({
      ...t,
      kind: 'job_offer',
      language: t.language as TemplateLanguage,
    }));
  }
  async putTemplate(
    workspaceId: string,
    accountId: string,
    language: TemplateLanguage,
    body: string,
    at: Date,
  ): Promise<PostTemplateRecord> {
    const [r] = await this.rows<{ id: string; version: number }>(
      `INSERT INTO post_templates (workspace_id, account_id, kind, language, body, updated_at) VALUES ($1, $2, 'job_offer', $3, $4, $5)
       ON CONFLICT (account_id, kind, language) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at, version = post_templates.version + 1
       WHERE post_templates.workspace_id = EXCLUDED.workspace_id RETURNING id, version`,
      [workspaceId, accountId, language, body, at],
    );
    return { id: r!.id, workspaceId, accountId, kind: 'job_offer', language, body, version: r!.version, updatedAt: at };
  }

  async addOrigin(o: PostOriginRecord): Promise<void> {
    await this.tx.repo(PostOriginEntity).insert(o);
  }
  async originPosts(
    workspaceId: string,
    source: PostOriginSource,
    filter: { sourceId?: string; accountId?: string },
  ): Promise<(OriginPost & { occurrence: number | null })[]> {
    const params: unknown[] = [workspaceId, source];
    let where = '';
    if (filter.sourceId) {
      params.push(filter.sourceId);
      where += ` AND o.source_id = $${params.length}`;
    }
    if (filter.accountId) {
      params.push(filter.accountId);
      where += ` AND p.account_id = $${params.length}`;
    }
    const rows = await this.rows<OriginRow>(
      `SELECT p.id, p.account_id, p.status, p.scheduled_at, p.tweet_ids, p.version, o.occurrence
         FROM post_origins o JOIN posts p ON p.id = o.post_id AND p.workspace_id = o.workspace_id
        WHERE o.workspace_id = $1 AND o.source = $2 ${where} ORDER BY p.scheduled_at NULLS LAST, p.created_at LIMIT 5000`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      status: r.status,
      scheduledAt: r.scheduled_at,
      tweetIds: r.tweet_ids,
      version: r.version,
      occurrence: r.occurrence,
    }));
  }
  async plannedTimes(
    workspaceId: string,
    accountId: string,
    from: Date,
    exceptSource?: PostOriginSource,
  ): Promise<number[]> {
    const rows = await this.rows<{ scheduled_at: Date }>(
      `SELECT p.scheduled_at FROM posts p LEFT JOIN post_origins o ON o.post_id = p.id
        WHERE p.workspace_id = $1 AND p.account_id = $2 AND p.scheduled_at > $3
          AND p.status IN ('draft','in_review','changes_requested','scheduled','publishing','published','unconfirmed')
          AND ($4::text IS NULL OR o.source IS DISTINCT FROM $4::text)`,
      [workspaceId, accountId, from, exceptSource ?? null],
    );
    return rows.map((r) => r.scheduled_at.getTime());
  }

  async insertImport(j: Omit<ImportJobRecord, 'id'>): Promise<ImportJobRecord> {
    const e = await this.tx.repo(ImportJobEntity).save(this.tx.repo(ImportJobEntity).create(j));
    return e as unknown as ImportJobRecord;
  }
  async findImport(workspaceId: string, id: string): Promise<ImportJobRecord | null> {
    return (await this.tx.repo(ImportJobEntity).findOneBy({ workspaceId, id })) as unknown as ImportJobRecord | null;
  }
  async saveImport(
    workspaceId: string,
    id: string,
    patch: Partial<ImportJobRecord>,
    outsideTransaction = false,
  ): Promise<void> {
    const { id: _i, workspaceId: _w, ...rest } = patch;
    const manager = outsideTransaction ? this.tx.dataSource.manager : this.tx.manager;
    await manager.getRepository(ImportJobEntity).update({ workspaceId, id }, rest as Partial<ImportJobEntity>);
  }
  async lockImportAttempts(workspaceId: string, since: Date): Promise<{ userId: string; at: Date }[]> {
    const m = this.tx.manager;
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('import-attempts:' || $1::text, 0))`, [workspaceId]);
    const rows = await queryRows<{ user_id: string; at: Date }>(
      m,
      `SELECT user_id, at FROM import_attempts WHERE workspace_id = $1 AND at > $2`,
      [workspaceId, since],
    );
    return rows.map((r) => ({ userId: r.user_id, at: r.at }));
  }
  async addImportAttempt(workspaceId: string, userId: string, at: Date): Promise<void> {
    await this.tx.repo(ImportAttemptEntity).insert({ workspaceId, userId, at });
  }
  async expireImports(attemptsBefore: Date, reportsBefore: Date, forgetBefore: Date): Promise<void> {
    const m = this.tx.manager;
    await m.query(`DELETE FROM import_attempts WHERE at < $1`, [attemptsBefore]);
    await m.query(`DELETE FROM import_jobs WHERE status = 'dry_run' AND created_at <= $1`, [forgetBefore]);
    await m.query(
      `UPDATE import_jobs SET rows = '[]'::jsonb WHERE status = 'dry_run' AND created_at <= $1 AND rows <> '[]'::jsonb`,
      [reportsBefore],
    );
  }
  async startImport(
    workspaceId: string,
    id: string,
    mode: ImportJobRecord['mode'],
    target: ImportJobRecord['targetStatus'],
  ): Promise<boolean> {
    const r = await this.tx
      .repo(ImportJobEntity)
      .update({ workspaceId, id, status: 'dry_run' }, { status: 'running', mode, targetStatus: target });
    return (r.affected ?? 0) > 0;
  }

  async insertRecurrence(r: Omit<RecurrenceRecord, 'id' | 'version'>): Promise<RecurrenceRecord> {
    return (await this.tx
      .repo(RecurrenceEntity)
      .save(this.tx.repo(RecurrenceEntity).create({ ...r, version: 1 }))) as RecurrenceRecord;
  }
  async findRecurrence(workspaceId: string, id: string): Promise<RecurrenceRecord | null> {
    return (await this.tx.repo(RecurrenceEntity).findOneBy({ workspaceId, id })) as RecurrenceRecord | null;
  }
  async listRecurrences(workspaceId: string, accountIds: string[] | null): Promise<RecurrenceRecord[]> {
    const where: FindOptionsWhere<RecurrenceEntity> = accountIds
      ? { workspaceId, accountId: In(accountIds) }
      : { workspaceId };
    return (await this.tx
      .repo(RecurrenceEntity)
      .find({ where, order: { createdAt: 'DESC' }, take: 500 })) as RecurrenceRecord[];
  }
  async saveRecurrence(workspaceId: string, id: string, patch: Partial<RecurrenceRecord>): Promise<void> {
    const { id: _i, workspaceId: _w, ...rest } = patch;
    await this.tx.repo(RecurrenceEntity).update({ workspaceId, id }, rest);
  }
  async recentTexts(workspaceId: string, accountId: string, limit: number): Promise<string[]> {
    const rows = await this.rows<{ text: string }>(
      `SELECT p.segments->0->>'text' AS text FROM posts p WHERE p.workspace_id = $1 AND p.account_id = $2 AND p.status <> 'cancelled'
        ORDER BY coalesce(p.published_at, p.scheduled_at, p.created_at) DESC LIMIT $3`,
      [workspaceId, accountId, limit],
    );
    return rows.map((r) => r.text).filter(Boolean);
  }

  async insertLive(l: Omit<LiveSessionRecord, 'id'>): Promise<LiveSessionRecord> {
    return this.tx.repo(LiveSessionEntity).save(this.tx.repo(LiveSessionEntity).create(l));
  }
  async findLive(workspaceId: string, id: string): Promise<LiveSessionRecord | null> {
    return this.tx.repo(LiveSessionEntity).findOneBy({ workspaceId, id });
  }
  async listLive(workspaceId: string, accountIds: string[] | null): Promise<LiveSessionRecord[]> {
    const where: FindOptionsWhere<LiveSessionEntity> = accountIds
      ? { workspaceId, accountId: In(accountIds) }
      : { workspaceId };
    return this.tx.repo(LiveSessionEntity).find({ where, order: { startsAt: 'DESC' }, take: 200 });
  }
  async saveLive(workspaceId: string, id: string, patch: Partial<LiveSessionRecord>): Promise<void> {
    const { id: _i, workspaceId: _w, ...rest } = patch;
    await this.tx.repo(LiveSessionEntity).update({ workspaceId, id }, rest);
  }

  async insertFeed(f: Omit<CalendarFeedRecord, 'id'> & { tokenHash: string }): Promise<CalendarFeedRecord> {
    return feed(await this.tx.repo(CalendarFeedEntity).save(this.tx.repo(CalendarFeedEntity).create(f)));
  }
  async listFeeds(workspaceId: string): Promise<CalendarFeedRecord[]> {
    return (
      await this.tx.repo(CalendarFeedEntity).find({ where: { workspaceId }, order: { createdAt: 'DESC' }, take: 500 })
    ).map(feed);
  }
  async revokeFeed(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const r = await this.tx
      .repo(CalendarFeedEntity)
      .update({ workspaceId, id, revokedAt: IsNull() }, { revokedAt: at });
    return (r.affected ?? 0) > 0;
  }
  async feedByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null> {
    const e = await this.tx.repo(CalendarFeedEntity).findOneBy({ tokenHash, revokedAt: IsNull() });
    return e ? feed(e) : null;
  }
}
