import { createZodDto } from 'nestjs-zod';
import { BestHoursQuerySchema, NextSlotsQuerySchema } from '@xp/shared';

export class BestHoursQueryDto extends createZodDto(BestHoursQuerySchema) {}
export class NextSlotsQueryDto extends createZodDto(NextSlotsQuerySchema) {}
