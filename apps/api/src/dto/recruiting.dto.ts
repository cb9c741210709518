import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// Request bodies and queries of job offers, imports, the queue, recurrences, live sessions and iCal feeds: the
// schemas live in libs/shared.
export class GenerateJobPostsDto extends createZodDto(wire.GenerateJobPostsRequestSchema) {}
export class CreateJobOfferDto extends createZodDto(wire.CreateJobOfferRequestSchema) {}
export class CloseJobOfferDto extends createZodDto(wire.CloseJobOfferRequestSchema) {}
export class PutTemplateDto extends createZodDto(wire.PutTemplateRequestSchema) {}
export class DryRunImportDto extends createZodDto(wire.DryRunImportRequestSchema) {}
export class RunImportDto extends createZodDto(wire.RunImportRequestSchema) {}
export class AddToQueueDto extends createZodDto(wire.AddToQueueRequestSchema) {}
export class CountQueryDto extends createZodDto(wire.CountQuerySchema) {}
export class CreateRecurrenceDto extends createZodDto(wire.CreateRecurrenceRequestSchema) {}
export class MaterializeDto extends createZodDto(wire.MaterializeRequestSchema) {}
export class RecurrenceActiveDto extends createZodDto(wire.RecurrenceActiveRequestSchema) {}
export class CreateLiveSessionDto extends createZodDto(wire.CreateLiveSessionRequestSchema) {}
export class LivePostDto extends createZodDto(wire.LivePostRequestSchema) {}
export class CreateCalendarFeedDto extends createZodDto(wire.CreateCalendarFeedRequestSchema) {}
