import { promises as fsp, readFileSync, existsSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RateLimitProfile } from './rate-limits';
import { SearchIndex } from './search-index';

export interface SandboxUser {
  id: string;
  username: string;
  name: string;
  createdAt: number;
  profileImageUrl: string;
  description: string;
  /** Per-user weighted length limit: 280, or more for long posts (Premium). */
  maxWeightedLength: number;
  verified: boolean;
  /** Followers (the engagement model's reach). Default 0 for a member of the public. */
  followersCount?: number;
}

export interface SandboxApp {
  clientId: string;
  clientSecret?: string;
  redirectUris: string[];
  profile: RateLimitProfile;
  name: string;
  /** The user who owns the app: their own timeline and mentions read with their token are "owned reads". */
  ownerUsername?: string;
}

export interface PublicMetrics {
  retweet_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  impression_count: number;
  bookmark_count: number;
}

export interface SandboxPoll {
  id: string;
  options: string[];
  durationMinutes: number;
  endAt: number;
}

export interface SandboxTweet {
  id: string;
  authorId: string;
  text: string;
  createdAt: number;
  conversationId: string;
  inReplyToTweetId?: string;
  inReplyToUserId?: string;
  quoteTweetId?: string;
  mediaIds?: string[];
  poll?: SandboxPoll;
  replySettings?: string;
  /** BCP 47 language as X detects it ('und' when unknown). */
  lang?: string;
  deleted?: boolean;
  /** What happened in the sandbox itself (replies, quotes); the engagement model adds to it. */
  publicMetrics: PublicMetrics;
  /** Set by hand (PUT /_sandbox/tweets/:id/metrics): exactly these numbers, the model leaves the post alone. */
  manualMetrics?: {
    public: PublicMetrics;
    nonPublic: { impression_count: number; url_link_clicks: number; user_profile_clicks: number; engagements: number };
  };
}

export interface SandboxGrant {
  id: string;
  clientId: string;
  userId: string;
  scopes: string[];
  revoked: boolean;
}

export interface SandboxAccessToken {
  grantId: string;
  expiresAt: number;
}

export interface SandboxRefreshToken {
  grantId: string;
  used: boolean;
}

export interface SandboxAuthCode {
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  challenge: string;
  method: 'S256' | 'plain';
  expiresAt: number;
  used: boolean;
}

export interface SandboxMedia {
  id: string;
  mediaKey: string;
  ownerIds: string[];
  mediaType: string;
  category: string;
  totalBytes: number;
  segments: Record<string, number>;
  state: 'uploading' | 'pending' | 'in_progress' | 'succeeded' | 'failed';
  finalizedAt?: number;
  expiresAt: number;
  altText?: string;
}

/** Everything the sandbox knows. Plain data so it can be saved as JSON. */
export interface SandboxData {
  users: SandboxUser[];
  apps: SandboxApp[];
  tweets: SandboxTweet[];
  grants: SandboxGrant[];
  accessTokens: Record<string, SandboxAccessToken>;
  refreshTokens: Record<string, SandboxRefreshToken>;
  appTokens: Record<string, string>;
  media: SandboxMedia[];
  clockOffsetMs: number;
}

/** Indexed in-memory state. */
export class SandboxState {
  readonly users = new Map<string, SandboxUser>();
  readonly usersByName = new Map<string, SandboxUser>();
  readonly apps = new Map<string, SandboxApp>();
  readonly tweets = new Map<string, SandboxTweet>();
  /** Tweets of each author, oldest first (ids are monotonic). */
  readonly timelines = new Map<string, SandboxTweet[]>();
  /** All tweets, oldest first. */
  readonly allTweets: SandboxTweet[] = [];
  /** Duplicate detection: author -> normalised text -> created_at. */
  readonly recentTexts = new Map<string, Map<string, number>>();
  readonly grants = new Map<string, SandboxGrant>();
  readonly accessTokens = new Map<string, SandboxAccessToken>();
  readonly refreshTokens = new Map<string, SandboxRefreshToken>();
  /** App-only bearer token -> clientId. */
  readonly appTokens = new Map<string, string>();
  readonly codes = new Map<string, SandboxAuthCode>();
  readonly media = new Map<string, SandboxMedia>();
  /** Recent search, mentions and counts: an inverted index over allTweets' positions. */
  readonly index = new SearchIndex(
    (seq) => this.allTweets[seq].text,
    (id) => this.seqOf.get(id),
  );
  /** Position of each tweet in allTweets. */
  readonly seqOf = new Map<string, number>();

