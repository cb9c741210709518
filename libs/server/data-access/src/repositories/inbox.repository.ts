import { Injectable } from '@nestjs/common';
import {
  ConversationRepository,
  SavedReplyRepository,
  type ConversationItemRecord,
  type ConversationListQuery,
  type ConversationNoteRecord,
  type ConversationRecord,
  type ListenedAccount,
  type NewConversationItem,
  type SavedReplyRecord,
} from '@xp/server/application';
import { prefixQuery, replyApprovalPolicy } from '@xp/server/domain';
import { camelRow } from './record-fields';
import { TransactionHost } from './transaction-host';

/**
 * A post's approval policy as SQL over posts p and accounts a (the publishing job's `approval_policy`): the account's,
 * or for a reply the account's reply policy — the SQL copy of the domain's `postApprovalPolicy`.
 */
export const POST_APPROVAL_POLICY = `CASE WHEN p.kind <> 'reply' THEN a.approval_policy
  WHEN a.reply_approval = 'none' THEN '${JSON.stringify(replyApprovalPolicy('none'))}'::jsonb
  ELSE '${JSON.stringify(replyApprovalPolicy('manager'))}'::jsonb END AS approval_policy`;

const CONVERSATION_COLUMNS = `c.id, c.workspace_id, c.account_id, c.x_conversation_id, c.status, c.assignee_id, c.tags,
  c.root_author_x_id, c.brand_tweet_id, c.brand_post_id, c.last_inbound_at, c.first_response_due_at, c.breach_notified_at,
  c.preview_author, c.preview_text, c.version, c.created_at, c.updated_at`;
const conversation = (r: object) => camelRow(r) as unknown as ConversationRecord;

/** The list's cursor: the last row's (last_inbound_at, id), opaque to clients. */
const encodeCursor = (c: ConversationRecord) =>
  Buffer.from(`${c.lastInboundAt!.toISOString()}|${c.id}`).toString('base64url');
function decodeCursor(cursor: string): [Date, string] | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const d = new Date(at ?? '');
  return id && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(d.getTime()) ? [d, id] : null;
}

/**
 * The brand's published post with a tweet id ($3) on an account: served by the GIN index IDX_posts_tweet_ids
 * (migration InboxIndexes1796430500000), not a read of every post of the account. No LIMIT: a tweet id is
 * one post's, and a LIMIT 1 makes the planner bet on a sequential scan finding a match early.
 */
export const BRAND_POST_SQL = `SELECT p.id, coalesce(p.segments -> 0 ->> 'text', '') AS text FROM posts p
  WHERE p.workspace_id = $1 AND p.account_id = $2 AND p.status = 'published' AND p.tweet_ids @> ARRAY[$3]::text[]`;

const PATCH_COLUMNS: Record<string, string> = {
  status: 'status',
  assigneeId: 'assignee_id',
  lastInboundAt: 'last_inbound_at',
  firstResponseDueAt: 'first_response_due_at',
  breachNotifiedAt: 'breach_notified_at',
  previewAuthor: 'preview_author',
  previewText: 'preview_text',
};

