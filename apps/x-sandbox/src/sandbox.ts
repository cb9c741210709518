import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { AdjustableClock, type SandboxClock } from './clock';
import { type SandboxBehaviour, SandboxContext } from './context';
import { createUser, registerAdminRoutes, registerApp } from './admin-routes';
import { registerCrowdRoutes } from './crowd';
import { registerListenRoutes } from './listen-routes';
import { registerMediaRoutes } from './media-routes';
import { registerOAuthRoutes } from './oauth-routes';
import { registerPublicRoutes } from './public-routes';
import { invalidRequest, statusProblem } from './problems';
import type { RateLimitProfile } from './rate-limits';
import { StatePersister } from './state';
import { registerTweetRoutes } from './tweet-routes';
import type { DeliverySettings } from './webhook-delivery';
import { registerWebhookRoutes } from './webhook-routes';

export type { SandboxClock } from './clock';
/** A post's metrics at the sandbox's now (end-to-end suites compare the product's snapshots with them). */
export { metricsOf } from './metrics';
export type { RateLimitProfile } from './rate-limits';
export type { Faults, FaultNext, SandboxBehaviour } from './context';
export type { DeliverySettings } from './webhook-delivery';

export const DEMO_CLIENT_ID = 'xp-demo-client';
export const DEMO_CLIENT_SECRET = 'xp-demo-secret';
export const DEMO_REDIRECT_URIS = [
  'http://localhost:3000/api/oauth/x/callback',
  'http://127.0.0.1:3000/api/oauth/x/callback',
];

/** The demo brand accounts, with fixed ids so a restart without a state file keeps the same X user ids. */
export const DEMO_USERS = [
  {
    id: '1340000000000000001',
    username: 'GroupeKindy',
    name: 'Groupe Kindy',
    description: 'Actualités financières du Groupe Kindy.',
    followersCount: 48_000,
  },
  {
    id: '1340000000000000002',
    username: 'Kindy',
    name: 'Kindy',
    description: 'Mode, tendances et blogs.',
    followersCount: 310_000,
  },
  {
    id: '1340000000000000003',
    username: 'TotalCareers',
    name: 'Total Careers',
    description: 'Nos offres d’emploi.',
    followersCount: 22_000,
  },
  {
    id: '1340000000000000004',
    username: 'F1TotalOfficiel',
    name: 'F1 Total Officiel',
    description: 'Le live des Grands Prix.',
    followersCount: 1_200_000,
  },
] as const;

export interface StartSandboxOptions {
  /** 0 = a random free port. Default 4010. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seed the demo users and the demo OAuth app. Default false. */
  seedDemo?: boolean;
  /** Persist state to this JSON file (debounced writes) and load it at start. */
  stateFile?: string;
  /** Base clock (the admin API adds an offset on top). Default: system time. */
  clock?: SandboxClock;
  /** Demo OAuth app (with seedDemo). */
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  /** Rate-limit profile of the demo app. Default 'pro'. */
  profile?: RateLimitProfile;
  /** Debounce of state writes. Default 250 ms. */
  persistDebounceMs?: number;
  /** Behaviour switches for the unverified parts of X's contract. */
  behaviour?: Partial<SandboxBehaviour>;
  /** Webhook delivery settings (duplicates, retries, timeout); PUT /_sandbox/webhook-delivery changes them. */
  webhookDelivery?: Partial<DeliverySettings>;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Escape hatch for tests: the underlying state and switches. */
  context: SandboxContext;
}

export const DEFAULT_BEHAVIOUR: SandboxBehaviour = {
  duplicateWindowMs: 24 * 3600 * 1000,
  tooLongStatus: 403,
  replyPolicy: 'summoned',
  selfServePolicies: true,
  deleteUnknown: 'deleted-false',
  mediaProcessingMs: 1000,
};

/** Builds the Fastify app (not listening). */
export async function buildSandbox(
  options: StartSandboxOptions = {},
): Promise<{ app: FastifyInstance; ctx: SandboxContext; persister?: StatePersister }> {
  const clock = new AdjustableClock(options.clock);
  const ctx = new SandboxContext(clock, { ...DEFAULT_BEHAVIOUR, ...options.behaviour });
  ctx.delivery = { ...ctx.delivery, ...options.webhookDelivery };

  let persister: StatePersister | undefined;
  if (options.stateFile) {
    const saved = StatePersister.read(options.stateFile);
    if (saved) {
      ctx.state.load(saved);
      clock.setOffset(saved.clockOffsetMs ?? 0);
      for (const t of ctx.state.allTweets) ctx.ids.observe(t.id);
      for (const m of ctx.state.media.values()) ctx.ids.observe(m.id);
    }
    persister = new StatePersister(
      options.stateFile,
      () => ctx.state.toData(clock.offset),
      options.persistDebounceMs ?? 250,
    );
    const p = persister;
    ctx.onChange = () => p.markDirty();
  }

  if (options.seedDemo) {
    for (const u of DEMO_USERS) {
      if (!ctx.state.userByName(u.username)) createUser(ctx, { ...u });
    }
    const clientId = options.clientId ?? DEMO_CLIENT_ID;
    if (!ctx.state.apps.has(clientId)) {
      registerApp(ctx, {
        clientId,
        clientSecret: options.clientSecret ?? DEMO_CLIENT_SECRET,
        redirectUris: options.redirectUris ?? DEMO_REDIRECT_URIS,
        profile: options.profile ?? 'pro',
        name: 'X Publisher (demo)',
      });
    }
  }

  const app = Fastify({
    logger: false,
    forceCloseConnections: true,
    keepAliveTimeout: 65_000,
    bodyLimit: 16 * 1024 * 1024,
    return503OnClosing: false,
  });
  // JSON: plain JSON.parse, and an empty body is {} (clients send a JSON content-type on bodiless calls).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (!text.trim()) return done(null, {});
    try {
      done(null, JSON.parse(text) as unknown);
    } catch {
      const err = new Error('Request body is not valid JSON') as FastifyError;
      err.statusCode = 400;
      done(err, undefined);
    }
  });
  await app.register(formbody);
  await app.register(multipart, { limits: { fileSize: 16 * 1024 * 1024, files: 4, fields: 20 } });

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const body = status === 400 ? invalidRequest([{ message: err.message }]) : statusProblem(status);
    void reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
  });
  app.setNotFoundHandler((req, reply) => {
    const body = req.url.startsWith('/_sandbox')
      ? { error: `no admin route ${req.method} ${req.url}` }
      : {
          errors: [{ message: 'Sorry, that page does not exist', code: 34 }],
          title: 'Not Found Error',
          type: 'about:blank',
          status: 404,
          detail: 'Sorry, that page does not exist',
        };
    void reply.code(404).type('application/json; charset=utf-8').send(JSON.stringify(body));
  });

  registerOAuthRoutes(app, ctx);
  registerTweetRoutes(app, ctx);
  registerListenRoutes(app, ctx);
  registerWebhookRoutes(app, ctx);
  registerMediaRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerPublicRoutes(app, ctx);
  registerCrowdRoutes(app, ctx);
  app.get('/_sandbox/health', () => ({ status: 'ok' }));
  return { app, ctx, persister };
}

/** Starts the X sandbox. `port: 0` picks a free port; `url` is e.g. http://127.0.0.1:4010 (no trailing slash). */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { app, ctx, persister } = await buildSandbox(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 4010, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4010);
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    context: ctx,
    close: () => {
      closed ??= (async () => {
        await app.close();
        await persister?.flush();
      })();
      return closed;
    },
  };
}
