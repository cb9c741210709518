import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseTweetText } from '@xp/shared';
import { type AuthContext, type SandboxContext, type XResult } from './context';
import {
  DUPLICATE_CONTENT,
  forbidden,
  notFound,
  REPLY_NOT_SUMMONED,
  REPLY_NOT_VISIBLE,
  TOO_LONG_FORBIDDEN,
} from './problems';
import { buildIncludes, type Query, qlist, qstr, renderTweet, renderUser } from './render';
import { isSnowflakeLike } from './snowflake';
import { normaliseForDuplicate, type SandboxTweet, type SandboxUser } from './state';

import { invalid, validateTweetBody } from './tweet-body';
import { compileQuery, mentionsOf, page, parseTime } from './tweet-query';

export { validateTweetBody } from './tweet-body';

const TWEET_SCOPES = ['tweet.read', 'tweet.write', 'users.read'];
const READ_SCOPES = ['tweet.read', 'users.read'];
const SEVEN_DAYS = 7 * 24 * 3600 * 1000;

export function registerTweetRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state, behaviour } = ctx;
  /** The user named by `:id` in the path; X answers 200 with an error when there is none. */
  const pathUser = (req: FastifyRequest): SandboxUser | XResult => {
    const id = (req.params as { id: string }).id;
    return state.users.get(id) ?? { status: 200, body: { errors: [notFound('user', 'id', id)] } };
  };
  const userOf = (auth: AuthContext): SandboxUser => {
    if (auth.kind !== 'user') throw new Error('user context expected');
    return auth.user;
  };

  app.post(
    '/2/tweets',
    ctx.route({ endpoint: 'tweets.create', auth: 'user', scopes: TWEET_SCOPES }, (req, auth): XResult => {
      const user = userOf(auth);
      const body = validateTweetBody(req.body);
      const now = ctx.now();
      const text = body.text ?? '';
      if (text.length > 0) {
        const parsed = parseTweetText(text, { maxWeightedLength: user.maxWeightedLength });
        if (parsed.weightedLength > user.maxWeightedLength) {
          if (behaviour.tooLongStatus === 403) return { status: 403, body: TOO_LONG_FORBIDDEN };
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
        if (!replyTo || replyTo.deleted) return { status: 403, body: REPLY_NOT_VISIBLE };
        if (behaviour.replyPolicy === 'summoned' && replyTo.authorId !== user.id && !mentionsOf(user, replyTo.text)) {
          return { status: 403, body: REPLY_NOT_SUMMONED };
        }
      }
      if (body.quote_tweet_id) {
        if (behaviour.selfServePolicies) {
          return { status: 403, body: forbidden('Quoting a Post through the API requires an Enterprise plan.') };
        }
        const q = state.tweets.get(body.quote_tweet_id);
        if (!q || q.deleted)
          return {
            status: 403,
            body: forbidden('You attempted to quote a Tweet that is deleted or not visible to you.'),
          };
      }
      if (behaviour.selfServePolicies && (text.match(/(^|\s)\$[A-Za-z]{1,6}\b/g)?.length ?? 0) > 1) {
        return { status: 403, body: forbidden('A Post may contain at most one cashtag.') };
      }
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
          return { status: 403, body: DUPLICATE_CONTENT };
      }
      const id = ctx.ids.next(now);
      const tweet: SandboxTweet = {
        id,
        authorId: user.id,
        text,
        createdAt: now,
        conversationId: replyTo ? replyTo.conversationId : id,
        publicMetrics: {
          retweet_count: 0,
          reply_count: 0,
          like_count: 0,
          quote_count: 0,
          impression_count: 0,
          bookmark_count: 0,
        },
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
      return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } };
    }),
  );

  app.delete(
    '/2/tweets/:id',
    ctx.route(
      { endpoint: 'tweets.delete', auth: 'user', scopes: TWEET_SCOPES },
      (req: FastifyRequest, auth): XResult => {
        const user = userOf(auth);
        const id = (req.params as { id: string }).id;
        if (!isSnowflakeLike(id))
          invalid([
            {
              parameters: { id: [id] },
              message: `The \`id\` query parameter value [${id}] does not match ^[0-9]{1,19}$`,
            },
          ]);
        const t = state.tweets.get(id);
        if (!t || t.deleted) {
          if (behaviour.deleteUnknown === 'not-found')
            return { status: 404, body: { errors: [notFound('tweet', 'id', id)] } };
          return { status: 200, body: { data: { deleted: false } } };
        }
        if (t.authorId !== user.id)
          return { status: 403, body: forbidden('You are not allowed to delete this Tweet.') };
        t.deleted = true;
        const texts = state.recentTexts.get(t.authorId);
        if (texts?.get(normaliseForDuplicate(t.text)) === t.createdAt) texts.delete(normaliseForDuplicate(t.text));
        ctx.changed();
        return { status: 200, body: { data: { deleted: true } } };
      },
    ),
  );

  app.get(
    '/2/users/me',
    ctx.route({ endpoint: 'users.me', auth: 'user', scopes: READ_SCOPES }, (req, auth): XResult => {
      const user = userOf(auth);
      return { status: 200, body: { data: renderUser(user, qlist(req.query as Query, 'user.fields'), ctx) } };
    }),
  );

  const userLookup = (u: SandboxUser | undefined, param: string, value: string, q: Query): XResult =>
    u
      ? { status: 200, body: { data: renderUser(u, qlist(q, 'user.fields'), ctx) } }
      : { status: 200, body: { errors: [notFound('user', param, value)] } };

  app.get(
    '/2/users/:id',
    ctx.route({ auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const id = (req.params as { id: string }).id;
      return userLookup(state.users.get(id), 'id', id, req.query as Query);
    }),
  );
  app.get(
    '/2/users/by/username/:username',
    ctx.route({ auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const name = (req.params as { username: string }).username;
      return userLookup(state.userByName(name), 'username', name, req.query as Query);
    }),
  );

  app.get(
    '/2/users/:id/tweets',
    ctx.route({ endpoint: 'users.tweets', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const q = req.query as Query;
      const user = pathUser(req);
      if ('status' in user) return user;
      const exclude = qlist(q, 'exclude');
      let list = (state.timelines.get(user.id) ?? []).filter((t) => !t.deleted);
      if (exclude.has('replies')) list = list.filter((t) => !t.inReplyToTweetId);
      return page(ctx, list, q, { tokenParam: 'pagination_token', minMax: 5, maxMax: 100, defMax: 10, cap: 3200 });
    }),
  );

  app.get(
    '/2/users/:id/mentions',
    ctx.route({ endpoint: 'users.mentions', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const q = req.query as Query;
      const user = pathUser(req);
      if ('status' in user) return user;
      const list = state.allTweets.filter((t) => !t.deleted && mentionsOf(user, t.text));
      return page(ctx, list, q, { tokenParam: 'pagination_token', minMax: 5, maxMax: 100, defMax: 10, cap: 800 });
    }),
  );

  app.get(
    '/2/tweets',
    ctx.route({ endpoint: 'tweets.lookup', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const q = req.query as Query;
      const raw = qstr(q, 'ids');
      if (!raw) invalid([{ parameters: { ids: [] }, message: 'The `ids` query parameter can not be empty' }]);
      const ids = raw.split(',');
      if (ids.length > 100) {
        invalid([
          {
            parameters: { ids: [raw] },
            message: `The number of values in the \`ids\` query parameter list [${ids.length}] is not between 1 and 100`,
          },
        ]);
      }
      for (const id of ids) {
        if (!isSnowflakeLike(id)) {
          invalid([
            {
              parameters: { ids: [id] },
              message: `The \`ids\` query parameter value [${id}] does not match ^[0-9]{1,19}$`,
            },
          ]);
        }
      }
      const fields = qlist(q, 'tweet.fields');
      const found: SandboxTweet[] = [];
      const errors: unknown[] = [];
      for (const id of ids) {
        const t = state.tweets.get(id);
        if (t && !t.deleted) found.push(t);
        else errors.push(notFound('tweet', 'ids', id));
      }
      const body: Record<string, unknown> = {};
      if (found.length) body.data = found.map((t) => renderTweet(ctx, t, fields));
      const includes = buildIncludes(ctx, found, q);
      if (includes) body.includes = includes;
      if (errors.length) body.errors = errors;
      return { status: 200, body };
    }),
  );

  app.get(
    '/2/tweets/search/recent',
    ctx.route({ endpoint: 'tweets.search', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const q = req.query as Query;
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
      const now = ctx.now();
      const start = parseTime(q, 'start_time');
      if (start !== undefined && start < now - SEVEN_DAYS) {
        const v = qstr(q, 'start_time') ?? '';
        invalid([
          {
            parameters: { start_time: [v] },
            message: `Invalid 'start_time':'${v}'. 'start_time' must be on or after ${new Date(now - SEVEN_DAYS).toISOString()}`,
          },
        ]);
      }
      const groups = compileQuery(ctx, query);
      const matches = state.allTweets.filter(
        (t) => !t.deleted && groups.some((g) => g.every((term) => term.test(t) !== term.neg)),
      );
      return page(ctx, matches, q, {
        tokenParam: 'next_token',
        minMax: 10,
        maxMax: 100,
        defMax: 10,
        cap: Infinity,
        minTime: now - SEVEN_DAYS,
      });
    }),
  );
}
