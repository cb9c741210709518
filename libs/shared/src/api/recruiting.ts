// Recruiting and volume: job offers, bulk import, the queue, recurrence, live-event mode and iCal feeds.
// Contracts of the public REST API, one zod schema per request and per response (dates are ISO-8601 UTC strings on
// output); the types are inferred from them.
import * as z from 'zod';
import { component, isoDateTime, MessageParamsSchema, pageOf, uuid, versionNumber } from './common';
import { createdBy, versionedRow } from './fields';
import { FINDING_SEVERITY_VALUES, localizedSchema, PostDtoSchema, POST_STATUS_VALUES, tagsSchema } from './posts';
import { SLOT_PREFERENCES, slotPageExtras } from './analytics-best-hours';

export const CONTRACT_TYPE_VALUES = ['cdi', 'cdd', 'internship', 'apprenticeship', 'freelance'] as const;
export type ContractTypeValue = (typeof CONTRACT_TYPE_VALUES)[number];
export const TEMPLATE_LANGUAGE_VALUES = ['fr', 'en'] as const;
export type TemplateLanguageValue = (typeof TEMPLATE_LANGUAGE_VALUES)[number];
export const IMPORT_STATUS_VALUES = ['dry_run', 'running', 'done', 'failed'] as const;
export type ImportStatusValue = (typeof IMPORT_STATUS_VALUES)[number];
export const IMPORT_MODE_VALUES = ['all_or_nothing', 'row_by_row'] as const;
export type ImportModeValue = (typeof IMPORT_MODE_VALUES)[number];
export const IMPORT_TARGET_VALUES = ['draft', 'in_review'] as const;
export type ImportTargetValue = (typeof IMPORT_TARGET_VALUES)[number];
export const RECURRENCE_UNIT_VALUES = ['day', 'week'] as const;
export type RecurrenceUnitValue = (typeof RECURRENCE_UNIT_VALUES)[number];
export const CALENDAR_FEED_SCOPE_VALUES = ['workspace', 'brand', 'account'] as const;
export type CalendarFeedScopeValue = (typeof CALENDAR_FEED_SCOPE_VALUES)[number];

const status = z.enum(POST_STATUS_VALUES);
/** An ISO-8601 date or date-time (a time without an offset is read in UTC). */
const isoInstant = () =>
  z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()], {
    error: 'must be an ISO-8601 date or date-time',
  });
const text = (max: number) => z.string().min(1).max(max);
const segmentTags = tagsSchema.optional();

// ---- job offers ------------------------------------------------------------------------------------------

export const JobOfferDtoSchema = component('JobOfferDto', {
  id: z.string(),
  accountId: z.string(),
  title: z.string(),
  location: z.string(),
  contractType: z.enum(CONTRACT_TYPE_VALUES),
  url: z.string(),
  closesAt: isoDateTime().nullable(),
  hashtags: z.array(z.string()),
  /** The English post's title and hashtags (null: the ones above). */
  titleEn: z.string().nullable(),
  hashtagsEn: z.array(z.string()).nullable(),
  status: z.enum(['open', 'closed']),
  createdBy: z.string(),
  closedAt: isoDateTime().nullable(),
  ...versionedRow,
  updatedAt: isoDateTime(),
});
export type JobOfferDto = z.infer<typeof JobOfferDtoSchema>;
export const JobOfferPageSchema = pageOf(JobOfferDtoSchema, 'JobOfferPage');

