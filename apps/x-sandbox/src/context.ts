import type { FastifyReply, FastifyRequest } from 'fastify';
import { AdjustableClock } from './clock';
import { type EndpointKey, type RateLimitProfile, RateLimiter } from './rate-limits';
import { SnowflakeGenerator } from './snowflake';
import { SandboxState, type SandboxApp, type SandboxGrant, type SandboxTweet, type SandboxUser } from './state';
import { type UsageCharge, UsageLedger } from './usage';
import { DEFAULT_DELIVERY, type DeliverySettings } from './webhook-delivery';
import {
  APP_ONLY_FORBIDDEN,
  missingScopes,
  type Problem,
  statusProblem,
  TOO_MANY_REQUESTS,
  UNAUTHORIZED,
  usageCapExceeded,
} from './problems';

export interface SandboxBehaviour {
  /** Same text by the same author within this window is refused with X's duplicate 403. Default 24 h. */
  duplicateWindowMs: number;
  /** How an over-long text is refused: X's (unverified) 403, or a 400 validation problem. Default 403. */
  tooLongStatus: 400 | 403;
  /** 2026 reply policy: 'summoned' (default: replies only in one's own threads or to authors who engaged the
   * replier), or 'open'. Applies only with selfServePolicies. */
  replyPolicy: 'open' | 'summoned';
  /** Self-serve 2026 policies for apps whose profile is not `enterprise`: the reply policy, quote_tweet_id refused
   * (Enterprise only), at most one cashtag. Default true. */
  selfServePolicies: boolean;
  /** DELETE of an unknown/deleted tweet: 200 {deleted:false} (default) or a 404 problem. */
  deleteUnknown: 'deleted-false' | 'not-found';
  /** How long video/GIF processing takes on the sandbox clock. Default 1500 ms. */
  mediaProcessingMs: number;
}

export interface FaultNext {
  status?: number;
  count?: number;
  /** Extra (not in API.md): a transport fault instead of a status. */
  fault?: 'drop' | 'drop-after-commit' | 'truncate';
  /** Extra: only calls whose path starts with this (e.g. "/2/tweets"). */
  path?: string;
  /** Extra: only calls with this method. */
  method?: string;
  /** Extra: a forced 429's reset, this many ms from now (default: the 15-minute window's end). */
  resetMs?: number;
}

export interface Faults {
  latencyMs?: number;
  errorRate?: number;
  dropAfterCommitRate?: number;
  /** Extra: share of responses whose body is cut in half (after commit). */
  truncateRate?: number;
  /** Extra: every X call answers the usage-cap 429. */
  usageCapExceeded?: boolean;
  next?: FaultNext[];
}

export interface RequestLogEntry {
  at: string | number;
  method: string;
  url: string;
  status: number;
  userId?: string;
  clientId?: string;
  fault?: string;
}

export type AuthContext =
  | { kind: 'user'; grant: SandboxGrant; user: SandboxUser; app: SandboxApp; token: string }
  | { kind: 'app'; app: SandboxApp }
  | { kind: 'none' };

export interface XResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** What the call costs in the pay-per-use ledger (recorded when it succeeds). */
  usage?: UsageCharge;
}

export interface XRouteSpec {
  endpoint?: EndpointKey;
  /** 'user': user context required; 'any': user context or app-only bearer; 'none': no bearer (OAuth endpoints). */
  auth: 'user' | 'any' | 'none';
  scopes?: string[];
}

export type XHandler = (req: FastifyRequest, auth: AuthContext) => XResult | Promise<XResult>;

const JSON_TYPE = 'application/json; charset=utf-8';
const REQUEST_LOG_SIZE = 1000;

