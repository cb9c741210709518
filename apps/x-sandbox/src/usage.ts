// The pay-per-use ledger (prices in docs/x-sandbox.md): what each app would be billed. A resource (a post, a user) is
// charged once per app and UTC day; costs are kept in micro-dollars so sums are exact.

export const PRICES_MICRO_USD = {
  postRead: 5_000,
  ownedRead: 1_000,
  userRead: 10_000,
  post: 15_000,
  postWithUrl: 200_000,
  replyToMention: 10_000,
  countRequest: 5_000,
} as const;

/** What a successful X call costs, as its handler reports it. */
export interface UsageCharge {
  /** Posts returned in `data` (expansions are not billed). */
  postIds?: string[];
  /** Those reads are "owned reads" (the app owner's own timeline or mentions, with the owner's token). */
  owned?: boolean;
  /** Users returned in `data`. */
  userIds?: string[];
  /** A post created. */
  post?: { hasUrl: boolean; replyToMention: boolean };
  /** A counts request. */
  countRequest?: boolean;
}

interface EndpointUsage {
  requests: number;
  postReads: number;
  micro: number;
}

interface UsageCounts {
  postReads: number;
  ownedReads: number;
  userReads: number;
  posts: number;
  postsWithUrl: number;
  countRequests: number;
}

interface AppUsage extends UsageCounts {
  micro: number;
  byEndpoint: Map<string, EndpointUsage>;
}

export interface UsageReport extends UsageCounts {
  costUsd: number;
  byEndpoint: Record<string, { requests: number; postReads: number; costUsd: number }>;
}

const usd = (micro: number) => Math.round(micro) / 1_000_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function emptyApp(): AppUsage {
  return {
    postReads: 0,
    ownedReads: 0,
    userReads: 0,
    posts: 0,
    postsWithUrl: 0,
    countRequests: 0,
    micro: 0,
    byEndpoint: new Map(),
  };
}

export class UsageLedger {
  private readonly apps = new Map<string, AppUsage>();
  /** clientId|day|kind:id of resources already charged today. */
  private readonly charged = new Set<string>();
  private chargedDay = '';

  reset(): void {
    this.apps.clear();
    this.charged.clear();
  }

  /** Records one successful call of `endpoint` ("GET /2/tweets/search/recent") by an app. */
  record(clientId: string, endpoint: string, charge: UsageCharge | undefined, now: number): void {
    const day = utcDay(now);
    if (day !== this.chargedDay) {
      this.charged.clear();
      this.chargedDay = day;
    }
    let app = this.apps.get(clientId);
    if (!app) {
      app = emptyApp();
      this.apps.set(clientId, app);
    }
    let ep = app.byEndpoint.get(endpoint);
    if (!ep) {
      ep = { requests: 0, postReads: 0, micro: 0 };
      app.byEndpoint.set(endpoint, ep);
    }
    ep.requests++;
    let micro = 0;
    const first = (kind: string, id: string) => {
      const key = `${clientId}|${kind}:${id}`;
      if (this.charged.has(key)) return false;
      this.charged.add(key);
      return true;
    };
    for (const id of charge?.postIds ?? []) {
      if (!first('t', id)) continue;
      ep.postReads++;
      if (charge?.owned) {
        app.ownedReads++;
        micro += PRICES_MICRO_USD.ownedRead;
      } else {
        app.postReads++;
        micro += PRICES_MICRO_USD.postRead;
      }
    }
    for (const id of charge?.userIds ?? []) {
      if (!first('u', id)) continue;
      app.userReads++;
      micro += PRICES_MICRO_USD.userRead;
    }
    if (charge?.post) {
      app.posts++;
      if (charge.post.hasUrl) app.postsWithUrl++;
      micro += charge.post.hasUrl
        ? PRICES_MICRO_USD.postWithUrl
        : charge.post.replyToMention
          ? PRICES_MICRO_USD.replyToMention
          : PRICES_MICRO_USD.post;
    }
    if (charge?.countRequest) {
      app.countRequests++;
      micro += PRICES_MICRO_USD.countRequest;
    }
    ep.micro += micro;
    app.micro += micro;
  }

  /** One app's usage, or all apps together. */
  report(clientId?: string): UsageReport {
    const sources = clientId ? [this.apps.get(clientId) ?? emptyApp()] : [...this.apps.values()];
    const total = emptyApp();
    for (const a of sources) {
      total.postReads += a.postReads;
      total.ownedReads += a.ownedReads;
      total.userReads += a.userReads;
      total.posts += a.posts;
      total.postsWithUrl += a.postsWithUrl;
      total.countRequests += a.countRequests;
      total.micro += a.micro;
      for (const [k, e] of a.byEndpoint) {
        const t = total.byEndpoint.get(k) ?? { requests: 0, postReads: 0, micro: 0 };
        t.requests += e.requests;
        t.postReads += e.postReads;
        t.micro += e.micro;
        total.byEndpoint.set(k, t);
      }
    }
    return {
      postReads: total.postReads,
      ownedReads: total.ownedReads,
      userReads: total.userReads,
      posts: total.posts,
      postsWithUrl: total.postsWithUrl,
      countRequests: total.countRequests,
      costUsd: usd(total.micro),
      byEndpoint: Object.fromEntries(
        [...total.byEndpoint].map(([k, e]) => [
          k,
          { requests: e.requests, postReads: e.postReads, costUsd: usd(e.micro) },
        ]),
      ),
    };
  }
}
