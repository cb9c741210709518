import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two lookups of the inbox that read whole tables without an index:
 * - the brand's post a conversation answers, by tweet id among the published posts of the account
 *   (`tweet_ids @> ARRAY[$id]`): a GIN index over `tweet_ids`, limited to published posts (EXPLAIN in
 *   `apps/api-e2e/src/inbox-brand-post.e2e-spec.ts`);
 * - the count of open conversations (the navigation's count, with every list): a partial index of the open ones by
 *   workspace and account, counted from the index alone (docs/benchmarks.md, "Inbox").
 */
export class InboxIndexes1796430500000 implements MigrationInterface {
  name = 'InboxIndexes1796430500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_posts_tweet_ids" ON "posts" USING gin ("tweet_ids") WHERE status = 'published'`);
    await q.query(
      `CREATE INDEX "IDX_conversations_open" ON "conversations" ("workspace_id", "account_id") WHERE status = 'open' AND last_inbound_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_conversations_open"`);
    await q.query(`DROP INDEX "public"."IDX_posts_tweet_ids"`);
  }
}