/** The inbox in PostgreSQL: conversations, their items (a tweet once per workspace), notes, X's webhook rows. */
@Injectable()
export class TypeormConversationRepository extends ConversationRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async upsertLocked(
    input: Pick<ConversationRecord, 'workspaceId' | 'accountId' | 'xConversationId' | 'rootAuthorXId'> & {
      brandTweetId: string | null;
      brandPostId: string | null;
    },
    at: Date,
  ): Promise<ConversationRecord> {
    await this.tx.rows(
      `INSERT INTO conversations (workspace_id, account_id, x_conversation_id, root_author_x_id, brand_tweet_id, brand_post_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (account_id, x_conversation_id) DO NOTHING`,
      [
        input.workspaceId,
        input.accountId,
        input.xConversationId,
        input.rootAuthorXId,
        input.brandTweetId,
        input.brandPostId,
        at,
      ],
    );
    const [r] = await this.tx.rows<object>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.account_id = $1 AND c.x_conversation_id = $2 FOR UPDATE`,
      [input.accountId, input.xConversationId],
    );
    return conversation(r!);
  }

  async insertItem(i: NewConversationItem): Promise<string | null> {
    const [r] = await this.tx.rows<{ id: string }>(
      `INSERT INTO conversation_items (workspace_id, conversation_id, tweet_id, direction, author_x_id, author_username, text,
         in_reply_to_tweet_id, engages_brand, post_id, created_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (workspace_id, tweet_id) DO NOTHING RETURNING id`,
      [
        i.workspaceId,
        i.conversationId,
        i.tweetId,
        i.direction,
        i.authorXId,
        i.authorUsername,
        i.text,
        i.inReplyToTweetId,
        i.engagesBrand,
        i.postId,
        i.createdAt,
        i.receivedAt,
      ],
    );
    return r?.id ?? null;
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Partial<ConversationRecord>,
    at: Date,
  ): Promise<ConversationRecord | null> {
    const sets: string[] = [];
    const params: unknown[] = [workspaceId, id, at];
    for (const [key, value] of Object.entries(patch)) {
      const col = PATCH_COLUMNS[key];
      if (!col || value === undefined) continue;
      params.push(value);
      sets.push(`${col} = $${params.length}`);
    }
    const [r] = await this.tx.rows<object>(
      `UPDATE conversations c SET ${[...sets, 'updated_at = $3', 'version = c.version + 1'].join(', ')}
        WHERE c.workspace_id = $1 AND c.id = $2 RETURNING ${CONVERSATION_COLUMNS}`,
      params,
    );
    return r ? conversation(r) : null;
  }

  async find(workspaceId: string, id: string): Promise<ConversationRecord | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.workspace_id = $1 AND c.id = $2`,
      [workspaceId, id],
    );
    return r ? conversation(r) : null;
  }

  async findForUpdate(workspaceId: string, id: string): Promise<ConversationRecord | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.workspace_id = $1 AND c.id = $2 FOR UPDATE`,
      [workspaceId, id],
    );
    return r ? conversation(r) : null;
  }

  async list(
    workspaceId: string,
    q: ConversationListQuery,
  ): Promise<{ items: ConversationRecord[]; nextCursor: string | null }> {
    const params: unknown[] = [workspaceId];
    const where = ['c.workspace_id = $1', 'c.last_inbound_at IS NOT NULL'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.scope) add((p) => `c.account_id = ANY(${p}::uuid[])`, q.scope);
    if (q.accountId) add((p) => `c.account_id = ${p}`, q.accountId);
    if (q.status) add((p) => `c.status = ${p}`, q.status);
    if (q.assignee === 'none') where.push('c.assignee_id IS NULL');
    else if (q.assignee) add((p) => `c.assignee_id = ${p}`, q.assignee);
    if (q.breachedAt) add((p) => `c.first_response_due_at <= ${p}`, q.breachedAt);
    // The conversations with a message holding every word (a prefix each), through the items' GIN index.
    if (q.terms?.length)
      add(
        (p) =>
          `c.id IN (SELECT i.conversation_id FROM conversation_items i WHERE i.workspace_id = $1 AND i.search_vector @@ to_tsquery('simple', xp_fold(${p})))`,
        prefixQuery(q.terms),
      );
    const cursor = q.cursor ? decodeCursor(q.cursor) : null;
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(`(c.last_inbound_at, c.id) < ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(q.limit + 1);
    const rows = (
      await this.tx.rows<object>(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE ${where.join(' AND ')}
          ORDER BY c.last_inbound_at DESC, c.id DESC LIMIT $${params.length}`,
        params,
      )
    ).map(conversation);
    const items = rows.slice(0, q.limit);
    return { items, nextCursor: rows.length > q.limit ? encodeCursor(items[items.length - 1]!) : null };
  }

  async countOpen(workspaceId: string, scope: string[] | null): Promise<number> {
    const [r] = await this.tx.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM conversations c WHERE c.workspace_id = $1 AND c.status = 'open'
          AND c.last_inbound_at IS NOT NULL AND ($2::uuid[] IS NULL OR c.account_id = ANY($2::uuid[]))`,
      [workspaceId, scope],
    );
    return r?.n ?? 0;
  }

  async items(workspaceId: string, conversationId: string): Promise<ConversationItemRecord[]> {
    const rows = await this.tx.rows<object>(
      `SELECT i.id, i.conversation_id, i.tweet_id, i.direction, i.author_x_id, i.author_username, i.text,
              i.in_reply_to_tweet_id, i.engages_brand, i.post_id, p.status AS post_status, i.created_at
         FROM conversation_items i LEFT JOIN posts p ON p.id = i.post_id
        WHERE i.workspace_id = $1 AND i.conversation_id = $2 ORDER BY i.created_at, i.id`,
      [workspaceId, conversationId],
    );
    return rows.map((r) => camelRow(r) as unknown as ConversationItemRecord);
  }

  async notes(workspaceId: string, conversationId: string): Promise<ConversationNoteRecord[]> {
    const rows = await this.tx.rows<object>(
      `SELECT id, conversation_id, author_id, text, created_at FROM conversation_notes
        WHERE workspace_id = $1 AND conversation_id = $2 ORDER BY created_at, id`,
      [workspaceId, conversationId],
    );
    return rows.map((r) => camelRow(r) as unknown as ConversationNoteRecord);
  }

  async addNote(workspaceId: string, n: Omit<ConversationNoteRecord, 'id'>): Promise<ConversationNoteRecord> {
    const [r] = await this.tx.rows<object>(
      `INSERT INTO conversation_notes (workspace_id, conversation_id, author_id, text, created_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, conversation_id, author_id, text, created_at`,
      [workspaceId, n.conversationId, n.authorId, n.text, n.createdAt],
    );
    return camelRow(r!) as unknown as ConversationNoteRecord;
  }

  async brandPost(
    workspaceId: string,
    accountId: string,
    tweetId: string,
  ): Promise<{ postId: string; text: string } | null> {
    const [r] = await this.tx.rows<{ id: string; text: string }>(BRAND_POST_SQL, [workspaceId, accountId, tweetId]);
    return r ? { postId: r.id, text: r.text } : null;
  }

  async claimBreaches(now: Date, limit: number): Promise<ConversationRecord[]> {
    const rows = await this.tx.rows<object>(
      `UPDATE conversations c SET breach_notified_at = $1
        WHERE c.id IN (SELECT id FROM conversations WHERE first_response_due_at <= $1 AND breach_notified_at IS NULL
                        AND status <> 'done' ORDER BY first_response_due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING ${CONVERSATION_COLUMNS}`,
      [now, limit],
    );
    return rows.map(conversation);
  }

  async listenedAccounts(xUserId?: string): Promise<ListenedAccount[]> {
    const rows = await this.tx.rows<object>(
      `SELECT id, workspace_id, x_user_id, handle, first_response_minutes, mentions_since_id FROM accounts
        WHERE status = 'connected' AND ($1::text IS NULL OR x_user_id = $1) ORDER BY created_at, id`,
      [xUserId ?? null],
    );
    return rows.map((r) => camelRow(r) as unknown as ListenedAccount);
  }

  async saveSinceId(accountId: string, sinceId: string): Promise<void> {
    // Ids only grow: a slower poller never moves the cursor back (numeric comparison of snowflake ids).
    await this.tx.rows(
      `UPDATE accounts SET mentions_since_id = $2 WHERE id = $1
          AND (mentions_since_id IS NULL OR length(mentions_since_id) < length($2) OR (length(mentions_since_id) = length($2) AND mentions_since_id < $2))`,
      [accountId, sinceId],
    );
  }

  async takeEvent(eventId: string, at: Date): Promise<boolean> {
    const rows = await this.tx.rows<{ event_id: string }>(
      `INSERT INTO x_webhook_events (event_id, received_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId, at],
    );
    return rows.length > 0;
  }

  async webhook(id: string): Promise<{ id: string; url: string; xWebhookId: string | null } | null> {
    const [r] = await this.tx.rows<object>(`SELECT id, url, x_webhook_id FROM x_webhooks WHERE id = $1`, [id]);
    return r ? (camelRow(r) as unknown as { id: string; url: string; xWebhookId: string | null }) : null;
  }

  async webhookByPrefix(prefix: string): Promise<{ id: string; url: string; xWebhookId: string | null } | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT id, url, x_webhook_id FROM x_webhooks WHERE left(url, length($1)) = $1 ORDER BY created_at LIMIT 1`,
      [prefix],
    );
    return r ? (camelRow(r) as unknown as { id: string; url: string; xWebhookId: string | null }) : null;
  }

  async saveWebhook(row: { id: string; url: string; xWebhookId: string | null }, at: Date): Promise<void> {
    await this.tx.rows(
      `INSERT INTO x_webhooks (id, url, x_webhook_id, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, x_webhook_id = EXCLUDED.x_webhook_id`,
      [row.id, row.url, row.xWebhookId, at],
    );
  }
}

