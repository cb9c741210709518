// Creating a post: X's checks (length, reply target, media, duplicates) and the 2026 plan rules (reply restriction,
// Enterprise-only quotes, one cashtag) for API apps. The public (POST /_sandbox/tweets) goes through the same checks
// but not the plan rules.
import { parseTweetText } from '@xp/shared';
import type { SandboxContext, XResult } from './context';
import { detectLang } from './lang';
import { noPublicMetrics } from './metrics';
import { DUPLICATE_CONTENT, forbidden, REPLY_NOT_SUMMONED, REPLY_NOT_VISIBLE, TOO_LONG_FORBIDDEN } from './problems';
import { cashtagsIn, mentionsIn, urlsOf } from './search-index';
import { normaliseForDuplicate, type SandboxApp, type SandboxTweet, type SandboxUser } from './state';
import { invalid, type TweetBody } from './tweet-body';

export const QUOTE_NOT_ALLOWED = forbidden('Quoting a Post through the API requires an Enterprise plan.');
export const TOO_MANY_CASHTAGS = forbidden('A Post may contain at most one cashtag.');

export interface CreateOptions {
  /** The API app posting (undefined: the public, through the admin API). */
  app?: SandboxApp;
  lang?: string;
  /** created_at when not now (the crowd catching up with a clock moved forward); never before the newest post. */
  at?: number;
}

export type CreateOutcome = { tweet: SandboxTweet; replyToMention: boolean } | { refused: XResult };

/** Whether the 2026 self-serve rules bind this app (not the public, not Enterprise apps). */
export function planRulesApply(ctx: SandboxContext, app: SandboxApp | undefined): boolean {
  return !!app && ctx.behaviour.selfServePolicies && ctx.profileOf(app) !== 'enterprise';
}

/** The February 2026 rule: the replied-to author engaged the replier (mention, reply, quote), or it is their own. */
export function replyAllowed(ctx: SandboxContext, user: SandboxUser, target: SandboxTweet): boolean {
  if (target.authorId === user.id) return true;
  if (ctx.state.tweets.get(target.conversationId)?.authorId === user.id) return true;
  if (mentionsIn(target.text).includes(user.username.toLowerCase())) return true;
  if (target.inReplyToUserId === user.id) return true;
  const quoted = target.quoteTweetId ? ctx.state.tweets.get(target.quoteTweetId) : undefined;
  return quoted?.authorId === user.id;
}

export function createTweet(
  ctx: SandboxContext,
  user: SandboxUser,
  body: TweetBody,
  opts: CreateOptions,
): CreateOutcome {
  const { state, behaviour } = ctx;
  const rules = planRulesApply(ctx, opts.app);
  const now = opts.at ?? ctx.now();
  const text = body.text ?? '';
  if (text.length > 0) {
    const parsed = parseTweetText(text, { maxWeightedLength: user.maxWeightedLength });
    if (parsed.weightedLength > user.maxWeightedLength) {
      if (behaviour.tooLongStatus === 403) return { refused: { status: 403, body: TOO_LONG_FORBIDDEN } };
      invalid([
        {
          parameters: { text: [text] },
          message: `Your Tweet text is too long. The weighted length is ${parsed.weightedLength}, the limit is ${user.maxWeightedLength}.`,
        },
      ]);
    }
    if (!parsed.valid)
      invalid([{ parameters: { text: [text] }, message: 'Your Tweet text contains invalid characters.' }]);
  }
  let replyTo: SandboxTweet | undefined;
  if (body.reply) {
    replyTo = state.tweets.get(body.reply.in_reply_to_tweet_id);
    if (!replyTo || replyTo.deleted) return { refused: { status: 403, body: REPLY_NOT_VISIBLE } };
    if (rules && behaviour.replyPolicy === 'summoned' && !replyAllowed(ctx, user, replyTo)) {
      return { refused: { status: 403, body: REPLY_NOT_SUMMONED } };
    }
  }
  if (body.quote_tweet_id) {
    if (rules) return { refused: { status: 403, body: QUOTE_NOT_ALLOWED } };
    const q = state.tweets.get(body.quote_tweet_id);
    if (!q || q.deleted)
      return {
        refused: {
          status: 403,
          body: forbidden('You attempted to quote a Tweet that is deleted or not visible to you.'),
        },
      };
  }
  if (rules && cashtagsIn(text).length > 1) return { refused: { status: 403, body: TOO_MANY_CASHTAGS } };
  if (body.media) {
    const ids = body.media.media_ids;
    const media = ids.map((id) => state.media.get(id));
    const ok = media.every(
      (m) =>
        m &&
        m.ownerIds.includes(user.id) &&
        m.state === 'succeeded' &&
        m.expiresAt > now &&
        m.category.startsWith('tweet_'),
    );
    const hasMotion = media.some((m) => m && (m.category === 'tweet_gif' || m.category === 'tweet_video'));
    if (!ok || (hasMotion && ids.length > 1)) {
      invalid([{ parameters: { 'media.media_ids': ids }, message: 'Your media IDs are invalid.' }]);
    }
  }
  if (text.length > 0) {
    const recent = state.recentTexts.get(user.id)?.get(normaliseForDuplicate(text));
    if (recent !== undefined && now - recent < behaviour.duplicateWindowMs)
      return { refused: { status: 403, body: DUPLICATE_CONTENT } };
  }
  const id = ctx.ids.next(now);
  const tweet: SandboxTweet = {
    id,
    authorId: user.id,
    text,
    createdAt: now,
    conversationId: replyTo ? replyTo.conversationId : id,
    lang: opts.lang ?? detectLang(text),
    publicMetrics: noPublicMetrics(),
  };
  if (replyTo) {
    tweet.inReplyToTweetId = replyTo.id;
    tweet.inReplyToUserId = replyTo.authorId;
    replyTo.publicMetrics.reply_count++;
  }
  if (body.quote_tweet_id) {
    tweet.quoteTweetId = body.quote_tweet_id;
    const q = state.tweets.get(body.quote_tweet_id);
    if (q) q.publicMetrics.quote_count++;
  }
  if (body.media) tweet.mediaIds = [...body.media.media_ids];
  if (body.poll) {
    tweet.poll = {
      id: ctx.ids.next(now),
      options: [...body.poll.options],
      durationMinutes: body.poll.duration_minutes,
      endAt: now + body.poll.duration_minutes * 60_000,
    };
  }
  if (body.reply_settings) tweet.replySettings = body.reply_settings;
  state.addTweet(tweet);
  ctx.changed();
  for (const listener of ctx.tweetListeners) listener(tweet);
  const replyToMention = !!replyTo && mentionsIn(replyTo.text).includes(user.username.toLowerCase());
  return { tweet, replyToMention };
}

/** The ledger charge of a created post. */
export function postCharge(tweet: SandboxTweet, replyToMention: boolean) {
  return { post: { hasUrl: urlsOf(tweet.text).length > 0, replyToMention } };
}
