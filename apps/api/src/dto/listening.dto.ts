import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// Request bodies and queries of listening (monitors, alerts, settings): the schemas live in libs/shared.
export class CreateMonitorDto extends createZodDto(wire.CreateMonitorRequestSchema) {}
export class UpdateMonitorDto extends createZodDto(wire.UpdateMonitorRequestSchema) {}
export class MonitorListQueryDto extends createZodDto(wire.MonitorListQuerySchema) {}
export class MonitorSeriesQueryDto extends createZodDto(wire.MonitorSeriesQuerySchema) {}
export class MonitorPostsQueryDto extends createZodDto(wire.MonitorPostsQuerySchema) {}
export class MonitorAlertStatusDto extends createZodDto(wire.MonitorAlertStatusRequestSchema) {}
export class MonitorAlertInboxDto extends createZodDto(wire.MonitorAlertInboxRequestSchema) {}
export class UpdateListeningSettingsDto extends createZodDto(wire.UpdateListeningSettingsRequestSchema) {}