export const GenerateJobPostsRequestSchema = z.strictObject({
  languages: z.array(z.enum(TEMPLATE_LANGUAGE_VALUES)).min(1).max(2),
  /** ISO-8601 with an offset; none: unscheduled drafts. */
  scheduledAt: isoInstant().optional().describe('ISO-8601 with offset'),
  /** Submit for review at once. */
  submit: z.boolean().optional().describe('Submit for review at once'),
});
export type GenerateJobPostsRequest = z.infer<typeof GenerateJobPostsRequestSchema>;
export const CreateJobOfferRequestSchema = z.strictObject({
  accountId: uuid(),
  title: text(200),
  location: text(200),
  contractType: z.enum(CONTRACT_TYPE_VALUES),
  url: z.url({ protocol: /^https?$/, error: 'url must be a URL address' }).max(2000),
  closesAt: isoInstant().optional().describe('ISO-8601; shown in the account timezone'),
  hashtags: z.array(z.string().max(100)).max(10).optional(),
  titleEn: z.string().max(200).optional().describe('The title in the English post (default: title)'),
  hashtagsEn: z
    .array(z.string().max(100))
    .max(10)
    .optional()
    .describe('The English post’s hashtags (default: hashtags)'),
  generate: GenerateJobPostsRequestSchema.optional().describe('Generate posts from the account templates at once'),
});
export type CreateJobOfferRequest = z.infer<typeof CreateJobOfferRequestSchema>;
/** `POST /job-offers` answers the offer with the posts it generated (if asked). */
export const CreateJobOfferResponseSchema = JobOfferDtoSchema.extend({ posts: z.array(PostDtoSchema) }).meta({
  id: 'CreateJobOfferResponse',
});
export type CreateJobOfferResponse = z.infer<typeof CreateJobOfferResponseSchema>;
export const JobOfferPostDtoSchema = z.object({
  id: z.string(),
  status,
  language: z.string().nullable(),
  scheduledAt: isoDateTime().nullable(),
  tweetIds: z.array(z.string()),
});
export type JobOfferPostDto = z.infer<typeof JobOfferPostDtoSchema>;
export const JobOfferDetailDtoSchema = JobOfferDtoSchema.extend({ posts: z.array(JobOfferPostDtoSchema) }).meta({
  id: 'JobOfferDetailDto',
});
export type JobOfferDetailDto = z.infer<typeof JobOfferDetailDtoSchema>;
/** The offer rendered with the account's template, per language. */
export const JobOfferPreviewDtoSchema = component('JobOfferPreviewDto', {
  fr: z.string(),
  en: z.string(),
}) satisfies z.ZodType<Record<TemplateLanguageValue, string>>;
export type JobOfferPreviewDto = z.infer<typeof JobOfferPreviewDtoSchema>;
export const CloseJobOfferRequestSchema = z.strictObject({
  version: versionNumber(),
  /** Also delete its published tweets on X. */
  deleteTweets: z.boolean().optional().describe('Also delete its published tweets on X'),
});
export type CloseJobOfferRequest = z.infer<typeof CloseJobOfferRequestSchema>;
export const CloseJobOfferResponseSchema = component('CloseJobOfferResponse', {
  offer: JobOfferDtoSchema,
  cancelledPostIds: z.array(z.string()),
  deletedTweetIds: z.array(z.string()),
  failures: z.array(z.object({ postId: z.string(), reason: z.string() })),
});
export type CloseJobOfferResponse = z.infer<typeof CloseJobOfferResponseSchema>;
export const JobTemplateDtoSchema = component('JobTemplateDto', {
  language: z.enum(TEMPLATE_LANGUAGE_VALUES),
  body: z.string(),
  isDefault: z.boolean(),
});
export type JobTemplateDto = z.infer<typeof JobTemplateDtoSchema>;
export const JobTemplatePageSchema = pageOf(JobTemplateDtoSchema, 'JobTemplatePage');
export const PutTemplateRequestSchema = z.strictObject({
  body: text(2000).meta({
    example: 'Nous recrutons : {{title}} ({{contractType}}) à {{location}} — {{url}} {{hashtags}}',
  }),
});
export type PutTemplateRequest = z.infer<typeof PutTemplateRequestSchema>;

// ---- bulk import -----------------------------------------------------------------------------------------

export const ImportRowErrorDtoSchema = z.object({
  field: z.string(),
  code: z.string(),
  /** The parameters of the catalogue's `IMPORT_ROW_<code>` message (absent from reports saved before them). */
  params: MessageParamsSchema.optional(),
  message: localizedSchema,
});
/** A charter finding on an import row: `code` + `params` of the catalogue, and the same rendered in both languages. */
export const ImportRowFindingDtoSchema = z.object({
  rule: z.string(),
  severity: z.enum(FINDING_SEVERITY_VALUES),
  code: z.string(),
  params: MessageParamsSchema,
  message: localizedSchema,
});
export type ImportRowFindingDto = z.infer<typeof ImportRowFindingDtoSchema>;
export type ImportRowErrorDto = z.infer<typeof ImportRowErrorDtoSchema>;
export const ImportRowDtoSchema = z.object({
  /** 1-based, the header excluded. */
  row: z.int(),
  accountId: z.string().nullable(),
  /** The account handle, without @. */
  account: z.string().nullable(),
  scheduledAt: isoDateTime().nullable(),
  /** The wall-clock time in the account's timezone. */
  local: z.object({ date: z.string(), time: z.string(), timeZone: z.string() }).nullable(),
  text: z.string(),
  tags: z.array(z.string()),
  kind: z.enum(['standard', 'job_offer']),
  weightedLength: z.int().nullable(),
  findings: z.array(ImportRowFindingDtoSchema),
  errors: z.array(ImportRowErrorDtoSchema),
  postId: z.string().nullable().optional(),
  outcome: z.enum(['imported', 'failed', 'skipped', 'rolled_back']).optional(),
});
export type ImportRowDto = z.infer<typeof ImportRowDtoSchema>;
export const ImportJobDtoSchema = component('ImportJobDto', {
  id: z.string(),
  status: z.enum(IMPORT_STATUS_VALUES),
  fileName: z.string().nullable(),
  mode: z.enum(IMPORT_MODE_VALUES).nullable(),
  targetStatus: z.enum(IMPORT_TARGET_VALUES).nullable(),
  total: z.int(),
  validRows: z.int(),
  processed: z.int(),
  imported: z.int(),
  failed: z.int(),
  rows: z.array(ImportRowDtoSchema),
  error: z.string().nullable(),
  createdAt: isoDateTime(),
  finishedAt: isoDateTime().nullable(),
});
export type ImportJobDto = z.infer<typeof ImportJobDtoSchema>;
/**
 * `POST /imports`: the dry run, of CSV text (account,date,time,text[,tags][,kind], comma or semicolon) or of an
 * .xlsx workbook (base64; its first sheet, same columns). Exactly one of the two (both: 400 IMPORT_SOURCE).
 */
