import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox files a customer's answer to one of the brand's posts with that post: it looks the post up by its tweet
 * id among the published posts of the account (`tweet_ids @> ARRAY[$id]`). Without an index that reads every post
 * of the account; a GIN index over `tweet_ids`, limited to published posts (the only ones with tweet ids that the
 * lookup wants), answers it from the index (`docs/inbox.md`, EXPLAIN in `inbox-brand-post.integration-spec.ts`).
 */
export class InboxBrandPostIndex1796430500000 implements MigrationInterface {
  name = 'InboxBrandPostIndex1796430500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_posts_tweet_ids" ON "posts" USING gin ("tweet_ids") WHERE status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_posts_tweet_ids"`);
  }
}
