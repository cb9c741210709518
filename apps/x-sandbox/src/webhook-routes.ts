// Real-time: webhooks (CRC-checked, loopback URLs only) and X Activity API subscriptions; every new post that
// mentions, replies to or quotes a subscribed user is delivered, signed, to the subscription's webhook(s) by the
// delivery engine (retries, duplicates, replay: webhook-delivery.ts).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AuthContext, SandboxContext, XResult } from './context';
import { forbidden, invalidRequest, notFound } from './problems';
import { iso, renderTweet, renderUser } from './render';
import { mentionsIn } from './search-index';
import type { SandboxApp, SandboxTweet } from './state';
import { DeliveryEngine, type DeliverySettings, sign, type WebhookEvent } from './webhook-delivery';

export { sign } from './webhook-delivery';

interface Webhook {
  id: string;
  url: string;
  valid: boolean;
  createdAt: number;
  clientId: string;
}
interface Subscription {
  id: string;
  event_type: string;
  filter: { user_id: string };
  tag?: string;
  webhook_id?: string;
  created_at: string;
  clientId: string;
}

export const EVENT_TYPES = ['post.mention.create', 'post.reply.create', 'post.quote.create'] as const;
const MAX_WEBHOOKS_PER_APP = 5;
const MAX_SUBSCRIPTIONS_PER_APP = 1500;
const CRC_TIMEOUT_MS = 10_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const ALL_FIELDS = new Set([
  'created_at',
  'author_id',
  'conversation_id',
  'in_reply_to_user_id',
  'referenced_tweets',
  'lang',
  'entities',
]);

const webhookError = (message: string): XResult => ({
  status: 400,
  body: { ...invalidRequest([{ message }]), detail: message },
});

/** GET <url>?crc_token=T must answer { response_token: sha256=base64(HMAC(consumer secret, T)) } within 10 s. */
async function crcCheck(app: SandboxApp, url: string): Promise<boolean> {
  const token = randomUUID();
  const target = new URL(url);
  target.searchParams.set('crc_token', token);
  try {
    const res = await fetch(target, { signal: AbortSignal.timeout(CRC_TIMEOUT_MS) });
    if (res.status !== 200) return false;
    const body = (await res.json()) as { response_token?: unknown };
    return body.response_token === sign(app.clientSecret ?? '', token);
  } catch {
    return false;
  }
}

/** Which events a new post raises for a user. */
export function eventsFor(ctx: SandboxContext, t: SandboxTweet, userId: string): string[] {
  const user = ctx.state.users.get(userId);
  if (!user || t.authorId === userId) return [];
  const out: string[] = [];
  if (mentionsIn(t.text).includes(user.username.toLowerCase())) out.push('post.mention.create');
  if (t.inReplyToUserId === userId) out.push('post.reply.create');
  if (t.quoteTweetId && ctx.state.tweets.get(t.quoteTweetId)?.authorId === userId) out.push('post.quote.create');
  return out;
}