export const DryRunImportRequestSchema = z
  .strictObject({
    content: text(2_000_000)
      .optional()
      .describe('CSV text: account,date,time,text[,tags][,kind] (comma or semicolon). Either this or `workbook`'),
    workbook: z
      .base64({ error: 'workbook must be a base64-encoded .xlsx file' })
      .max(1_000_000, { error: 'workbook must be at most 700 KB' })
      .optional()
      .describe(
        'An .xlsx workbook, base64-encoded: its first sheet, with the same columns as the CSV. Either this or `content`',
      ),
    fileName: z.string().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.content === undefined && v.workbook === undefined)
      for (const path of ['content', 'workbook'])
        ctx.addIssue({ code: 'custom', path: [path], message: 'send either content or workbook' });
  });
type DryRunImportBody = z.infer<typeof DryRunImportRequestSchema>;
/** The dry run's body, with exactly one source (the schema accepts both, for the API to answer IMPORT_SOURCE). */
export type DryRunImportRequest = Omit<DryRunImportBody, 'content' | 'workbook'> &
  (
    | { content: NonNullable<DryRunImportBody['content']>; workbook?: never }
    | { workbook: NonNullable<DryRunImportBody['workbook']>; content?: never }
  );
export const RunImportRequestSchema = z.strictObject({
  mode: z.enum(IMPORT_MODE_VALUES),
  as: z.enum(IMPORT_TARGET_VALUES).describe('Import as drafts, or submit them for review'),
});
export type RunImportRequest = z.infer<typeof RunImportRequestSchema>;

// ---- the queue and posting slots -------------------------------------------------------------------------

export const AddToQueueRequestSchema = z.strictObject({
  accountId: uuid(),
  segments: z
    .array(z.strictObject({ text: z.string().max(25_000) }))
    .min(1)
    .max(25),
  tags: segmentTags,
  submit: z.boolean().optional(),
});
export type AddToQueueRequest = z.infer<typeof AddToQueueRequestSchema>;
/** `?count=` of the previews (slots, occurrences): 1 to 50, default 5. */
export const CountQuerySchema = z.strictObject({ count: z.string().max(5).optional() });
/** `GET …/slots/next`: `?count=`, and `?prefer=best-hours` for the slots in the account's best hours. */
export const NextSlotsQuerySchema = CountQuerySchema.extend({ prefer: z.enum(SLOT_PREFERENCES).optional() });
/** The next free posting slots of an account, ISO-8601 UTC, and what they are based on. */
export const SlotPageSchema = pageOf(isoDateTime()).extend(slotPageExtras).meta({ id: 'SlotPage' });
export type SlotPageDto = z.infer<typeof SlotPageSchema>;
export const QueueItemDtoSchema = component('QueueItemDto', {
  id: z.string(),
  status,
  scheduledAt: isoDateTime().nullable(),
});
export type QueueItemDto = z.infer<typeof QueueItemDtoSchema>;
export const QueueItemPageSchema = pageOf(QueueItemDtoSchema, 'QueueItemPage');
/** The queued posts moved up to fill free slots. */
export const QueueMovedResponseSchema = component('QueueMovedResponse', {
  moved: z.array(z.object({ id: z.string(), scheduledAt: isoDateTime() })),
});
export type QueueMovedResponse = z.infer<typeof QueueMovedResponseSchema>;

