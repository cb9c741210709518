// Test and benchmark fixtures for the scheduler: a workspace with an author and an approver, X accounts connected
// through the real OAuth flow against the sandbox, and scheduled posts inserted in bulk (approved on their
// content hash), the way the posts workflow service leaves them.
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AccountRepository, XGateway, type AccountRecord } from '@xp/server/application';
import { contentHash } from '@xp/server/domain';

export interface WorkspaceFixture {
  workspaceId: string;
  brandId: string;
  /** An editor who writes the posts. */
  authorId: string;
  /** A manager who approved them. */
  approverId: string;
}

async function withClient<T>(databaseUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A workspace, a brand, an author (editor) and an approver (manager). */
export async function createWorkspaceFixture(databaseUrl: string, name = 'Kindy & Total'): Promise<WorkspaceFixture> {
  return withClient(databaseUrl, async (c) => {
    const now = new Date();
    const tag = randomBytes(4).toString('hex');
    const user = async (who: string) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO users (email, password_hash, display_name, locale, created_at, password_changed_at) VALUES ($1, 'x', $2, 'fr', $3, $3) RETURNING id`,
          [`${who}-${tag}@example.test`, who, now],
        )
      ).rows[0]!.id;
    const authorId = await user('author');
    const approverId = await user('approver');
    const workspaceId = (
      await c.query<{ id: string }>(
        `INSERT INTO workspaces (name, created_at, updated_at) VALUES ($1, $2, $2) RETURNING id`,
        [name, now],
      )
    ).rows[0]!.id;
    for (const [userId, role] of [
      [authorId, 'editor'],
      [approverId, 'manager'],
    ] as const) {
      await c.query(`INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)`, [
        workspaceId,
        userId,
        role,
        now,
      ]);
    }
    const brandId = (
      await c.query<{ id: string }>(
        `INSERT INTO brands (workspace_id, name, created_at, updated_at) VALUES ($1, 'Kindy', $2, $2) RETURNING id`,
        [workspaceId, now],
      )
    ).rows[0]!.id;
    return { workspaceId, brandId, authorId, approverId };
  });
}

/** What the factory needs from a Nest application (the API or the scheduler). */
export interface AppLike {
  get<T>(token: abstract new (...args: never[]) => T): T;
}

/**
 * Connects sandbox users as X accounts of the workspace through the real OAuth 2.0 PKCE flow (authorize link →
 * sandbox consent with `sandbox_user` → code exchange), stored by the AccountRepository (tokens encrypted).
 */
export async function connectSandboxAccounts(
  app: AppLike,
  ws: Pick<WorkspaceFixture, 'workspaceId' | 'brandId'>,
  usernames: string[],
  opts: { redirectUri: string; concurrency?: number },
): Promise<AccountRecord[]> {
  const x = app.get(XGateway);
  const accounts = app.get(AccountRepository);
  const out: AccountRecord[] = new Array(usernames.length);
  let next = 0;
  const worker = async () => {
    while (next < usernames.length) {
      const i = next++;
      const username = usernames[i]!;
      const link = x.authorizeLink(opts.redirectUri, randomBytes(8).toString('hex'));
      const url = new URL(link.url);
      url.searchParams.set('sandbox_user', username);
      const res = await fetch(url, { redirect: 'manual' });
      await res.text();
      const location = res.headers.get('location');
      if (res.status !== 302 || !location) throw new Error(`authorize @${username}: HTTP ${res.status}`);
      const code = new URL(location).searchParams.get('code');
      if (!code) throw new Error(`authorize @${username}: no code`);
      const r = await x.exchangeCode({ code, codeVerifier: link.codeVerifier, redirectUri: opts.redirectUri });
      if (r.kind !== 'ok') throw new Error(`connect @${username}: ${r.kind} ${r.detail}`);
      const { account } = await accounts.upsertConnected(
        {
          workspaceId: ws.workspaceId,
          brandId: ws.brandId,
          xUserId: r.value.user.id,
          handle: r.value.user.username,
          name: r.value.user.name,
          avatarUrl: null,
        },
        r.value.tokens,
        new Date(),
      );
      out[i] = account;
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, usernames.length) }, worker));
  return out;
}

/** Creates sandbox users (admin API) named `${prefix}0…` and returns their usernames. */
export async function createSandboxUsers(sandboxUrl: string, prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  for (let i = 0; i < names.length; i += 50) {
    await Promise.all(
      names.slice(i, i + 50).map(async (username) => {
        const res = await fetch(`${sandboxUrl}/_sandbox/users`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, name: username }),
        });
        if (!res.ok && res.status !== 409)
          throw new Error(`create sandbox user ${username}: HTTP ${res.status} ${await res.text()}`);
      }),
    );
  }
  return names;
}

export interface ScheduledPostInput {
  accountId: string;
  scheduledAt: Date;
  /** One text per segment (a thread when several). */
  texts: string[];
  publishBy?: Date | null;
  /** As approved: the bytes' SHA-256 (the media row's `sha256`) is part of the content hash. */
  media?: { id: string; sha256: string; altText: string | null }[];
}

/**
 * Inserts `scheduled` posts in bulk (one INSERT … SELECT unnest), each with one valid approval by the fixture's
 * approver on its content hash. Returns the ids in input order.
 */
export async function insertScheduledPosts(
  databaseUrl: string,
  ws: WorkspaceFixture,
  posts: ScheduledPostInput[],
): Promise<string[]> {
  if (!posts.length) return [];
  return withClient(databaseUrl, async (c) => {
    const ids: string[] = [];
    for (let i = 0; i < posts.length; i += 2000) {
      const chunk = posts.slice(i, i + 2000);
      const chunkIds = chunk.map(() => randomUUID());
      const segments = chunk.map((p) =>
        p.texts.map((text, k) => ({ text, media: k === 0 ? (p.media ?? []) : [], poll: null })),
      );
      const hashes = segments.map((s) => contentHash(s));
      const now = new Date();
      await c.query('BEGIN');
      await c.query(
        `INSERT INTO posts (id, workspace_id, account_id, author_id, status, kind, segments, content_hash, scheduled_at, publish_by, created_at, updated_at)
         SELECT u.id, $1, u.account_id, $2, 'scheduled', 'standard', u.segments::jsonb, u.hash, u.scheduled_at, u.publish_by, $3, $3
           FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[]) AS u(id, account_id, segments, hash, scheduled_at, publish_by)`,
        [
          ws.workspaceId,
          ws.authorId,
          now,
          chunkIds,
          chunk.map((p) => p.accountId),
          segments.map((s) => JSON.stringify(s)),
          hashes,
          chunk.map((p) => p.scheduledAt),
          chunk.map((p) => p.publishBy ?? null),
        ],
      );
      await c.query(
        `INSERT INTO approvals (workspace_id, post_id, approver_id, role, content_hash, valid, created_at)
         SELECT $1, u.id, $2, 'manager', u.hash, true, $3 FROM unnest($4::uuid[], $5::text[]) AS u(id, hash)`,
        [ws.workspaceId, ws.approverId, now, chunkIds, hashes],
      );
      await c.query('COMMIT');
      ids.push(...chunkIds);
    }
    return ids;
  });
}