export function registerWebhookRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const webhooks = new Map<string, Webhook>();
  const subscriptions = new Map<string, Subscription>();
  const engine = new DeliveryEngine({
    settings: () => ctx.delivery,
    target: (id) => {
      const w = webhooks.get(id);
      const a = w && ctx.state.apps.get(w.clientId);
      return w && a ? { url: w.url, secret: a.clientSecret ?? '' } : undefined;
    },
    render: (e) => renderEvent(ctx, e),
    now: () => ctx.now(),
  });
  ctx.resetHooks.push(() => {
    webhooks.clear();
    subscriptions.clear();
    engine.reset();
  });
  app.addHook('onClose', async () => engine.reset());
  const appOnly = (auth: AuthContext): SandboxApp | undefined => (auth.kind === 'app' ? auth.app : undefined);
  const describe = (w: Webhook) => ({ id: w.id, url: w.url, valid: w.valid, created_at: iso(w.createdAt) });
  const publicSub = ({ clientId: _c, ...s }: Subscription) => s;
  const needsApp = { status: 403, body: forbidden('This endpoint requires an OAuth 2.0 App-Only bearer token.') };

  app.post(
    '/2/webhooks',
    ctx.route({ auth: 'any' }, async (req, auth): Promise<XResult> => {
      const a = appOnly(auth);
      if (!a) return needsApp;
      const url = typeof (req.body as { url?: unknown })?.url === 'string' ? (req.body as { url: string }).url : '';
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return webhookError('UrlValidationFailed');
      }
      if (!/^https?:$/.test(parsed.protocol) || !LOOPBACK.has(parsed.hostname))
        return webhookError('UrlValidationFailed');
      const mine = [...webhooks.values()].filter((w) => w.clientId === a.clientId);
      if (mine.some((w) => w.url === url)) return webhookError('DuplicateUrlFailed');
      if (mine.length >= MAX_WEBHOOKS_PER_APP) return webhookError('WebhookLimitExceeded');
      if (!(await crcCheck(a, url))) return webhookError('CrcValidationFailed');
      const w: Webhook = { id: ctx.ids.next(ctx.now()), url, valid: true, createdAt: ctx.now(), clientId: a.clientId };
      webhooks.set(w.id, w);
      return { status: 200, body: { data: describe(w) } };
    }),
  );
  app.get(
    '/2/webhooks',
    ctx.route({ auth: 'any' }, (_req, auth): XResult => {
      const a = appOnly(auth);
      if (!a) return needsApp;
      const mine = [...webhooks.values()].filter((w) => w.clientId === a.clientId).map(describe);
      return {
        status: 200,
        body: mine.length ? { data: mine, meta: { result_count: mine.length } } : { meta: { result_count: 0 } },
      };
    }),
  );
  const ownWebhook = (id: string, a: SandboxApp) => {
    const w = webhooks.get(id);
    return w && w.clientId === a.clientId ? w : undefined;
  };
  app.put(
    '/2/webhooks/:id',
    ctx.route({ auth: 'any' }, async (req, auth): Promise<XResult> => {
      const a = appOnly(auth);
      if (!a) return needsApp;
      const w = ownWebhook((req.params as { id: string }).id, a);
      if (!w) return { status: 404, body: notFound('tweet', 'webhook_id', (req.params as { id: string }).id) };
      w.valid = await crcCheck(a, w.url);
      return { status: 200, body: { data: { valid: w.valid } } };
    }),
  );
  app.delete(
    '/2/webhooks/:id',
    ctx.route({ auth: 'any' }, (req, auth): XResult => {
      const a = appOnly(auth);
      if (!a) return needsApp;
      const w = ownWebhook((req.params as { id: string }).id, a);
      if (!w) return { status: 404, body: notFound('tweet', 'webhook_id', (req.params as { id: string }).id) };
      webhooks.delete(w.id);
      engine.forget(w.id);
      return { status: 200, body: { data: { deleted: true } } };
    }),
  );

  app.post(
    '/2/activity/subscriptions',
    ctx.route({ auth: 'user', scopes: ['tweet.read'] }, (req, auth): XResult => {
      if (auth.kind !== 'user') return needsApp;
      const b = (req.body ?? {}) as Record<string, unknown>;
      const filter = (b.filter ?? {}) as { user_id?: unknown };
      const errors: Array<{ message: string }> = [];
      if (!(EVENT_TYPES as readonly string[]).includes(String(b.event_type)))
        errors.push({ message: `event_type must be one of ${EVENT_TYPES.join(', ')}` });
      if (filter.user_id !== auth.user.id) errors.push({ message: 'filter.user_id must be the authenticated user' });
      if (b.webhook_id !== undefined && !ownWebhook(String(b.webhook_id), auth.app))
        errors.push({ message: 'webhook_id is not a webhook of this app' });
      if (errors.length) return { status: 400, body: invalidRequest(errors) };
      const mine = [...subscriptions.values()].filter((s) => s.clientId === auth.app.clientId);
      if (mine.length >= MAX_SUBSCRIPTIONS_PER_APP)
        return { status: 429, body: forbidden('SubscriptionLimitExceeded') };
      const s: Subscription = {
        id: ctx.ids.next(ctx.now()),
        event_type: String(b.event_type),
        filter: { user_id: auth.user.id },
        ...(typeof b.tag === 'string' ? { tag: b.tag } : {}),
        ...(b.webhook_id !== undefined ? { webhook_id: String(b.webhook_id) } : {}),
        created_at: iso(ctx.now()),
        clientId: auth.app.clientId,
      };
      subscriptions.set(s.id, s);
      return { status: 201, body: { data: { subscription: publicSub(s) } } };
    }),
  );
  app.get(
    '/2/activity/subscriptions',
    ctx.route({ auth: 'any' }, (_req, auth): XResult => {
      if (auth.kind === 'none') return needsApp;
      const mine = [...subscriptions.values()].filter((s) => s.clientId === auth.app.clientId).map(publicSub);
      return { status: 200, body: { data: mine, meta: { result_count: mine.length } } };
    }),
  );
  app.delete(
    '/2/activity/subscriptions/:id',
    ctx.route({ auth: 'any' }, (req, auth): XResult => {
      if (auth.kind === 'none') return needsApp;
      const s = subscriptions.get((req.params as { id: string }).id);
      if (!s || s.clientId !== auth.app.clientId)
        return { status: 404, body: notFound('tweet', 'id', (req.params as { id: string }).id) };
      subscriptions.delete(s.id);
      const total = [...subscriptions.values()].filter((x) => x.clientId === auth.app.clientId).length;
      return { status: 200, body: { data: { deleted: true }, meta: { total_subscriptions: total } } };
    }),
  );

  /** Deliveries: every new post that raises a subscribed event is queued for the subscription's webhook(s). */
  ctx.tweetListeners.push((t) => {
    for (const s of subscriptions.values()) {
      if (!eventsFor(ctx, t, s.filter.user_id).includes(s.event_type)) continue;
      const a = ctx.state.apps.get(s.clientId);
      if (!a) continue;
      for (const w of webhooks.values()) {
        if (w.clientId !== s.clientId || !w.valid || (s.webhook_id && w.id !== s.webhook_id)) continue;
        ctx.ledger.record(a.clientId, 'webhook delivery', { postIds: [t.id] }, ctx.now());
        engine.deliver(w.id, {
          uuid: randomUUID(),
          at: t.createdAt,
          tweetId: t.id,
          eventType: s.event_type,
          filter: s.filter,
          tag: s.tag ?? null,
        });
      }
    }
  });

  registerReplayRoute(app, ctx, engine, appOnly, ownWebhook);
  registerDeliveryAdmin(app, ctx, engine);
}

