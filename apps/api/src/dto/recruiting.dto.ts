import { createZodDto } from 'nestjs-zod';
import {
  AddToQueueRequestSchema,
  CloseJobOfferRequestSchema,
  CountQuerySchema,
  CreateCalendarFeedRequestSchema,
  CreateJobOfferRequestSchema,
  CreateLiveSessionRequestSchema,
  CreateRecurrenceRequestSchema,
  DryRunImportRequestSchema,
  GenerateJobPostsRequestSchema,
  LivePostRequestSchema,
  MaterializeRequestSchema,
  PutTemplateRequestSchema,
  RecurrenceActiveRequestSchema,
  RunImportRequestSchema,
} from '@xp/shared';

// Request bodies and queries of job offers, imports, the queue, recurrences, live sessions and iCal feeds: the
// schemas live in libs/shared.
export class GenerateJobPostsDto extends createZodDto(GenerateJobPostsRequestSchema) {}
export class CreateJobOfferDto extends createZodDto(CreateJobOfferRequestSchema) {}
export class CloseJobOfferDto extends createZodDto(CloseJobOfferRequestSchema) {}
export class PutTemplateDto extends createZodDto(PutTemplateRequestSchema) {}
export class DryRunImportDto extends createZodDto(DryRunImportRequestSchema) {}
export class RunImportDto extends createZodDto(RunImportRequestSchema) {}
export class AddToQueueDto extends createZodDto(AddToQueueRequestSchema) {}
export class CountQueryDto extends createZodDto(CountQuerySchema) {}
export class CreateRecurrenceDto extends createZodDto(CreateRecurrenceRequestSchema) {}
export class MaterializeDto extends createZodDto(MaterializeRequestSchema) {}
export class RecurrenceActiveDto extends createZodDto(RecurrenceActiveRequestSchema) {}
export class CreateLiveSessionDto extends createZodDto(CreateLiveSessionRequestSchema) {}
export class LivePostDto extends createZodDto(LivePostRequestSchema) {}
export class CreateCalendarFeedDto extends createZodDto(CreateCalendarFeedRequestSchema) {}
