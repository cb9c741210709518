import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Word search in the inbox (`GET …/conversations?q=`): every message keeps the words of its text and of its author's
 * username, lower case and without accents (`xp_fold`, as the posts' search: "livree" finds "livrée"), in
 * `search_vector` (PostgreSQL's `simple` configuration: no stemming, French and English mixed), under a GIN index.
 * A trigger keeps it, whoever writes (a generated column would hide from TypeORM's schema comparison). The list asks
 * for the conversations with a message holding every word of the search, each as a prefix. It replaces an `ILIKE`
 * that read every message of the workspace (docs/benchmarks.md, "Inbox").
 */
export class InboxSearch1796431000000 implements MigrationInterface {
  name = 'InboxSearch1796431000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "conversation_items" ADD "search_vector" tsvector`);
    await q.query(`
      CREATE FUNCTION xp_conversation_items_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := to_tsvector('simple', xp_fold(NEW.text || ' ' || NEW.author_username));
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER conversation_items_search BEFORE INSERT OR UPDATE OF text, author_username ON conversation_items FOR EACH ROW EXECUTE FUNCTION xp_conversation_items_search()`,
    );
    await q.query(
      `UPDATE conversation_items SET search_vector = to_tsvector('simple', xp_fold(text || ' ' || author_username))`,
    );
    await q.query(`CREATE INDEX "IDX_conversation_items_search" ON "conversation_items" USING gin ("search_vector")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_conversation_items_search"`);
    await q.query(`DROP TRIGGER conversation_items_search ON conversation_items`);
    await q.query(`DROP FUNCTION xp_conversation_items_search()`);
    await q.query(`ALTER TABLE "conversation_items" DROP COLUMN "search_vector"`);
  }
}
