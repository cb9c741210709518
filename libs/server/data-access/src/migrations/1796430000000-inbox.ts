import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The brand inbox (docs/inbox.md): conversations, their items (a tweet lands once per workspace), notes, saved
 * replies, the product's webhook at X and the deliveries already taken; per account the reply policy, the
 * first-response target and the polling cursor; per post the tweet a reply answers. Two triggers:
 * - `conversations_live`: `{"k":"c","w","a","i"}` on `xp_live` when a conversation is created or changes (a new
 *   customer message, a reply out, status, assignee), so open inbox pages update without reload;
 * - `posts_reply_published`: when a reply post becomes published (whichever scheduler published it), its outgoing
 *   item gets its tweet id and the conversation's first-response deadline is met (cleared).
 */
export class Inbox1796430000000 implements MigrationInterface {
  name = 'Inbox1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "x_conversation_id" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "assignee_id" uuid, "tags" text array NOT NULL DEFAULT '{}', "root_author_x_id" text, "brand_tweet_id" text, "brand_post_id" uuid, "last_inbound_at" TIMESTAMP WITH TIME ZONE, "first_response_due_at" TIMESTAMP WITH TIME ZONE, "breach_notified_at" TIMESTAMP WITH TIME ZONE, "preview_author" text NOT NULL DEFAULT '', "preview_text" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_conversations_due" ON "conversations" ("first_response_due_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_conversations_inbox" ON "conversations" ("workspace_id", "last_inbound_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_conversations_account_x" ON "conversations" ("account_id", "x_conversation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "tweet_id" text, "direction" text NOT NULL, "author_x_id" text NOT NULL, "author_username" text NOT NULL, "text" text NOT NULL, "in_reply_to_tweet_id" text, "engages_brand" boolean NOT NULL DEFAULT false, "post_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e7a6b84ae93331d8aadba349459" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_conversation_items_post" ON "conversation_items" ("post_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_conversation_items_conversation" ON "conversation_items" ("conversation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_conversation_items_tweet" ON "conversation_items" ("workspace_id", "tweet_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0fc0c744d3d55f9562d9e382050" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_conversation_notes_conversation" ON "conversation_notes" ("conversation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "language" text NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_55af264beda24a4a6daa7f35fe9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_saved_replies_brand" ON "saved_replies" ("workspace_id", "brand_id", "language") `,
    );
    await queryRunner.query(
      `CREATE TABLE "x_webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "x_webhook_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d2dedcd6c4f87289570f14ecfdb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_x_webhooks_url" ON "x_webhooks" ("url") `);
    await queryRunner.query(
      `CREATE TABLE "x_webhook_events" ("event_id" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9e43571f577fdc48880b513c3da" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "accounts" ADD "reply_approval" text NOT NULL DEFAULT 'manager'`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "first_response_minutes" integer NOT NULL DEFAULT '60'`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "mentions_since_id" text`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "in_reply_to_tweet_id" text`);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_2136015a4b73fb4898773f2226f" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_948676628b2911729a80645685d" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_eb33c4841a61e998a8c906fbcf1" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_items" ADD CONSTRAINT "FK_65a6bb299433a582e2ba658582b" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_notes" ADD CONSTRAINT "FK_05198fc7a77a264f1e3b4174099" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_notes" ADD CONSTRAINT "FK_a0a60cef8a6437a71aae7a97e50" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_replies" ADD CONSTRAINT "FK_064c85756828de159ada02a4c6d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_replies" ADD CONSTRAINT "FK_04f5b8b9bd2c11147fcd6ad6295" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION xp_live_conversation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('xp_live', json_build_object('k', 'c', 'w', NEW.workspace_id, 'a', NEW.account_id, 'i', NEW.id)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER conversations_live AFTER INSERT OR UPDATE ON conversations FOR EACH ROW EXECUTE FUNCTION xp_live_conversation_changed()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION xp_reply_published() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE conv uuid;
      BEGIN
        UPDATE conversation_items SET tweet_id = NEW.tweet_ids[1], created_at = coalesce(NEW.published_at, now())
         WHERE post_id = NEW.id AND tweet_id IS NULL RETURNING conversation_id INTO conv;
        IF conv IS NOT NULL THEN
          UPDATE conversations SET first_response_due_at = NULL, breach_notified_at = NULL,
                 updated_at = coalesce(NEW.published_at, now()), version = version + 1
           WHERE id = conv;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER posts_reply_published AFTER UPDATE OF status ON posts FOR EACH ROW
         WHEN (NEW.kind = 'reply' AND NEW.status = 'published' AND OLD.status IS DISTINCT FROM 'published')
         EXECUTE FUNCTION xp_reply_published()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER posts_reply_published ON posts`);
    await queryRunner.query(`DROP FUNCTION xp_reply_published()`);
    await queryRunner.query(`DROP TRIGGER conversations_live ON conversations`);
    await queryRunner.query(`DROP FUNCTION xp_live_conversation_changed()`);
    await queryRunner.query(`ALTER TABLE "saved_replies" DROP CONSTRAINT "FK_04f5b8b9bd2c11147fcd6ad6295"`);
    await queryRunner.query(`ALTER TABLE "saved_replies" DROP CONSTRAINT "FK_064c85756828de159ada02a4c6d"`);
    await queryRunner.query(`ALTER TABLE "conversation_notes" DROP CONSTRAINT "FK_a0a60cef8a6437a71aae7a97e50"`);
    await queryRunner.query(`ALTER TABLE "conversation_notes" DROP CONSTRAINT "FK_05198fc7a77a264f1e3b4174099"`);
    await queryRunner.query(`ALTER TABLE "conversation_items" DROP CONSTRAINT "FK_65a6bb299433a582e2ba658582b"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_eb33c4841a61e998a8c906fbcf1"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_948676628b2911729a80645685d"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_2136015a4b73fb4898773f2226f"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "in_reply_to_tweet_id"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "mentions_since_id"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "first_response_minutes"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "reply_approval"`);
    await queryRunner.query(`DROP TABLE "x_webhook_events"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_x_webhooks_url"`);
    await queryRunner.query(`DROP TABLE "x_webhooks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_saved_replies_brand"`);
    await queryRunner.query(`DROP TABLE "saved_replies"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversation_notes_conversation"`);
    await queryRunner.query(`DROP TABLE "conversation_notes"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_conversation_items_tweet"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversation_items_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversation_items_post"`);
    await queryRunner.query(`DROP TABLE "conversation_items"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_conversations_account_x"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversations_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversations_due"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
  }
}