export class SandboxContext {
  readonly state = new SandboxState();
  readonly limiter = new RateLimiter();
  readonly ids = new SnowflakeGenerator(1n);
  readonly ledger = new UsageLedger();
  /** Called with every new post (webhook deliveries). */
  readonly tweetListeners: Array<(t: SandboxTweet) => void> = [];
  /** Called by POST /_sandbox/reset (state kept outside SandboxState: webhooks, subscriptions, crowds). */
  readonly resetHooks: Array<() => void> = [];
  /** Called after POST /_sandbox/clock moved the clock (the crowd catches up). */
  readonly clockListeners: Array<() => void> = [];
  /** Webhook delivery: duplicates, retries, timeouts (PUT /_sandbox/webhook-delivery). */
  delivery: DeliverySettings = { ...DEFAULT_DELIVERY };
  faults: Faults = {};
  /** Profile forced for every app by PUT /_sandbox/rate-limits (undefined = each app's own). */
  profileOverride: RateLimitProfile | undefined;
  readonly requestLog: RequestLogEntry[] = [];
  private logIndex = 0;
  onChange: () => void = () => undefined;

  constructor(
    readonly clock: AdjustableClock,
    readonly behaviour: SandboxBehaviour,
  ) {}

  now(): number {
    return this.clock.now();
  }

  changed(): void {
    this.onChange();
  }

  log(entry: RequestLogEntry): void {
    if (this.requestLog.length < REQUEST_LOG_SIZE) this.requestLog.push(entry);
    else this.requestLog[this.logIndex++ % REQUEST_LOG_SIZE] = entry;
  }

  recentRequests(): RequestLogEntry[] {
    const i = this.requestLog.length < REQUEST_LOG_SIZE ? 0 : this.logIndex % REQUEST_LOG_SIZE;
    return [...this.requestLog.slice(i), ...this.requestLog.slice(0, i)].map((e) => ({
      ...e,
      at: typeof e.at === 'number' ? new Date(e.at).toISOString() : e.at,
    }));
  }

  profileOf(app: SandboxApp): RateLimitProfile {
    return this.profileOverride ?? app.profile;
  }