  addUser(u: SandboxUser): void {
    this.users.set(u.id, u);
    this.usersByName.set(u.username.toLowerCase(), u);
  }

  userByName(username: string): SandboxUser | undefined {
    return this.usersByName.get(username.replace(/^@/, '').toLowerCase());
  }

  addTweet(t: SandboxTweet): void {
    this.tweets.set(t.id, t);
    const seq = this.allTweets.push(t) - 1;
    this.seqOf.set(t.id, seq);
    this.index.add(seq, {
      id: t.id,
      text: t.text,
      authorUsername: this.users.get(t.authorId)?.username ?? t.authorId,
      inReplyToUsername: t.inReplyToUserId ? (this.users.get(t.inReplyToUserId)?.username ?? '') : undefined,
      inReplyToTweetId: t.inReplyToTweetId,
      conversationId: t.conversationId,
      quoteTweetId: t.quoteTweetId,
      hasMedia: !!t.mediaIds?.length,
      lang: t.lang ?? 'und',
    });
    let tl = this.timelines.get(t.authorId);
    if (!tl) {
      tl = [];
      this.timelines.set(t.authorId, tl);
    }
    tl.push(t);
    if (!t.deleted) {
      let texts = this.recentTexts.get(t.authorId);
      if (!texts) {
        texts = new Map();
        this.recentTexts.set(t.authorId, texts);
      }
      texts.set(normaliseForDuplicate(t.text), t.createdAt);
    }
  }

  /** Forget everything but users and apps. */
  resetVolatile(): void {
    this.tweets.clear();
    this.timelines.clear();
    this.allTweets.length = 0;
    this.index.clear();
    this.seqOf.clear();
    this.recentTexts.clear();
    this.grants.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.appTokens.clear();
    this.codes.clear();
    this.media.clear();
  }

  toData(clockOffsetMs: number): SandboxData {
    return {
      users: [...this.users.values()],
      apps: [...this.apps.values()],
      tweets: this.allTweets,
      grants: [...this.grants.values()],
      accessTokens: Object.fromEntries(this.accessTokens),
      refreshTokens: Object.fromEntries(this.refreshTokens),
      appTokens: Object.fromEntries(this.appTokens),
      media: [...this.media.values()],
      clockOffsetMs,
    };
  }

  load(data: SandboxData): void {
    for (const u of data.users ?? []) this.addUser(u);
    for (const a of data.apps ?? []) this.apps.set(a.clientId, a);
    for (const t of data.tweets ?? []) this.addTweet(t);
    for (const g of data.grants ?? []) this.grants.set(g.id, g);
    for (const [k, v] of Object.entries(data.accessTokens ?? {})) this.accessTokens.set(k, v);
    for (const [k, v] of Object.entries(data.refreshTokens ?? {})) this.refreshTokens.set(k, v);
    for (const [k, v] of Object.entries(data.appTokens ?? {})) this.appTokens.set(k, v);
    for (const m of data.media ?? []) this.media.set(m.id, m);
  }
}

export function normaliseForDuplicate(text: string): string {
  return text.normalize('NFC').trim();
}

/** Debounced JSON persistence: never a synchronous write on the request path. */
export class StatePersister {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => SandboxData,
    private readonly debounceMs = 250,
  ) {}

  static read(file: string): SandboxData | undefined {
    if (!existsSync(file)) return undefined;
    const text = readFileSync(file, 'utf8');
    if (!text.trim()) return undefined;
    return JSON.parse(text) as SandboxData;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writing = this.writing.then(() => this.write()).catch(() => undefined);
    }, this.debounceMs);
    this.timer.unref();
  }

  private async write(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const tmp = `${this.file}.${process.pid}.tmp`;
    await fsp.mkdir(dirname(this.file), { recursive: true });
    await fsp.writeFile(tmp, JSON.stringify(this.snapshot()));
    await fsp.rename(tmp, this.file);
  }

  /** Write now (on close). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    await this.writing;
    if (this.dirty) {
      this.dirty = false;
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.snapshot()));
      renameSync(tmp, this.file);
    }
  }
}
