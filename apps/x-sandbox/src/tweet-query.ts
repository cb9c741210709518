import { type SandboxContext, type XResult } from './context';
import { buildIncludes, type Query, qlist, qstr, renderTweet } from './render';
import { compareIds, isSnowflakeLike, snowflakeAt } from './snowflake';
import { type SandboxTweet, type SandboxUser } from './state';
import { invalid } from './tweet-body';

/** Query parameters, pagination and the search query language of the read endpoints. */
export function parseTime(q: Query, key: string): number | undefined {
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

export function parseId(q: Query, key: string): string | undefined {
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

export function parseMax(q: Query, min: number, max: number, def: number): number {
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

export const encodeToken = (id: string) => `7140dib${BigInt(id).toString(36)}`;
export function decodeToken(q: Query, key: string): string | undefined {
  const v = qstr(q, key);
  if (v === undefined) return undefined;
  const m = /^7140dib([0-9a-z]+)$/.exec(v);
  if (!m)
    invalid([{ parameters: { [key]: [v] }, message: `The \`${key}\` query parameter value [${v}] is not valid` }]);
  let n = 0n;
  for (const ch of m[1]) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString();
}

export interface PageOptions {
  tokenParam: 'pagination_token' | 'next_token';
  minMax: number;
  maxMax: number;
  defMax: number;
  cap: number;
  minTime?: number;
}

/** Pages newest-first over candidates (oldest-first array), with X's meta. */
export function page(ctx: SandboxContext, candidates: SandboxTweet[], q: Query, opts: PageOptions): XResult {
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

export function mentionsOf(u: SandboxUser, text: string): boolean {
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

export type Term = { neg: boolean; test: (t: SandboxTweet) => boolean };

export function compileQuery(ctx: SandboxContext, query: string): Term[][] {
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
