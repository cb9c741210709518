import { createZodDto } from 'nestjs-zod';
import { AnalyticsRangeQuerySchema } from '@xp/shared';

export class AnalyticsRangeQueryDto extends createZodDto(AnalyticsRangeQuerySchema) {}
