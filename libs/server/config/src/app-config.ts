import { z } from 'zod';

/** Thrown at boot when configuration is missing or malformed; the message names each bad variable. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? def : ['true', '1', 'yes'].includes(v)));

/** Like `bool`, but unset stays undefined (the default depends on other settings). */
const optionalBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)));

const url = (what: string) =>
  z.string().refine((v) => {
    try {
      new URL(v);
      return true;
    } catch {
      return false;
    }
  }, `expected ${what}`);

/** `kid:base64key[,kid:base64key…]` — the first key encrypts (or signs), all keys decrypt (or verify): rotation. */
const keyList = (what: string) =>
  z.string({ message: `required: one or more ${what} as "kid:base64" separated by commas` }).transform((raw, ctx) => {
    const keys: { id: string; key: Buffer }[] = [];
    for (const part of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const idx = part.indexOf(':');
      const id = idx > 0 ? part.slice(0, idx) : '';
      const key = Buffer.from(idx > 0 ? part.slice(idx + 1) : '', 'base64');
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
        ctx.addIssue({
          code: 'custom',
          message: `each key must be "kid:base64" with a 32-byte key (bad entry near "${id || part.slice(0, 8)}")`,
        });
        return z.NEVER;
      }
      keys.push({ id, key });
    }
    if (keys.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'at least one key is required ("kid:base64", 32 bytes)' });
      return z.NEVER;
    }
    return keys;
  });
const encryptionKeys = keyList('AES-256 keys');
/** HMAC-SHA256 keys of the audit chain and its checkpoints; never stored in the database. */
const auditHmacKeys = keyList('HMAC-SHA256 keys of 32 bytes');

const intAtLeast = (min: number) =>
  z.coerce
    .number({ message: `expected an integer ≥ ${min}` })
    .int(`expected an integer ≥ ${min}`)
    .min(min, `expected an integer ≥ ${min}`);

