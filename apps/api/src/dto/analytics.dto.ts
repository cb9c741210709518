import { createZodDto } from 'nestjs-zod';
import {
  AnalyticsPostsQuerySchema,
  AnalyticsSummaryQuerySchema,
  AnalyticsUsageQuerySchema,
  UpdateAnalyticsSettingsRequestSchema,
} from '@xp/shared';

export class AnalyticsSummaryQueryDto extends createZodDto(AnalyticsSummaryQuerySchema) {}
export class AnalyticsPostsQueryDto extends createZodDto(AnalyticsPostsQuerySchema) {}
export class AnalyticsUsageQueryDto extends createZodDto(AnalyticsUsageQuerySchema) {}
export class UpdateAnalyticsSettingsDto extends createZodDto(UpdateAnalyticsSettingsRequestSchema) {}
