import { createZodDto } from 'nestjs-zod';
import {
  CreateMonitorRequestSchema,
  MonitorAlertStatusRequestSchema,
  MonitorListQuerySchema,
  MonitorPostsQuerySchema,
  MonitorSeriesQuerySchema,
  UpdateMonitorRequestSchema,
} from '@xp/shared';

export class CreateMonitorDto extends createZodDto(CreateMonitorRequestSchema) {}
export class UpdateMonitorDto extends createZodDto(UpdateMonitorRequestSchema) {}
export class MonitorListQueryDto extends createZodDto(MonitorListQuerySchema) {}
export class MonitorSeriesQueryDto extends createZodDto(MonitorSeriesQuerySchema) {}
export class MonitorPostsQueryDto extends createZodDto(MonitorPostsQuerySchema) {}
export class MonitorAlertStatusDto extends createZodDto(MonitorAlertStatusRequestSchema) {}
