// The audit trail: contracts of the public REST API, shared by the web app and the server.
import * as z from 'zod';
import { isoDateTime, pageOf, PageQuerySchema, uuid, zonedDateTime } from './common';

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
    /** Events at or after this time (ISO-8601 with offset). */
    from: zonedDateTime().optional(),
    /** Events at or before this time (ISO-8601 with offset). */
    to: zonedDateTime().optional(),
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

export const AuditEventSchema = z
  .object({
    id: z.string(),
    /** null: the system (scheduler, reconciliation). */
    actorId: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: isoDateTime(),
    prevHash: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventDto = z.infer<typeof AuditEventSchema>;
export const AuditEventPageSchema = pageOf(AuditEventSchema).meta({ id: 'AuditEventPage' });

export const AuditVerifySchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    broken: z.object({ id: z.string(), reason: z.string(), message: z.string() }).nullable(),
  })
  .meta({ id: 'AuditVerify' });
export type AuditVerifyDto = z.infer<typeof AuditVerifySchema>;

/**
 * A signed checkpoint of the workspace's audit chain: at `at`, the chain ended at event `lastId` with hash
 * `headHash` (HMAC-SHA256 under the key `keyId`, held by the operator). Keep them outside the product:
 * `npm run audit:verify -- --checkpoints <file>` then finds events deleted from the end of the trail.
 */
export const AuditCheckpointSchema = z
  .object({
    workspaceId: z.string(),
    lastId: z.string(),
    headHash: z.string(),
    at: isoDateTime(),
    keyId: z.string(),
    signature: z.string(),
  })
  .meta({ id: 'AuditCheckpoint' });
export type AuditCheckpointDto = z.infer<typeof AuditCheckpointSchema>;
export const AuditCheckpointPageSchema = pageOf(AuditCheckpointSchema).meta({ id: 'AuditCheckpointPage' });
