import { type SandboxContext, type XResult } from './context';
import { buildIncludes, type Query, qlist, qstr, renderTweet } from './render';
import { compareIds, isSnowflakeLike, snowflakeAt } from './snowflake';
import { type SandboxTweet } from './state';
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

/** Candidates for a page, newest first: each call gives the next older one, undefined at the end. */
export type TweetSource = () => SandboxTweet | undefined;

/** Reads an oldest-first list from its newest end. */
export function arrayView(list: SandboxTweet[]): TweetSource {
  let i = list.length;
  return () => (i > 0 ? list[--i] : undefined);
}

export interface PageOptions {
  tokenParam: 'pagination_token' | 'next_token';
  minMax: number;
  maxMax: number;
  defMax: number;
  cap: number;
  minTime?: number;
  /** Exclusive upper bound on created_at when the request gives no end_time (search: now - 30 s). */
  defaultEnd?: number;
  /** The reads are "owned reads" in the usage ledger. */
  owned?: boolean;
}

/** Pages newest-first over candidates (oldest-first array), with X's meta. */
export function page(ctx: SandboxContext, next: TweetSource, q: Query, opts: PageOptions): XResult {
  const max = parseMax(q, opts.minMax, opts.maxMax, opts.defMax);
  const sinceId = parseId(q, 'since_id');
  const untilId = parseId(q, 'until_id');
  const start = parseTime(q, 'start_time');
  const end = parseTime(q, 'end_time') ?? opts.defaultEnd;
  const token = decodeToken(q, opts.tokenParam);
  const sinceBound = start !== undefined ? snowflakeAt(start) - 1n : undefined;
  const fields = qlist(q, 'tweet.fields');
  const out: SandboxTweet[] = [];
  let nextId: string | undefined;
  let seen = 0;
  for (let t = next(); t; t = next()) {
    if (t.deleted) continue;
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
  return { status: 200, body, usage: { postIds: out.map((t) => t.id), owned: opts.owned } };
}
