import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseTweetText } from '@xp/shared';
import { type AuthContext, type SandboxContext, XProblemError, type XResult } from './context';
import {
  DUPLICATE_CONTENT,
  forbidden,
  type InvalidParam,
  invalidRequest,
  notFound,
  REPLY_NOT_SUMMONED,
  REPLY_NOT_VISIBLE,
  TOO_LONG_FORBIDDEN,
} from './problems';
import { buildIncludes, type Query, qlist, qstr, renderTweet, renderUser } from './render';
import { compareIds, isSnowflakeLike, snowflakeAt } from './snowflake';
import { normaliseForDuplicate, type SandboxTweet, type SandboxUser } from './state';

const TWEET_SCOPES = ['tweet.read', 'tweet.write', 'users.read'];
const READ_SCOPES = ['tweet.read', 'users.read'];

const ALLOWED_KEYS = new Set([
  'text',
  'reply',
  'media',
  'poll',
  'quote_tweet_id',
  'reply_settings',
  'card_uri',
  'community_id',
  'share_with_followers',
  'direct_message_deep_link',
  'for_super_followers_only',
  'geo',
  'nullcast',
  'edit_options',
  'made_with_ai',
  'paid_partnership',
]);
const EXCLUSIVE = ['media', 'poll', 'quote_tweet_id', 'card_uri', 'direct_message_deep_link'];
const REPLY_SETTINGS = new Set(['following', 'mentionedUsers', 'subscribers', 'verified']);
const SEVEN_DAYS = 7 * 24 * 3600 * 1000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function show(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
function invalid(errors: InvalidParam[]): never {
  throw new XProblemError(400, invalidRequest(errors));
}
function extra(path: string, key: string, value: unknown): InvalidParam {
  return {
    parameters: { [key]: [show(value)] },
    message: `$.${path}${key}: is not defined in the schema and the schema does not allow additional properties`,
  };
}
function checkKeys(obj: Record<string, unknown>, allowed: string[], path: string, errors: InvalidParam[]): void {
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) errors.push(extra(path, k, obj[k]));
}
function idPattern(path: string, v: unknown, errors: InvalidParam[]): void {
  if (!isSnowflakeLike(v)) {
    errors.push({
      parameters: { [path]: [show(v)] },
      message: `$.${path}: does not match the regex pattern ^[0-9]{1,19}$`,
    });
  }
}

interface TweetBody {
  text?: string;
  reply?: { in_reply_to_tweet_id: string; exclude_reply_user_ids?: string[] };
  media?: { media_ids: string[]; tagged_user_ids?: string[] };
  poll?: { options: string[]; duration_minutes: number; reply_settings?: string };
  quote_tweet_id?: string;
  reply_settings?: string;
}

