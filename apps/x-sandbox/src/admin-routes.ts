import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FaultNext, Faults, SandboxContext } from './context';
import { isRateLimitProfile, RATE_LIMIT_PROFILES } from './rate-limits';
import { iso } from './render';
import { metricsOf, NON_PUBLIC_KEYS, PUBLIC_KEYS, setMetrics } from './metrics';
import type { SandboxApp, SandboxUser } from './state';

const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

function bad(reply: FastifyReply, message: string, status = 400) {
  return reply.code(status).send({ error: message });
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

const followers = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

export function adminUser(u: SandboxUser) {
  return { id: u.id, username: u.username, name: u.name };
}

export function createUser(
  ctx: SandboxContext,
  input: {
    username: string;
    name: string;
    id?: string;
    maxWeightedLength?: number;
    profileImageUrl?: string;
    description?: string;
    followersCount?: number;
  },
): SandboxUser {
  const now = ctx.now();
  const user: SandboxUser = {
    id: input.id ?? ctx.ids.next(now),
    username: input.username,
    name: input.name,
    createdAt: now,
    profileImageUrl:
      input.profileImageUrl ??
      `https://pbs.twimg.com/profile_images/sandbox/${encodeURIComponent(input.username)}_normal.png`,
    description: input.description ?? '',
    maxWeightedLength: input.maxWeightedLength ?? 280,
    verified: (input.maxWeightedLength ?? 280) > 280,
  };
  if (input.followersCount !== undefined) user.followersCount = input.followersCount;
  ctx.state.addUser(user);
  ctx.changed();
  return user;
}

export function registerApp(ctx: SandboxContext, input: Omit<SandboxApp, 'name'> & { name?: string }): SandboxApp {
  const app: SandboxApp = { name: input.name ?? input.clientId, ...input };
  if (!app.clientSecret) delete app.clientSecret;
  if (!app.ownerUsername) delete app.ownerUsername;
  ctx.state.apps.set(app.clientId, app);
  ctx.changed();
  return app;
}

function describeApp(a: SandboxApp) {
  return {
    clientId: a.clientId,
    confidential: !!a.clientSecret,
    redirectUris: a.redirectUris,
    profile: a.profile,
    name: a.name,
    ownerUsername: a.ownerUsername ?? null,
  };
}

export function registerAdminRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state } = ctx;

  app.get('/_sandbox/users', () => ({ data: [...state.users.values()].map(adminUser) }));

  app.post('/_sandbox/users', (req, reply) => {
    const b = obj(req.body);
    const username = typeof b.username === 'string' ? b.username.replace(/^@/, '') : '';
    if (!USERNAME.test(username)) return bad(reply, 'username must be 1-15 letters, digits or underscores');
    const name = typeof b.name === 'string' && b.name.trim() ? b.name : username;
    if (state.userByName(username)) return bad(reply, `username @${username} is taken`, 409);
    const maxWeightedLength =
      typeof b.maxWeightedLength === 'number' ? b.maxWeightedLength : b.longPosts === true ? 25_000 : undefined;
    const user = createUser(ctx, {
      username,
      name,
      maxWeightedLength,
      profileImageUrl: typeof b.profileImageUrl === 'string' ? b.profileImageUrl : undefined,
      description: typeof b.description === 'string' ? b.description : undefined,
      followersCount: followers(b.followersCount),
    });
    return reply.code(201).send({ data: adminUser(user) });
  });

  // Extra: change a user's settings (e.g. long posts).
  app.patch('/_sandbox/users/:username', (req, reply) => {
    const user = state.userByName((req.params as { username: string }).username);
    if (!user) return bad(reply, 'unknown user', 404);
    const b = obj(req.body);
    if (typeof b.name === 'string') user.name = b.name;
    if (typeof b.maxWeightedLength === 'number') user.maxWeightedLength = b.maxWeightedLength;
    if (typeof b.longPosts === 'boolean') user.maxWeightedLength = b.longPosts ? 25_000 : 280;
    if (typeof b.profileImageUrl === 'string') user.profileImageUrl = b.profileImageUrl;
    if (followers(b.followersCount) !== undefined) user.followersCount = followers(b.followersCount);
    ctx.changed();
    return { data: { ...adminUser(user), maxWeightedLength: user.maxWeightedLength } };
  });

  app.get('/_sandbox/apps', () => ({ data: [...state.apps.values()].map(describeApp) }));

  app.post('/_sandbox/apps', (req, reply) => {
    const b = obj(req.body);
    const clientId = typeof b.clientId === 'string' ? b.clientId : '';
    if (!clientId) return bad(reply, 'clientId is required');
    const redirectUris = Array.isArray(b.redirectUris)
      ? b.redirectUris.filter((u): u is string => typeof u === 'string')
      : [];
    if (redirectUris.length === 0) return bad(reply, 'redirectUris must list at least one URI');
    const profile = b.profile ?? 'pro';
    if (!isRateLimitProfile(profile)) return bad(reply, `profile must be one of ${RATE_LIMIT_PROFILES.join('|')}`);
    const a = registerApp(ctx, {
      clientId,
      clientSecret: typeof b.clientSecret === 'string' && b.clientSecret ? b.clientSecret : undefined,
      redirectUris,
      profile,
      name: typeof b.name === 'string' ? b.name : undefined,
      ownerUsername: typeof b.ownerUsername === 'string' && b.ownerUsername ? b.ownerUsername : undefined,
    });
    return reply.code(201).send({ data: describeApp(a) });
  });

  app.get('/_sandbox/tweets', (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    let list = state.allTweets;
    if (q.username) {
      const user = state.userByName(q.username);
      if (!user) return bad(reply, `unknown user @${q.username}`, 404);
      list = state.timelines.get(user.id) ?? [];
    }
    return {
      data: list
        .filter((t) => !t.deleted)
        .map((t) => ({
          id: t.id,
          text: t.text,
          username: state.users.get(t.authorId)?.username ?? null,
          created_at: iso(t.createdAt),
          in_reply_to_tweet_id: t.inReplyToTweetId ?? null,
          media_ids: t.mediaIds ?? [],
          ...(t.poll ? { poll: { options: t.poll.options, duration_minutes: t.poll.durationMinutes } } : {}),
          ...(t.quoteTweetId ? { quote_tweet_id: t.quoteTweetId } : {}),
          public_metrics: metricsOf(ctx, t).public,
        })),
    };
  });

  // Set a tweet's public and non-public metrics by hand: flat keys, or `public_metrics` / `non_public_metrics`.
  app.put('/_sandbox/tweets/:id/metrics', (req, reply) => {
    const t = state.tweets.get((req.params as { id: string }).id);
    if (!t) return bad(reply, 'unknown tweet', 404);
    const b = obj(req.body);
    const pick = <K extends string>(keys: K[], ...sources: Record<string, unknown>[]) => {
      const out: Partial<Record<K, number>> = {};
      for (const src of sources) {
        for (const k of keys) {
          const v = src[k];
          if (v === undefined) continue;
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`${k} must be an integer ≥ 0`);
          out[k] = v;
        }
      }
      return out;
    };
    try {
      const m = setMetrics(ctx, t, {
        public: pick(PUBLIC_KEYS, b, obj(b.public_metrics)),
        nonPublic: pick(NON_PUBLIC_KEYS, obj(b.non_public_metrics)),
      });
      ctx.changed();
      return { data: { id: t.id, public_metrics: m.public, non_public_metrics: m.nonPublic } };
    } catch (e) {
      return bad(reply, (e as Error).message);
    }
  });

  // Extra: media as stored (alt text, state).
  app.get('/_sandbox/media/:id', (req, reply) => {
    const m = state.media.get((req.params as { id: string }).id);
    if (!m) return bad(reply, 'unknown media', 404);
    return {
      data: {
        id: m.id,
        media_key: m.mediaKey,
        media_type: m.mediaType,
        state: m.state,
        alt_text: m.altText ?? null,
        total_bytes: m.totalBytes,
      },
    };
  });

  app.post('/_sandbox/reset', () => {
    state.resetVolatile();
    ctx.limiter.reset();
    ctx.ledger.reset();
    for (const hook of ctx.resetHooks) hook();
    ctx.faults = {};
    ctx.profileOverride = undefined;
    ctx.requestLog.length = 0;
    ctx.clock.setOffset(0);
    ctx.changed();
    return { data: { reset: true } };
  });

  app.get('/_sandbox/faults', () => ({ data: ctx.faults }));
  app.post('/_sandbox/faults', (req, reply) => {
    const b = obj(req.body);
    const faults: Faults = {};
    const rate = (k: string): number | undefined => {
      const v = b[k];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' || v < 0 || v > 1) throw new Error(`${k} must be a number between 0 and 1`);
      return v;
    };
    try {
      if (b.latencyMs !== undefined && b.latencyMs !== null) {
        if (typeof b.latencyMs !== 'number' || b.latencyMs < 0)
          throw new Error('latencyMs must be a non-negative number');
        faults.latencyMs = b.latencyMs;
      }
      faults.errorRate = rate('errorRate');
      faults.dropAfterCommitRate = rate('dropAfterCommitRate');
      faults.truncateRate = rate('truncateRate');
      if (typeof b.usageCapExceeded === 'boolean') faults.usageCapExceeded = b.usageCapExceeded;
      if (b.next !== undefined) {
        if (!Array.isArray(b.next)) throw new Error('next must be an array');
        faults.next = b.next.map((raw): FaultNext => {
          const n = obj(raw);
          const entry: FaultNext = { count: typeof n.count === 'number' && n.count > 0 ? Math.floor(n.count) : 1 };
          if (typeof n.status === 'number') {
            if (n.status < 400 || n.status > 599) throw new Error('next[].status must be a 4xx or 5xx status');
            entry.status = n.status;
          }
          if (n.fault === 'drop' || n.fault === 'drop-after-commit' || n.fault === 'truncate') entry.fault = n.fault;
          if (entry.status === undefined && entry.fault === undefined)
            throw new Error('next[] needs a status (or a fault)');
          if (typeof n.path === 'string') entry.path = n.path;
          if (typeof n.method === 'string') entry.method = n.method.toUpperCase();
          if (n.resetMs !== undefined) {
            if (typeof n.resetMs !== 'number' || n.resetMs < 0)
              throw new Error('next[].resetMs must be a non-negative number');
            entry.resetMs = n.resetMs;
          }
          return entry;
        });
      }
    } catch (e) {
      return bad(reply, (e as Error).message);
    }
    for (const k of Object.keys(faults) as Array<keyof Faults>) if (faults[k] === undefined) delete faults[k];
    ctx.faults = faults;
    return { data: faults };
  });

  app.get('/_sandbox/rate-limits', () => ({
    data: {
      profile: ctx.profileOverride ?? null,
      apps: [...state.apps.values()].map((a) => ({ clientId: a.clientId, profile: ctx.profileOf(a) })),
    },
  }));
  app.put('/_sandbox/rate-limits', (req, reply) => {
    const b = obj(req.body);
    if (!isRateLimitProfile(b.profile)) return bad(reply, `profile must be one of ${RATE_LIMIT_PROFILES.join('|')}`);
    if (typeof b.clientId === 'string') {
      const a = state.apps.get(b.clientId);
      if (!a) return bad(reply, 'unknown clientId', 404);
      a.profile = b.profile;
      ctx.changed();
    } else {
      ctx.profileOverride = b.profile;
    }
    if (b.resetCounters === true) ctx.limiter.reset();
    return { data: { profile: b.profile } };
  });

  app.get('/_sandbox/clock', () => ({ data: { now: iso(ctx.now()), offsetMs: ctx.clock.offset } }));
  app.post('/_sandbox/clock', (req, reply) => {
    const b = obj(req.body);
    if (typeof b.advanceMs !== 'number' || !Number.isFinite(b.advanceMs) || b.advanceMs < 0) {
      return bad(reply, 'advanceMs must be a non-negative number');
    }
    ctx.clock.advance(b.advanceMs);
    for (const listener of ctx.clockListeners) listener();
    ctx.changed();
    return { data: { now: iso(ctx.now()), offsetMs: ctx.clock.offset } };
  });

  // Extra: the last 1,000 X API calls.
  app.get('/_sandbox/requests', () => ({ data: ctx.recentRequests() }));
}
