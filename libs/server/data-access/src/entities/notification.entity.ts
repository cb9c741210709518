import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BelongsTo, CreatedAtColumn, TimeColumn, UpdatedAtColumn, WorkspaceIdColumn } from './columns';
import { TenantRow, UserEntity, WorkspaceEntity } from './identity.entity';

export interface LocalizedText {
  fr: string;
  en: string;
}

/** An in-app notification for one member. */
@Entity('notifications')
@Index('IDX_notifications_recipient', ['workspaceId', 'userId', 'createdAt'])
export class NotificationEntity extends TenantRow {
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') event!: string;
  @Column('text', { name: 'subject_type' }) subjectType!: string;
  @Column('text', { name: 'subject_id' }) subjectId!: string;
  @Column('jsonb') title!: LocalizedText;
  @Column('jsonb', { nullable: true }) body!: LocalizedText | null;
  @Column('jsonb', { default: () => "'{}'" }) data!: Record<string, unknown>;
  @TimeColumn('read_at', true) readAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => UserEntity, 'user_id', 'CASCADE') user?: UserEntity;
}

/** One member's choice for one event; absent rows mean the defaults. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('text') event!: string;
  @Column('boolean', { name: 'in_app' }) inApp!: boolean;
  @Column('boolean') email!: boolean;
  @UpdatedAtColumn() updatedAt!: Date;

  @BelongsTo(() => WorkspaceEntity, 'workspace_id', 'CASCADE') workspace?: WorkspaceEntity;
  @BelongsTo(() => UserEntity, 'user_id', 'CASCADE') user?: UserEntity;
}

/** An outgoing webhook of a workspace; the signing secret is encrypted at rest (AES-256-GCM). */
@Entity('webhooks')
@Index('IDX_webhooks_workspace', ['workspaceId', 'createdAt'])
export class WebhookEntity {
  @PrimaryColumn('uuid') id!: string;
  @WorkspaceIdColumn() workspaceId!: string;
  @Column('text') url!: string;
  @Column('text', { array: true }) events!: string[];
  @Column('text', { name: 'secret_enc' }) secretEnc!: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => WorkspaceEntity, 'workspace_id', 'CASCADE') workspace?: WorkspaceEntity;
}

/** One queued delivery of one event to one webhook, retried with exponential backoff. */
@Entity('webhook_deliveries')
@Index('IDX_webhook_deliveries_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_deliveries_webhook', ['webhookId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @WorkspaceIdColumn() workspaceId!: string;
  @Column('uuid', { name: 'webhook_id' }) webhookId!: string;
  @Column('text') event!: string;
  /** The exact JSON body sent (and signed). */
  @Column('text') body!: string;
  /** pending: waiting for an attempt; delivered: a 2xx answer; failed: gave up after the last attempt. */
  @Column('text') status!: 'pending' | 'delivered' | 'failed';
  @Column('int', { default: 0 }) attempts!: number;
  @TimeColumn('next_attempt_at') nextAttemptAt!: Date;
  @Column('int', { name: 'last_status', nullable: true }) lastStatus!: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('finished_at', true) finishedAt!: Date | null;

  @BelongsTo(() => WebhookEntity, 'webhook_id', 'CASCADE') webhook?: WebhookEntity;
}
