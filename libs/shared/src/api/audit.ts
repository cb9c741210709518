// The audit trail: contracts of the public REST API, shared by the web app and the server.
import * as z from 'zod';
import { component, isoDateTime, pageOf, PageQuerySchema, uuid } from './common';
import { eventSubject, rangeQuery } from './fields';

export const AUDIT_SUBJECT_TYPES = [
  'post',
  'account',
  'hold',
  'member',
  'invitation',
  'brand',
  'charter',
  'workspace',
  'media',
] as const;

/** Filters of the audit trail (list and CSV export). */
export const AuditFilterQuerySchema = z
  .object({
    /** `from`: events at or after this time; `to`: at or before it. */
    ...rangeQuery,
    action: z
      .string()
      .max(100)
      .regex(/^[a-z_]+\.[a-z_]+$/, 'must look like post.approved')
      .optional(),
    actorId: uuid().optional(),
    subjectType: z.enum(AUDIT_SUBJECT_TYPES).optional(),
    subjectId: z.string().min(1).max(200).optional(),
  })
  .strict();
export type AuditFilterQuery = z.infer<typeof AuditFilterQuerySchema>;

export const AuditListQuerySchema = AuditFilterQuerySchema.extend(PageQuerySchema.shape).strict();
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const AuditEventSchema = component('AuditEvent', {
  id: z.string(),
  /** null: the system (scheduler, reconciliation). */
  actorId: z.string().nullable(),
  action: z.string(),
  ...eventSubject,
  data: z.record(z.string(), z.unknown()),
  createdAt: isoDateTime(),
  prevHash: z.string().nullable(),
  hash: z.string(),
});
export type AuditEventDto = z.infer<typeof AuditEventSchema>;
export const AuditEventPageSchema = pageOf(AuditEventSchema, 'AuditEventPage');

export const AuditVerifySchema = component('AuditVerify', {
  ok: z.boolean(),
  checked: z.number().int(),
  broken: z.object({ id: z.string(), reason: z.string(), message: z.string() }).nullable(),
});
export type AuditVerifyDto = z.infer<typeof AuditVerifySchema>;

/**
 * A signed checkpoint of the workspace's audit chain: at `at`, the chain ended at event `lastId` with hash
 * `headHash` (HMAC-SHA256 under the key `keyId`, held by the operator). Keep them outside the product:
 * `npm run audit:verify -- --checkpoints <file>` then finds events deleted from the end of the trail.
 */
export const AuditCheckpointSchema = component('AuditCheckpoint', {
  workspaceId: z.string(),
  lastId: z.string(),
  headHash: z.string(),
  at: isoDateTime(),
  keyId: z.string(),
  signature: z.string(),
});
export type AuditCheckpointDto = z.infer<typeof AuditCheckpointSchema>;
export const AuditCheckpointPageSchema = pageOf(AuditCheckpointSchema, 'AuditCheckpointPage');
