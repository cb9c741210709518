import { applyDecorators } from '@nestjs/common';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ObjectType, RelationOptions } from 'typeorm';

/**
 * The column shapes every table repeats, composed once. Each helper expands to exactly the decorators it replaces,
 * so the metadata (and therefore the schema the drift check compares) is unchanged.
 */

/** `workspace_id uuid NOT NULL`: the tenant of the row. */
export const WorkspaceIdColumn = (): PropertyDecorator => Column('uuid', { name: 'workspace_id' });

/** A `timestamptz` column named `name` (snake case), NOT NULL unless `nullable`. */
export const TimeColumn = (name: string, nullable = false): PropertyDecorator =>
  Column(nullable ? { type: 'timestamptz', name, nullable } : { type: 'timestamptz', name });

export const CreatedAtColumn = (): PropertyDecorator => TimeColumn('created_at');
export const UpdatedAtColumn = (): PropertyDecorator => TimeColumn('updated_at');

/** The optimistic-concurrency counter the repositories compare and bump (not TypeORM's own @VersionColumn). */
export const RowVersion = (): PropertyDecorator => Column('int', { default: 1 });

/** A many-to-one relation joined on `column`, with the foreign key's ON DELETE rule. */
export const BelongsTo = <T>(target: () => ObjectType<T>, column: string, onDelete: RelationOptions['onDelete']) =>
  applyDecorators(ManyToOne(target, { onDelete }), JoinColumn({ name: column }));

/**
 * The head of a tenant's row: a generated uuid key and its workspace. An entity extending it has both columns (TypeORM
 * reads the columns of an abstract parent class), in the same schema as when it declares them itself.
 */
export abstract class WorkspaceRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @WorkspaceIdColumn() workspaceId!: string;
}
