import type { SandboxContext } from './context';
import { metricsOf, organicOf, userPublicMetrics } from './metrics';
import type { SandboxTweet, SandboxUser } from './state';

export type Query = Record<string, unknown>;

export function qstr(q: Query, key: string): string | undefined {
  const v = q[key];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v.join(',');
  return undefined;
}

export function qlist(q: Query, key: string): Set<string> {
  const v = qstr(q, key);
  return new Set(
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function mediaKeyOf(ctx: SandboxContext, mediaId: string): string {
  return ctx.state.media.get(mediaId)?.mediaKey ?? `3_${mediaId}`;
}

/** A post as X renders it; private metrics only when `privateMetrics` (the author's token, a recent post). */
export function renderTweet(
  ctx: SandboxContext,
  t: SandboxTweet,
  fields: Set<string>,
  privateMetrics = false,
): Record<string, unknown> {
  const o: Record<string, unknown> = { id: t.id, text: t.text, edit_history_tweet_ids: [t.id] };
  if (fields.size === 0) return o;
  if (fields.has('created_at')) o.created_at = iso(t.createdAt);
  if (fields.has('author_id')) o.author_id = t.authorId;
  if (fields.has('conversation_id')) o.conversation_id = t.conversationId;
  if (fields.has('in_reply_to_user_id') && t.inReplyToUserId) o.in_reply_to_user_id = t.inReplyToUserId;
  if (fields.has('referenced_tweets')) {
    const refs: Array<{ type: string; id: string }> = [];
    if (t.inReplyToTweetId) refs.push({ type: 'replied_to', id: t.inReplyToTweetId });
    if (t.quoteTweetId) refs.push({ type: 'quoted', id: t.quoteTweetId });
    if (refs.length) o.referenced_tweets = refs;
  }
  if (
    fields.has('public_metrics') ||
    (privateMetrics && (fields.has('non_public_metrics') || fields.has('organic_metrics')))
  ) {
    const m = metricsOf(ctx, t);
    if (fields.has('public_metrics')) o.public_metrics = m.public;
    if (privateMetrics && fields.has('non_public_metrics')) o.non_public_metrics = m.nonPublic;
    if (privateMetrics && fields.has('organic_metrics')) o.organic_metrics = organicOf(m);
  }
  if (fields.has('attachments')) {
    const att: Record<string, unknown> = {};
    if (t.mediaIds?.length) att.media_keys = t.mediaIds.map((id) => mediaKeyOf(ctx, id));
    if (t.poll) att.poll_ids = [t.poll.id];
    if (Object.keys(att).length) o.attachments = att;
  }
  if (fields.has('reply_settings')) o.reply_settings = t.replySettings ?? 'everyone';
  if (fields.has('lang')) o.lang = t.lang ?? 'und';
  if (fields.has('possibly_sensitive')) o.possibly_sensitive = false;
  if (fields.has('source')) o.source = 'X sandbox';
  if (fields.has('edit_controls')) {
    o.edit_controls = { edits_remaining: 5, is_edit_eligible: false, editable_until: iso(t.createdAt + 3_600_000) };
  }
  return o;
}

export function renderUser(u: SandboxUser, fields: Set<string>, ctx?: SandboxContext): Record<string, unknown> {
  const o: Record<string, unknown> = { id: u.id, name: u.name, username: u.username };
  if (fields.has('created_at')) o.created_at = iso(u.createdAt);
  if (fields.has('description')) o.description = u.description;
  if (fields.has('profile_image_url')) o.profile_image_url = u.profileImageUrl;
  if (fields.has('protected')) o.protected = false;
  if (fields.has('verified')) o.verified = u.verified;
  if (fields.has('verified_type')) o.verified_type = u.verified ? 'blue' : 'none';
  if (fields.has('url')) o.url = '';
  if (fields.has('public_metrics') && ctx) o.public_metrics = userPublicMetrics(ctx, u);
  return o;
}

/** `includes` for the expansions twitter-api-v2 users typically ask for. */
export function buildIncludes(
  ctx: SandboxContext,
  tweets: SandboxTweet[],
  q: Query,
): Record<string, unknown> | undefined {
  const expansions = qlist(q, 'expansions');
  if (expansions.size === 0 || tweets.length === 0) return undefined;
  const includes: Record<string, unknown[]> = {};
  const userFields = qlist(q, 'user.fields');
  if (expansions.has('author_id') || expansions.has('in_reply_to_user_id')) {
    const ids = new Set<string>();
    for (const t of tweets) {
      if (expansions.has('author_id')) ids.add(t.authorId);
      if (expansions.has('in_reply_to_user_id') && t.inReplyToUserId) ids.add(t.inReplyToUserId);
    }
    const users = [...ids].map((id) => ctx.state.users.get(id)).filter((u): u is SandboxUser => !!u);
    if (users.length) includes.users = users.map((u) => renderUser(u, userFields, ctx));
  }
  if (expansions.has('attachments.media_keys')) {
    const media = tweets.flatMap((t) =>
      (t.mediaIds ?? []).map((id) => {
        const m = ctx.state.media.get(id);
        const type = m?.category.endsWith('gif')
          ? 'animated_gif'
          : m?.mediaType.startsWith('video')
            ? 'video'
            : 'photo';
        const o: Record<string, unknown> = { media_key: mediaKeyOf(ctx, id), type };
        if (m?.altText) o.alt_text = m.altText;
        return o;
      }),
    );
    if (media.length) includes.media = media;
  }
  if (expansions.has('attachments.poll_ids')) {
    const now = ctx.now();
    const polls = tweets
      .map((t) => t.poll)
      .filter((p): p is NonNullable<typeof p> => !!p)
      .map((p) => {
        return {
          id: p.id,
          options: p.options.map((label, i) => ({ position: i + 1, label, votes: 0 })),
          duration_minutes: p.durationMinutes,
          end_datetime: iso(p.endAt),
          voting_status: p.endAt > now ? 'open' : 'closed',
        };
      });
    if (polls.length) includes.polls = polls;
  }
  if (expansions.has('referenced_tweets.id')) {
    const fields = qlist(q, 'tweet.fields');
    const refs = tweets
      .flatMap((t) => [t.inReplyToTweetId, t.quoteTweetId])
      .filter((id): id is string => !!id)
      .map((id) => ctx.state.tweets.get(id))
      .filter((t): t is SandboxTweet => !!t && !t.deleted);
    if (refs.length) includes.tweets = refs.map((t) => renderTweet(ctx, t, fields));
  }
  return Object.keys(includes).length ? includes : undefined;
}
