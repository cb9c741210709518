// Real-time: webhooks (CRC-checked, loopback URLs only) and X Activity API subscriptions; every new post that
// mentions, replies to or quotes a subscribed user is delivered, signed, to the subscription's webhook(s).
import { createHmac, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AuthContext, SandboxContext, XResult } from './context';
import { forbidden, invalidRequest, notFound } from './problems';
import { iso, renderTweet, renderUser } from './render';
import { mentionsIn } from './search-index';
import type { SandboxApp, SandboxTweet } from './state';

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

export const sign = (secret: string, data: string) =>
  `sha256=${createHmac('sha256', secret).update(data).digest('base64')}`;

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
  ctx.resetHooks.push(() => {
    webhooks.clear();
    subscriptions.clear();
  });
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

  /** Deliveries: fire-and-forget POSTs, signed with the app's consumer secret; each is billed as a post read. */
  ctx.tweetListeners.push((t) => {
    for (const s of subscriptions.values()) {
      if (!eventsFor(ctx, t, s.filter.user_id).includes(s.event_type)) continue;
      const a = ctx.state.apps.get(s.clientId);
      if (!a) continue;
      const targets = [...webhooks.values()].filter(
        (w) => w.clientId === s.clientId && w.valid && (!s.webhook_id || w.id === s.webhook_id),
      );
      const author = ctx.state.users.get(t.authorId);
      const refs = [t.inReplyToTweetId, t.quoteTweetId].map((id) => (id ? ctx.state.tweets.get(id) : undefined));
      const body = JSON.stringify({
        data: {
          event_uuid: randomUUID(),
          filter: s.filter,
          event_type: s.event_type,
          tag: s.tag ?? null,
          payload: renderTweet(ctx, t, ALL_FIELDS),
          includes: {
            users: author ? [renderUser(author, new Set(['username', 'name']), ctx)] : [],
            tweets: refs.filter((r): r is SandboxTweet => !!r).map((r) => renderTweet(ctx, r, ALL_FIELDS)),
          },
        },
      });
      for (const w of targets) {
        ctx.ledger.record(a.clientId, 'webhook delivery', { postIds: [t.id] }, ctx.now());
        void fetch(w.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-twitter-webhooks-signature': sign(a.clientSecret ?? '', body),
          },
          body,
          signal: AbortSignal.timeout(CRC_TIMEOUT_MS),
        }).catch(() => undefined);
      }
    }
  });
}
