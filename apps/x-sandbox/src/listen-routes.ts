// Listening: GET /2/users/:id/mentions, /2/tweets/search/recent and /2/tweets/counts/recent over the search index.
import type { FastifyInstance } from 'fastify';
import type { SandboxContext, XResult } from './context';
import { notFound } from './problems';
import { iso, type Query, qstr } from './render';
import { union } from './search-index';
import { parseSearchQuery, QuerySyntaxError } from '@xp/shared';
import { compareIds } from './snowflake';
import type { SandboxTweet } from './state';
import { invalid } from './tweet-body';
import { isOwnedRead } from './tweet-lookup';
import { arrayView, page, parseId, parseTime, type TweetSource } from './tweet-query';

const READ_SCOPES = ['tweet.read', 'users.read'];
export const SEVEN_DAYS_MS = 7 * 24 * 3600 * 1000;
/** Search and counts see posts up to now - 30 s when no end_time is given. */
export const SEARCH_LAG_MS = 30_000;
const GRANULARITY_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** Reads the query parameter and parses it, answering X's 400 for a bad query. */
function queryParam(q: Query) {
  const query = qstr(q, 'query');
  if (!query || !query.trim())
    invalid([{ parameters: { query: [''] }, message: 'The `query` query parameter can not be empty' }]);
  if (query.length > 512) {
    invalid([
      {
        parameters: { query: [query] },
        message: `The \`query\` query parameter value is too long (${query.length} > 512)`,
      },
    ]);
  }
  try {
    return parseSearchQuery(query);
  } catch (e) {
    if (!(e instanceof QuerySyntaxError)) throw e;
    return invalid([
      {
        parameters: { query: [query] },
        message: `There were errors processing your request: ${e.reason} (at position ${e.position})`,
      },
    ]);
  }
}

/** start_time must be within the last 7 days. */
function windowStart(ctx: SandboxContext, q: Query): number | undefined {
  const now = ctx.now();
  const start = parseTime(q, 'start_time');
  if (start !== undefined && start < now - SEVEN_DAYS_MS) {
    const v = qstr(q, 'start_time') ?? '';
    invalid([
      {
        parameters: { start_time: [v] },
        message: `Invalid 'start_time':'${v}'. 'start_time' must be on or after ${iso(now - SEVEN_DAYS_MS)}`,
      },
    ]);
  }
  return start;
}

export function registerListenRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state } = ctx;
  const view = (seqs: number[]) => arrayView(seqs.map((seq) => state.allTweets[seq]));
  /** Search reads the newest matches only, through the index's cursor. */
  const newestFirst = (q: Query): TweetSource => {
    const cursor = state.index.cursor(queryParam(q));
    return () => {
      if (cursor.seq < 0) return undefined;
      const t = state.allTweets[cursor.seq];
      cursor.advance();
      return t;
    };
  };
  /** Matching tweets (sequence numbers, ascending) of a query. */
  const matches = (q: Query): number[] => state.index.evaluate(queryParam(q));

  app.get(
    '/2/users/:id/mentions',
    ctx.route({ endpoint: 'users.mentions', auth: 'any', scopes: READ_SCOPES }, (req, auth): XResult => {
      const q = req.query as Query;
      const id = (req.params as { id: string }).id;
      const user = state.users.get(id);
      if (!user) return { status: 200, body: { errors: [notFound('user', 'id', id)] } };
      const name = user.username.toLowerCase();
      // Explicit @mentions, and replies to the user's posts (X puts the @username at the start of a reply).
      const replies = state.index.list(`to:${name}`).filter((seq) => state.allTweets[seq].authorId !== user.id);
      const seqs = union(state.index.list(`@${name}`), replies);
      return page(ctx, view(seqs), q, {
        tokenParam: 'pagination_token',
        minMax: 5,
        maxMax: 100,
        defMax: 10,
        cap: 800,
        owned: isOwnedRead(auth, user),
      });
    }),
  );

  app.get(
    '/2/tweets/search/recent',
    ctx.route({ endpoint: 'tweets.search', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const q = req.query as Query;
      const now = ctx.now();
      windowStart(ctx, q);
      return page(ctx, newestFirst(q), q, {
        tokenParam: 'next_token',
        minMax: 10,
        maxMax: 100,
        defMax: 10,
        cap: Infinity,
        minTime: now - SEVEN_DAYS_MS,
        defaultEnd: now - SEARCH_LAG_MS,
      });
    }),
  );

  app.get(
    '/2/tweets/counts/recent',
    ctx.route({ endpoint: 'tweets.counts', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const q = req.query as Query;
      const now = ctx.now();
      const granularity = qstr(q, 'granularity') ?? 'hour';
      if (!(granularity in GRANULARITY_MS)) {
        invalid([
          {
            parameters: { granularity: [granularity] },
            message: `The \`granularity\` query parameter value [${granularity}] is not one of [minute,hour,day]`,
          },
        ]);
      }
      const step = GRANULARITY_MS[granularity as keyof typeof GRANULARITY_MS];
      const start = windowStart(ctx, q) ?? now - SEVEN_DAYS_MS;
      const end = parseTime(q, 'end_time') ?? now - SEARCH_LAG_MS;
      if (end <= start) {
        invalid([
          {
            parameters: { end_time: [qstr(q, 'end_time') ?? iso(end)] },
            message: "Invalid 'end_time': 'end_time' must be after 'start_time'",
          },
        ]);
      }
      const sinceId = parseId(q, 'since_id');
      const untilId = parseId(q, 'until_id');
      const seqs = matches(q);
      return {
        status: 200,
        body: countBuckets(state.allTweets, seqs, { start, end, step, sinceId, untilId }),
        usage: { countRequest: true },
      };
    }),
  );
}

/** Buckets aligned on UTC boundaries, oldest first; each counts the matches inside [start, end). */
export function countBuckets(
  all: SandboxTweet[],
  seqs: number[],
  w: { start: number; end: number; step: number; sinceId?: string; untilId?: string },
) {
  const first = Math.floor(w.start / w.step) * w.step;
  const n = Math.ceil((w.end - first) / w.step);
  const counts = new Array<number>(n).fill(0);
  for (const seq of seqs) {
    const t = all[seq];
    if (t.deleted || t.createdAt < w.start || t.createdAt >= w.end) continue;
    if (w.sinceId && compareIds(t.id, w.sinceId) <= 0) continue;
    if (w.untilId && compareIds(t.id, w.untilId) >= 0) continue;
    counts[Math.floor((t.createdAt - first) / w.step)]++;
  }
  const data = counts.map((tweet_count, i) => ({
    end: iso(first + (i + 1) * w.step),
    start: iso(first + i * w.step),
    tweet_count,
  }));
  return { data, meta: { total_tweet_count: counts.reduce((a, b) => a + b, 0) } };
}