/** Schema validation of TweetCreateRequest (additionalProperties: false, patterns, bounds, exclusions). */
export function validateTweetBody(body: unknown): TweetBody {
  if (!isObject(body)) invalid([{ message: 'Request body must be a JSON object' }]);
  const errors: InvalidParam[] = [];
  for (const k of Object.keys(body)) if (!ALLOWED_KEYS.has(k)) errors.push(extra('', k, body[k]));
  if (body.text !== undefined && typeof body.text !== 'string') {
    errors.push({
      parameters: { text: [show(body.text)] },
      message: `$.text: ${typeof body.text} found, string expected`,
    });
  }
  if (body.reply !== undefined) {
    if (!isObject(body.reply))
      errors.push({ parameters: { reply: [show(body.reply)] }, message: '$.reply: object expected' });
    else {
      checkKeys(
        body.reply,
        ['in_reply_to_tweet_id', 'exclude_reply_user_ids', 'auto_populate_reply_metadata'],
        'reply.',
        errors,
      );
      if (body.reply.in_reply_to_tweet_id === undefined) {
        errors.push({ message: '$.reply.in_reply_to_tweet_id: is missing but it is required' });
      } else idPattern('reply.in_reply_to_tweet_id', body.reply.in_reply_to_tweet_id, errors);
      const ex = body.reply.exclude_reply_user_ids;
      if (ex !== undefined) {
        if (!Array.isArray(ex)) errors.push({ message: '$.reply.exclude_reply_user_ids: array expected' });
        else ex.forEach((id) => idPattern('reply.exclude_reply_user_ids', id, errors));
      }
    }
  }
  if (body.media !== undefined) {
    if (!isObject(body.media))
      errors.push({ parameters: { media: [show(body.media)] }, message: '$.media: object expected' });
    else {
      checkKeys(
        body.media,
        ['media_ids', 'tagged_user_ids', 'title', 'description', 'preview_media_id', 'embeddable', 'call_to_actions'],
        'media.',
        errors,
      );
      const ids = body.media.media_ids;
      if (!Array.isArray(ids) || ids.length < 1 || ids.length > 4) {
        errors.push({
          parameters: { 'media.media_ids': [show(ids)] },
          message: '$.media.media_ids: there must be a minimum of 1 items and a maximum of 4 items in the array',
        });
      } else ids.forEach((id) => idPattern('media.media_ids', id, errors));
      const tagged = body.media.tagged_user_ids;
      if (tagged !== undefined && (!Array.isArray(tagged) || tagged.length > 10)) {
        errors.push({ message: '$.media.tagged_user_ids: there must be a maximum of 10 items in the array' });
      }
    }
  }
  if (body.poll !== undefined) {
    if (!isObject(body.poll))
      errors.push({ parameters: { poll: [show(body.poll)] }, message: '$.poll: object expected' });
    else {
      checkKeys(body.poll, ['options', 'duration_minutes', 'reply_settings'], 'poll.', errors);
      const opts = body.poll.options;
      if (!Array.isArray(opts) || opts.length < 2 || opts.length > 4) {
        errors.push({
          parameters: { 'poll.options': [show(opts)] },
          message: '$.poll.options: there must be a minimum of 2 items and a maximum of 4 items in the array',
        });
      } else {
        for (const o of opts) {
          if (typeof o !== 'string' || o.length < 1 || o.length > 25) {
            errors.push({
              parameters: { 'poll.options': [show(o)] },
              message: '$.poll.options: each option must be a string of 1 to 25 characters',
            });
          }
        }
      }
      const d = body.poll.duration_minutes;
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 5 || d > 10080) {
        errors.push({
          parameters: { 'poll.duration_minutes': [show(d)] },
          message: '$.poll.duration_minutes: must have a minimum value of 5 and a maximum value of 10080',
        });
      }
    }
  }
  if (body.quote_tweet_id !== undefined) idPattern('quote_tweet_id', body.quote_tweet_id, errors);
  if (body.reply_settings !== undefined && !REPLY_SETTINGS.has(String(body.reply_settings))) {
    errors.push({
      parameters: { reply_settings: [show(body.reply_settings)] },
      message: `$.reply_settings: does not have a value in the enumeration [following, mentionedUsers, subscribers, verified]`,
    });
  }
  const present = EXCLUSIVE.filter((k) => body[k] !== undefined);
  if (present.length > 1) {
    errors.push({
      parameters: Object.fromEntries(present.map((k) => [k, [show(body[k])]])),
      message: `Your request can only include one of: ${EXCLUSIVE.join(', ')}. You included: ${present.join(', ')}.`,
    });
  }
  const hasText = typeof body.text === 'string' && body.text.trim().length > 0;
  if (!hasText && body.media === undefined && errors.length === 0) {
    errors.push({
      parameters: { text: [show(body.text ?? '')] },
      message: 'The text field is required unless media is provided.',
    });
  }
  if (errors.length) invalid(errors);
  return body as TweetBody;
}

function parseTime(q: Query, key: string): number | undefined {
  const v = qstr(q, key);
  if (v === undefined) return undefined;
  const ms = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(ms)) {
    invalid([
      { parameters: { [key]: [v] }, message: `Invalid '${key}':'${v}'. '${key}' must be a valid ISO-8601 timestamp.` },
    ]);
  }
  return ms;
}

