import { ApiPartialResponseError, ApiRequestError, ApiResponseError, type TwitterRateLimit } from 'twitter-api-v2';
import type { XRateLimitInfo } from '@xp/server/application';

/** Rate-limit state read from X's headers (x-rate-limit-*, x-app-limit-24hour-*, x-user-limit-24hour-*). */
export type XRateLimitState = XRateLimitInfo;

/** The call succeeded. For POST /2/tweets the kind is 'published'. */
export interface XOk<T> {
  kind: 'ok';
  value: T;
  rateLimit?: XRateLimitState;
}

export interface XPublished {
  kind: 'published';
  tweetId: string;
  text: string;
  rateLimit?: XRateLimitState;
}

/** 429: defer until resetAt. Not a failure. */
export interface XRateLimited {
  kind: 'rate_limited';
  resetAt: Date;
  /** True for the monthly usage-cap 429 (usage-capped problem type). */
  usageCap: boolean;
  status: 429;
  detail: string;
  rateLimit?: XRateLimitState;
}

/** Safe to retry with backoff: X cannot have acted (connection refused, 5xx on an idempotent call…). */
export interface XTransient {
  kind: 'transient';
  reason: 'connection_failed' | 'server_error' | 'network' | 'timeout';
  status?: number;
  detail: string;
}

/** The account needs re-authorisation (401, refresh rejected, missing scopes, no tokens). */
export interface XAuthFailure {
  kind: 'auth';
  reason: 'unauthorized' | 'refresh_rejected' | 'missing_scope' | 'no_tokens' | 'unsupported_authentication';
  status?: number;
  detail: string;
}

/** 400/403/404…: X refused the content or the call; never retried. */
export interface XRejected {
  kind: 'rejected';
  status: number;
  detail: string;
  /** Problem type suffix, e.g. 'invalid-request', 'about:blank'. */
  type?: string;
  title?: string;
  /** Messages of an InvalidRequestProblem's `errors`. */
  errors?: string[];
  /** The duplicate-content 403: on a retry, evidence that an earlier attempt was published. */
  duplicate: boolean;
}

/** The request may have reached X (dropped connection, timeout, truncated body, 5xx on a create). Reconcile. */
export interface XUnknown {
  kind: 'unknown';
  reason: 'dropped' | 'timeout' | 'truncated' | 'server_error';
  status?: number;
  detail: string;
}

export type XFailure = XRateLimited | XTransient | XAuthFailure | XRejected | XUnknown;
export type XResult<T> = XOk<T> | XFailure;
export type XPublishResult = XPublished | XFailure;

export const DUPLICATE_DETAIL = 'You are not allowed to create a Tweet with duplicate content.';

export function toRateLimitState(r: TwitterRateLimit | undefined): XRateLimitState | undefined {
  if (!r || !Number.isFinite(r.limit)) return undefined;
  const win = (w: { limit: number; remaining: number; reset: number } | undefined) =>
    w && Number.isFinite(w.limit)
      ? { limit: w.limit, remaining: w.remaining, resetAt: new Date(w.reset * 1000) }
      : undefined;
  const out: XRateLimitState = { limit: r.limit, remaining: r.remaining, resetAt: new Date(r.reset * 1000) };
  const day = win(r.day);
  const userDay = win(r.userDay);
  if (day) out.day = day;
  if (userDay) out.userDay = userDay;
  return out;
}

/** When a 429 lifts: the latest reset among exhausted windows (or the endpoint window's reset). */
export function rateLimitResetAt(r: XRateLimitState | undefined, now: number): Date {
  if (!r) return new Date(now + 15 * 60 * 1000);
  const windows = [r, r.day, r.userDay].filter((w): w is { limit: number; remaining: number; resetAt: Date } => !!w);
  const exhausted = windows.filter((w) => w.remaining <= 0);
  const pool = exhausted.length ? exhausted : [r];
  return new Date(Math.max(...pool.map((w) => w.resetAt.getTime())));
}

function typeSuffix(type: unknown): string | undefined {
  if (typeof type !== 'string') return undefined;
  const i = type.indexOf('/2/problems/');
  return i >= 0 ? type.slice(i + '/2/problems/'.length) : type;
}

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
  error?: unknown;
  error_description?: unknown;
  errors?: unknown;
}

const BEFORE_SEND_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_INVALID_PROTOCOL',
]);

