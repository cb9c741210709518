// Crisis holds: contracts of the public REST API, shared by the web app and the server.
import * as z from 'zod';
import { HOLD_SCOPE_VALUES } from '../rules/hold-coverage';
import { component, isoDateTime, pageOf, queryFlag, uuid } from './common';

export const HOLD_RELEASE_MODE_VALUES = ['resume', 'review'] as const;

export const PlaceHoldRequestSchema = z
  .object({
    /** What the hold covers. */
    scope: z.enum(HOLD_SCOPE_VALUES),
    /** The workspace, brand or account id (defaults to the workspace for scope=workspace). */
    targetId: uuid().nullable().optional(),
    reason: z.string().min(1).max(500),
  })
  .strict();
export type PlaceHoldRequest = z.infer<typeof PlaceHoldRequestSchema>;

export const ReleaseHoldRequestSchema = z
  .object({
    /** resume as planned, or send every held post back to review */
    mode: z.enum(HOLD_RELEASE_MODE_VALUES),
  })
  .strict();
export type ReleaseHoldRequest = z.infer<typeof ReleaseHoldRequestSchema>;

export const HoldListQuerySchema = z.object({ active: queryFlag().optional() }).strict();

export const HoldSchema = component('Hold', {
  id: z.string(),
  scope: z.enum(HOLD_SCOPE_VALUES),
  targetId: z.string(),
  reason: z.string(),
  placedBy: z.string(),
  placedAt: isoDateTime(),
  releasedAt: isoDateTime().nullable(),
  releasedBy: z.string().nullable(),
  releaseMode: z.enum(HOLD_RELEASE_MODE_VALUES).nullable(),
  active: z.boolean(),
  /** Scheduled posts this active hold covers now (in lists). */
  heldPosts: z.number().int().optional(),
});
export type HoldDto = z.infer<typeof HoldSchema>;
export const HoldPageSchema = pageOf(HoldSchema, 'HoldPage');

export const ReleasedHoldSchema = HoldSchema.extend({
  /** Held posts sent back to review (mode=review). */
  sentBackToReview: z.number().int(),
}).meta({ id: 'ReleasedHold' });
export type ReleasedHoldDto = z.infer<typeof ReleasedHoldSchema>;
