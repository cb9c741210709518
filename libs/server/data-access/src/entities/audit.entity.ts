import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, WorkspaceIdColumn } from './columns';

/**
 * The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained per workspace.
 * No foreign key to the workspace on purpose: the trail outlives what it describes and is never cascaded away.
 */
@Entity('audit_events')
@Check('CHK_audit_events_keyed', '"key_id" IS NOT NULL')
@Index('IDX_audit_events_workspace_id', ['workspaceId', 'id'])
@Index('IDX_audit_events_workspace_created', ['workspaceId', 'createdAt'])
/** A post's "changes requested" (its approval path in analytics, migration 1796453700000). */
@Index('IDX_audit_events_changes_requested', ['subjectId'], { where: `"action" = 'post.request_changes'` })
export class AuditEventEntity {
  /** bigint: the pg driver returns it as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @WorkspaceIdColumn() workspaceId!: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text') action!: string;
  @Column('text', { name: 'subject_type' }) subjectType!: string;
  @Column('text', { name: 'subject_id' }) subjectId!: string;
  @Column('jsonb', { default: () => "'{}'" }) data!: Record<string, unknown>;
  @CreatedAtColumn() createdAt!: Date;
  /** The previous event's hash in this workspace; null for the first one. */
  @Column('text', { name: 'prev_hash', nullable: true }) prevHash!: string | null;
  /** HMAC-SHA256 over prevHash and the fields, with the configured key named here (AUDIT_HMAC_KEYS). */
  @Column('text') hash!: string;
  /** null: an unkeyed event of the legacy prefix (before the keyed chain began; audit_chain_legacy). */
  @Column('text', { name: 'key_id', nullable: true }) keyId!: string | null;
}
