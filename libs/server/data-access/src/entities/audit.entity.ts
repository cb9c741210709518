import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, WorkspaceIdColumn } from './columns';

/**
 * The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained per workspace.
 * No foreign key to the workspace on purpose: the trail outlives what it describes and is never cascaded away.
 */
@Entity('audit_events')
@Index('IDX_audit_events_workspace_id', ['workspaceId', 'id'])
@Index('IDX_audit_events_workspace_created', ['workspaceId', 'createdAt'])
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
  @Column('text') hash!: string;
}

export const AUDIT_ENTITIES = [AuditEventEntity];
