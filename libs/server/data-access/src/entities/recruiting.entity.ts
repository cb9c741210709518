import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BelongsTo, CreatedAtColumn, RowVersion, TimeColumn, UpdatedAtColumn, WorkspaceIdColumn } from './columns';
import { AccountRow, EditedAccountRow } from './account.entity';
import { TenantRow } from './identity.entity';
import { PostEntity } from './post.entity';

/** A structured job offer posted to a careers account. */
@Entity('job_offers')
@Index('IDX_job_offers_ws', ['workspaceId', 'createdAt'])
export class JobOfferEntity extends EditedAccountRow {
  @Column('text') title!: string;
  @Column('text') location!: string;
  @Column('text', { name: 'contract_type' }) contractType!: string;
  @Column('text') url!: string;
  @TimeColumn('closes_at', true) closesAt!: Date | null;
  @Column('text', { array: true, default: () => `'{}'` }) hashtags!: string[];
  @Column('text', { name: 'title_en', nullable: true }) titleEn!: string | null;
  @Column('text', { name: 'hashtags_en', array: true, nullable: true }) hashtagsEn!: string[] | null;
  @Column('text', { default: 'open' }) status!: string;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @TimeColumn('closed_at', true) closedAt!: Date | null;
}

/** A per-account post template with variables, per language. */
@Entity('post_templates')
@Index('UQ_post_templates_account_kind_lang', ['accountId', 'kind', 'language'], { unique: true })
export class PostTemplateEntity extends AccountRow {
  @Column('text', { default: 'job_offer' }) kind!: string;
  @Column('text') language!: string;
  @Column('text') body!: string;
  @RowVersion() version!: number;
  @UpdatedAtColumn() updatedAt!: Date;
}

/** Where a post came from (job offer, import, queue, recurrence, live session). */
@Entity('post_origins')
@Index('IDX_post_origins_source', ['workspaceId', 'source', 'sourceId'])
export class PostOriginEntity {
  @PrimaryColumn('uuid', { name: 'post_id' }) postId!: string;
  @WorkspaceIdColumn() workspaceId!: string;
  @Column('text') source!: string;
  @Column('uuid', { name: 'source_id', nullable: true }) sourceId!: string | null;
  @Column('int', { nullable: true }) occurrence!: number | null;
  @Column('text', { nullable: true }) language!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @BelongsTo(() => PostEntity, 'post_id', 'CASCADE') post?: PostEntity;
}

/** A bulk import: the dry-run report, then the run's progress (the UI polls it). */
@Entity('import_jobs')
@Index('IDX_import_jobs_ws', ['workspaceId', 'createdAt'])
// Partial index of the report expiry (migration UploadLimits1796339379078): dry runs by age.
@Index('IDX_import_jobs_dry_run', { synchronize: false })
export class ImportJobEntity extends TenantRow {
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('text') status!: string;
  @Column('text', { name: 'file_name', nullable: true }) fileName!: string | null;
  @Column('text', { nullable: true }) mode!: string | null;
  @Column('text', { name: 'target_status', nullable: true }) targetStatus!: string | null;
  @Column('int') total!: number;
  @Column('int', { name: 'valid_rows' }) validRows!: number;
  @Column('int', { default: 0 }) processed!: number;
  @Column('int', { default: 0 }) imported!: number;
  @Column('int', { default: 0 }) failed!: number;
  @Column('jsonb') rows!: object[];
  @Column('text', { nullable: true }) error!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('finished_at', true) finishedAt!: Date | null;
}

/** One bulk-import dry run asked for (accepted or not): the sliding window of the dry-run throttle counts them. */
@Entity('import_attempts')
@Index('IDX_import_attempts_ws', ['workspaceId', 'at'])
export class ImportAttemptEntity extends TenantRow {
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @TimeColumn('at') at!: Date;
}

/** Evergreen recurrence of an account. */
@Entity('recurrences')
@Index('IDX_recurrences_ws', ['workspaceId'])
export class RecurrenceEntity extends AccountRow {
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('text', { name: 'start_date' }) startDate!: string;
  @Column('text', { name: 'end_date', nullable: true }) endDate!: string | null;
  @Column('text') time!: string;
  @Column('int') every!: number;
  @Column('text') unit!: string;
  @Column('jsonb') variants!: string[];
  @Column('text', { array: true, default: () => `'{}'` }) tags!: string[];
  @Column('int', { name: 'last_variant', nullable: true }) lastVariant!: number | null;
  @Column('int', { name: 'last_occurrence', nullable: true }) lastOccurrence!: number | null;
  @Column('boolean', { default: true }) active!: boolean;
  @RowVersion() version!: number;
  @CreatedAtColumn() createdAt!: Date;
}

/** A live event on an account (a Grand Prix): fast lane, publishBy deadlines, live budget. */
@Entity('live_sessions')
@Index('IDX_live_sessions_ws', ['workspaceId', 'startsAt'])
export class LiveSessionEntity extends AccountRow {
  @Column('text') title!: string;
  @TimeColumn('starts_at') startsAt!: Date;
  @TimeColumn('ends_at') endsAt!: Date;
  @Column('int', { name: 'max_lateness_seconds' }) maxLatenessSeconds!: number;
  @Column('int') budget!: number;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('ended_at', true) endedAt!: Date | null;
}

/** A secret, revocable iCal feed URL (only the token's hash is stored). */
@Entity('calendar_feeds')
@Index('UQ_calendar_feeds_token', ['tokenHash'], { unique: true })
export class CalendarFeedEntity extends TenantRow {
  @Column('text') scope!: string;
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('revoked_at', true) revokedAt!: Date | null;
}
