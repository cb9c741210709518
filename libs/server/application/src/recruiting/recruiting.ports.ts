import type { ImportRowFindingDto } from '@xp/shared';
import type { ContractType, ImportRowError, TemplateLanguage } from '@xp/server/domain';
import type { PostStatus } from '@xp/server/domain';

export interface JobOfferRecord {
  id: string;
  workspaceId: string;
  accountId: string;
  title: string;
  location: string;
  contractType: ContractType;
  url: string;
  closesAt: Date | null;
  hashtags: string[];
  /** The English post's title and hashtags (null: the ones above). */
  titleEn: string | null;
  hashtagsEn: string[] | null;
  status: 'open' | 'closed';
  createdBy: string;
  closedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PostTemplateRecord {
  id: string;
  workspaceId: string;
  accountId: string;
  kind: 'job_offer';
  language: TemplateLanguage;
  body: string;
  version: number;
  updatedAt: Date;
}

export type PostOriginSource = 'job_offer' | 'import' | 'queue' | 'recurrence' | 'live';
export interface PostOriginRecord {
  postId: string;
  workspaceId: string;
  source: PostOriginSource;
  sourceId: string | null;
  occurrence: number | null;
  language: string | null;
  createdAt: Date;
}

/** One row of an import's report (dry run, then run). */
export interface ImportReportRow {
  row: number;
  accountId: string | null;
  account: string | null;
  scheduledAt: string | null;
  local: { date: string; time: string; timeZone: string } | null;
  text: string;
  tags: string[];
  kind: 'standard' | 'job_offer';
  weightedLength: number | null;
  findings: ImportRowFindingDto[];
  errors: ImportRowError[];
  /** After the run: the post created, or why not. */
  postId?: string | null;
  outcome?: 'imported' | 'failed' | 'skipped' | 'rolled_back';
}

export type ImportJobStatus = 'dry_run' | 'running' | 'done' | 'failed';
export interface ImportJobRecord {
  id: string;
  workspaceId: string;
  createdBy: string;
  status: ImportJobStatus;
  fileName: string | null;
  mode: 'all_or_nothing' | 'row_by_row' | null;
  targetStatus: 'draft' | 'in_review' | null;
  total: number;
  validRows: number;
  processed: number;
  imported: number;
  failed: number;
  rows: ImportReportRow[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface RecurrenceRecord {
  id: string;
  workspaceId: string;
  accountId: string;
  createdBy: string;
  startDate: string;
  endDate: string | null;
  time: string;
  every: number;
  unit: 'day' | 'week';
  variants: string[];
  tags: string[];
  lastVariant: number | null;
  lastOccurrence: number | null;
  active: boolean;
  version: number;
  createdAt: Date;
}

export interface LiveSessionRecord {
  id: string;
  workspaceId: string;
  accountId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  maxLatenessSeconds: number;
  budget: number;
  createdBy: string;
  createdAt: Date;
  endedAt: Date | null;
}

export type CalendarFeedScope = 'workspace' | 'brand' | 'account';
export interface CalendarFeedRecord {
  id: string;
  workspaceId: string;
  scope: CalendarFeedScope;
  targetId: string;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A post as the recruiting features see it (queue, offers). */
export interface OriginPost {
  id: string;
  accountId: string;
  status: PostStatus;
  scheduledAt: Date | null;
  tweetIds: string[];
  version: number;
}

export abstract class RecruitingRepository {
  abstract insertOffer(o: Omit<JobOfferRecord, 'id' | 'version'>): Promise<JobOfferRecord>;
  abstract findOffer(workspaceId: string, id: string): Promise<JobOfferRecord | null>;
  abstract listOffers(workspaceId: string, accountIds: string[] | null): Promise<JobOfferRecord[]>;
  abstract saveOffer(
    workspaceId: string,
    id: string,
    version: number,
    patch: Partial<JobOfferRecord>,
  ): Promise<JobOfferRecord | 'stale'>;

  abstract templates(workspaceId: string, accountId: string): Promise<PostTemplateRecord[]>;
  abstract putTemplate(
    workspaceId: string,
    accountId: string,
    language: TemplateLanguage,
    body: string,
    at: Date,
  ): Promise<PostTemplateRecord>;

  abstract addOrigin(o: PostOriginRecord): Promise<void>;
  /** Posts that came from a source (e.g. one job offer, the queue of an account). */
  abstract originPosts(
    workspaceId: string,
    source: PostOriginSource,
    filter: { sourceId?: string; accountId?: string },
  ): Promise<(OriginPost & { occurrence: number | null })[]>;
  /** Scheduled-time instants (ms) of an account's planned posts from `from`, except the given sources. */
  abstract plannedTimes(
    workspaceId: string,
    accountId: string,
    from: Date,
    exceptSource?: PostOriginSource,
  ): Promise<number[]>;

  abstract insertImport(j: Omit<ImportJobRecord, 'id'>): Promise<ImportJobRecord>;
  abstract findImport(workspaceId: string, id: string): Promise<ImportJobRecord | null>;
  /** Written outside any open transaction so pollers see progress while an all-or-nothing run is still open. */
  abstract saveImport(
    workspaceId: string,
    id: string,
    patch: Partial<ImportJobRecord>,
    outsideTransaction?: boolean,
  ): Promise<void>;
  /**
   * The dry-run throttle's window: locks the workspace's attempts for the rest of the transaction (one decision at
   * a time per workspace), then answers the attempts made since `since` (every member's).
   */
  abstract lockImportAttempts(workspaceId: string, since: Date): Promise<{ userId: string; at: Date }[]>;
  abstract addImportAttempt(workspaceId: string, userId: string, at: Date): Promise<void>;
  /**
   * Housekeeping on write, every workspace: forgets attempts made before `attemptsBefore`, empties the report of dry
   * runs made at or before `reportsBefore` (never run: they can no longer be confirmed), and removes those made at or before
   * `forgetBefore` altogether.
   */
  abstract expireImports(attemptsBefore: Date, reportsBefore: Date, forgetBefore: Date): Promise<void>;
  /** Moves a dry run to `running` once (compare-and-set on status). */
  abstract startImport(
    workspaceId: string,
    id: string,
    mode: ImportJobRecord['mode'],
    target: ImportJobRecord['targetStatus'],
  ): Promise<boolean>;

  abstract insertRecurrence(r: Omit<RecurrenceRecord, 'id' | 'version'>): Promise<RecurrenceRecord>;
  abstract findRecurrence(workspaceId: string, id: string): Promise<RecurrenceRecord | null>;
  abstract listRecurrences(workspaceId: string, accountIds: string[] | null): Promise<RecurrenceRecord[]>;
  abstract saveRecurrence(workspaceId: string, id: string, patch: Partial<RecurrenceRecord>): Promise<void>;
  /** The account's recent texts (first segment), newest first, for X's duplicate rule. */
  abstract recentTexts(workspaceId: string, accountId: string, limit: number): Promise<string[]>;

  abstract insertLive(l: Omit<LiveSessionRecord, 'id'>): Promise<LiveSessionRecord>;
  abstract findLive(workspaceId: string, id: string): Promise<LiveSessionRecord | null>;
  abstract listLive(workspaceId: string, accountIds: string[] | null): Promise<LiveSessionRecord[]>;
  abstract saveLive(workspaceId: string, id: string, patch: Partial<LiveSessionRecord>): Promise<void>;

  abstract insertFeed(f: Omit<CalendarFeedRecord, 'id'> & { tokenHash: string }): Promise<CalendarFeedRecord>;
  abstract listFeeds(workspaceId: string): Promise<CalendarFeedRecord[]>;
  abstract revokeFeed(workspaceId: string, id: string, at: Date): Promise<boolean>;
  /** An active feed by token hash (any workspace: the token is the credential). */
  abstract feedByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null>;
}
