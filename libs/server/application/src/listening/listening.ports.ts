/** Ports of listening (implemented by data-access and x-api). */
import type { MonitorAlertStatus, MonitorMode, SeriesGranularity } from '@xp/shared';
import type { OpenAlert } from '@xp/server/domain';
import type { XCall } from '../accounts/account.ports';
import type { XInboundPost } from '../inbox/inbox.ports';

export interface MonitorRecord {
  id: string;
  workspaceId: string;
  brandId: string;
  name: string;
  query: string;
  languages: string[];
  mode: MonitorMode;
  dailyReadBudget: number;
  spikeFactor: number;
  minVolume: number;
  active: boolean;
  countedUntil: Date | null;
  /** The first minute the series counted a post, and the end of the monitor's first read (its warm-up). */
  activeSince: Date | null;
  firstReadEnd: Date | null;
  sinceId: string | null;
  nextPollAt: Date | null;
  paused: 'budget' | 'cap' | null;
  /** Alerts not yet acknowledged or resolved. */
  openAlerts: number;
  /** The account whose inbox receives the posts the monitor reads (null: none). */
  inboxAccountId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MonitorUsage {
  readsToday: number;
  microUsdToday: number;
  readsThisMonth: number;
  microUsdThisMonth: number;
}

/** What a manager sets on a monitor. */
type MonitorSettingsFields = Pick<
  MonitorRecord,
  | 'name'
  | 'query'
  | 'languages'
  | 'mode'
  | 'dailyReadBudget'
  | 'spikeFactor'
  | 'minVolume'
  | 'active'
  | 'inboxAccountId'
>;

export type NewMonitor = MonitorSettingsFields &
  Pick<MonitorRecord, 'workspaceId' | 'brandId'> & { createdBy: string | null };

export type MonitorPatch = Partial<MonitorSettingsFields>;

export interface MonitorPostRecord {
  tweetId: string;
  authorUsername: string;
  text: string;
  createdAt: Date;
  lang: string | null;
}

/** What the inbox needs to file a post in its thread, kept with each post a monitor read (null for older rows). */
export type XPostContext = Pick<
  XInboundPost,
  'authorId' | 'conversationId' | 'inReplyToTweetId' | 'inReplyToUserId' | 'quotedAuthorId' | 'mentions'
>;

export type MonitorPostWithContext = MonitorPostRecord & { xContext: XPostContext | null };

export interface MonitorAlertRecord extends OpenAlert {
  id: string;
  workspaceId: string;
  monitorId: string;
  endedAt: Date | null;
  topTerms: string[];
  sampleTweetIds: string[];
  status: MonitorAlertStatus;
  holdId: string | null;
}

export interface SeriesRow {
  /** ISO-8601 UTC, as the wire sends it. */
  start: string;
  count: number;
  baseline: number | null;
}

export interface CountedMinuteRow {
  minute: number;
  count: number;
  baseline: number | null;
}

/** Where a monitor's reads stand after a poll (unset fields keep their value). */
export interface MonitorCursor {
  countedUntil?: Date;
  activeSince?: Date;
  firstReadEnd?: Date;
  sinceId?: string;
  nextPollAt: Date;
  paused: 'budget' | 'cap' | null;
}

export abstract class MonitorRepository {
  abstract list(workspaceId: string, brandIds: string[] | null): Promise<MonitorRecord[]>;
  abstract find(workspaceId: string, id: string): Promise<MonitorRecord | null>;
  abstract insert(m: NewMonitor, at: Date): Promise<MonitorRecord>;
  abstract update(
    workspaceId: string,
    id: string,
    version: number,
    patch: MonitorPatch & { resetCursor?: boolean },
    at: Date,
  ): Promise<MonitorRecord | 'stale' | null>;
  abstract delete(workspaceId: string, id: string): Promise<boolean>;
  /** Reads billed per monitor today (UTC `day`) and this month (`month` YYYY-MM). */
  abstract usage(
    workspaceId: string,
    monitorIds: string[],
    day: string,
    month: string,
  ): Promise<Map<string, MonitorUsage>>;
  /** The workspace's listening spend this month, in micro-dollars. */
  abstract workspaceMonthMicroUsd(workspaceId: string, month: string): Promise<number>;
  abstract monthlyCapMicroUsd(workspaceId: string): Promise<number | null>;
  abstract setMonthlyCapMicroUsd(workspaceId: string, micro: number): Promise<void>;
  abstract series(monitorId: string, from: Date, to: Date, granularity: SeriesGranularity): Promise<SeriesRow[]>;
  /** The monitor's posts created in [from, to) with their X context, newest first. */
  abstract posts(
    monitorId: string,
    q: { from?: Date; to?: Date; limit: number; before?: { at: Date; tweetId: string } },
  ): Promise<MonitorPostWithContext[]>;
  abstract postsByIds(monitorId: string, tweetIds: string[]): Promise<MonitorPostRecord[]>;
  abstract alerts(workspaceId: string, monitorId: string, limit: number): Promise<MonitorAlertRecord[]>;
  abstract findAlert(workspaceId: string, monitorId: string, alertId: string): Promise<MonitorAlertRecord | null>;
  abstract setAlertStatus(alertId: string, status: MonitorAlertStatus, holdId?: string): Promise<void>;