  authenticate(req: FastifyRequest): AuthContext | 'invalid' {
    const header = req.headers.authorization;
    if (!header) return { kind: 'none' };
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) return 'invalid';
    const token = m[1].trim();
    const at = this.state.accessTokens.get(token);
    if (at) {
      const grant = this.state.grants.get(at.grantId);
      if (!grant || grant.revoked || at.expiresAt <= this.now()) return 'invalid';
      const user = this.state.users.get(grant.userId);
      const app = this.state.apps.get(grant.clientId);
      if (!user || !app) return 'invalid';
      return { kind: 'user', grant, user, app, token };
    }
    const clientId = this.state.appTokens.get(token);
    if (clientId) {
      const app = this.state.apps.get(clientId);
      if (app) return { kind: 'app', app };
    }
    return 'invalid';
  }

  /** Pops the first forced fault matching this call. */
  private takeNext(method: string, path: string): FaultNext | undefined {
    const next = this.faults.next;
    if (!next || next.length === 0) return undefined;
    const i = next.findIndex(
      (n) => (!n.path || path.startsWith(n.path)) && (!n.method || n.method.toUpperCase() === method),
    );
    if (i < 0) return undefined;
    const entry = next[i];
    const remaining = (entry.count ?? 1) - 1;
    if (remaining <= 0) next.splice(i, 1);
    else next[i] = { ...entry, count: remaining };
    return entry;
  }

  /** Wraps an X endpoint: faults, auth, scopes, rate limits, headers, serialisation. */
  route(spec: XRouteSpec, handler: XHandler) {
    return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const faults = this.faults;
      if (faults.latencyMs && faults.latencyMs > 0) await sleep(faults.latencyMs);
      const path = req.url.split('?', 1)[0];
      const forced = this.takeNext(req.method, path);
      let afterCommit: 'drop' | 'truncate' | undefined;
      if (forced) {
        if (forced.fault === 'drop') return this.drop(req, reply, 'drop');
        if (forced.fault === 'drop-after-commit') afterCommit = 'drop';
        else if (forced.fault === 'truncate') afterCommit = 'truncate';
        else if (forced.status) {
          const headers = forced.status === 429 ? RateLimiter.exhaustedHeaders(this.now(), forced.resetMs) : undefined;
          return this.send(
            req,
            reply,
            { status: forced.status, body: statusProblem(forced.status), headers },
            undefined,
            'forced',
          );
        }
      }
      if (faults.usageCapExceeded) {
        return this.send(req, reply, { status: 429, body: usageCapExceeded('1', 'basic') }, undefined, 'usage-cap');
      }
      if (faults.errorRate && Math.random() < faults.errorRate) {
        return this.send(req, reply, { status: 503, body: statusProblem(503) }, undefined, 'error-rate');
      }
      if (!afterCommit && faults.dropAfterCommitRate && Math.random() < faults.dropAfterCommitRate)
        afterCommit = 'drop';
      if (!afterCommit && faults.truncateRate && Math.random() < faults.truncateRate) afterCommit = 'truncate';

      let auth: AuthContext = { kind: 'none' };
      if (spec.auth !== 'none') {
        const a = this.authenticate(req);
        if (a === 'invalid' || a.kind === 'none') return this.send(req, reply, { status: 401, body: UNAUTHORIZED });
        if (a.kind === 'app' && spec.auth === 'user')
          return this.send(req, reply, { status: 403, body: APP_ONLY_FORBIDDEN });
        if (a.kind === 'user' && spec.scopes) {
          const missing = spec.scopes.filter((s) => !a.grant.scopes.includes(s));
          if (missing.length) return this.send(req, reply, { status: 403, body: missingScopes(missing) }, a);
        }
        auth = a;
      }
      let rlHeaders: Record<string, string> | undefined;
      if (spec.endpoint && auth.kind !== 'none') {
        const decision = this.limiter.check(
          this.profileOf(auth.app),
          spec.endpoint,
          auth.app.clientId,
          auth.kind === 'user' ? auth.user.id : undefined,
          this.now(),
        );
        rlHeaders = decision.headers;
        if (!decision.allowed)
          return this.send(req, reply, { status: 429, body: TOO_MANY_REQUESTS, headers: rlHeaders }, auth);
      }
      let result: XResult;
      try {
        result = await handler(req, auth);
      } catch (e) {
        if (e instanceof XProblemError) result = { status: e.status, body: e.body };
        else throw e;
      }
      if (auth.kind !== 'none' && result.status < 400) {
        this.ledger.record(auth.app.clientId, `${req.method} ${req.routeOptions.url}`, result.usage, this.now());
      }
      if (rlHeaders) result.headers = result.headers ? { ...rlHeaders, ...result.headers } : rlHeaders;
      if (afterCommit === 'drop') return this.drop(req, reply, 'drop-after-commit', auth);
      return this.send(req, reply, result, auth, afterCommit);
    };
  }

  private logEntry(req: FastifyRequest, status: number, auth?: AuthContext, fault?: string): void {
    this.log({
      at: this.now(),
      method: req.method,
      url: req.url,
      status,
      userId: auth?.kind === 'user' ? auth.user.id : undefined,
      clientId: auth && auth.kind !== 'none' ? auth.app.clientId : undefined,
      fault,
    });
  }

  private drop(req: FastifyRequest, reply: FastifyReply, fault: string, auth?: AuthContext): void {
    this.logEntry(req, 0, auth, fault);
    reply.hijack();
    req.raw.socket.destroy();
  }

  send(req: FastifyRequest, reply: FastifyReply, result: XResult, auth?: AuthContext, fault?: string): void {
    this.logEntry(req, result.status, auth, fault);
    const payload = JSON.stringify(result.body);
    if (!result.headers || !('x-rate-limit-limit' in result.headers)) {
      // X sends the trio on every API response.
      result.headers = { ...RateLimiter.defaultHeaders(this.now()), ...result.headers };
    }
    if (fault === 'truncate') {
      reply.hijack();
      const raw = reply.raw;
      const buf = Buffer.from(payload);
      raw.writeHead(result.status, {
        ...result.headers,
        'content-type': JSON_TYPE,
        'content-length': String(buf.length),
      });
      raw.write(buf.subarray(0, Math.max(1, Math.floor(buf.length / 2))), () => {
        setImmediate(() => req.raw.socket.destroy());
      });
      return;
    }
    void reply.code(result.status).headers(result.headers).type(JSON_TYPE).send(payload);
  }
}

/** Thrown by handlers to answer a problem. */
export class XProblemError extends Error {
  constructor(
    readonly status: number,
    readonly body: Problem,
  ) {
    super(`X problem ${status}`);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
