import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Word search in the inbox (`GET …/conversations?q=`): every message keeps the words of its text and of its author's
 * username, lower case and without accents (`xp_fold`, as the posts' search: "livre" finds "livré"), in a generated
 * `search_vector` (PostgreSQL's `simple` configuration: no stemming, French and English mixed), under a GIN index.
 * The list asks for the conversations with a message holding every word of the search, each as a prefix. It
 * replaces an `ILIKE` that read every message of the workspace (docs/benchmarks.md, "Inbox").
 */
export class InboxSearch1796431000000 implements MigrationInterface {
  name = 'InboxSearch1796431000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "conversation_items" ADD "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', xp_fold("text" || ' ' || "author_username"))) STORED`,
    );
    await q.query(`CREATE INDEX "IDX_conversation_items_search" ON "conversation_items" USING gin ("search_vector")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_conversation_items_search"`);
    await q.query(`ALTER TABLE "conversation_items" DROP COLUMN "search_vector"`);
  }
}
