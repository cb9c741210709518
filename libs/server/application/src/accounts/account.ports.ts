/** Ports of the X-accounts feature (implemented by data-access and x-api). */

export const ACCOUNT_STATUSES = ['connected', 'needs_reauth', 'disconnected'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const RATE_LIMIT_TIERS = ['free', 'basic', 'pro', 'ppu'] as const;
export type RateLimitTier = (typeof RATE_LIMIT_TIERS)[number];

export interface ApprovalPolicySetting {
  requiredApprovals: 0 | 1 | 2;
  approverRoles: ('owner' | 'admin' | 'manager' | 'editor')[];
}
export interface PostingSlot {
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  /** HH:mm in the account's timezone. */
  time: string;
}

export interface AccountRecord {
  id: string;
  workspaceId: string;
  brandId: string;
  xUserId: string;
  handle: string;
  name: string;
  avatarUrl: string | null;
  status: AccountStatus;
  timezone: string;
  approvalPolicy: ApprovalPolicySetting;
  postingSlots: PostingSlot[];
  rateLimitTier: RateLimitTier;
  longPosts: boolean;
  /** Who approves a reply written in the inbox (`none`: nobody, `manager`: one approval by a manager). */
  replyApproval: 'none' | 'manager';
  /** The inbox's first-response target, in minutes. */
  firstResponseMinutes: number;
  tokenExpiresAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Tokens in clear, only ever in memory. */
export interface XTokenSet {
  accessToken: string;
  refreshToken?: string;
  expiresAt: Date;
  scopes: string[];
}

export type AccountPatch = Partial<
  Pick<
    AccountRecord,
    | 'brandId'
    | 'timezone'
    | 'approvalPolicy'
    | 'postingSlots'
    | 'rateLimitTier'
    | 'longPosts'
    | 'status'
    | 'replyApproval'
    | 'firstResponseMinutes'
  >
>;

export abstract class AccountRepository {
  abstract list(workspaceId: string, scope: string[] | null): Promise<AccountRecord[]>;
  abstract find(workspaceId: string, id: string): Promise<AccountRecord | null>;
  abstract findByXUser(workspaceId: string, xUserId: string): Promise<AccountRecord | null>;
  /** Inserts or, for the same X user in the workspace, reconnects (new tokens, status connected). */
  abstract upsertConnected(
    input: Omit<
      AccountRecord,
      | 'id'
      | 'status'
      | 'version'
      | 'createdAt'
      | 'updatedAt'
      | 'tokenExpiresAt'
      | 'approvalPolicy'
      | 'postingSlots'
      | 'rateLimitTier'
      | 'longPosts'
      | 'timezone'
      | 'replyApproval'
      | 'firstResponseMinutes'
    >,
    tokens: XTokenSet,
    at: Date,
  ): Promise<{ account: AccountRecord; created: boolean }>;
  abstract update(
    workspaceId: string,
    id: string,
    version: number,
    patch: AccountPatch,
    at: Date,
  ): Promise<AccountRecord | 'stale' | null>;
  // The token methods below take no workspace id on purpose: the X gateway calls them for the scheduler, which
  // publishes for every workspace (an account id is globally unique); no request of a member reaches them.
  /** Tokens in clear (decrypted), or null. */
  abstract loadTokens(accountId: string): Promise<XTokenSet | null>;
  /** Tokens of many accounts in one query (decrypted); accounts without tokens are absent. */
  abstract loadTokensMany(accountIds: string[]): Promise<Map<string, XTokenSet>>;
  abstract saveTokens(accountId: string, tokens: XTokenSet | null, at: Date): Promise<void>;
  /** Runs fn inside a transaction holding the account row lock (FOR UPDATE): one refresher at a time, across processes. */
  abstract withAccountLock<T>(accountId: string, fn: (current: XTokenSet | null) => Promise<T>): Promise<T>;
}

export interface OAuthStateRecord {
  id: string;
  workspaceId: string;
  brandId: string;
  userId: string;
  codeVerifier: string;
  redirectUri: string;
  expiresAt: Date;
}
export abstract class OAuthStateRepository {
  abstract insert(s: Omit<OAuthStateRecord, 'id'> & { stateHash: string }, at: Date): Promise<void>;
  /** Consumes a pending state of this user (single use): returns it once; null if unknown, used, expired or not theirs. */
  abstract consume(stateHash: string, userId: string, now: Date): Promise<OAuthStateRecord | null>;
  /** Who started a pending (unused, unexpired) state, without consuming it; null if none. */
  abstract ownerOf(stateHash: string, now: Date): Promise<string | null>;
}

/** A failed call to X, classified (docs/scheduler.md "How a post goes out", step 5). */
export interface XCallFailure {
  kind: 'rate_limited' | 'transient' | 'auth' | 'rejected' | 'unknown';
  detail: string;
  resetAt?: Date;
  duplicate?: boolean;
}
export type XCall<T> = { kind: 'ok'; value: T } | XCallFailure;

export interface XProfile {
  id: string;
  username: string;
  name: string;
  profileImageUrl?: string;
}

export interface XSegmentInput {
  text?: string;
  mediaIds?: string[];
  poll?: { options: string[]; durationMinutes: number };
}

/** Rate-limit windows from X's headers: the endpoint window, the app's and the user's 24-hour windows. */
export interface XRateLimitInfo {
  limit: number;
  remaining: number;
  resetAt: Date;
  day?: { limit: number; remaining: number; resetAt: Date };
  userDay?: { limit: number; remaining: number; resetAt: Date };
}

export type XSegmentPublishResult =
  { kind: 'published'; tweetId: string; rateLimit?: XRateLimitInfo } | (XCallFailure & { rateLimit?: XRateLimitInfo });

/** A thread's publication: every tweet's id, or the failure with the segment it stopped at and those already on X. */
export type XThreadPublishResult =
  { kind: 'published'; tweetIds: string[] } | (XCallFailure & { failedIndex: number; publishedTweetIds: string[] });

export interface XRecentTweet {
  id: string;
  text: string;
  createdAt?: string;
  inReplyToTweetId?: string;
}

/** The product's view of X. `configured` is false when no X app (client id) is set up. */
export abstract class XGateway {
  abstract readonly configured: boolean;
  abstract authorizeLink(redirectUri: string, state: string): { url: string; codeVerifier: string };
  abstract exchangeCode(input: {
    code: string;
    codeVerifier: string;
    redirectUri: string;
  }): Promise<XCall<{ tokens: XTokenSet; user: XProfile }>>;
  abstract revoke(token: string, hint: 'access_token' | 'refresh_token'): Promise<XCall<void>>;
  abstract uploadMedia(
    accountId: string,
    input: { data: Buffer; mimeType: string; altText?: string },
  ): Promise<XCall<{ mediaId: string }>>;
  /** POST /2/tweets for one segment (a reply to `replyToTweetId` inside a thread), with the rate-limit state X reported. */
  abstract publishSegment(
    accountId: string,
    segment: XSegmentInput,
    replyToTweetId?: string,
  ): Promise<XSegmentPublishResult>;
  /** GET /2/users/:id/tweets (newest first) since `startTime`: reconciliation of posts whose outcome is unknown. */
  abstract recentTweets(
    accountId: string,
    xUserId: string,
    opts: { startTime?: Date; maxPages?: number },
  ): Promise<XCall<{ tweets: XRecentTweet[] }>>;
  /**
   * Gets ready to call X for these accounts soon (their tokens read in one query rather than one per call): the
   * scheduler calls it with each claimed batch. Optional to honour; never fails.
   */
  abstract prepare(accountIds: string[]): Promise<void>;
  /**
   * Before a freshly started scheduler claims anything: gets ready for these accounts (as `prepare`) and may run the
   * call path `dryRunCalls` times against nothing, so that the first burst does not pay for a cold process. Never
   * calls X; never fails. Optional (the default does nothing).
   */
  async warmUp(_input: { accountIds: string[]; dryRunCalls: number }): Promise<void> {
    // nothing to warm
  }
  /** DELETE /2/tweets/:id (closing a job offer may delete its published tweets). */
  abstract deleteTweet(accountId: string, tweetId: string): Promise<XCall<{ deleted: boolean }>>;
  abstract publishThread(
    accountId: string,
    segments: XSegmentInput[],
    onSegmentPublished?: (index: number, tweetId: string) => Promise<void>,
  ): Promise<XThreadPublishResult>;
}
