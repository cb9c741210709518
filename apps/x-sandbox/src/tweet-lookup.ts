// GET /2/tweets and /2/tweets/:id: partial errors for unknown ids, and the field authorization of private metrics
// (only the author's user token, only for posts less than 30 days old).
import type { AuthContext, SandboxContext, XResult } from './context';
import { notFound } from './problems';
import { buildIncludes, type Query, qlist, renderTweet } from './render';
import { isSnowflakeLike } from './snowflake';
import type { SandboxTweet, SandboxUser } from './state';
import { invalid } from './tweet-body';

export const PRIVATE_METRICS_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const PRIVATE_FIELDS: Record<string, string[]> = {
  non_public_metrics: ['impression_count', 'url_link_clicks', 'user_profile_clicks', 'engagements'],
  organic_metrics: [
    'impression_count',
    'like_count',
    'reply_count',
    'retweet_count',
    'url_link_clicks',
    'user_profile_clicks',
  ],
};

/** Reads of the app owner's own timeline or mentions, with the owner's token. */
export function isOwnedRead(auth: AuthContext, subject: SandboxUser): boolean {
  return (
    auth.kind === 'user' &&
    auth.user.id === subject.id &&
    !!auth.app.ownerUsername &&
    auth.app.ownerUsername.replace(/^@/, '').toLowerCase() === subject.username.toLowerCase()
  );
}

/** One "Field Authorization Error" per refused private field of a post. */
function fieldErrors(tweet: SandboxTweet, fields: Set<string>): unknown[] {
  const out: unknown[] = [];
  for (const [group, names] of Object.entries(PRIVATE_FIELDS)) {
    if (!fields.has(group)) continue;
    for (const name of names) {
      const field = `${group}.${name}`;
      out.push({
        resource_type: 'tweet',
        field,
        parameter: 'id',
        resource_id: tweet.id,
        title: 'Field Authorization Error',
        section: 'data',
        detail: `Sorry, you are not authorized to access '${field}' on the Tweet with id : [${tweet.id}].`,
        value: tweet.id,
        type: 'https://api.twitter.com/2/problems/not-authorized-for-field',
      });
    }
  }
  return out;
}

export function privateMetricsAllowed(ctx: SandboxContext, auth: AuthContext, t: SandboxTweet): boolean {
  return auth.kind === 'user' && auth.user.id === t.authorId && ctx.now() - t.createdAt < PRIVATE_METRICS_MAX_AGE_MS;
}

export function lookupTweets(
  ctx: SandboxContext,
  auth: AuthContext,
  ids: string[],
  parameter: 'id' | 'ids',
  q: Query,
  single: boolean,
): XResult {
  for (const id of ids) {
    if (!isSnowflakeLike(id)) {
      invalid([
        {
          parameters: { [parameter]: [id] },
          message: `The \`${parameter}\` query parameter value [${id}] does not match ^[0-9]{1,19}$`,
        },
      ]);
    }
  }
  const fields = qlist(q, 'tweet.fields');
  const wantsPrivate = Object.keys(PRIVATE_FIELDS).some((f) => fields.has(f));
  const found: SandboxTweet[] = [];
  const errors: unknown[] = [];
  for (const id of ids) {
    const t = ctx.state.tweets.get(id);
    if (!t || t.deleted) {
      const e = notFound('tweet', parameter, id) as Record<string, unknown>;
      if (single) e.detail = `Could not find tweet with id: [${id}].`;
      errors.push(e);
    } else if (wantsPrivate && !privateMetricsAllowed(ctx, auth, t)) errors.push(...fieldErrors(t, fields));
    else found.push(t);
  }
  const body: Record<string, unknown> = {};
  if (found.length) {
    const rendered = found.map((t) => renderTweet(ctx, t, fields, wantsPrivate));
    body.data = single ? rendered[0] : rendered;
  }
  const includes = buildIncludes(ctx, found, q);
  if (includes) body.includes = includes;
  if (errors.length) body.errors = errors;
  return { status: 200, body, usage: { postIds: found.map((t) => t.id) } };
}