function parseId(q: Query, key: string): string | undefined {
  const v = qstr(q, key);
  if (v === undefined) return undefined;
  if (!isSnowflakeLike(v)) {
    invalid([
      {
        parameters: { [key]: [v] },
        message: `The \`${key}\` query parameter value [${v}] does not match ^[0-9]{1,19}$`,
      },
    ]);
  }
  return v;
}

function parseMax(q: Query, min: number, max: number, def: number): number {
  const v = qstr(q, 'max_results');
  if (v === undefined) return def;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) {
    invalid([
      {
        parameters: { max_results: [v] },
        message: `The \`max_results\` query parameter value [${v}] is not between ${min} and ${max}`,
      },
    ]);
  }
  return n;
}

const encodeToken = (id: string) => `7140dib${BigInt(id).toString(36)}`;
function decodeToken(q: Query, key: string): string | undefined {
  const v = qstr(q, key);
  if (v === undefined) return undefined;
  const m = /^7140dib([0-9a-z]+)$/.exec(v);
  if (!m)
    invalid([{ parameters: { [key]: [v] }, message: `The \`${key}\` query parameter value [${v}] is not valid` }]);
  let n = 0n;
  for (const ch of m[1]) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString();
}

interface PageOptions {
  tokenParam: 'pagination_token' | 'next_token';
  minMax: number;
  maxMax: number;
  defMax: number;
  cap: number;
  minTime?: number;
}

/** Pages newest-first over candidates (oldest-first array), with X's meta. */
function page(ctx: SandboxContext, candidates: SandboxTweet[], q: Query, opts: PageOptions): XResult {
  const max = parseMax(q, opts.minMax, opts.maxMax, opts.defMax);
  const sinceId = parseId(q, 'since_id');
  const untilId = parseId(q, 'until_id');
  const start = parseTime(q, 'start_time');
  const end = parseTime(q, 'end_time');
  const token = decodeToken(q, opts.tokenParam);
  const sinceBound = start !== undefined ? snowflakeAt(start) - 1n : undefined;
  const fields = qlist(q, 'tweet.fields');
  const out: SandboxTweet[] = [];
  let nextId: string | undefined;
  let seen = 0;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const t = candidates[i];
    if (seen >= opts.cap) break;
    seen++;
    if (opts.minTime !== undefined && t.createdAt < opts.minTime) break;
    if (sinceId && compareIds(t.id, sinceId) <= 0) break;
    if (sinceBound !== undefined && BigInt(t.id) <= sinceBound) break;
    if (untilId && compareIds(t.id, untilId) >= 0) continue;
    if (end !== undefined && t.createdAt >= end) continue;
    if (token && compareIds(t.id, token) > 0) continue;
    if (out.length === max) {
      nextId = t.id;
      break;
    }
    out.push(t);
  }
  if (out.length === 0) return { status: 200, body: { meta: { result_count: 0 } } };
  const meta: Record<string, unknown> = {
    result_count: out.length,
    newest_id: out[0].id,
    oldest_id: out[out.length - 1].id,
  };
  if (nextId) meta.next_token = encodeToken(nextId);
  if (token && opts.tokenParam === 'pagination_token') meta.previous_token = encodeToken(out[0].id);
  const body: Record<string, unknown> = { data: out.map((t) => renderTweet(ctx, t, fields)) };
  const includes = buildIncludes(ctx, out, q);
  if (includes) body.includes = includes;
  body.meta = meta;
  return { status: 200, body };
}

function mentionsOf(u: SandboxUser, text: string): boolean {
  const lower = text.toLowerCase();
  const needle = `@${u.username.toLowerCase()}`;
  let i = lower.indexOf(needle);
  while (i >= 0) {
    const after = lower.charAt(i + needle.length);
    const before = i === 0 ? '' : lower.charAt(i - 1);
    if (!/[a-z0-9_]/.test(after) && !/[a-z0-9_]/.test(before)) return true;
    i = lower.indexOf(needle, i + 1);
  }
  return false;
}

