import { createZodDto } from 'nestjs-zod';
import type { NotificationEvent } from '@xp/server/application';
import * as wire from '@xp/shared';

export class AuditFilterQueryDto extends createZodDto(wire.AuditFilterQuerySchema) {}
export class AuditListQueryDto extends createZodDto(wire.AuditListQuerySchema) {}
export class NotificationListQueryDto extends createZodDto(wire.NotificationListQuerySchema) {}
export class LiveEventsQueryDto extends createZodDto(wire.LiveEventsQuerySchema) {}
export class UpdateNotificationPreferencesDto extends createZodDto(wire.UpdateNotificationPreferencesRequestSchema) {}
export class CreateWebhookDto extends createZodDto(wire.CreateWebhookRequestSchema) {}

// The wire's list of events and the application's must be the same (a drift fails the build).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const notificationEventsAgree: Same<wire.NotificationEventValue, NotificationEvent> = true;
