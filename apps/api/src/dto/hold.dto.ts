import { createZodDto } from 'nestjs-zod';
import type { HoldReleaseMode, HoldScope } from '@xp/server/application';
import {
  HoldListQuerySchema,
  PlaceHoldRequestSchema,
  ReleaseHoldRequestSchema,
  type HOLD_RELEASE_MODE_VALUES,
  type HOLD_SCOPE_VALUES,
} from '@xp/shared';

export class PlaceHoldDto extends createZodDto(PlaceHoldRequestSchema) {}
export class ReleaseHoldDto extends createZodDto(ReleaseHoldRequestSchema) {}
export class HoldListQueryDto extends createZodDto(HoldListQuerySchema) {}

// The wire's lists and the application's must name the same values (a drift fails the build).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const holdScopesAgree: Same<(typeof HOLD_SCOPE_VALUES)[number], HoldScope> = true;
export const releaseModesAgree: Same<(typeof HOLD_RELEASE_MODE_VALUES)[number], HoldReleaseMode> = true;
