// Recruiting and volume (issue #7): job offers, bulk import, the queue, live-event mode and iCal feeds.
// Contracts of the public REST API as the web app reads them (dates are ISO-8601 UTC strings on output).

import type { MessageParams } from '../messages/format';
import type { PostDto, PostStatusValue } from './posts';

export const CONTRACT_TYPE_VALUES = ['cdi', 'cdd', 'internship', 'apprenticeship', 'freelance'] as const;
export type ContractTypeValue = (typeof CONTRACT_TYPE_VALUES)[number];
export const TEMPLATE_LANGUAGE_VALUES = ['fr', 'en'] as const;
export type TemplateLanguageValue = (typeof TEMPLATE_LANGUAGE_VALUES)[number];

// ---- job offers ------------------------------------------------------------------------------------------

export interface JobOfferDto {
  id: string;
  accountId: string;
  title: string;
  location: string;
  contractType: ContractTypeValue;
  url: string;
  closesAt: string | null;
  hashtags: string[];
  status: 'open' | 'closed';
  createdBy: string;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export interface GenerateJobPostsRequest {
  languages: TemplateLanguageValue[];
  /** ISO-8601 with an offset; none: unscheduled drafts. */
  scheduledAt?: string;
  /** Submit for review at once. */
  submit?: boolean;
}
export interface CreateJobOfferRequest {
  accountId: string;
  title: string;
  location: string;
  contractType: ContractTypeValue;
  url: string;
  closesAt?: string;
  hashtags?: string[];
  generate?: GenerateJobPostsRequest;
}
/** `POST /job-offers` answers the offer with the posts it generated (if asked). */
export type CreateJobOfferResponse = JobOfferDto & { posts: PostDto[] };
export interface JobOfferPostDto {
  id: string;
  status: PostStatusValue;
  language: string | null;
  scheduledAt: string | null;
  tweetIds: string[];
}
export type JobOfferDetailDto = JobOfferDto & { posts: JobOfferPostDto[] };
export type JobOfferPreviewDto = Record<TemplateLanguageValue, string>;
export interface CloseJobOfferRequest {
  version: number;
  /** Also delete its published tweets on X. */
  deleteTweets?: boolean;
}
export interface CloseJobOfferResponse {
  offer: JobOfferDto;
  cancelledPostIds: string[];
  deletedTweetIds: string[];
  failures: { postId: string; reason: string }[];
}
export interface JobTemplateDto {
  language: TemplateLanguageValue;
  body: string;
  isDefault: boolean;
}

// ---- bulk import -----------------------------------------------------------------------------------------

/** A charter finding on an import row: `code` + `params` from the message catalogue, and the same rendered in both languages. */
export interface ImportRowFindingDto {
  rule: string;
  severity: 'warn' | 'block';
  code: string;
  params: MessageParams;
  message: { fr: string; en: string };
}
export interface ImportRowErrorDto {
  field: string;
  code: string;
  /** The parameters of the catalogue's `IMPORT_ROW_<code>` message (absent from reports saved before them). */
  params?: MessageParams;
  message: { fr: string; en: string };
}
export interface ImportRowDto {
  /** 1-based, the header excluded. */
  row: number;
  accountId: string | null;
  /** The account handle, without @. */
  account: string | null;
  scheduledAt: string | null;
  /** The wall-clock time in the account's timezone. */
  local: { date: string; time: string; timeZone: string } | null;
  text: string;
  tags: string[];
  kind: 'standard' | 'job_offer';
  weightedLength: number | null;
  findings: ImportRowFindingDto[];
  errors: ImportRowErrorDto[];
  postId?: string | null;
  outcome?: 'imported' | 'failed' | 'skipped' | 'rolled_back';
}
export type ImportStatusValue = 'dry_run' | 'running' | 'done' | 'failed';
export type ImportModeValue = 'all_or_nothing' | 'row_by_row';
export type ImportTargetValue = 'draft' | 'in_review';
export interface ImportJobDto {
  id: string;
  status: ImportStatusValue;
  fileName: string | null;
  mode: ImportModeValue | null;
  targetStatus: ImportTargetValue | null;
  total: number;
  validRows: number;
  processed: number;
  imported: number;
  failed: number;
  rows: ImportRowDto[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
/**
 * `POST /imports`: the dry run, of CSV text (account,date,time,text[,tags][,kind], comma or semicolon) or of an
 * .xlsx workbook (base64; its first sheet, same columns). Exactly one of the two.
 */
export type DryRunImportRequest = ({ content: string; workbook?: never } | { workbook: string; content?: never }) & {
  fileName?: string;
};
export interface RunImportRequest {
  mode: ImportModeValue;
  as: ImportTargetValue;
}

// ---- live-event mode -------------------------------------------------------------------------------------

export interface LiveSessionDto {
  id: string;
  accountId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  maxLatenessSeconds: number;
  budget: number;
  createdBy: string;
  createdAt: string;
  endedAt: string | null;
}
export interface CreateLiveSessionRequest {
  accountId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  maxLatenessSeconds?: number;
  budget?: number;
}
export interface LiveStatusDto {
  session: LiveSessionDto;
  budget: { limit: number; used: number; remaining: number; tierLimit: number; tierWindowMinutes: number };
  counts: Partial<Record<PostStatusValue, number>>;
  /** The busiest rate-limit window of the session's posts, when it exceeds the tier. */
  warning: {
    code: 'RATE_LIMIT_WINDOW_EXCEEDED';
    tier: string;
    windowStart: string;
    windowEnd: string;
    count: number;
    limit: number;
    message: { fr: string; en: string };
  } | null;
}
export interface LivePostRequest {
  text: string;
  scheduledAt?: string;
  tags?: string[];
}

// ---- iCal feeds ------------------------------------------------------------------------------------------

export type CalendarFeedScopeValue = 'workspace' | 'brand' | 'account';
export interface CalendarFeedDto {
  id: string;
  scope: CalendarFeedScopeValue;
  targetId: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}
export interface CreateCalendarFeedRequest {
  scope: CalendarFeedScopeValue;
  targetId?: string;
}
/** The secret URL is shown once. */
export interface CreateCalendarFeedResponse {
  feed: CalendarFeedDto;
  token: string;
  url: string;
}