const SAVED_COLUMNS = `id, workspace_id, brand_id, language, title, text, version, updated_at`;
const saved = (r: object) => camelRow(r) as unknown as SavedReplyRecord;

@Injectable()
export class TypeormSavedReplyRepository extends SavedReplyRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async list(
    workspaceId: string,
    q: { brandIds: string[] | null; brandId?: string; language?: string },
  ): Promise<SavedReplyRecord[]> {
    const rows = await this.tx.rows<object>(
      `SELECT ${SAVED_COLUMNS} FROM saved_replies WHERE workspace_id = $1 AND ($2::uuid[] IS NULL OR brand_id = ANY($2::uuid[]))
          AND ($3::uuid IS NULL OR brand_id = $3) AND ($4::text IS NULL OR language = $4) ORDER BY title, id LIMIT 500`,
      [workspaceId, q.brandIds, q.brandId ?? null, q.language ?? null],
    );
    return rows.map(saved);
  }

  async find(workspaceId: string, id: string): Promise<SavedReplyRecord | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT ${SAVED_COLUMNS} FROM saved_replies WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return r ? saved(r) : null;
  }

  async insert(r: Omit<SavedReplyRecord, 'id' | 'version' | 'updatedAt'>, at: Date): Promise<SavedReplyRecord> {
    const [row] = await this.tx.rows<object>(
      `INSERT INTO saved_replies (workspace_id, brand_id, language, title, text, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${SAVED_COLUMNS}`,
      [r.workspaceId, r.brandId, r.language, r.title, r.text, at],
    );
    return saved(row!);
  }

  async update(
    workspaceId: string,
    id: string,
    version: number,
    patch: Partial<Pick<SavedReplyRecord, 'language' | 'title' | 'text'>>,
    at: Date,
  ): Promise<SavedReplyRecord | 'stale' | null> {
    const [r] = await this.tx.rows<object>(
      `UPDATE saved_replies SET language = coalesce($4, language), title = coalesce($5, title), text = coalesce($6, text),
              updated_at = $7, version = version + 1
        WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${SAVED_COLUMNS}`,
      [workspaceId, id, version, patch.language ?? null, patch.title?.trim() ?? null, patch.text?.trim() ?? null, at],
    );
    if (r) return saved(r);
    return (await this.find(workspaceId, id)) ? 'stale' : null;
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const rows = await this.tx.rows<{ id: string }>(
      `DELETE FROM saved_replies WHERE workspace_id = $1 AND id = $2 RETURNING id`,
      [workspaceId, id],
    );
    return rows.length > 0;
  }
}