  // ---- the poller's side ----
  /**
   * Claims up to `limit` active monitors due at `now` (FOR UPDATE SKIP LOCKED) and leases them until `leaseUntil`:
   * their next poll moves there, so other workers skip them; a worker that dies frees them when it passes.
   */
  abstract claimDue(now: Date, leaseUntil: Date, limit: number): Promise<MonitorRecord[]>;
  /** Counts already stored in these [from, to) ranges, by minute (ms). */
  abstract countsIn(monitorId: string, ranges: [Date, Date][]): Promise<Map<number, number>>;
  abstract saveCounts(monitorId: string, rows: CountedMinuteRow[]): Promise<void>;
  abstract savePosts(monitorId: string, posts: MonitorPostWithContext[]): Promise<void>;
  /** Texts of the monitor's posts created in [from, to), newest first, at most `limit`. */
  abstract postTexts(
    monitorId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ tweetId: string; text: string }[]>;
  abstract addReads(
    monitorId: string,
    workspaceId: string,
    day: string,
    reads: { countRequests?: number; searchRequests?: number; postReads?: number; microUsd: number },
  ): Promise<void>;
  abstract saveCursor(monitorId: string, c: MonitorCursor): Promise<void>;
  abstract currentAlert(monitorId: string): Promise<MonitorAlertRecord | null>;
  abstract openAlert(
    workspaceId: string,
    monitorId: string,
    a: OpenAlert & { topTerms: string[]; sampleTweetIds: string[] },
    at: Date,
  ): Promise<MonitorAlertRecord>;
  abstract updateAlert(
    alertId: string,
    a: OpenAlert & { endedAt?: Date; topTerms?: string[]; sampleTweetIds?: string[] },
  ): Promise<void>;
}

/** A post X returned to a recent search: as the inbox reads posts, with its language. */
export type XSearchPost = Omit<XInboundPost, 'repliedTo'> & { lang: string | null };

/** X's recent search and counts, for listening (one request per call: each is billed). */
export abstract class XSearch {
  /** `GET /2/tweets/counts/recent` at minute granularity over [start, end): one page, and X's next page token. */
  abstract countsByMinute(
    accountId: string,
    query: string,
    start: Date,
    end: Date,
    nextToken?: string,
  ): Promise<XCall<{ buckets: { start: Date; count: number }[]; nextToken: string | null }>>;
  /** `GET /2/tweets/search/recent`, one page of at most `max` (10–100) posts, newest first. */
  abstract search(
    accountId: string,
    query: string,
    from: { sinceId: string } | { startTime: Date },
    max: number,
  ): Promise<XCall<{ posts: XSearchPost[]; newestId: string | null }>>;
}

/** Listening's timing and default cap (LISTENING_POLL_MS, LISTENING_MONTHLY_CAP_USD). */
export abstract class ListeningSettings {
  abstract readonly pollMs: number;
  abstract readonly monthlyCapUsd: number;
}