// ---- recurrence ------------------------------------------------------------------------------------------

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-16');
export const CreateRecurrenceRequestSchema = z.strictObject({
  accountId: uuid(),
  startDate: localDate,
  endDate: localDate.optional(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30'),
  every: z.int().min(1).max(365),
  unit: z.enum(RECURRENCE_UNIT_VALUES),
  variants: z.array(z.string().max(25_000)).min(2).max(50),
  tags: segmentTags,
});
export type CreateRecurrenceRequest = z.infer<typeof CreateRecurrenceRequestSchema>;
export const MaterializeRequestSchema = z.strictObject({ count: z.int().min(1).max(20) });
export const RecurrenceActiveRequestSchema = z.strictObject({ active: z.boolean() });
export const RecurrenceDtoSchema = component('RecurrenceDto', {
  id: z.string(),
  accountId: z.string(),
  createdBy: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  time: z.string(),
  every: z.int(),
  unit: z.enum(RECURRENCE_UNIT_VALUES),
  variants: z.array(z.string()),
  tags: z.array(z.string()),
  lastVariant: z.int().nullable(),
  lastOccurrence: z.int().nullable(),
  active: z.boolean(),
  ...versionedRow,
});
export type RecurrenceDto = z.infer<typeof RecurrenceDtoSchema>;
export const RecurrencePageSchema = pageOf(RecurrenceDtoSchema, 'RecurrencePage');
export const OccurrencePageSchema = pageOf(z.object({ index: z.int(), at: isoDateTime() })).meta({
  id: 'OccurrencePage',
});

// ---- live-event mode -------------------------------------------------------------------------------------

export const LiveSessionDtoSchema = component('LiveSessionDto', {
  id: z.string(),
  accountId: z.string(),
  title: z.string(),
  startsAt: isoDateTime(),
  endsAt: isoDateTime(),
  maxLatenessSeconds: z.int(),
  budget: z.int(),
  ...createdBy,
  endedAt: isoDateTime().nullable(),
});
export type LiveSessionDto = z.infer<typeof LiveSessionDtoSchema>;
export const LiveSessionPageSchema = pageOf(LiveSessionDtoSchema, 'LiveSessionPage');
export const CreateLiveSessionRequestSchema = z.strictObject({
  accountId: uuid(),
  title: text(200),
  startsAt: isoInstant(),
  endsAt: isoInstant(),
  maxLatenessSeconds: z.int().min(1).max(3600).optional().describe('Seconds of lateness after which a post is dropped'),
  budget: z.int().min(1).max(10_000).optional().describe('Posts allowed (capped by the rate-limit tier)'),
});
export type CreateLiveSessionRequest = z.infer<typeof CreateLiveSessionRequestSchema>;
export const LiveStatusDtoSchema = component('LiveStatusDto', {
  session: LiveSessionDtoSchema,
  budget: z.object({
    limit: z.int(),
    used: z.int(),
    remaining: z.int(),
    tierLimit: z.int(),
    tierWindowMinutes: z.number(),
  }),
  counts: z.partialRecord(status, z.int()),
  /** The busiest rate-limit window of the session's posts, when it exceeds the tier. */
  warning: z
    .object({
      code: z.literal('RATE_LIMIT_WINDOW_EXCEEDED'),
      tier: z.string(),
      windowStart: isoDateTime(),
      windowEnd: isoDateTime(),
      count: z.int(),
      limit: z.int(),
      message: localizedSchema,
    })
    .nullable(),
});
export type LiveStatusDto = z.infer<typeof LiveStatusDtoSchema>;
export const LivePostRequestSchema = z.strictObject({
  text: text(25_000),
  scheduledAt: isoInstant().optional(),
  tags: segmentTags,
});
export type LivePostRequest = z.infer<typeof LivePostRequestSchema>;
/** The fast lane of the approval inbox: the session's posts in review, oldest first. */
export const LiveInboxItemDtoSchema = component('LiveInboxItemDto', {
  id: z.string(),
  scheduledAt: isoDateTime().nullable(),
  version: z.int(),
});
export type LiveInboxItemDto = z.infer<typeof LiveInboxItemDtoSchema>;
export const LiveInboxPageSchema = pageOf(LiveInboxItemDtoSchema, 'LiveInboxPage');

// ---- iCal feeds ------------------------------------------------------------------------------------------

export const CalendarFeedDtoSchema = component('CalendarFeedDto', {
  id: z.string(),
  scope: z.enum(CALENDAR_FEED_SCOPE_VALUES),
  targetId: z.string(),
  ...createdBy,
  revokedAt: isoDateTime().nullable(),
});
export type CalendarFeedDto = z.infer<typeof CalendarFeedDtoSchema>;
export const CalendarFeedPageSchema = pageOf(CalendarFeedDtoSchema, 'CalendarFeedPage');
export const CreateCalendarFeedRequestSchema = z.strictObject({
  scope: z.enum(CALENDAR_FEED_SCOPE_VALUES),
  targetId: uuid().optional(),
});
export type CreateCalendarFeedRequest = z.infer<typeof CreateCalendarFeedRequestSchema>;
/** The secret URL is shown once. */
export const CreateCalendarFeedResponseSchema = component('CreateCalendarFeedResponse', {
  feed: CalendarFeedDtoSchema,
  token: z.string(),
  url: z.string(),
});
export type CreateCalendarFeedResponse = z.infer<typeof CreateCalendarFeedResponseSchema>;
