// Post and user metrics. A post's numbers grow by a deterministic engagement model on the sandbox clock (seeded by
// the post id; reach from the author's followers, the hour it was posted, media and links; growth that decays),
// on top of what happened in the sandbox (replies, quotes). PUT /_sandbox/tweets/:id/metrics freezes a post's numbers.
import type { SandboxContext } from './context';
import { urlsOf } from './search-index';
import type { PublicMetrics, SandboxTweet, SandboxUser } from './state';

export interface NonPublicMetrics {
  impression_count: number;
  url_link_clicks: number;
  user_profile_clicks: number;
  engagements: number;
}

export interface OrganicMetrics {
  impression_count: number;
  like_count: number;
  reply_count: number;
  retweet_count: number;
  url_link_clicks: number;
  user_profile_clicks: number;
}

export interface TweetMetrics {
  public: PublicMetrics;
  nonPublic: NonPublicMetrics;
}

export const PUBLIC_KEYS: Array<keyof PublicMetrics> = [
  'retweet_count',
  'reply_count',
  'like_count',
  'quote_count',
  'bookmark_count',
  'impression_count',
];
export const NON_PUBLIC_KEYS: Array<keyof NonPublicMetrics> = [
  'impression_count',
  'url_link_clicks',
  'user_profile_clicks',
  'engagements',
];

/** Half of a post's eventual reach comes within this time; growth slows after (1 - e^(-age/τ)). */
export const GROWTH_TAU_MS = 6 * 3600 * 1000 * Math.LOG2E;
/** Reach by UTC hour of posting (evenings best, nights worst). */
const HOUR_FACTOR = [
  0.5, 0.45, 0.4, 0.4, 0.45, 0.55, 0.75, 0.9, 1.0, 1.1, 1.1, 1.15, 1.2, 1.1, 1.0, 1.0, 1.05, 1.15, 1.3, 1.35, 1.3, 1.15,
  0.95, 0.7,
];

export function noPublicMetrics(): PublicMetrics {
  return { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, impression_count: 0, bookmark_count: 0 };
}

/** A seeded generator (mulberry32) from a decimal id: the same post always draws the same numbers. */
export function seeded(id: string): () => number {
  let a = 0;
  for (let i = 0; i < id.length; i++) a = (Math.imul(a, 31) + id.charCodeAt(i)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The model's numbers for a post of an author with `followers` followers, `ageMs` after it was posted. */
export function modelMetrics(
  t: Pick<SandboxTweet, 'id' | 'text' | 'createdAt' | 'mediaIds'>,
  followers: number,
  ageMs: number,
): TweetMetrics {
  const rnd = seeded(t.id);
  const hasMedia = !!t.mediaIds?.length;
  const hasLink = urlsOf(t.text).length > 0;
  const noise = 0.7 + 0.6 * rnd();
  const reach =
    (40 + followers * 0.08) *
    HOUR_FACTOR[new Date(t.createdAt).getUTCHours()] *
    (hasMedia ? 1.6 : 1) *
    (hasLink ? 0.8 : 1) *
    noise;
  const grown = ageMs <= 0 ? 0 : 1 - Math.exp(-ageMs / GROWTH_TAU_MS);
  const impressions = reach * grown;
  const rate = (base: number) => base * (0.6 + 0.8 * rnd());
  const like = Math.floor(impressions * rate(0.02) * (hasMedia ? 1.3 : 1) * (hasLink ? 0.7 : 1));
  const pub: PublicMetrics = {
    retweet_count: Math.floor(impressions * rate(0.004)),
    reply_count: Math.floor(impressions * rate(0.002)),
    like_count: like,
    quote_count: Math.floor(impressions * rate(0.0005)),
    bookmark_count: Math.floor(impressions * rate(0.003)),
    impression_count: Math.floor(impressions),
  };
  const linkClicks = hasLink ? Math.floor(impressions * rate(0.01)) : 0;
  const profileClicks = Math.floor(impressions * rate(0.005));
  return { public: pub, nonPublic: nonPublicOf(pub, linkClicks, profileClicks) };
}

function nonPublicOf(p: PublicMetrics, linkClicks: number, profileClicks: number): NonPublicMetrics {
  return {
    impression_count: p.impression_count,
    url_link_clicks: linkClicks,
    user_profile_clicks: profileClicks,
    engagements:
      p.like_count + p.retweet_count + p.reply_count + p.quote_count + p.bookmark_count + linkClicks + profileClicks,
  };
}

/** A post's metrics now: frozen by hand, or the model plus the sandbox's own replies and quotes. */
export function metricsOf(ctx: SandboxContext, t: SandboxTweet): TweetMetrics {
  if (t.manualMetrics) return { public: { ...t.manualMetrics.public }, nonPublic: { ...t.manualMetrics.nonPublic } };
  const author = ctx.state.users.get(t.authorId);
  const m = modelMetrics(t, author?.followersCount ?? 0, ctx.now() - t.createdAt);
  for (const k of PUBLIC_KEYS) m.public[k] += t.publicMetrics[k];
  m.nonPublic.impression_count = m.public.impression_count;
  m.nonPublic = nonPublicOf(m.public, m.nonPublic.url_link_clicks, m.nonPublic.user_profile_clicks);
  return m;
}

export function organicOf(m: TweetMetrics): OrganicMetrics {
  return {
    impression_count: m.public.impression_count,
    like_count: m.public.like_count,
    reply_count: m.public.reply_count,
    retweet_count: m.public.retweet_count,
    url_link_clicks: m.nonPublic.url_link_clicks,
    user_profile_clicks: m.nonPublic.user_profile_clicks,
  };
}

/** Sets a post's metrics by hand (the given values over the current ones) and freezes them. */
export function setMetrics(
  ctx: SandboxContext,
  t: SandboxTweet,
  input: { public: Partial<PublicMetrics>; nonPublic: Partial<NonPublicMetrics> },
): TweetMetrics {
  const current = metricsOf(ctx, t);
  const pub = { ...current.public, ...input.public };
  const nonPublic = { ...current.nonPublic, ...input.nonPublic };
  if (input.public.impression_count !== undefined && input.nonPublic.impression_count === undefined)
    nonPublic.impression_count = pub.impression_count;
  t.manualMetrics = { public: pub, nonPublic };
  return metricsOf(ctx, t);
}

/** A user's public metrics: followers as set on the sandbox user, following seeded, posts counted. */
export function userPublicMetrics(ctx: SandboxContext, u: SandboxUser) {
  const posts = ctx.state.timelines.get(u.id) ?? [];
  const followers = u.followersCount ?? 0;
  return {
    followers_count: followers,
    following_count: Math.floor(seeded(u.id)() * 400),
    tweet_count: posts.filter((t) => !t.deleted).length,
    listed_count: Math.floor(followers / 1000),
    like_count: Math.floor(seeded(`${u.id}1`)() * 2000),
  };
}
