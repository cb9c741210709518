import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listening into the inbox: a monitor may file the posts it reads into one account's inbox (`inbox_account_id`, an
 * account of its brand; the account gone, routing stops), and each post it read keeps what the inbox needs to file
 * it in its thread (`x_context`: author id, conversation id, what it replies to or quotes, the mentions).
 */
export class ListeningInbox1796445000000 implements MigrationInterface {
  name = 'ListeningInbox1796445000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "monitors" ADD "inbox_account_id" uuid REFERENCES "accounts"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "monitor_posts" ADD "x_context" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "monitor_posts" DROP COLUMN "x_context"`);
    await q.query(`ALTER TABLE "monitors" DROP COLUMN "inbox_account_id"`);
  }
}