/** SCHEDULER_* as given; the scheduler applies its defaults to what is unset. */
export interface SchedulerConfig {
  id: string | undefined;
  host: string;
  port: number;
  concurrency: number | undefined;
  batchSize: number | undefined;
  leaseMs: number | undefined;
  callTimeoutMs: number | undefined;
  graceMs: number | undefined;
  reconcileDelayMs: number | undefined;
  sweepMs: number | undefined;
  orphanCheckMs: number | undefined;
  warmUpCalls: number | undefined;
  lookaheadMs: number | undefined;
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string({ message: 'required: a PostgreSQL URL such as postgres://user:pass@host:5432/db' })
    .regex(/^postgres(ql)?:\/\//, 'expected a PostgreSQL URL (postgres://…)'),
  // The owner of the tables, for migrations only (npm start and the migration job); the API and the scheduler
  // connect with DATABASE_URL, a role that owns nothing (docs/security.md, "Database roles").
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a PostgreSQL URL (postgres://…)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PUBLIC_URL: url('an absolute URL such as https://app.example.com').optional(),
  SESSION_SECRET: z
    .string({ message: 'required: a random string of at least 32 characters' })
    .min(32, 'must be at least 32 characters'),
  ENCRYPTION_KEYS: encryptionKeys,
  AUDIT_HMAC_KEYS: auditHmacKeys,
  // Signed checkpoints of the audit chain's heads are appended to this file (JSON lines) besides the database.
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_MS: intAtLeast(1000).default(60_000),
  // Unset: secure cookies whenever PUBLIC_URL is https (a browser would never send them back over plain HTTP).
  COOKIE_SECURE: optionalBool,
  TRUST_PROXY: bool(false),
  // Unset: sign-up confirms the e-mail address whenever PUBLIC_URL is https (production); local sign-up is instant.
  REGISTRATION_VERIFY_EMAIL: optionalBool,
  SMTP_URL: url('an SMTP URL such as smtp://user:pass@mail.example.com:587').optional(),
  MAIL_FROM: z.string().default('X Publisher <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  X_API_BASE_URL: url('the base URL of an X API compatible server, e.g. http://127.0.0.1:4010').optional(),
  X_CLIENT_ID: z.string().optional(),
  X_CLIENT_SECRET: z.string().optional(),
  // `follow-sandbox`: the product's clock is wall time + the X sandbox's clock offset (GET /_sandbox/clock), so
  // fast-forwarding the sandbox fast-forwards publishing too. Development only; `npm start` sets it.
  X_CLOCK: z.enum(['system', 'follow-sandbox'], { message: 'expected system or follow-sandbox' }).default('system'),
  LOGIN_THROTTLE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOGIN_THROTTLE_TTL_SECONDS: z.coerce.number().int().min(1).default(60),
  LOGIN_THROTTLE_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(30),
  BODY_LIMIT: z.string().default('1mb'),
  // Media uploads: what one workspace may store in all (docs/security.md, "Uploads").
  MEDIA_QUOTA_MB: intAtLeast(1).default(1024),
  // Bulk-import dry runs: per member (and per workspace) in a sliding window; dry-run reports kept this long.
  IMPORT_DRY_RUN_LIMIT: intAtLeast(1).default(10),
  IMPORT_DRY_RUN_WORKSPACE_LIMIT: intAtLeast(1).default(30),
  IMPORT_DRY_RUN_WINDOW_SECONDS: intAtLeast(1).default(60),
  IMPORT_REPORT_TTL_HOURS: intAtLeast(1).default(24),
  // Webhook receivers on this machine (loopback), for local development and tests only.
  WEBHOOK_ALLOW_LOOPBACK: bool(false),
  // The scheduler (apps/scheduler; docs/scheduler.md). Unset: the scheduler's defaults.
  SCHEDULER_ID: z.string().max(200).optional(),
  SCHEDULER_HOST: z.string().min(1).default('127.0.0.1'),
  SCHEDULER_PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(0),
  SCHEDULER_CONCURRENCY: intAtLeast(1).optional(),
  SCHEDULER_BATCH: intAtLeast(1).optional(),
  SCHEDULER_LEASE_MS: intAtLeast(1000).optional(),
  SCHEDULER_CALL_TIMEOUT_MS: intAtLeast(100).optional(),
  SCHEDULER_GRACE_MS: intAtLeast(0).optional(),
  SCHEDULER_RECONCILE_DELAY_MS: intAtLeast(0).optional(),
  SCHEDULER_SWEEP_MS: intAtLeast(50).optional(),
  SCHEDULER_ORPHAN_CHECK_MS: intAtLeast(50).optional(),
  SCHEDULER_WARM_UP_CALLS: intAtLeast(0).optional(),
  SCHEDULER_LOOKAHEAD_MS: intAtLeast(0).optional(),
  // The inbox (docs/inbox.md): how often the worker polls each connected account's mentions (0: never, webhooks only).
  INBOX_POLL_MS: z.coerce.number({ message: 'expected a number of milliseconds' }).int().min(0).default(30_000),
  /** How often the worker looks for listening monitors due a read (0: never). */
  LISTENING_POLL_MS: z.coerce.number({ message: 'expected a number of milliseconds' }).int().min(0).default(10_000),
  /** A workspace's monthly cap on listening reads, in US dollars, unless the workspace sets its own. */
  LISTENING_MONTHLY_CAP_USD: z.coerce.number({ message: 'expected a number of dollars' }).min(0).default(100),
  /** How often the worker looks for metric snapshots due (docs/analytics.md; 0: never). */
  ANALYTICS_POLL_MS: z.coerce.number({ message: 'expected a number of milliseconds' }).int().min(0).default(30_000),
  /** A workspace's monthly budget for analytics reads, in US dollars, unless the workspace sets its own. */
  ANALYTICS_MONTHLY_BUDGET_USD: z.coerce.number({ message: 'expected a number of dollars' }).min(0).default(50),
  // Where X reaches the API for its webhook deliveries (default: PUBLIC_URL).
  X_WEBHOOK_BASE_URL: url('an absolute URL X can reach, such as https://app.example.com').optional(),
});

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  /** The table owner's URL (migrations); unset: DATABASE_URL. */
  migrationDatabaseUrl: string;
  databasePoolSize: number;
  publicUrl: string;
  sessionSecret: string;
  encryptionKeys: { id: string; key: Buffer }[];
  /** The audit chain's HMAC keys; the first seals new events and checkpoints, all verify. */
  audit: { keys: { id: string; key: Buffer }[]; checkpointFile: string | undefined; checkpointMs: number };
  cookieSecure: boolean;
  trustProxy: boolean;
  /**
   * REGISTRATION_VERIFY_EMAIL: sign-up answers "check your e-mail" and the account is created from the link sent
   * to the address. Off: a new address is signed in at once (local development, tests).
   */
  registrationVerifyEmail: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDistDir: string | undefined;
  x: { apiBaseUrl: string | undefined; clientId: string | undefined; clientSecret: string | undefined };
  /** X_CLOCK: `system` (wall time), or `follow-sandbox` (wall time + the X sandbox's offset, polled). */
  clock: 'system' | 'follow-sandbox';
  loginThrottle: { limit: number; addressLimit: number; ttlSeconds: number };
  bodyLimit: string;
  /** Bytes of media one workspace may store (uploads in progress count). */
  mediaQuotaBytes: number;
  /** Dry runs allowed per member and per workspace within `windowSeconds`; dry-run reports expire after `reportTtlHours`. */
  imports: { dryRunLimit: number; dryRunWorkspaceLimit: number; windowSeconds: number; reportTtlHours: number };
  /** Where webhooks may be delivered: loopback only when WEBHOOK_ALLOW_LOOPBACK; https only in production. */
  webhooks: { allowLoopback: boolean; httpsOnly: boolean };
  scheduler: SchedulerConfig;
  /** The inbox: polling period of the mentions (0: off) and the base URL of X's webhook deliveries. */
  inbox: { pollMs: number; webhookBaseUrl: string };
  listening: { pollMs: number; monthlyCapUsd: number };
  /** Analytics: how often the worker takes due snapshots (0: off) and the default monthly budget. */
  analytics: { pollMs: number; monthlyBudgetUsd: number };
};

/** Reads and validates the configuration. The only place (with the sandbox's) that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const c = parsed.data;
  if (c.X_CLOCK === 'follow-sandbox') {
    const problems: string[] = [];
    if (!c.X_API_BASE_URL) problems.push('X_CLOCK: follow-sandbox needs X_API_BASE_URL (the X sandbox to follow)');
    if (c.NODE_ENV === 'production')
      problems.push('X_CLOCK: follow-sandbox is for development; production uses the wall clock');
    if (problems.length) throw new ConfigError(problems);
  }
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    migrationDatabaseUrl: c.MIGRATION_DATABASE_URL ?? c.DATABASE_URL,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    publicUrl,
    sessionSecret: c.SESSION_SECRET,
    encryptionKeys: c.ENCRYPTION_KEYS,
    audit: { keys: c.AUDIT_HMAC_KEYS, checkpointFile: c.AUDIT_CHECKPOINT_FILE, checkpointMs: c.AUDIT_CHECKPOINT_MS },
    cookieSecure: c.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    trustProxy: c.TRUST_PROXY,
    registrationVerifyEmail: c.REGISTRATION_VERIFY_EMAIL ?? publicUrl.startsWith('https://'),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    webDistDir: c.WEB_DIST_DIR,
    x: { apiBaseUrl: c.X_API_BASE_URL, clientId: c.X_CLIENT_ID, clientSecret: c.X_CLIENT_SECRET },
    clock: c.X_CLOCK,
    loginThrottle: {
      limit: c.LOGIN_THROTTLE_LIMIT,
      addressLimit: c.LOGIN_THROTTLE_ADDRESS_LIMIT,
      ttlSeconds: c.LOGIN_THROTTLE_TTL_SECONDS,
    },
    bodyLimit: c.BODY_LIMIT,
    mediaQuotaBytes: c.MEDIA_QUOTA_MB * 1024 * 1024,
    imports: {
      dryRunLimit: c.IMPORT_DRY_RUN_LIMIT,
      dryRunWorkspaceLimit: c.IMPORT_DRY_RUN_WORKSPACE_LIMIT,
      windowSeconds: c.IMPORT_DRY_RUN_WINDOW_SECONDS,
      reportTtlHours: c.IMPORT_REPORT_TTL_HOURS,
    },
    webhooks: { allowLoopback: c.WEBHOOK_ALLOW_LOOPBACK, httpsOnly: c.NODE_ENV === 'production' },
    scheduler: {
      id: c.SCHEDULER_ID,
      host: c.SCHEDULER_HOST,
      port: c.SCHEDULER_PORT,
      concurrency: c.SCHEDULER_CONCURRENCY,
      batchSize: c.SCHEDULER_BATCH,
      leaseMs: c.SCHEDULER_LEASE_MS,
      callTimeoutMs: c.SCHEDULER_CALL_TIMEOUT_MS,
      graceMs: c.SCHEDULER_GRACE_MS,
      reconcileDelayMs: c.SCHEDULER_RECONCILE_DELAY_MS,
      sweepMs: c.SCHEDULER_SWEEP_MS,
      orphanCheckMs: c.SCHEDULER_ORPHAN_CHECK_MS,
      warmUpCalls: c.SCHEDULER_WARM_UP_CALLS,
      lookaheadMs: c.SCHEDULER_LOOKAHEAD_MS,
    },
    inbox: { pollMs: c.INBOX_POLL_MS, webhookBaseUrl: (c.X_WEBHOOK_BASE_URL ?? publicUrl).replace(/\/$/, '') },
    listening: { pollMs: c.LISTENING_POLL_MS, monthlyCapUsd: c.LISTENING_MONTHLY_CAP_USD },
    analytics: { pollMs: c.ANALYTICS_POLL_MS, monthlyBudgetUsd: c.ANALYTICS_MONTHLY_BUDGET_USD },
  };
}

/** Only the database URL (migrations, drift check, tools). */
export function loadDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const v = env['DATABASE_URL'];
  if (!v || !/^postgres(ql)?:\/\//.test(v)) {
    throw new ConfigError(['DATABASE_URL: required: a PostgreSQL URL such as postgres://user:pass@host:5432/db']);
  }
  return v;
}

/** The table owner's URL: MIGRATION_DATABASE_URL, else DATABASE_URL (migrations, drift check). */
export function loadMigrationDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const v = env['MIGRATION_DATABASE_URL'];
  if (v && !/^postgres(ql)?:\/\//.test(v)) {
    throw new ConfigError(['MIGRATION_DATABASE_URL: expected a PostgreSQL URL (postgres://…)']);
  }
  return v || loadDatabaseUrl(env);
}

/** Only the audit chain's keys and checkpoint file (`npm run audit:verify`). */
export function loadAuditSettings(env: NodeJS.ProcessEnv = process.env): {
  keys: { id: string; key: Buffer }[];
  checkpointFile: string | undefined;
} {
  const r = z
    .object({ AUDIT_HMAC_KEYS: auditHmacKeys, AUDIT_CHECKPOINT_FILE: z.string().min(1).optional() })
    .safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return { keys: r.data.AUDIT_HMAC_KEYS, checkpointFile: r.data.AUDIT_CHECKPOINT_FILE };
}