export interface ClassifyContext {
  /** The call creates something (POST /2/tweets): anything after sending is 'unknown', not 'transient'. */
  creates: boolean;
  /** Outcome of a 5xx on a creating call. Default 'unknown' (see README of the lib). */
  serverErrorOnCreate: 'unknown' | 'transient';
  now: number;
  /** The call is a token refresh/exchange: a 400 invalid_request means the refresh token was rejected. */
  oauth?: boolean;
}

/**
 * Classifies anything twitter-api-v2 throws, on `e.code` + the problem `type` suffix + `detail`
 * (never EApiV2ErrorCode: its values are developer.x.com URLs that never match real responses).
 */
export function classifyXError(e: unknown, c: ClassifyContext): XFailure {
  if (e instanceof ApiResponseError) {
    const status = e.code;
    const body = (e.data ?? {}) as ProblemBody;
    const detail =
      typeof body.detail === 'string'
        ? body.detail
        : typeof body.error_description === 'string'
          ? body.error_description
          : typeof body.title === 'string'
            ? body.title
            : e.message;
    const type = typeSuffix(body.type);
    const rateLimit = toRateLimitState(e.rateLimit);
    if (status === 429) {
      const usageCap = type === 'usage-capped' || body.title === 'UsageCapExceeded';
      const resetAt = usageCap && !rateLimit ? new Date(c.now + 24 * 3600 * 1000) : rateLimitResetAt(rateLimit, c.now);
      return { kind: 'rate_limited', resetAt, usageCap, status: 429, detail, rateLimit };
    }
    if (status === 401) return { kind: 'auth', reason: 'unauthorized', status, detail };
    if (c.oauth && status === 400 && body.error === 'invalid_request') {
      return { kind: 'auth', reason: 'refresh_rejected', status, detail };
    }
    if (status === 403 && type === 'unsupported-authentication') {
      return { kind: 'auth', reason: 'unsupported_authentication', status, detail };
    }
    if (status === 403 && /scope/i.test(detail)) return { kind: 'auth', reason: 'missing_scope', status, detail };
    if (status >= 500) {
      if (c.creates && c.serverErrorOnCreate === 'unknown')
        return { kind: 'unknown', reason: 'server_error', status, detail };
      return { kind: 'transient', reason: 'server_error', status, detail };
    }
    const errors = Array.isArray(body.errors)
      ? body.errors
          .map((x: unknown) =>
            x && typeof x === 'object' && 'message' in x ? String((x as { message: unknown }).message) : undefined,
          )
          .filter((m): m is string => !!m)
      : undefined;
    return {
      kind: 'rejected',
      status,
      detail: errors?.length && type === 'invalid-request' ? `${detail} ${errors.join(' ')}` : detail,
      type,
      title: typeof body.title === 'string' ? body.title : undefined,
      errors: errors?.length ? errors : undefined,
      duplicate: status === 403 && detail === DUPLICATE_DETAIL,
    };
  }
  if (e instanceof ApiPartialResponseError) {
    const detail = `Truncated response: ${e.message}`;
    return c.creates
      ? { kind: 'unknown', reason: 'truncated', detail }
      : { kind: 'transient', reason: 'network', detail };
  }
  if (e instanceof ApiRequestError) {
    // twitter-api-v2 1.29.1 bug: the constructor stores the cause as `_options.error` but the `requestError`
    // getter reads `_options.requestError`, so it is always undefined. Read both.
    const err = (e.requestError ?? (e as unknown as { _options?: { error?: unknown } })._options?.error) as
      NodeJS.ErrnoException | undefined;
    const code = err?.code;
    const detail = `${err?.message ?? e.message}${code ? ` (${code})` : ''}`;
    if (code && BEFORE_SEND_CODES.has(code)) return { kind: 'transient', reason: 'connection_failed', detail };
    const timeout = err?.message === 'Request timeout.';
    if (c.creates) return { kind: 'unknown', reason: timeout ? 'timeout' : 'dropped', detail };
    return { kind: 'transient', reason: timeout ? 'timeout' : 'network', detail };
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code && BEFORE_SEND_CODES.has(err.code)) {
    return { kind: 'transient', reason: 'connection_failed', detail: `${err.message} (${err.code})` };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return c.creates ? { kind: 'unknown', reason: 'dropped', detail } : { kind: 'transient', reason: 'network', detail };
}