// ---- recent search: a small query language -------------------------------------------------------------

type Term = { neg: boolean; test: (t: SandboxTweet) => boolean };

function compileQuery(ctx: SandboxContext, query: string): Term[][] {
  const tokens = query.replace(/[()]/g, ' ').match(/-?"[^"]*"|\S+/g) ?? [];
  const groups: Term[][] = [[]];
  for (const raw of tokens) {
    if (raw === 'OR') {
      groups.push([]);
      continue;
    }
    const neg = raw.startsWith('-') && raw.length > 1;
    const tok = neg ? raw.slice(1) : raw;
    const lowerTok = tok.toLowerCase();
    let test: (t: SandboxTweet) => boolean;
    const [op, ...rest] = tok.split(':');
    const arg = rest.join(':').toLowerCase().replace(/^@/, '');
    if (tok.startsWith('"')) {
      const phrase = lowerTok.replace(/"/g, '');
      test = (t) => t.text.toLowerCase().includes(phrase);
    } else if (rest.length && op === 'from') {
      test = (t) => ctx.state.users.get(t.authorId)?.username.toLowerCase() === arg;
    } else if (rest.length && op === 'to') {
      test = (t) => !!t.inReplyToUserId && ctx.state.users.get(t.inReplyToUserId)?.username.toLowerCase() === arg;
    } else if (rest.length && op === 'is') {
      test = (t) =>
        arg === 'reply' ? !!t.inReplyToTweetId : arg === 'quote' ? !!t.quoteTweetId : arg === 'retweet' ? false : false;
    } else if (rest.length && op === 'has') {
      test = (t) =>
        arg === 'media' || arg === 'images' || arg === 'videos'
          ? !!t.mediaIds?.length
          : arg === 'links'
            ? /https?:\/\//i.test(t.text)
            : arg === 'mentions'
              ? /@\w/.test(t.text)
              : arg === 'hashtags'
                ? /#\w/.test(t.text)
                : false;
    } else if (rest.length && op === 'lang') {
      test = () => true;
    } else if (rest.length && (op === 'conversation_id' || op === 'in_reply_to_tweet_id')) {
      test = (t) => (op === 'conversation_id' ? t.conversationId === arg : t.inReplyToTweetId === arg);
    } else if (tok.startsWith('@')) {
      const user = ctx.state.userByName(tok);
      test = (t) => (user ? mentionsOf(user, t.text) : t.text.toLowerCase().includes(lowerTok));
    } else {
      const wordy = /[\p{L}\p{N}_]/u;
      test = (t) => {
        const text = t.text.toLowerCase();
        let i = text.indexOf(lowerTok);
        while (i >= 0) {
          const before = i === 0 ? ' ' : text.charAt(i - 1);
          const after = text.charAt(i + lowerTok.length) || ' ';
          if (!wordy.test(before) && !wordy.test(after)) return true;
          i = text.indexOf(lowerTok, i + 1);
        }
        return false;
      };
    }
    groups[groups.length - 1].push({ neg, test });
  }
  return groups.filter((g) => g.length > 0);
}

export function registerTweetRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state, behaviour } = ctx;
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
      const id = (req.params as { id: string }).id;
      const q = req.query as Query;
      const user = state.users.get(id);
      if (!user) return { status: 200, body: { errors: [notFound('user', 'id', id)] } };
      const exclude = qlist(q, 'exclude');
      let list = (state.timelines.get(id) ?? []).filter((t) => !t.deleted);
      if (exclude.has('replies')) list = list.filter((t) => !t.inReplyToTweetId);
      return page(ctx, list, q, { tokenParam: 'pagination_token', minMax: 5, maxMax: 100, defMax: 10, cap: 3200 });
    }),
  );

  app.get(
    '/2/users/:id/mentions',
    ctx.route({ endpoint: 'users.mentions', auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const id = (req.params as { id: string }).id;
      const q = req.query as Query;
      const user = state.users.get(id);
      if (!user) return { status: 200, body: { errors: [notFound('user', 'id', id)] } };
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