/** The envelope X posts: `{ data: { event_uuid, filter, event_type, tag, payload, includes } }`. */
function renderEvent(ctx: SandboxContext, e: WebhookEvent): string {
  const t = ctx.state.tweets.get(e.tweetId);
  if (!t)
    return JSON.stringify({ data: { event_uuid: e.uuid, filter: e.filter, event_type: e.eventType, tag: e.tag } });
  const author = ctx.state.users.get(t.authorId);
  const refs = [t.inReplyToTweetId, t.quoteTweetId].map((id) => (id ? ctx.state.tweets.get(id) : undefined));
  return JSON.stringify({
    data: {
      event_uuid: e.uuid,
      filter: e.filter,
      event_type: e.eventType,
      tag: e.tag,
      payload: renderTweet(ctx, t, ALL_FIELDS),
      includes: {
        users: author ? [renderUser(author, new Set(['username', 'name']), ctx)] : [],
        tweets: refs.filter((r): r is SandboxTweet => !!r).map((r) => renderTweet(ctx, r, ALL_FIELDS)),
      },
    },
  });
}

/** `yyyymmddhhmm` (UTC) → epoch ms, or undefined. */
export function parseReplayDate(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^[0-9]{12}$/.test(v)) return undefined;
  const [y, mo, d, h, mi] = [v.slice(0, 4), v.slice(4, 6), v.slice(6, 8), v.slice(8, 10), v.slice(10, 12)].map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59) return undefined;
  return ms;
}

