import { createZodDto } from 'nestjs-zod';
import {
  CreateMonitorRequestSchema,
  MonitorAlertInboxRequestSchema,
  MonitorAlertStatusRequestSchema,
  MonitorListQuerySchema,
  MonitorPostsQuerySchema,
  MonitorSeriesQuerySchema,
  UpdateListeningSettingsRequestSchema,
  UpdateMonitorRequestSchema,
} from '@xp/shared';

export class CreateMonitorDto extends createZodDto(CreateMonitorRequestSchema) {}
export class UpdateMonitorDto extends createZodDto(UpdateMonitorRequestSchema) {}
export class MonitorListQueryDto extends createZodDto(MonitorListQuerySchema) {}
export class MonitorSeriesQueryDto extends createZodDto(MonitorSeriesQuerySchema) {}
export class MonitorPostsQueryDto extends createZodDto(MonitorPostsQuerySchema) {}
export class MonitorAlertStatusDto extends createZodDto(MonitorAlertStatusRequestSchema) {}
export class MonitorAlertInboxDto extends createZodDto(MonitorAlertInboxRequestSchema) {}
export class UpdateListeningSettingsDto extends createZodDto(UpdateListeningSettingsRequestSchema) {}
