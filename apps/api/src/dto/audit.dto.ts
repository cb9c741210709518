import { createZodDto } from 'nestjs-zod';
import type { NotificationEvent } from '@xp/server/application';
import {
  AuditFilterQuerySchema,
  AuditListQuerySchema,
  CreateWebhookRequestSchema,
  NotificationListQuerySchema,
  UpdateNotificationPreferencesRequestSchema,
  type NotificationEventValue,
} from '@xp/shared';

export class AuditFilterQueryDto extends createZodDto(AuditFilterQuerySchema) {}
export class AuditListQueryDto extends createZodDto(AuditListQuerySchema) {}
export class NotificationListQueryDto extends createZodDto(NotificationListQuerySchema) {}
export class UpdateNotificationPreferencesDto extends createZodDto(UpdateNotificationPreferencesRequestSchema) {}
export class CreateWebhookDto extends createZodDto(CreateWebhookRequestSchema) {}

// The wire's list of events and the application's must be the same (a drift fails the build).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const notificationEventsAgree: Same<NotificationEventValue, NotificationEvent> = true;