const REPLAY_WINDOW_MS = 24 * 3600_000;

/** POST /2/webhooks/replay { webhook_id, from_date, to_date }: the events attempted in [from, to) are sent again. */
function registerReplayRoute(
  app: FastifyInstance,
  ctx: SandboxContext,
  engine: DeliveryEngine,
  appOnly: (auth: AuthContext) => SandboxApp | undefined,
  ownWebhook: (id: string, a: SandboxApp) => Webhook | undefined,
): void {
  app.post(
    '/2/webhooks/replay',
    ctx.route({ auth: 'any' }, (req, auth): XResult => {
      const a = appOnly(auth);
      if (!a) return { status: 403, body: forbidden('This endpoint requires an OAuth 2.0 App-Only bearer token.') };
      const b = (req.body ?? {}) as Record<string, unknown>;
      const errors: Array<{ parameters: Record<string, string[]>; message: string }> = [];
      const bad = (name: string, message: string) =>
        errors.push({ parameters: { [name]: [String(b[name] ?? '')] }, message });
      const from = parseReplayDate(b.from_date);
      const to = parseReplayDate(b.to_date);
      const now = ctx.now();
      if (typeof b.webhook_id !== 'string' || !/^[0-9]{1,19}$/.test(b.webhook_id))
        bad('webhook_id', 'The `webhook_id` body parameter must be a webhook id');
      if (from === undefined) bad('from_date', 'The `from_date` body parameter must be a UTC time as yyyymmddhhmm');
      if (to === undefined) bad('to_date', 'The `to_date` body parameter must be a UTC time as yyyymmddhhmm');
      if (from !== undefined && to !== undefined) {
        if (from >= to) bad('to_date', 'The `to_date` must be after the `from_date`');
        if (from < Math.floor((now - REPLAY_WINDOW_MS) / 60_000) * 60_000)
          bad('from_date', 'The `from_date` must be within the last 24 hours');
      }
      if (errors.length) return { status: 400, body: invalidRequest(errors) };
      const w = ownWebhook(String(b.webhook_id), a);
      if (!w) return { status: 404, body: notFound('tweet', 'webhook_id', String(b.webhook_id)) };
      const jobId = ctx.ids.next(now);
      const events = engine.replay(w.id, from!, to!);
      ctx.log({
        at: now,
        method: 'REPLAY',
        url: `webhook ${w.id}: ${events} events`,
        status: 200,
        clientId: a.clientId,
      });
      return { status: 200, body: { created_at: iso(now), job_id: jobId } };
    }),
  );
}

const SETTING_KEYS = ['duplicateRate', 'retryBaseMs', 'maxAttempts', 'timeoutMs', 'concurrency'] as const;

/** GET|PUT /_sandbox/webhook-delivery: the delivery settings and counters. */
function registerDeliveryAdmin(app: FastifyInstance, ctx: SandboxContext, engine: DeliveryEngine): void {
  const describe = () => ({ data: { ...ctx.delivery, stats: engine.stats() } });
  app.get('/_sandbox/webhook-delivery', describe);
  app.put('/_sandbox/webhook-delivery', (req, reply: FastifyReply) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const next: DeliverySettings = { ...ctx.delivery };
    for (const k of SETTING_KEYS) {
      const v = b[k];
      if (v === undefined) continue;
      const ok =
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (k === 'duplicateRate' ? v >= 0 && v <= 1 : k === 'maxAttempts' || k === 'concurrency' ? v >= 1 : v >= 0);
      if (!ok) return reply.code(400).send({ error: `${k} is out of range` });
      next[k] = k === 'maxAttempts' || k === 'concurrency' ? Math.floor(v as number) : (v as number);
    }
    ctx.delivery = next;
    return describe();
  });
}
