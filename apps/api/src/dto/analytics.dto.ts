import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// The analytics queries and the settings body: the schemas live in libs/shared.
export class AnalyticsSummaryQueryDto extends createZodDto(wire.AnalyticsSummaryQuerySchema) {}
export class AnalyticsPostsQueryDto extends createZodDto(wire.AnalyticsPostsQuerySchema) {}
export class AnalyticsUsageQueryDto extends createZodDto(wire.AnalyticsUsageQuerySchema) {}
export class UpdateAnalyticsSettingsDto extends createZodDto(wire.UpdateAnalyticsSettingsRequestSchema) {}
